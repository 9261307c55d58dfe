"""Settings ▸ Skills: the controlled list participants' skills and vacancies' skills are picked
from, by name in the interface language. Administrators add entries; everyone else reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.folding import fold
from w4i_desktop.services import skills
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import skill_labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message


class SkillsPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skillsPanel")
        self.state = state
        hint = QLabel(
            self.tr(
                "Participants' skills and the skills vacancies ask for are chosen from this "
                "list, so that matching compares like with like."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("skillsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Source")])
        self.table.setAccessibleName(self.tr("Skills"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.new_skill = QLineEdit()
        self.new_skill.setObjectName("newSkill")
        self.new_skill.setPlaceholderText(self.tr("A skill missing from the list"))
        self.new_skill.setAccessibleName(self.tr("New skill"))
        self.new_skill.setMaximumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.add_button = QPushButton(self.tr("&Add to the list"))
        self.add_button.setObjectName("addSkill")
        self.add_button.clicked.connect(self.add_skill)
        self.new_skill.returnPressed.connect(self.add_skill)
        self.message = QLabel()
        self.message.setObjectName("skillsMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.new_skill, 1)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        may = allowed(self.state.ctx.actor.role, Action.SKILL_MANAGE)
        self.new_skill.setEnabled(may)
        self.add_button.setEnabled(may)
        if not may:
            self.message.setText(self.tr("Only administrators add skills to the list."))
        try:
            items = skills.list_skills(self.state.ctx)
        except W4IError as exc:
            self.message.setText(user_message(exc))
            return
        skill_labels.remember(items)
        rows = sorted(
            ((skill_labels.skill_name(i.key), i.builtin) for i in items),
            key=lambda row: fold(row[0]) or "",
        )
        self.table.setRowCount(len(rows))
        for r, (name, builtin) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            source = self.tr("Built in") if builtin else self.tr("Added")
            self.table.setItem(r, 1, QTableWidgetItem(source))

    def add_skill(self) -> None:
        typed = self.new_skill.text().strip()
        if not typed:
            return
        try:
            skills.add_skill(self.state.ctx, typed)
        except W4IError as exc:
            self.message.setText(user_message(exc))
            return
        self.new_skill.clear()
        self.message.setText(self.tr("%1 was added to the list.").replace("%1", typed))
        self.refresh()
        found = self.table.findItems(" ".join(typed.split()), Qt.MatchFlag.MatchFixedString)
        if found:
            self.table.setCurrentItem(found[0])
            self.table.scrollToItem(found[0])
