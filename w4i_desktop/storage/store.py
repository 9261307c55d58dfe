"""What the services use of an open database, whether it is a SQLCipher file on this computer
(`database.Database`) or a shared PostgreSQL server (`server.ServerDatabase`).

The unit of work lives here, once for both: `transaction()` hands out one session per unit of
work and lets nested calls join it. Each kind of database turns its own storage failures (a
full disk, a damaged page, a lost server connection) into errors a user can act on.
"""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from w4i_desktop.errors import StaleEdit, W4IError
from w4i_desktop.storage.keyslots import KdfParams


@dataclass(frozen=True)
class Unlocked:
    """How the database was opened: by which user name, or by the recovery key."""

    username: str | None
    by_recovery_key: bool = False


class Store(ABC):
    """An open W4I database: sessions in units of work, and the users' credentials."""

    # True for a shared server: no file, no backups from here, no "remember me".
    is_server: ClassVar[bool] = False

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._current: ContextVar[Session | None] = ContextVar(f"w4i_uow_{id(self)}", default=None)
        self.unlocked: Unlocked = Unlocked(None)

    # --- the unit of work ----------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise.

        Nested calls (a service calling other services inside its own unit of work) join the
        outer one, so a use case made of several service calls commits all or nothing.
        """
        outer = self._current.get()
        if outer is not None:
            yield outer
            return
        try:
            with self._sessions.begin() as session:
                token = self._current.set(session)
                try:
                    yield session
                finally:
                    self._current.reset(token)
        except StaleDataError:
            # A versioned row saved by someone else since it was read, found at the UPDATE
            # itself (two saves that both passed a service's early version check).
            raise StaleEdit() from None
        except DBAPIDatabaseError as exc:
            clear = self._storage_error(exc)
            if clear is not None:
                raise clear from None
            raise

    def _storage_error(self, exc: DBAPIDatabaseError) -> W4IError | None:
        """The clear error for a failure of the storage itself, or None to let `exc` through."""
        return None

    # --- what it is ----------------------------------------------------------------------------

    @property
    @abstractmethod
    def name(self) -> str:
        """For messages and titles: the file's name, or user@host:port/database (no password)."""

    @property
    @abstractmethod
    def path(self) -> Path:
        """The database file. A server has none: BadInput."""

    # --- users' credentials --------------------------------------------------------------------

    @abstractmethod
    def set_user_password(self, username: str, password: str, kdf: KdfParams | None = None) -> None:
        """Let `username` in with `password` from now on (any earlier password stops working).
        Call it inside the unit of work that adds or changes the user."""

    @abstractmethod
    def remove_user_slot(self, username: str) -> bool:
        """No password lets `username` in any more; False if none did."""

    @abstractmethod
    def has_user_slot(self, username: str) -> bool:
        """Whether some password lets `username` in."""

    @abstractmethod
    def set_device_secret(self, username: str, secret: str) -> None:
        """'Remember me': `secret` (kept in this computer's credential store) lets the user in."""

    @abstractmethod
    def remove_device_slot(self, username: str) -> bool:
        """Forget 'remember me' for `username`; False if it was not set."""

    # --- maintenance ---------------------------------------------------------------------------

    @abstractmethod
    def checkpoint(self) -> None:
        """Make erased data leave the storage's side files now (a no-op where there are none)."""

    @abstractmethod
    def backup(self, target: Path) -> Path:
        """An encrypted, verified copy at `target` (BadInput where W4I cannot make one)."""

    @abstractmethod
    def close(self) -> None:
        """Release every connection (and whatever else the database holds); idempotent."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
