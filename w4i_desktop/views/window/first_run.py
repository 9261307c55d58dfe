"""First run: create the encrypted database (or open an existing one), then the recovery key.

"Use a shared database server" instead creates the W4I database on a PostgreSQL server (or
connects to one made there already): host, port, database, role and the role's password, over
TLS unless the server is this computer. The address is kept in the settings and the password
in the OS credential store when there is one (views/app_state.py: keep_server)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import passwords, users
from w4i_desktop.services.context import Context
from w4i_desktop.services.servers import ServerAddress, is_address, reach
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.views.admin.recovery_key_dialog import (
    RecoveryKeyDialog,  # noqa: F401 (moved there)
    show_new_recovery_key,
)
from w4i_desktop.views.app_state import keep_server
from w4i_desktop.views.document_files import ask_open_path
from w4i_desktop.views.language import (
    UI_LANGUAGES,
    apply_language,
    chosen_language,
    language_name_in_itself,
    remember_language,
)
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.password_hint import PasswordHint
from w4i_desktop.views.window.server_box import ServerBox

# exec()'s result when the language was changed: the dialog is made again in that language.
LANGUAGE_CHANGED = 2


class FirstRunDialog(QDialog):
    """Creates the database; `context` and `recovery_code` are set when it is accepted.
    Choosing an existing file instead sets `existing_path`, an existing database on a server
    `existing_server`. Choosing another language ends it with LANGUAGE_CHANGED; `typed()`
    gives what was typed, for the next one (passwords included: they stay in memory)."""

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        kdf: KdfParams | None = None,
        typed: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._kdf = kdf
        self.context: Context | None = None
        self.recovery_code = ""
        self.existing_path: Path | None = None
        self.existing_server: ServerAddress | None = None
        self.setWindowTitle(self.tr("Welcome to W4I Desktop"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "<h2>Welcome</h2><p>W4I Desktop keeps everything in one encrypted database on this "
                "computer. Create it now, with the first administrator account.</p>"
            )
        )
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("firstRunLanguage")
        for code in UI_LANGUAGES:
            self.language.addItem(language_name_in_itself(code), code)
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        self.language.activated.connect(self._change_language)
        self.organisation = QLineEdit()
        self.site = QLineEdit()
        self.site.setPlaceholderText(self.tr("e.g. Centro Donne Milano"))
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        # Not the bound self._names: a hint holding its dialog would make a reference cycle.
        boxes = (self.username, self.organisation, self.site)
        self.strength = PasswordHint(self.password, lambda: [box.text() for box in boxes])
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        for field, name in (
            (self.language, self.tr("Language")),
            (self.organisation, self.tr("Organisation name")),
            (self.site, self.tr("First site")),
            (self.username, self.tr("Administrator user name")),
            (self.password, self.tr("Password")),
            (self.repeat, self.tr("Repeat the password")),
        ):
            field.setAccessibleName(name)
        for box in (self.organisation, self.site, self.username):
            box.textChanged.connect(self.strength.update_hint)
        # The field an error is about: the error goes as soon as that field is changed.
        self._error_field: QLineEdit | None = None
        self._build_server_box()

        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Organisation name"), self.organisation)
        form.addRow(self.tr("First &site"), self.site)
        form.addRow(self.tr("Administrator &user name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat the password"), self.repeat)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Create database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open &existing database…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_database)
        self.open_button.clicked.connect(self.choose_existing)

        self.connect_button = self.buttons.addButton(
            self.tr("Connect to the &existing database"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.connect_button.setObjectName("connectToServer")
        self.connect_button.clicked.connect(self.connect_existing)

        layout = QVBoxLayout(self)
        # Always the size of its contents: the server's form shown or hidden, it fits it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        # The width of the old dialog's minimum (a fixed-size layout overrides the dialog's own).
        margins = layout.contentsMargins()
        intro.setMinimumWidth(self.minimumWidth() - margins.left() - margins.right())
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        typed = dict(typed or {})
        self.server_box.tls.setChecked(typed.pop("tls", "1") == "1")
        self.use_server.setChecked(typed.pop("use_server", "") == "1")
        for key, value in typed.items():
            self._fields()[key].setText(value)
        for box in self._fields().values():
            box.textChanged.connect(self._field_changed)
        self._show_mode()

    def _build_server_box(self) -> None:
        self.use_server = QCheckBox(self.tr("Use a shared &database server (PostgreSQL)"))
        self.use_server.setObjectName("useServer")
        self.use_server.toggled.connect(self._show_mode)
        self.server_box = ServerBox()

    def _show_mode(self, *_: object) -> None:
        server = self.use_server.isChecked()
        self.server_box.setVisible(server)
        self.open_button.setVisible(not server)
        self.connect_button.setVisible(server)
        self.create_button.setText(
            self.tr("&Create the database on the server") if server else self.tr("&Create database")
        )
        self.say("")

    def _fields(self) -> dict[str, QLineEdit]:
        return {
            "organisation": self.organisation,
            "site": self.site,
            "username": self.username,
            "password": self.password,
            "repeat": self.repeat,
            **self.server_box.fields(),
        }

    def typed(self) -> dict[str, str]:
        values = {key: field.text() for key, field in self._fields().items()}
        values["use_server"] = "1" if self.use_server.isChecked() else ""
        values["tls"] = "1" if self.server_box.tls.isChecked() else ""
        return values

    def server_url(self) -> ServerAddress | None:
        """The server's address from the form (with the role's password, in memory only), or
        None after saying what is missing."""
        return self.server_box.url(self.say)

    def _change_language(self, index: int) -> None:
        language = self.language.itemData(index)
        if language == chosen_language():
            return
        remember_language(language)
        apply_language(language)
        self.done(LANGUAGE_CHANGED)

    def say(self, message: str) -> None:
        """The error line: hidden when there is nothing to say (an empty line takes room)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _names(self) -> list[str]:
        """What the administrator's password must not lean on."""
        return [self.username.text(), self.organisation.text(), self.site.text()]

    def _refuse(self, message: str, field: QLineEdit) -> None:
        """Say what is wrong with `field` and go there; it is said until the field changes."""
        self.say(message)
        self._error_field = field
        field.setFocus()

    def _field_changed(self, *_: object) -> None:
        if self._error_field is not None and self.sender() is self._error_field:
            self.say("")
            self._error_field = None

    def create_database(self) -> None:
        try:
            passwords.check_password(self.password.text(), self._names())
        except W4IError as exc:
            self._refuse(user_message(exc), self.password)
            return
        if self.password.text() != self.repeat.text():
            self._refuse(self.tr("The two passwords differ."), self.repeat)
            return
        if not self.site.text().strip():
            self._refuse(self.tr("Name the first site."), self.site)
            return
        target: Path | ServerAddress = self.db_path
        if self.use_server.isChecked():
            url = self.server_url()
            if url is None:
                return
            target = url
        else:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            created = users.create_database(
                target,
                self.username.text(),
                self.password.text(),
                organisation=self.organisation.text(),
                site_name=self.site.text(),
                kdf=self._kdf,
            )
        except W4IError as exc:
            self.say(user_message(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if is_address(target):
            keep_server(target)
        self.context = created.context
        self.recovery_code = created.recovery_code
        self.accept()

    def connect_existing(self) -> None:
        """Use a W4I database made on the server already (by another computer, or moved there
        with `w4i migrate-to-server`): the server must answer; users sign in next."""
        url = self.server_url()
        if url is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            reach(url)
        except W4IError as exc:
            self.say(user_message(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        keep_server(url)
        self.existing_server = url
        self.accept()

    def choose_existing(self) -> None:
        chosen = ask_open_path(
            self, self.tr("Open a W4I database"), self.tr("W4I databases (*.db);;All files (*)")
        )
        if chosen is not None:
            self.existing_path = chosen
            self.accept()


def run_first_run(
    db_path: Path, kdf: KdfParams | None = None
) -> Context | Path | ServerAddress | None:
    """The whole first-run flow: a new Context (in a file or on a server), an existing file's
    path, an existing server database's address, or None if cancelled."""
    dialog = FirstRunDialog(db_path, kdf=kdf)
    result = dialog.exec()
    while result == LANGUAGE_CHANGED:  # the same form again, in the chosen language
        dialog = FirstRunDialog(db_path, kdf=kdf, typed=dialog.typed())
        result = dialog.exec()
    if result != QDialog.DialogCode.Accepted:
        return None
    if dialog.existing_path is not None:
        return dialog.existing_path
    if dialog.existing_server is not None:
        return dialog.existing_server
    assert dialog.context is not None
    # Kept (encrypted) until she confirms, so a crash here does not lose it: recovery_key_dialog.
    show_new_recovery_key(None, dialog.context, dialog.recovery_code)
    # Not a wait for work (that is views/operations.py): the closed dialogs leave the screen
    # now rather than while the main window is being built.
    QApplication.processEvents()
    return dialog.context
