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

    def login(self, username: str, password: str) -> Context:
        ctx = users.login(self.db_path, username, password)
        self.set_context(ctx)
        return ctx

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
