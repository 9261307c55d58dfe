"""First run: create the encrypted database (or open an existing one), then the recovery key.

"Use a shared database server" instead creates the W4I database on a PostgreSQL server (or
connects to one made there already): host, port, database, role and the role's password, over
TLS unless the server is this computer. The address is kept in the settings and the password
in the OS credential store when there is one (views/app_state.py: keep_server)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.services.servers import ServerAddress, is_address, reach
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.views.app_state import keep_server
from w4i_desktop.views.document_files import ask_open_path, ask_save_path
from w4i_desktop.views.language import (
    UI_LANGUAGES,
    apply_language,
    chosen_language,
    language_name_in_itself,
    remember_language,
)
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.server_box import ServerBox


def password_strength(password: str) -> int:
    """0 (too short) to 3 (strong): length counts most, then the kinds of character used."""
    if len(password) < users.MIN_PASSWORD_LENGTH:
        return 0
    kinds = sum(
        any(test(ch) for ch in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 1 + (len(password) >= 12) + (kinds >= 3 or len(password) >= 16)
    return min(score, 3)


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
        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.error = QLabel()
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
        self.password.textChanged.connect(self._show_strength)
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
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_strength("")
        typed = dict(typed or {})
        self.server_box.tls.setChecked(typed.pop("tls", "1") == "1")
        self.use_server.setChecked(typed.pop("use_server", "") == "1")
        for key, value in typed.items():
            self._fields()[key].setText(value)
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
        self.error.clear()

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
        return self.server_box.url(self.error.setText)

    def _change_language(self, index: int) -> None:
        language = self.language.itemData(index)
        if language == chosen_language():
            return
        remember_language(language)
        apply_language(language)
        self.done(LANGUAGE_CHANGED)

    def _show_strength(self, text: str) -> None:
        words = [
            self.tr("Too short: at least %n characters.", "", users.MIN_PASSWORD_LENGTH),
            self.tr("Weak: longer is better (a short sentence works well)."),
            self.tr("Fair."),
            self.tr("Strong."),
        ]
        self.strength.setText(words[password_strength(text)])

    def create_database(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        if not self.site.text().strip():
            self.error.setText(self.tr("Name the first site."))
            self.site.setFocus()
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
            self.error.setText(user_message(exc))
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
            self.error.setText(user_message(exc))
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


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; continuing needs the user to say they have stored it."""

    def __init__(self, code: str, organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.organisation = organisation
        self.setWindowTitle(self.tr("Your recovery key"))
        explanation = QLabel(
            self.tr(
                "<p>If every password is forgotten, this key is the only way to open the database. "
                "It is shown only now.</p><p>Print it or save it as a PDF, and keep it locked away "
                "from this computer.</p>"
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
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"))
        self.save_pdf.clicked.connect(self.choose_pdf)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addWidget(self.save_pdf, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        # Escape must not skip the key: it cannot be shown again.
        if self.stored.isChecked():
            super().reject()

    def choose_pdf(self) -> None:
        chosen = ask_save_path(
            self,
            self.tr("Save the recovery key"),
            "W4I-recovery-key.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if chosen is not None:
            self.write_pdf(chosen)

    def write_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.tr("W4I Desktop recovery key"))
        document = QTextDocument()
        document.setHtml(
            self.tr(
                "<h1>W4I Desktop recovery key</h1><p>%1</p>"
                "<p style='font-family: monospace; font-size: 20pt'><b>%2</b></p>"
                "<p>This key opens the encrypted database when every password is forgotten. Keep "
                "this page locked away, apart from the computer.</p>"
            )
            .replace("%1", self.organisation)
            .replace("%2", self.code)
        )
        document.print_(writer)
        if not path.exists():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The PDF could not be written."))


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
    RecoveryKeyDialog(dialog.recovery_code, dialog.organisation.text()).exec()
    QApplication.processEvents()
    return dialog.context
