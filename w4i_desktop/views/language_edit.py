"""The languages a participant speaks, typed or picked by their names in the interface language.

"Arabic, French" (or "arabo, francese" in Italian, or the ISO codes "ar, fr") is stored as the
ISO 639-1 codes ["ar", "fr"]; a word that names no language is said at the field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from babel import Locale
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from w4i_desktop.folding import fold
from w4i_desktop.services.validation import iso_languages
from w4i_desktop.views import labels

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7  # the name without case and accents, matched
_SEPARATORS = re.compile(r"[,;]")
_LOOKUPS: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {}


def _lookup() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(code, name) in the interface language, and the code each typed word may stand for:
    a name in the interface language first, then an ISO code, then an English name."""
    ui = labels.ui_language()
    if ui not in _LOOKUPS:
        names = labels.languages()
        words: dict[str, str] = {}
        for code, name in names:
            words.setdefault(fold(name) or "", code)
        for code in iso_languages():
            words.setdefault(code, code)
        english = Locale("en").languages
        for code in iso_languages():
            words.setdefault(fold(str(english.get(code, code))) or "", code)
        _LOOKUPS[ui] = (names, words)
    return _LOOKUPS[ui]


def parse_languages(text: str) -> tuple[list[str], list[str]]:
    """(codes, words naming no language) of comma-separated names or codes, in order."""
    words = _lookup()[1]
    codes: list[str] = []
    unknown: list[str] = []
    for word in (w.strip() for w in _SEPARATORS.split(text)):
        if not word:
            continue
        code = words.get(fold(word) or "")
        if code is None:
            unknown.append(word)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


class _LastWordCompleter(QCompleter):
    """Completes the word after the last comma, whatever its case and accents."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(_SEPARATORS.split(path)[-1].strip()) or ""]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        edit = self.widget()
        text = edit.text() if isinstance(edit, QLineEdit) else ""
        head = text[: max(text.rfind(","), text.rfind(";")) + 1].rstrip(",; ")
        return f"{head}, {name}" if head else name


class LanguagesEdit(QWidget):
    """Language names (or ISO 639-1 codes) separated by commas, completed from the list of
    names in the interface language; the field's value is the codes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = _lookup()[0]
        self.edit = QLineEdit()
        example = ", ".join(labels.language_name(c) for c in ("ar", "fr"))
        self.edit.setPlaceholderText(self.tr("Names, e.g. %1").replace("%1", example))
        model = QStandardItemModel(self)
        for code, name in names:
            item = QStandardItem(name)
            item.setData(fold(name), FOLDED_ROLE)
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        self.completer = _LastWordCompleter(model, self)
        self.completer.setCompletionRole(FOLDED_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.edit.setCompleter(self.completer)
        self.names = QLabel()  # what was understood, or what was not
        self.names.setWordWrap(True)
        self.names.setObjectName("languageNames")
        self.names.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.names)
        self.edit.textChanged.connect(self._show_names)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving the field, not opening the list of names (which editingFinished reports too,
        # and writing the names back then would change what she is typing).
        if (
            watched is self.edit
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._finish()
        return super().eventFilter(watched, event)

    def _say(self, text: str, problem: bool = False) -> None:
        self.names.setText(text)
        self.names.setStyleSheet("color: #8a0015;" if problem else "")
        self.names.setVisible(bool(text))
        self.edit.setProperty("invalid", problem)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _show_names(self, text: str) -> None:
        """While typing: the names of the languages understood, when she typed other words
        (codes); nothing while a word is still being typed."""
        codes, unknown = parse_languages(text)
        shown = ", ".join(labels.language_name(c) for c in codes)
        typed = ", ".join(w.strip() for w in _SEPARATORS.split(text) if w.strip())
        self._say("" if unknown or shown == typed else shown)

    def _finish(self) -> None:
        """On leaving the field: the names as they are written, or what is not understood."""
        problem = self.field_problem()
        if problem:
            self._say(problem, True)
            return
        self.set_field_value(parse_languages(self.edit.text())[0])

    def field_problem(self) -> str | None:
        """What is wrong with the text, in words, or None."""
        unknown = parse_languages(self.edit.text())[1]
        if not unknown:
            return None
        return (
            self.tr("Not a language name: %1. Type a name, e.g. %2, or pick one from the list.")
            .replace("%1", ", ".join(unknown))
            .replace("%2", labels.language_name("ar"))
        )

    def show_problem(self, text: str) -> None:
        self._say(text, bool(text))

    def field_value(self) -> str:
        """The codes, and any word that names no language (which the service refuses)."""
        codes, unknown = parse_languages(self.edit.text())
        return ", ".join(codes + unknown)

    def set_field_value(self, value: Sequence[str] | str | None) -> None:
        codes = parse_languages(value)[0] if isinstance(value, str) else list(value or [])
        self.edit.setText(", ".join(labels.language_name(c) for c in codes))
