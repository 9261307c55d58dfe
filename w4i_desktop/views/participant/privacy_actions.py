"""The record's privacy actions (GDPR): export all her data (Art. 15/20) and erase her
personal data (Art. 17), managers and admins; and, administrators only, delete a record created
by mistake (views/participant/delete_record_dialog.py). The services audit each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import privacy
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import ask_folder, content_name, write_then_offer
from w4i_desktop.views.participant.delete_record_dialog import ask_and_delete, refusal_text


class EraseDialog(QDialog):
    """Says what an erasure removes and keeps, and asks for the reason (audited)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        explanation = QLabel(
            self.tr(
                "Erase the personal data of %1? Her names, contact details, exact date of "
                "birth, notes, documents and timeline entries are removed for good. Anonymous "
                "figures (year of birth, country, education, pathway steps, placements) stay so "
                "reports remain correct. The record can no longer be opened or found."
            ).replace("%1", code)
        )
        explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(privacy.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. her request of 12 March, by e-mail"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.erase_button.setObjectName("erase")
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.erase_button.setEnabled(bool(text.strip()))
        )
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Reason (kept in the audit log):"), self.reason)
        form.addRow(self.buttons)
        self.setMinimumWidth(460)
        self.reason.setFocus()


class PrivacyButton(QToolButton):
    """A "Privacy" menu button for the record header."""

    erased = Signal(int)
    failed = Signal(object)  # W4IError

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.participant_id: int | None = None
        self.code = ""
        self.setObjectName("privacyButton")
        self.setText(self.tr("Privacy"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("&Export all her data (JSON and PDF)…"))
        self.export_action.setObjectName("exportAll")
        self.export_action.triggered.connect(self.export_all)
        self.erase_action = menu.addAction(self.tr("E&rase personal data…"))
        self.erase_action.setObjectName("erasePersonal")
        self.erase_action.triggered.connect(self.erase)
        self.delete_action = menu.addAction(self.tr("&Delete record created by mistake…"))
        self.delete_action.setObjectName("deleteRecord")
        self.delete_action.triggered.connect(self.delete_record)
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self._explain_deletion)
        self.setMenu(menu)

    def show_for(self, participant_id: int | None, code: str) -> None:
        role = self.state.ctx.actor.role
        self.participant_id, self.code = participant_id, code
        can_export = allowed(role, Action.PARTICIPANT_EXPORT)
        can_erase = allowed(role, Action.PARTICIPANT_ERASE)
        can_delete = allowed(role, Action.PARTICIPANT_DELETE)
        self.export_action.setVisible(can_export)
        self.erase_action.setVisible(can_erase)
        self.delete_action.setVisible(can_delete)
        self.setVisible(participant_id is not None and (can_export or can_erase or can_delete))

    def export_all(self) -> None:
        pid = self.participant_id
        title = self.tr("Export all her data")
        if pid is None:
            return
        chosen = ask_folder(self, self.tr("Choose the folder for the export"))
        if chosen is None:
            return
        # Her two files go together into a folder named after them, W4I-7K2QX-access-request.
        folder = chosen / content_name(self.code, "access-request")

        def write() -> Path:
            try:
                folder.mkdir(exist_ok=True)
            except OSError as exc:
                raise W4IError(
                    self.tr("The folder %1 could not be made (%2).")
                    .replace("%1", folder.name)
                    .replace("%2", exc.strerror or str(exc))
                ) from exc
            return privacy.write_export(self.state.ctx, pid, folder)[1]

        write_then_offer(
            self,
            title,
            write,
            self.tr(
                "Her data is saved as %1.json (machine-readable) and %1.pdf (to read) in %2. "
                "The export is recorded in the audit log."
            )
            .replace("%1", self.code)
            .replace("%2", str(folder)),
        )

    def erase(self) -> None:
        pid = self.participant_id
        if pid is None:
            return
        dialog = EraseDialog(self.code, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            privacy.erase_participant(self.state.ctx, pid, dialog.reason.text())
        except W4IError as exc:
            self.failed.emit(exc)
            return
        QMessageBox.information(
            self,
            dialog.windowTitle(),
            self.tr("The personal data of %1 is erased.").replace("%1", self.code),
        )
        self.erased.emit(pid)

    def _explain_deletion(self) -> None:
        """The deletion's tooltip says why it is too late, if it is (asked as the menu opens)."""
        pid = self.participant_id
        if pid is None or not self.delete_action.isVisible():
            return
        refused = refusal_text(self.state.ctx, pid)
        self.delete_action.setToolTip(
            refused
            or self.tr(
                "Removes a record created by mistake and everything in it, while it is new "
                "and nothing was reported on her."
            )
        )

    def delete_record(self) -> None:
        pid = self.participant_id
        if pid is None:
            return
        try:
            deleted = ask_and_delete(self.state.ctx, pid, self.code, self)
        except W4IError as exc:
            self.failed.emit(exc)
            return
        if deleted:
            self.erased.emit(pid)  # she is gone: the record closes, the list refreshes
