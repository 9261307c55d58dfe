"""The recovery key on screen: after the first run, after an administrator made a new one, and
at each administrator's sign-in until one of them confirms she has stored it (the key is kept
in the encrypted database until then: services/recovery.py). Print it, or save it as a PDF
(proposed in the Documents folder)."""

from __future__ import annotations

import contextlib
import html
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import recovery, settings
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import documents_folder, remember_folder
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.messages import user_message

PDF_NAME = "W4I-recovery-key.pdf"


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key. Continue needs her to say she has stored it (accepted); "Later"
    closes it unconfirmed (rejected), to be shown again at the next sign-in. Escape does
    nothing, so a stray key press does not put the key away."""

    def __init__(self, code: str, organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.code = code
        self.organisation = organisation
        self.setWindowTitle(self.tr("Your recovery key"))
        explanation = QLabel(
            self.tr(
                "<p>If every password is forgotten, this key is the only way to open the database."
                "</p><p>Print it or save it as a PDF, and keep it locked away from this computer. "
                "Until you confirm that you have stored it, it is shown again each time an "
                "administrator signs in.</p>"
            )
        )
        explanation.setWordWrap(True)
        self.key_label = QLabel(code)
        self.key_label.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"))
        self.save_pdf.setObjectName("saveRecoveryKey")
        self.save_pdf.clicked.connect(self.choose_pdf)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key"))
        self.stored.setObjectName("recoveryKeyStored")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setEnabled(False)
        self.later_button = self.buttons.addButton(
            self.tr("Show it again &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("recoveryKeyLater")
        self.later_button.setToolTip(
            self.tr("Close without confirming: the key is shown again at the next sign-in.")
        )
        self.later_button.setAutoDefault(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.later_button.clicked.connect(lambda: self.done(QDialog.DialogCode.Rejected))

        files = QHBoxLayout()
        files.addWidget(self.print_button)
        files.addWidget(self.save_pdf)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addLayout(files)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        # Escape (or the title bar's close) must not put the key away unnoticed: "Later" does.
        if self.stored.isChecked():
            super().reject()

    # --- on paper, in a file -------------------------------------------------------------------

    def document(self) -> QTextDocument:
        """The page: the organisation, the key, the date it was printed, what it is for."""
        document = QTextDocument(self)
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        document.setHtml(
            self.tr(
                "<h1>W4I Desktop recovery key</h1><p>%1</p>"
                "<p style='font-family: monospace; font-size: 20pt'><b>%2</b></p>"
                "<p>This key opens the encrypted database when every password is forgotten. Keep "
                "this page locked away, apart from the computer.</p>"
                "<p>This page was made on %3. A newer key, once made, replaces this one.</p>"
            )
            .replace("%1", html.escape(self.organisation))
            .replace("%2", html.escape(self.code))
            .replace("%3", html.escape(today))
        )
        return document

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.tr("W4I Desktop recovery key"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(dialog.printer())

    def choose_pdf(self) -> None:
        # Proposed in Documents (never the folder of the last report, which may be shared).
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(documents_folder() / PDF_NAME),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            remember_folder(Path(name).parent)
            self.write_pdf(Path(name))

    def write_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.tr("W4I Desktop recovery key"))
        self.document().print_(writer)
        if not path.exists():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The PDF could not be written."))


class NewRecoveryKeyDialog(FormDialog):
    """Her password, before a new recovery key replaces the old one; `result_value` is the new
    key once accepted."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("newRecoveryKeyDialog", self.tr("Make a new recovery key"), parent)
        warning = QLabel(
            self.tr(
                "A new recovery key replaces the one you have: the old key stops working at once, "
                "on paper and in every PDF. Backups made before keep opening with the old key."
            )
        )
        warning.setWordWrap(True)
        self.form.addRow(warning)
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        password.setAccessibleName(self.tr("Your password"))
        self.add("password", self.tr("Your &password"), password)
        self.finish(lambda values: self._make(ctx, values["password"]))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make a &new key"))

    def _make(self, ctx: Context, password: str) -> str:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return recovery.make_new_key(ctx, password)
        finally:
            QGuiApplication.restoreOverrideCursor()


# --- the flows ---------------------------------------------------------------------------------


def _show(parent: QWidget | None, ctx: Context, code: str) -> None:
    """Show `code`; when she confirms she stored it, it leaves the database."""
    dialog = RecoveryKeyDialog(code, settings.organisation_name(ctx), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        recovery.confirm_stored(ctx)
    except W4IError as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), user_message(exc))


def show_new_recovery_key(parent: QWidget | None, ctx: Context, code: str) -> None:
    """A key just made (the first run): kept in the database first, so that it is shown again
    at the next sign-in if the program ends while it is on the screen."""
    with contextlib.suppress(W4IError):  # shown all the same: its one sure chance then
        recovery.remember_unconfirmed(ctx, code)
    _show(parent, ctx, code)


def show_unconfirmed_recovery_key(parent: QWidget, state: AppState) -> None:
    """After a sign-in: the recovery key again, if the signed-in user is an administrator and
    no administrator has confirmed storing it yet."""
    if state.is_locked:
        return
    ctx = state.ctx
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        code = recovery.unconfirmed_key(ctx)  # checks it opens the database: about a second
    except W4IError:
        code = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if code:
        _show(parent, ctx, code)


def make_new_recovery_key(parent: QWidget, state: AppState) -> bool:
    """Settings: an administrator's password, then a new recovery key in place of the old one,
    shown until she confirms she stored it. False when she cancelled."""
    ctx = state.ctx
    dialog = NewRecoveryKeyDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.result_value, str):
        return False
    _show(parent, ctx, dialog.result_value)
    return True
