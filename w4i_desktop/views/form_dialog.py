"""A dialog of labelled inputs whose OK runs a service call: when the call refuses (bad input,
a stale edit), the message shows inside the dialog and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.views.date_field import first_problem
from w4i_desktop.views.messages import field_message
from w4i_desktop.views.widgets import read_value, write_value


def hours_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 60)
    box.setDecimals(1)
    box.setSingleStep(1)
    box.setSpecialValueText("—")  # 0 reads "not known"
    return box


class FormDialog(QDialog):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.field_labels: dict[str, str] = {}  # named in front of an error about the field
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self._submit: Callable[[dict[str, Any]], object] | None = None
        self.result_value: object = None
        self.setMinimumWidth(440)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        self.fields[key] = widget
        if label:
            self.field_labels[key] = label.replace("&", "")
        self.form.addRow(label, widget)
        return widget

    def finish(self, submit: Callable[[dict[str, Any]], object]) -> None:
        """Add the error line and buttons; `submit(values)` runs at OK."""
        self._submit = submit
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def values(self) -> dict[str, Any]:
        return {key: read_value(widget) for key, widget in self.fields.items()}

    def load(self, values: dict[str, Any]) -> None:
        for key, widget in self.fields.items():
            if key in values:
                write_value(widget, values[key])

    def _try_accept(self) -> None:
        if first_problem(self.fields.values()) is not None:
            return  # a date that does not exist: said under it
        if self._submit is None:
            self.accept()
            return
        try:
            self.result_value = self._submit(self.values())
        except W4IError as exc:
            self.error.setText(field_message(exc, self.field_labels))
            self.error.show()
            return
        self.accept()
