"""Reopening a closed record when she comes back: the reason goes into her timeline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReopenDialog(QDialog):
    def __init__(self, name: str, closed: str, parent: QWidget | None = None) -> None:
        """`closed` says when and why the record was closed, as the record's header does."""
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen record"))
        intro = QLabel(
            self.tr(
                "%2.\n\nReopening continues %1's record: she stays one participant, and the "
                "closure no longer counts as an exit."
            )
            .replace("%1", name)
            .replace("%2", closed)
        )
        intro.setWordWrap(True)
        reason_label = QLabel(self.tr("&Why is the record reopened?"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(100)
        self.reason.setAccessibleName(self.tr("Why is the record reopened?"))
        reason_label.setBuddy(self.reason)
        hint = QLabel(self.tr("Kept as a note in her timeline."))
        hint.setObjectName("hint")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Reopen record"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason_text())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
