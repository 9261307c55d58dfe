"""The login / unlock screen, also shown over the main window when it locks."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import CorruptDatabase, W4IError
from w4i_desktop.services import users
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.message_bar import NoticeLabel
from w4i_desktop.views.messages import user_message

# Whether this computer had a credential store at the last sign-in ("yes" or "no"): the
# sign-in page offers "Remember me" without loading the keyring library and its backends
# (a tenth of the start, issue 17); each sign-in, which loads them anyway, asks again.
CREDENTIAL_STORE_SETTING = "login/credential_store"


def has_credential_store() -> bool:
    """This computer's credential store as seen at the last sign-in (asked now the first time)."""
    kept = QSettings().value(CREDENTIAL_STORE_SETTING)
    if kept in ("yes", "no"):
        return bool(kept == "yes")
    return check_credential_store()


def check_credential_store() -> bool:
    """Ask the OS credential store whether it is there, and keep the answer for the next start."""
    from w4i_desktop.storage import device_keyring

    available = device_keyring.available()
    QSettings().setValue(CREDENTIAL_STORE_SETTING, "yes" if available else "no")
    return available


class LoginPage(QWidget):
    logged_in = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("loginPage")

        self.title = QLabel(self.tr("<h2>W4I Desktop</h2>"))
        self.subtitle = QLabel(self.tr("Sign in to open the encrypted database."))
        self.subtitle.setWordWrap(True)
        if state.is_server:
            self.subtitle.setText(
                self.tr("Sign in to the shared database %1.").replace("%1", state.name)
            )
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        # A shared server's role password, when this computer cannot keep it (no credential
        # store): asked at each start, kept in memory only.
        self.server_password = QLineEdit()
        self.server_password.setObjectName("serverPassword")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setAccessibleName(self.tr("Password of the database server"))
        self.server_password_label = QLabel(self.tr("&Server password"))
        self.server_password_label.setBuddy(self.server_password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        # "Remember me" opens a file's key slot; a server is never remembered on a computer.
        self.remember.setVisible(not state.is_server and has_credential_store())
        self.username.setText(str(QSettings().value("login/last_user", "")))
        self.error = NoticeLabel()  # errors red, confirmations green (show_info)
        self.error.setObjectName("loginError")
        self.restore_button = QPushButton(self.tr("&Restore the newest good backup…"))
        self.restore_button.setObjectName("restoreFromLogin")
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.offer_restore)
        self.forgot_button = QPushButton(self.tr("&Forgot your password?"))
        self.forgot_button.setObjectName("forgotPassword")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.reset_with_recovery_key)
        self.submit = QPushButton(self.tr("Sign in"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)
        self.username.returnPressed.connect(self.password.setFocus)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.server_password_label, self.server_password)
        form.addRow("", self.remember)
        self.server_password_label.setVisible(state.needs_server_password)
        self.server_password.setVisible(state.needs_server_password)

        box = QWidget()
        box.setObjectName("loginBox")
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.restore_button)
        inner.addWidget(self.submit)
        inner.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignRight)

        # A fixed width, wide enough for the longest translation, and no alignment flag: the
        # wrapped subtitle and error then get the height they need at that width, and the
        # boxes keep theirs (placed by alignment, the box got its one-line height and the
        # boxes were squeezed to 10 px when a wrapped error appeared).
        box.setFixedWidth(max(inner.sizeHint().width(), 52 * self.fontMetrics().averageCharWidth()))
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self._count_down)
        self._seconds_left = 0

    def showEvent(self, event: object) -> None:
        self._focus_first_empty()

    def _focus_first_empty(self) -> None:
        """Password when the user name is known (the last user, or who locked), else the name."""
        (self.password if self.username.text() else self.username).setFocus()

    def offer_username(self, username: str) -> None:
        """At a lock: the name of who locked, ready for her password."""
        if username:
            self.username.setText(username)
        self.password.clear()
        self._focus_first_empty()

    def attempt(self) -> None:
        if self._seconds_left > 0:
            return
        username = self.username.text().strip()
        if not username:
            self.error.setText(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        try:
            remember = self.remember.isChecked() if self.remember.isVisible() else None
            if self.state.needs_server_password:
                self.state.set_server_password(self.server_password.text())
            self.state.login(username, self.password.text(), remember)
        except CorruptDatabase as exc:
            # The key opened it, but the file is damaged: offer the way back.
            self.password.clear()
            self.error.setText(user_message(exc))
            self.restore_button.setVisible(True)
            return
        except W4IError as exc:
            self.password.clear()
            self.error.setText(user_message(exc))
            self._slow_down(username)
            return
        self.password.clear()
        self.server_password.clear()
        self.server_password.setVisible(self.state.needs_server_password)
        self.server_password_label.setVisible(self.state.needs_server_password)
        self.error.clear()
        self.restore_button.setVisible(False)
        QSettings().setValue("login/last_user", username)
        # The store as it is now, for "Remember me" at the next lock and the next start.
        self.remember.setVisible(not self.state.is_server and check_credential_store())
        self.logged_in.emit()

    def reset_with_recovery_key(self) -> None:
        if self.state.needs_server_password:
            self.state.set_server_password(self.server_password.text())
        from w4i_desktop.views.admin.account_dialogs import RecoveryResetDialog

        dialog = RecoveryResetDialog(self.state.target, self.username.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(str(dialog.result_value))
            self.error.show_info(self.tr("The new password is set. Sign in with it."))
            self.password.setFocus()

    def offer_restore(self) -> None:
        from w4i_desktop.views.admin.backup_dialogs import RestoreDialog, backup_folder

        folder = backup_folder(self.state.db_path)
        dialog = RestoreDialog(self.state.db_path, folder, self.username.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored_from is not None:
            self.restore_button.setVisible(False)
            self.error.show_info(
                self.tr("Restored from %1. Sign in again.").replace("%1", dialog.restored_from.name)
            )

    def _slow_down(self, username: str) -> None:
        try:
            failures = users.failed_attempts(self.state.target, username)
        except W4IError:
            return
        self._seconds_left = users.login_delay_seconds(failures)
        if self._seconds_left:
            self.submit.setEnabled(False)
            self._count_down_label()
            self._wait.start()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._wait.stop()
            self.submit.setEnabled(True)
            self.submit.setText(self.tr("Sign in"))
            return
        self._count_down_label()

    def _count_down_label(self) -> None:
        self.submit.setText(self.tr("Too many attempts: wait %n s", "", self._seconds_left))
