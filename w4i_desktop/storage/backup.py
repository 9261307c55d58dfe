"""Encrypted backups through SQLCipher's own export, never a file copy of a live database.

A backup is written to a temp name in the target folder, checked with integrity_check and
cipher_integrity_check, and only then renamed into place: a crash leaves no half file that looks
like a backup.
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from sqlalchemy import Engine

from w4i_desktop.errors import CorruptDatabase
from w4i_desktop.storage.engine import integrity_problems, sqlcipher_engine


def backup_to(engine: Engine, target: Path, data_key: bytes) -> Path:
    """Write an encrypted copy (same data key) of the database behind `engine` to `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with engine.connect() as conn:
            # ATTACH cannot run inside a transaction; this connection runs in autocommit.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{data_key.hex()}'\"", (str(tmp),))
            try:
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        verify_file(tmp, data_key)
        tmp.replace(target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target


def verify_file(path: Path, data_key: bytes) -> None:
    # A backup stays one self-contained file: no WAL beside it.
    check = sqlcipher_engine(path, data_key, pool_size=1, journal_mode="DELETE")
    try:
        problems = integrity_problems(check)
    finally:
        check.dispose()
    if problems:
        raise CorruptDatabase(f"The backup {path.name} failed its check: {len(problems)} problems.")
