"""The Pathways screen: the pathway template's steps, edited by managers and admins.

Saving makes a new version; pathways already started keep the steps they started with.
Titles are edited one language at a time (the language chooser above the table).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import StepKind
from w4i_desktop.errors import W4IError
from w4i_desktop.services import pathways
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.widgets import fill_combo

KIND, TITLE, OFFSET, REQUIRED = range(4)


class TemplateEditor(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.key = pathways.DEFAULT_TEMPLATE_KEY
        self.version = 0
        self.steps: list[pathways.StepDraft] = []
        self._dirty = False
        self._filling = False
        self._editable = False

        self.heading = QLabel()
        self.heading.setObjectName("templateHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.note = QLabel(
            self.tr(
                "Saving makes a new version of the template. Pathways already started keep "
                "their steps; new pathways follow the new version."
            )
        )
        self.note.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("titleLanguage")
        self.language.setAccessibleName(self.tr("Language of the titles"))
        fill_combo(
            self.language,
            [(code, labels.language_name(code)) for code in pathways.TEMPLATE_LANGUAGES],
        )
        # The titles in the interface's language first (after a switch, not still English).
        self.language.setCurrentIndex(max(self.language.findData(labels.ui_language()), 0))
        self.language.currentIndexChanged.connect(lambda _i: self._show())
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons; arrows move in it
        self.table.setObjectName("templateSteps")
        self.table.setAccessibleName(self.tr("Steps of the pathway template"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Title"), self.tr("Due after (days)"), self.tr("Required")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("&Add a step"))
        self.add_button.setObjectName("addStep")
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeStep")
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(self.tr("Move u&p (Ctrl+Up)"))
        self.up_button.setObjectName("stepUp")
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Move do&wn (Ctrl+Down)"))
        self.down_button.setObjectName("stepDown")
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Titles in:")))
        top.addWidget(self.language)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for shortcut, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_step(s))
            self.addAction(action)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked and not self._dirty:
            self.reload()
        super().showEvent(event)

    # --- loading and showing ------------------------------------------------------------------

    def reload(self) -> None:
        try:
            view = pathways.template_view(self.state.ctx, self.key)
        except W4IError as exc:
            self.heading.setText(user_message(exc))
            self.table.setRowCount(0)
            self._set_editable(False)
            return
        self.version = view.version
        self.steps = list(view.steps)
        self._dirty = False
        language = labels.ui_language()
        name = view.name.get(language) or view.name.get("en") or view.key
        self.heading.setText(
            self.tr("%1, version %2").replace("%1", name).replace("%2", str(view.version))
        )
        self._set_editable(allowed(self.state.ctx.actor.role, Action.TEMPLATE_EDIT))
        self._show()

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.save_button,
            self.revert_button,
        ):
            button.setVisible(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def _show(self, select: int | None = None) -> None:
        language = str(self.language.currentData())
        self._filling = True
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            kind = QComboBox()
            kind.setAccessibleName(self.tr("Kind of step %1").replace("%1", str(row + 1)))
            fill_combo(kind, [(k.value, labels.step_kind(k)) for k in StepKind])
            kind.setCurrentIndex(kind.findData(step.kind.value))
            kind.setEnabled(self._editable)
            # Reached with the arrow keys in the table, not by Tab (which moves on past it).
            kind.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            kind.currentIndexChanged.connect(lambda _i, r=row, box=kind: self._kind_changed(r, box))
            self.table.setCellWidget(row, KIND, kind)
            title = QTableWidgetItem(step.titles.get(language, ""))
            if not step.titles.get(language) and step.titles.get("en"):
                title.setToolTip(self.tr("English: %1").replace("%1", step.titles["en"]))
            self.table.setItem(row, TITLE, title)
            offset = QTableWidgetItem(
                "" if step.due_offset_days is None else str(step.due_offset_days)
            )
            self.table.setItem(row, OFFSET, offset)
            required = QTableWidgetItem()
            required.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            required.setCheckState(
                Qt.CheckState.Checked if step.required else Qt.CheckState.Unchecked
            )
            required.setText(self.tr("Required") if step.required else self.tr("Optional"))
            self.table.setItem(row, REQUIRED, required)
        self._filling = False
        if select is not None and 0 <= select < len(self.steps):
            self.table.setCurrentCell(select, TITLE)
        elif self.steps and self.table.currentColumn() in (KIND, -1):
            # Tab into the table lands on a title (on the kind column it would jump into
            # that row's drop-down and out of the table).
            self.table.setCurrentCell(max(self.table.currentRow(), 0), TITLE)

    # --- editing --------------------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, step = item.row(), self.steps[item.row()]
        if item.column() == TITLE:
            language = str(self.language.currentData())
            titles = {**step.titles, language: item.text().strip()}
            self.steps[row] = replace(step, titles=titles)
        elif item.column() == OFFSET:
            text = item.text().strip()
            offset = int(text) if text.isdigit() else None
            self.steps[row] = replace(step, due_offset_days=offset)
            if text and not text.isdigit():
                self._filling = True
                item.setText("")
                self._filling = False
        elif item.column() == REQUIRED:
            required = item.checkState() == Qt.CheckState.Checked
            self.steps[row] = replace(step, required=required)
            self._filling = True
            item.setText(self.tr("Required") if required else self.tr("Optional"))
            self._filling = False
        self._dirty = True

    def _kind_changed(self, row: int, box: QComboBox) -> None:
        if not self._filling:
            self.steps[row] = replace(self.steps[row], kind=StepKind(box.currentData()))
            self._dirty = True

    def add_step(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(self.steps)
        self.steps.insert(row, pathways.StepDraft(StepKind.CUSTOM, {}, None, False))
        self._dirty = True
        self._show(select=row)
        title = self.table.item(row, TITLE)
        if title is not None:
            self.table.editItem(title)

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._dirty = True
            self._show(select=min(row, len(self.steps) - 1))

    def move_step(self, by: int) -> None:
        row = self.table.currentRow()
        target = row + by
        if not self._editable or not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return
        self.steps[row], self.steps[target] = self.steps[target], self.steps[row]
        self._dirty = True
        self._show(select=target)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def may_leave(self) -> bool:
        """True when the template has no unsaved edits, or they were saved or discarded."""
        if not self._dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the pathway template?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
        )
        if answer == buttons.Save:
            self.save()
            return not self._dirty
        return answer == buttons.Discard

    def save(self) -> None:
        try:
            version = pathways.save_template(self.state.ctx, self.key, self.steps, self.version)
        except W4IError as exc:
            QMessageBox.warning(self, self.tr("Pathway template"), user_message(exc))
            return
        self._dirty = False
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Pathway template"),
            self.tr("Saved as version %1. New pathways follow it.").replace("%1", str(version)),
        )
