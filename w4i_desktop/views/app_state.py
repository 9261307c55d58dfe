"""The signed-in session as the widgets see it: which database, who, locked or not.

A database is a file on this computer, or a shared PostgreSQL server. For a server, this
computer keeps its address without the password in QSettings ("server/url") and the server
role's password in the OS credential store when there is one ("server/password" says where
it is: "keyring", "ask" at each start on the sign-in page, or "none" when the server needs
none from W4I: trust, libpq's password file, certificates). A password is never written to
the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from w4i_desktop import config
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.services.servers import (
    ServerAddress,
    address_to_keep,
    is_address,
    keep_password,
    kept_address,
    kept_password,
    server_label,
)

SERVER_SETTING = "server/url"
SERVER_PASSWORD_SETTING = "server/password"  # noqa: S105 - where it is kept, not the password
KEYRING, ASK, NONE = "keyring", "ask", "none"


class AppState(QObject):
    """Holds the open Context. Locking closes the database and drops the key; widgets keep
    their unsaved content and get the new Context through `unlocked` after the next login.

    `target` is the database file, or the server's address (with the role's password, in
    memory only). On a server, `db_path` is the data folder's default file name: this computer's
    folder for its settings, never opened."""

    unlocked = Signal(object)  # Context
    # Just before the open database closes (a lock, another Context): work still using it
    # (an automatic backup under way) ends first.
    locking = Signal()
    locked = Signal()

    def __init__(self, target: Path | ServerAddress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: ServerAddress | None = target if is_address(target) else None
        self.db_path = target if isinstance(target, Path) else config.default_db_path()
        # On a server: the role's password must be typed on the sign-in page.
        self.needs_server_password = False
        self._ctx: Context | None = None
        # Who signed in last (kept while locked): the sign-in page offers the name again.
        self.last_username = ""

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def target(self) -> Path | ServerAddress:
        return self.server if self.server is not None else self.db_path

    @property
    def name(self) -> str:
        """The file's name, or role@host:port/database: for labels, never a password."""
        return server_label(self.server) if self.server is not None else self.db_path.name

    def set_server_password(self, password: str) -> None:
        if self.server is not None:
            self.server = self.server.set(password=password or None)

    @property
    def ctx(self) -> Context:
        if self._ctx is None:
            raise RuntimeError("the database is locked")
        return self._ctx

    @property
    def is_locked(self) -> bool:
        return self._ctx is None

    def login(self, username: str, password: str, remember: bool | None = None) -> Context:
        """Log in; `remember` True/False turns 'remember me on this computer' on/off."""
        ctx = users.login(self.target, username, password)
        if remember is True:
            users.remember_on_this_computer(ctx)
        elif remember is False:
            users.forget_on_this_computer(ctx)
        self.set_context(ctx)
        if self.server is not None and self.needs_server_password:
            keep_server(self.server)  # the role's password proved right: keep it if possible
            self.needs_server_password = False  # known for this session: in memory
        return ctx

    def login_remembered(self, username: str) -> bool:
        """At start-up only: unlock with this computer's remembered secret, if there is one."""
        ctx = users.login_remembered(self.target, username)
        if ctx is not None:
            self.set_context(ctx)
        return ctx is not None

    def set_context(self, ctx: Context) -> None:
        if self._ctx is not None and self._ctx is not ctx:
            self.locking.emit()
            self._ctx.db.close()
        self._ctx = ctx
        self.last_username = ctx.actor.username
        self.unlocked.emit(ctx)

    def lock(self) -> None:
        if self._ctx is None:
            return
        self.locking.emit()
        self._ctx.db.close()
        self._ctx = None
        self.locked.emit()


# --- the server this computer uses ---------------------------------------------------------


def keep_server(url: ServerAddress) -> bool:
    """Remember the server for the next starts: its address in the settings, the role's
    password in the OS credential store (services.servers). False when the password has to be
    asked at each start (no credential store)."""
    settings = QSettings()
    settings.setValue(SERVER_SETTING, address_to_keep(url))
    if not url.password:
        settings.setValue(SERVER_PASSWORD_SETTING, NONE)
        return True
    kept = keep_password(url)
    settings.setValue(SERVER_PASSWORD_SETTING, KEYRING if kept else ASK)
    return kept


def kept_server() -> AppState | None:
    """The session to start with when this computer uses a server (else None): its address with
    the role's password from the credential store, or a note that the sign-in page asks it."""
    settings = QSettings()
    stored = settings.value(SERVER_SETTING)
    if not isinstance(stored, str) or not stored.strip():
        return None
    url = kept_address(stored)
    if url is None:
        return None  # not an address: the first run sets it again
    where = settings.value(SERVER_PASSWORD_SETTING, NONE)
    password = kept_password(url) if where == KEYRING else None
    state = AppState(url.set(password=password) if password else url)
    state.needs_server_password = where == ASK or (where == KEYRING and password is None)
    return state
