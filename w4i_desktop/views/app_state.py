"""The signed-in session as the widgets see it: which database, who, locked or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from w4i_desktop.services import users
from w4i_desktop.services.context import Context


class AppState(QObject):
    """Holds the open Context. Locking closes the database and drops the key; widgets keep
    their unsaved content and get the new Context through `unlocked` after the next login."""

    unlocked = Signal(object)  # Context
    locked = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._ctx: Context | None = None

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
        ctx = users.login(self.db_path, username, password)
        if remember is True:
            users.remember_on_this_computer(ctx)
        elif remember is False:
            users.forget_on_this_computer(ctx)
        self.set_context(ctx)
        return ctx

    def login_remembered(self, username: str) -> bool:
        """At start-up only: unlock with this computer's remembered secret, if there is one."""
        ctx = users.login_remembered(self.db_path, username)
        if ctx is not None:
            self.set_context(ctx)
        return ctx is not None

    def set_context(self, ctx: Context) -> None:
        if self._ctx is not None and self._ctx is not ctx:
            self._ctx.db.close()
        self._ctx = ctx
        self.unlocked.emit(ctx)

    def lock(self) -> None:
        if self._ctx is None:
            return
        self._ctx.db.close()
        self._ctx = None
        self.locked.emit()
