"""The database server part of the first-run dialog: where the shared PostgreSQL database is,
the role and its password, and TLS, which is required unless the server is this computer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services.servers import ServerAddress, build_address, is_loopback
from w4i_desktop.views.messages import user_message

DEFAULT_PORT = 5432


class ServerBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Database server"))
        self.setObjectName("serverBox")
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QLineEdit(str(DEFAULT_PORT))
        self.port.setObjectName("serverPort")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = QLineEdit("w4i")
        self.database.setObjectName("serverDatabase")
        self.role = QLineEdit("w4i")
        self.role.setObjectName("serverRole")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("Encrypt the connection (&TLS)"))
        self.tls.setObjectName("serverTls")
        self.tls.setChecked(True)
        self.tls_note = QLabel(self.tr("A server on another computer is always reached over TLS."))
        self.tls_note.setObjectName("serverTlsNote")
        self.tls_note.setWordWrap(True)
        self.host.textChanged.connect(self._require_tls)
        hint = QLabel(
            self.tr(
                "The server's administrator makes an empty database and a role that owns it. "
                "The role's password is kept in this computer's credential store, or asked at "
                "each start where there is none."
            )
        )
        hint.setWordWrap(True)
        for field, name in (
            (self.host, self.tr("Server host")),
            (self.port, self.tr("Server port")),
            (self.database, self.tr("Database name on the server")),
            (self.role, self.tr("Server role")),
            (self.password, self.tr("Password of the server role")),
        ):
            field.setAccessibleName(name)
        outer = QVBoxLayout(self)
        box = QFormLayout()
        outer.addLayout(box)
        box.addRow(self.tr("&Host"), self.host)
        box.addRow(self.tr("Port &number"), self.port)
        box.addRow(self.tr("Data&base"), self.database)
        box.addRow(self.tr("Ser&ver role"), self.role)
        box.addRow(self.tr("Role pass&word"), self.password)
        box.addRow("", self.tls)
        box.addRow("", self.tls_note)
        outer.addWidget(hint)  # below the form: a wrapped label in a form row gets clipped
        self._require_tls(self.host.text())

    def _require_tls(self, host: str) -> None:
        """Another computer is reached over TLS only: the box is ticked and cannot be cleared."""
        remote = bool(host.strip()) and not is_loopback(host)
        if remote:
            self.tls.setChecked(True)
        self.tls.setEnabled(not remote)
        self.tls_note.setVisible(remote)

    def fields(self) -> dict[str, QLineEdit]:
        return {
            "server_host": self.host,
            "server_port": self.port,
            "server_database": self.database,
            "server_role": self.role,
            "server_password": self.password,
        }

    def url(self, report: Callable[[str], object]) -> ServerAddress | None:
        """The server's address as typed (with the role's password, in memory only), checked;
        None after `report`ing what is missing or wrong."""
        host = self.host.text().strip()
        if not host:
            report(self.tr("Enter the name or address of the database server."))
            self.host.setFocus()
            return None
        if not self.database.text().strip():
            report(self.tr("Enter the name of the database on the server."))
            self.database.setFocus()
            return None
        port = int(self.port.text()) if self.port.hasAcceptableInput() else None
        try:
            return build_address(
                host=host,
                port=port,
                database=self.database.text().strip(),
                role=self.role.text().strip(),
                password=self.password.text(),
                tls=self.tls.isChecked(),
            )
        except W4IError as exc:
            report(user_message(exc))
            return None
