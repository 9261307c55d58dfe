"""Deleting a record created by mistake (administrators): say what goes and that it cannot be
undone, ask for the reason, or say why it is too late. services/record_deletion.py decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import record_deletion
from w4i_desktop.services.context import Context
from w4i_desktop.views.messages import user_message


class DeleteRecordDialog(QDialog):
    """Asks, for one record, for the reason of its deletion (its length only is audited)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteRecordDialog")
        self.setWindowTitle(self.tr("Delete record created by mistake"))
        explanation = QLabel(
            self.tr(
                "Delete the record %1 for good? Use this only for a record created by mistake: "
                "a test, a person entered twice, the wrong person. The record and everything "
                "in it (pathway, notes, consents, documents) are removed, she no longer counts "
                "in reports, and this cannot be undone."
            ).replace("%1", code)
        )
        explanation.setWordWrap(True)
        instead = QLabel(
            self.tr(
                "For a real participant who asks to be forgotten, use Erase personal data "
                "instead: it keeps the anonymous figures reports need."
            )
        )
        instead.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(record_deletion.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. entered twice, see W4I-7K2QX"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("&Delete record"))
        self.delete_button.setObjectName("deleteRecord")
        self.delete_button.setEnabled(False)
        self.delete_button.setDefault(True)  # Return deletes once a reason is typed
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.delete_button.setEnabled(bool(text.strip()))
        )
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(instead)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self.reason.setFocus()


def refusal_text(ctx: Context, participant_id: int) -> str | None:
    """Why her record cannot be deleted now, in the user's language; None when it can."""
    try:
        refused = record_deletion.refusal(ctx, participant_id)
    except W4IError as exc:
        return user_message(exc)
    return None if refused is None else user_message(refused)


def ask_and_delete(ctx: Context, participant_id: int, code: str, parent: QWidget) -> bool:
    """Explain why not, or ask for the reason and delete; True when she was deleted.
    Errors of the deletion itself are raised (W4IError) for the caller to show."""
    title = QCoreApplication.translate("DeleteRecordDialog", "Delete record created by mistake")
    refused = refusal_text(ctx, participant_id)
    if refused is not None:
        box = QMessageBox(QMessageBox.Icon.Information, title, refused, parent=parent)
        box.setObjectName("deleteRefusedBox")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    dialog = DeleteRecordDialog(code, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    record_deletion.delete_participant(ctx, participant_id, dialog.reason.text())
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        QCoreApplication.translate("DeleteRecordDialog", "The record %1 is deleted.").replace(
            "%1", code
        ),
        parent=parent,
    )
    box.setObjectName("deletedBox")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    return True
