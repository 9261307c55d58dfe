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
from w4i_desktop.storage.search import FOLD_FUNCTION, fold

_SQLCIPHER_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",  # SQLCipher would otherwise print page errors to stderr
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


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
    pragmas = (*_SQLCIPHER_PRAGMAS, f"PRAGMA journal_mode = {journal_mode}")

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


def make_engine(target: str | Path, data_key: bytes | None = None) -> Engine:
    """An engine for a SQLCipher file (with its data key) or a `postgresql+psycopg://` URL."""
    if isinstance(target, str) and target.startswith("postgresql"):
        return create_engine(target, pool_pre_ping=True, hide_parameters=True)
    if data_key is None:
        raise ValueError("a SQLCipher database needs its data key")
    return sqlcipher_engine(Path(target), data_key)


def check_readable(engine: Engine, path: Path) -> None:
    """Touch the schema and the first pages: a wrong key or a damaged file fails here, clearly."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            conn.execute(text("PRAGMA quick_check(1)")).scalar_one()
    except (DatabaseError, OperationalError) as exc:
        message = str(exc.orig) if exc.orig is not None else ""
        if "not a database" in message:
            raise NotADatabase(
                f"{path.name} cannot be opened with its key file: it is not a W4I database, "
                "or it was damaged."
            ) from None
        raise CorruptDatabase(f"{path.name} is damaged and cannot be read safely.") from None


def integrity_problems(engine: Engine) -> list[str]:
    """Problems found by SQLite's and SQLCipher's full checks; empty when the file is sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.execute(text("PRAGMA integrity_check")).scalars().all()
        problems += [str(r) for r in rows if r != "ok"]
        problems += [str(r) for r in conn.execute(text("PRAGMA cipher_integrity_check")).all()]
    return problems
