"""Runs the Alembic migrations shipped inside the package, on an open engine.

Alembic is imported when a migration is looked at, not with this module: the sign-in window
shows without it (issue 17), and a current schema is recognised without reading the scripts
(`head_revision` once per process)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from w4i_desktop.storage.search import is_search_table

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "w4i_desktop:migrations")
    return config


@cache
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


# A PostgreSQL advisory lock: computers sharing a server upgrade its schema one at a time.
_MIGRATION_LOCK = 0x57_34_49_00_4D_49_47


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return current_revision_on(conn)


def current_revision_on(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """Whether this version of the app ships `revision` (a newer app may have gone further)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def lock_for_migration(conn: Connection) -> None:
    """On a server, wait until no other computer is migrating; held until the transaction
    ends. A file has one writer already (the writer lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Every migration up to `revision`, in one transaction: all or nothing."""
    with engine.begin() as conn:
        upgrade_on(conn, revision)


def upgrade_on(conn: Connection, revision: str = "head") -> None:
    """`upgrade` within the transaction `conn` is in (committed or rolled back with it)."""
    lock_for_migration(conn)
    config = alembic_config()
    config.attributes["connection"] = conn
    from alembic import command

    command.upgrade(config, revision)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Autogenerate's filter: the full-text index is storage/search.py's SQL, not a model."""
    return not (type_ == "table" and name is not None and is_search_table(name))
