"""Picking skills from the controlled list by their names: type a few letters, pick a name
from the suggestions (or press Enter on a whole name), and the skill joins the list beneath;
Delete removes the selected one. The value is the skills' keys (services/skills.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.folding import fold
from w4i_desktop.services.skills import SkillItem, normalise_skill, normalise_skills
from w4i_desktop.views import skill_labels

_KEY = Qt.ItemDataRole.UserRole


class _ChosenList(QListWidget):
    """The skills picked, as chips in rows; Delete or Backspace removes the current one."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class _SkillInput(QLineEdit):
    """Enter on a typed skill adds it, and goes no further: not to a dialog's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = bool(self.text().strip())
        super().keyPressEvent(event)
        if typed and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class SkillsEdit(QWidget):
    """Skills chosen by name from the list; `field_value()` gives their keys."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skillsEdit")
        self.edit = _SkillInput()
        self.edit.setObjectName("skillInput")
        self.edit.setPlaceholderText(self.tr("Type a skill and press Enter"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.chosen = _ChosenList()
        self.chosen.setObjectName("chosenSkills")
        self.chosen.setFlow(QListView.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setResizeMode(QListView.ResizeMode.Adjust)
        self.chosen.setSpacing(3)
        # Two rows of chips before it scrolls; never squeezed by a crowded form.
        self.chosen.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.edit.setMinimumHeight(self.edit.sizeHint().height())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.chosen.setAccessibleName(self.tr("Skills chosen"))
        self.chosen.setToolTip(self.tr("Select a skill and press Delete to remove it."))
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)

        self._by_name: dict[str, str] = {}
        self._keys: list[str] = []
        self.refresh_names()
        self.edit.returnPressed.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)
        self.completer.activated.connect(self._add_name)
        self.chosen.remove_requested.connect(self._remove_current)

    # --- the list to pick from ---------------------------------------------------------------

    def set_entries(self, items: Iterable[SkillItem]) -> None:
        """The entries administrators added (services/skills.list_skills), with their labels."""
        skill_labels.remember(items)
        self.refresh_names()

    def refresh_names(self) -> None:
        """Names in the interface language (after a language switch too)."""
        pairs = skill_labels.choices()
        self._by_name = {fold(name) or name: key for key, name in pairs}
        self._names.setStringList([name for _, name in pairs])
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_names()
        super().changeEvent(event)

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    # --- adding and removing -----------------------------------------------------------------

    def _key_of(self, typed: str) -> str | None:
        found = self._by_name.get(fold(typed.strip()) or "")
        if found is not None:
            return found
        key = normalise_skill(typed)
        return key if key in self._by_name.values() else None

    def _add_name(self, name: str) -> None:
        self.edit.setText(name)
        self._add_typed()

    def _add_typed(self) -> None:
        typed = self.edit.text().strip()
        if not typed:
            return
        key = self._key_of(typed)
        if key is None:
            self.note.setText(
                self.tr("“%1” is not on the list of skills. Pick one of the suggestions.").replace(
                    "%1", typed
                )
            )
            self.note.show()
            return
        self.note.hide()
        if key not in self._keys:
            self._keys = sorted({*self._keys, key})
            self._show()
            self.editingFinished.emit()
        self.edit.clear()
        # Again once the completer has written its choice into the box (after this slot).
        QTimer.singleShot(0, self.edit.clear)

    def _remove_current(self) -> None:
        item = self.chosen.currentItem()
        if item is None:
            return
        row = self.chosen.row(item)
        self._keys = [k for k in self._keys if k != item.data(_KEY)]
        self._show()
        if self.chosen.count():
            self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        self.editingFinished.emit()

    def _show(self) -> None:
        self.chosen.clear()
        for key in self._keys:
            item = QListWidgetItem(skill_labels.skill_name(key))
            item.setData(_KEY, key)
            self.chosen.addItem(item)

    # --- the field's value -------------------------------------------------------------------

    def shown_names(self) -> list[str]:
        return [self.chosen.item(i).text() for i in range(self.chosen.count())]

    def field_value(self) -> list[str]:
        return list(self._keys)

    def set_field_value(self, value: Sequence[str] | str | None) -> None:
        values = value.replace(";", ",").split(",") if isinstance(value, str) else value or []
        self._keys = normalise_skills(values)
        self.note.hide()
        self.edit.clear()
        self._show()
