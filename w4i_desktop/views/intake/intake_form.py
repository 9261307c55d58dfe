"""The base of the intake wizard's pages: labelled inputs stored under their keys in the draft's
answers, checked when the page is left, each problem said under its field."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from w4i_desktop.enums import ConsentPurpose
from w4i_desktop.services import intake
from w4i_desktop.views import labels
from w4i_desktop.views.message_bar import repolish
from w4i_desktop.views.messages import core_message
from w4i_desktop.views.widgets import (
    DaysEdit,
    OptionalDateEdit,
    YearSpin,
    read_value,
    write_value,
)

# An invalid field is outlined (as on the record), its problem said in dark red beneath it.
FORM_STYLE = """
*[invalid="true"] { border: 2px solid #b00020; }
QLabel#hint { color: #555555; }
QLabel[fieldError="true"] { color: #8a0015; }
"""
_CHANGED = ("textChanged", "currentIndexChanged", "toggled", "valueChanged", "dateChanged")


def text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the wizard
    return box


def sentence(text: str) -> str:
    """A core message ("this is not an e-mail address.") standing on its own under a field."""
    return text[:1].upper() + text[1:]


class FormPage(QWizardPage):
    """A page of labelled inputs, each stored under its key in the draft's answers."""

    def __init__(self, name: str, title: str, hint: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}
        self.layout_ = QVBoxLayout(self)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setObjectName("hint")
            self.hint.setWordWrap(True)
            self.layout_.addWidget(self.hint)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)

    def add(self, key: str, label: str, widget: QWidget, show: QWidget | None = None) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.labels[key] = (
            label.replace("&", "").rstrip(":") or getattr(widget, "text", lambda: key)()
        )
        box = QWidget()  # the field, and its problem beneath it when it has one
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(show or widget)
        error = QLabel()
        error.setObjectName(f"{key}Error")
        error.setProperty("fieldError", True)
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        self.errors[key] = error
        box.setFocusProxy(widget)
        self.form.addRow(label, box)
        shown_label = self.form.labelForField(box)
        if isinstance(shown_label, QLabel):
            shown_label.setBuddy(widget)
            # The underlined mnemonic splits the text where it is drawn, not where it is
            # measured: a kerned pair ("&Telefono") grows and the last letter was cut.
            room = shown_label.fontMetrics().horizontalAdvance("  ")
            shown_label.setMinimumWidth(shown_label.sizeHint().width() + room)
        for source in (widget, getattr(widget, "edit", None)):
            for signal in _CHANGED:
                if source is not None and hasattr(source, signal):
                    getattr(source, signal).connect(self.completeChanged)
                    getattr(source, signal).connect(lambda *_a, k=key: self.mark(k, ""))

    # -- problems said at their fields --------------------------------------------------------
    def mark(self, key: str, text: str) -> None:
        """Say `text` under the field and outline it ('' clears both)."""
        widget = self.fields[key]
        target = getattr(widget, "edit", widget)
        if not text and not target.property("invalid"):
            return  # nothing to clear (and what a field says of itself stays)
        if hasattr(widget, "show_problem"):
            widget.show_problem(text)  # the field has its own place for words
        else:
            self.errors[key].setText(text)
            self.errors[key].setVisible(bool(text))
        if bool(target.property("invalid")) != bool(text):
            target.setProperty("invalid", bool(text))
            repolish(target)

    def problems(self) -> dict[str, str]:
        """What is wrong on this page, by field, in words: what the fields themselves know
        (a word that names no language, an impossible date) and what the service would refuse."""
        found: dict[str, str] = {}
        for key, widget in self.fields.items():
            own = getattr(widget, "field_problem", None)
            text = own() if callable(own) else None
            if text:
                found[key] = str(text)
        values = {k: v for k, v in self.values().items() if k not in found}
        for exc in intake.problems(values):
            if exc.field in self.fields and exc.field not in found:
                found[exc.field] = sentence(core_message(exc))
        return found

    def show_problems(self, found: Mapping[str, str]) -> bool:
        """Mark every field with a problem, clear the others, focus the first; False if any."""
        for key in self.fields:
            self.mark(key, found.get(key, ""))
        first = next((k for k in self.fields if k in found), None)
        if first is not None:
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return first is None

    def validatePage(self) -> bool:
        """Leaving the page (Next, Submit): stay on it while a field has a problem."""
        return self.show_problems(self.problems())

    # -- values -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            value = read_value(widget)
            out[key] = value.isoformat() if isinstance(value, date) else value
        return out

    def shown_values(self) -> list[tuple[str, str]]:
        """(label, value as shown) of every answered field, for the review."""
        rows = []
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                shown = widget.currentText() if widget.currentData() is not None else ""
            elif isinstance(widget, QCheckBox):
                shown = self.tr("Yes") if widget.isChecked() else ""
            elif isinstance(widget, OptionalDateEdit | YearSpin):
                shown = widget.text() if widget.field_value() is not None else ""
            elif isinstance(widget, ConsentBoxes | DaysEdit):
                boxes = widget.boxes.values()
                shown = ", ".join(b.text() for b in boxes if b.isChecked())
            elif hasattr(widget, "shown_names"):  # skills: their names, not the keys
                shown = ", ".join(widget.shown_names())
            elif hasattr(widget, "edit"):
                shown = widget.edit.text()
            else:
                value = read_value(widget)
                shown = "" if value in (None, 0) else str(value)
            if shown.strip():
                rows.append((self.labels[key], shown.strip()))
        return rows

    def load(self, data: Mapping[str, Any]) -> None:
        for key, widget in self.fields.items():
            if key not in data:
                continue
            value = data[key]
            if isinstance(widget, OptionalDateEdit) and isinstance(value, str) and value:
                with suppress(ValueError):  # if not, as she typed it: shown, and marked
                    value = date.fromisoformat(value)
            write_value(widget, value)


class ConsentBoxes(QWidget):
    """One check box per purpose of the privacy notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[ConsentPurpose, QCheckBox] = {}
        for purpose in ConsentPurpose:
            box = QCheckBox(labels.label(purpose))
            box.setObjectName(f"consent_{purpose.value}")
            self.boxes[purpose] = box
            layout.addWidget(box)
        self.setFocusProxy(self.boxes[ConsentPurpose.PROCESSING])

    def field_value(self) -> list[str]:
        return [p.value for p, box in self.boxes.items() if box.isChecked()]

    def set_field_value(self, value: list[str] | None) -> None:
        for purpose, box in self.boxes.items():
            box.setChecked(purpose.value in (value or []))
