"""The one engine factory: SQLCipher files now, PostgreSQL URLs in shared-server mode.

Engines are made after unlock, never at import time. Connection settings that make a local file
safe (WAL with full sync, foreign keys, secure delete, wiped cipher memory) are applied here on
every new connection, so no caller can forget one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from w4i_desktop.errors import CorruptDatabase, NotADatabase
from w4i_desktop.folding import fold
from w4i_desktop.storage.search import FOLD_FUNCTION

_SQLCIPHER_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",  # SQLCipher would otherwise print page errors to stderr
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


_memory_security = True


def without_memory_security() -> None:
    """For this process, do not have SQLCipher lock and wipe SQLite's memory.

    Only for bulk loads of invented data (`w4i demo`): wiping costs two system calls per
    allocation, which makes loading 100,000 demo participants eight times slower. Once on,
    SQLCipher keeps it on for the whole process, so call this before the first connection.
    """
    global _memory_security  # one switch for the process, as SQLCipher has
    _memory_security = False


def sqlcipher_engine(
    path: Path, data_key: bytes, *, pool_size: int = 4, journal_mode: str = "WAL"
) -> Engine:
    """An engine on the SQLCipher file `path`, keyed with the raw 256-bit `data_key`.

    A raw key (x'...') skips SQLCipher's own PBKDF2, which the key slots already replace.
    """
    url = URL.create(
        "sqlite+pysqlcipher",
        password=f"x'{data_key.hex()}'",
        database=str(path),
    )
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=pool_size,
        connect_args={"check_same_thread": False},
        hide_parameters=True,  # SQL errors must never carry personal data into logs
    )
    security = ("PRAGMA cipher_memory_security = ON",) if _memory_security else ()
    pragmas = (*security, *_SQLCIPHER_PRAGMAS, f"PRAGMA journal_mode = {journal_mode}")

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _on_sqlcipher_connect(dbapi_connection, pragmas)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_sqlcipher_begin)
    return engine


def _on_sqlcipher_connect(dbapi_connection: Any, pragmas: tuple[str, ...]) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions start (see _on_begin).
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        for pragma in pragmas:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_sqlcipher_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def postgres_engine(url: URL, *, pool_size: int = 4) -> Engine:
    """An engine on a shared PostgreSQL server. `url` must have passed
    `server.check_server_url` (psycopg driver, TLS unless on this computer).

    Read committed, as PostgreSQL defaults to: the audit log's head row is locked for update,
    and rows carry versions (optimistic locking), so concurrent writers never lose an update.
    """
    return create_engine(
        url,
        pool_size=pool_size,
        pool_pre_ping=True,  # a laptop sleeps; its pooled connections do not survive that
        hide_parameters=True,  # SQL errors must never carry personal data into logs
        connect_args={"connect_timeout": 10, "application_name": "W4I Desktop"},
    )


def check_readable(engine: Engine, path: Path) -> None:
    """Read the schema: a wrong key or a file that is no database fails here, clearly.

    Cheap on purpose (a full check reads every page: seconds on a large file, at every
    unlock); a page damaged later in the file is reported by the query that meets it
    (see `damage_error`), and backups run the full checks.
    """
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except (DatabaseError, OperationalError) as exc:
        if "not a database" in str(exc.orig):
            raise NotADatabase(
                f"{path.name} cannot be opened with its key file: it is not a W4I database, "
                "or it was damaged."
            ) from None
        raise CorruptDatabase(f"{path.name} is damaged and cannot be read safely.") from None


_DAMAGE_MARKERS = ("malformed", "not a database", "disk i/o error", "corrupt")


def damage_error(exc: DatabaseError, path: Path) -> CorruptDatabase | None:
    """The clear error for a query that met a damaged page, or None for other failures.
    After the key was proven, SQLCipher reports a page that fails its HMAC as
    'file is not a database'."""
    if is_damage(str(exc.orig)):
        return CorruptDatabase(f"{path.name} is damaged and cannot be read safely.")
    return None


def is_damage(message: str) -> bool:
    """Whether a driver's error message says the file is damaged."""
    return any(marker in message.lower() for marker in _DAMAGE_MARKERS)


def integrity_problems(engine: Engine) -> list[str]:
    """Problems found by SQLite's and SQLCipher's full checks; empty when the file is sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        # SQLCipher's first: it names each page whose authentication code fails, where SQLite's
        # own check stops at the first such page with "database disk image is malformed".
        problems += [str(r[0]) for r in conn.execute(text("PRAGMA cipher_integrity_check"))]
        try:
            rows = conn.execute(text("PRAGMA integrity_check")).scalars().all()
        except DatabaseError as exc:
            problems.append(str(exc.orig))
            conn.invalidate()  # its pager saw the damaged page: never lend it out again
        else:
            problems += [str(r) for r in rows if r != "ok"]
    return problems
