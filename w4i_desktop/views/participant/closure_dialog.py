"""Closing a participant's record: the date and the reason (indicators.md I12)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import ClosureReason
from w4i_desktop.views import labels
from w4i_desktop.views.date_field import DateEdit, qdate


class ClosureDialog(QDialog):
    def __init__(
        self, name: str, enrolled_on: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close record"))
        intro = QLabel(
            self.tr(
                "Closing ends %1's participation. The reason is counted in the exit "
                "indicators; the record stays available."
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        self.closed_on = DateEdit(date.today())
        self.closed_on.setMaximumDate(qdate(date.today()))
        if enrolled_on is not None:
            self.closed_on.setMinimumDate(qdate(enrolled_on))
        self.closed_on.setAccessibleName(self.tr("Closing date"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in ClosureReason:
            self.reason.addItem(labels.closure_reason(reason), reason.value)
        self.reason.setAccessibleName(self.tr("Reason"))

        form = QFormLayout()
        date_label = QLabel(self.tr("Closing &date"))
        date_label.setBuddy(self.closed_on)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        form.addRow(date_label, self.closed_on)
        form.addRow(reason_label, self.reason)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close &record"))
        self.ok_button.setEnabled(False)
        self.reason.currentIndexChanged.connect(
            lambda: self.ok_button.setEnabled(self.reason.currentData() is not None)
        )
        self.buttons.accepted.connect(self._accept_if_dated)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _accept_if_dated(self) -> None:
        if self.closed_on.check():  # else what is wrong is said under the date
            self.accept()

    def result_values(self) -> tuple[date, ClosureReason]:
        return self.closed_on.date().toPython(), ClosureReason(self.reason.currentData())  # type: ignore[return-value]
