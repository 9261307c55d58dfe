"""Recording a consent (purpose, date, notice version) or withdrawing one (date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from w4i_desktop.documents.notice import NOTICE_VERSION
from w4i_desktop.enums import ConsentPurpose
from w4i_desktop.views import labels
from w4i_desktop.views.date_field import DateEdit, qdate
from w4i_desktop.views.widgets import fill_combo


class ConsentDialog(QDialog):
    """Asks for a purpose (when more than one is possible), a date and, when recording, the
    version of the privacy notice she was given."""

    def __init__(
        self,
        title: str,
        explanation: str,
        purposes: list[ConsentPurpose],
        recording: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(title)
        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        fill_combo(self.purpose, [(p, labels.label(p)) for p in purposes])
        self.purpose.setEnabled(len(purposes) > 1)
        self.on = DateEdit(date.today())
        self.on.setObjectName("on")
        self.on.setMaximumDate(qdate(date.today()))  # no consent is given in the future
        self.version = QLineEdit(NOTICE_VERSION)
        self.version.setObjectName("noticeVersion")
        self.version.setMaxLength(20)
        note = QLabel(explanation)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Given on") if recording else self.tr("&Withdrawn on"), self.on)
        if recording:
            form.addRow(self.tr("Privacy &notice version"), self.version)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.on.setFocus()

    def accept(self) -> None:
        if self.on.check():  # else what is wrong is said under the date
            super().accept()

    def chosen_purpose(self) -> ConsentPurpose:
        return ConsentPurpose(self.purpose.currentData())

    def chosen_date(self) -> date:
        picked: date = self.on.date().toPython()  # type: ignore[assignment]
        return picked

    def chosen_version(self) -> str:
        return self.version.text().strip()
