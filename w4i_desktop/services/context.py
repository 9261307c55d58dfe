"""Who is working, on which database: the first argument of every service call.

The database is a `Store`: a SQLCipher file (storage.database.Database) or a shared PostgreSQL
server (storage.server.ServerDatabase); services.users.create_database and login make either.
"""

from __future__ import annotations

from dataclasses import dataclass

from w4i_desktop.enums import Role
from w4i_desktop.services.permissions import Action, require
from w4i_desktop.storage.store import Store


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    role: Role
    site_id: int | None


@dataclass
class Context:
    db: Store
    actor: Actor

    def require(self, action: Action) -> None:
        require(self.actor.role, action)
