"""How many decrypted pages a pooled SQLCipher connection keeps, for reads that come back to
the same pages again and again (the participant list as she types: each keystroke reads the
listed rows, scattered over the table; the indicators, which read the participants several
times).

SQLite's default cache is 2 MiB, the engine's 8 MiB: the rows of the next keystroke's page
were decrypted again, each on a page of its own. With ROOMY_CACHE_KIB the pages stay
decrypted with the pooled connection; they are allocated only as they are read, so a small
database uses no more than before. PostgreSQL caches on the server: nothing to do there.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

ROOMY_CACHE_KIB = 65536


def roomy_cache(session: Session) -> None:
    """Let the session's connection keep ROOMY_CACHE_KIB of pages (for good: the pragma stays
    with the pooled connection)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size = -{ROOMY_CACHE_KIB}")
