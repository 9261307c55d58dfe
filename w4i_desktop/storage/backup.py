"""Encrypted backups through SQLCipher's own export, never a file copy of a live database.

A backup is two files: `NAME.w4ibak`, the database exported under the same data key, and
`NAME.w4ibak.keys`, a copy of the key slots, so the passwords and the recovery key that opened
the database when it was backed up open the backup too. The export is written to a temp name
in the target folder, checked with integrity_check and cipher_integrity_check, and only then
renamed into place, after its key slots: a crash leaves no half file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError

from w4i_desktop.errors import BadInput, CorruptDatabase, StorageFull
from w4i_desktop.storage.atomic import write_bytes_atomic
from w4i_desktop.storage.engine import integrity_problems, is_damage, sqlcipher_engine
from w4i_desktop.storage.keyslots import KeyFile

BACKUP_SUFFIX = ".w4ibak"


def backup_to(
    engine: Engine, target: Path, data_key: bytes, keyfile: KeyFile | None = None
) -> Path:
    """Write an encrypted copy (same data key) of the database behind `engine` to `target`,
    with `keyfile`'s slots beside it. A missing folder is made only when its own parent is
    there: a folder on a drive that is not plugged in is never made on the internal disk."""
    if not target.parent.is_dir():
        if not target.parent.parent.is_dir():
            raise BadInput(
                "The folder {folder} is not there. Is the USB stick plugged in?",
                folder=str(target.parent),
            )
        target.parent.mkdir(exist_ok=True)
    with engine.connect() as conn:
        # ATTACH cannot run inside a transaction; this connection runs in autocommit.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return _export(raw, engine.dialect.loaded_dbapi.DatabaseError, target, data_key, keyfile)


def _export(
    raw: Any, errors: type[Exception], target: Path, data_key: bytes, keyfile: KeyFile | None
) -> Path:
    """The export through the driver's connection `raw` (in autocommit) to a temp name beside
    `target`, checked, its key slots written, then renamed into place."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        raw.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{data_key.hex()}'\"", (str(tmp),))
        try:
            raw.execute("SELECT sqlcipher_export('backup')")
        except errors as exc:
            # The export reads every page: a damaged one stops it, and is said so.
            if is_damage(str(exc)):
                raise CorruptDatabase(
                    f"The database is damaged and cannot be read safely; the backup "
                    f"{target.name} was not made."
                ) from None
            raise
        finally:
            raw.execute("DETACH DATABASE backup")
        verify_file(tmp, data_key)
        if keyfile is not None:
            write_bytes_atomic(KeyFile.path_for(target), keyfile.path.read_bytes())
        tmp.replace(target)
    except OSError as exc:
        if _disk_full(exc):
            raise StorageFull(f"The disk is full; the backup {target.name} was not made.") from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target


class BackupSource:
    """A connection of its own to a database file, for backups made beside the work (in a
    worker thread, while the window's connections read and write).

    It also tells whether anything was committed since a moment: SQLite's `data_version`
    changes when another connection (of this process or another one) commits. One thread at a
    time uses it."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = path
        self._data_key = data_key
        self._engine = sqlcipher_engine(path, data_key, pool_size=1)
        self._conn = self._engine.connect()  # held: data_version belongs to one connection

    def _raw(self) -> Any:
        raw = self._conn.connection.dbapi_connection
        assert raw is not None
        return raw

    def data_version(self) -> int:
        return int(self._raw().execute("PRAGMA data_version").fetchone()[0])

    def backup_to(self, target: Path, keyfile: KeyFile | None) -> Path:
        """As `backup_to`, through this connection."""
        errors = self._engine.dialect.loaded_dbapi.DatabaseError
        return _export(self._raw(), errors, target, self._data_key, keyfile)

    def close(self) -> None:
        self._conn.close()
        self._engine.dispose()


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


def verify_file(path: Path, data_key: bytes) -> None:
    # A backup stays one self-contained file: no WAL beside it.
    check = sqlcipher_engine(path, data_key, pool_size=1, journal_mode="DELETE")
    try:
        problems = integrity_problems(check)
    except DBAPIDatabaseError as exc:  # damaged past what the checks can report
        raise CorruptDatabase(f"The backup {path.name} is damaged.") from exc
    finally:
        check.dispose()
    if problems:
        raise CorruptDatabase(f"The backup {path.name} failed its check: {len(problems)} problems.")


def row_counts(path: Path, data_key: bytes, tables: tuple[str, ...]) -> dict[str, int]:
    """How many rows each of `tables` holds in the backup at `path` (read only)."""
    engine = sqlcipher_engine(path, data_key, pool_size=1, journal_mode="DELETE")
    try:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA query_only = ON"))
            return {
                table: int(conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
                for table in tables
            }
    finally:
        engine.dispose()


def put_in_place(
    backup: Path, db_path: Path, prepare: Callable[[Path], None] | None = None
) -> None:
    """Make the closed database at `db_path` a copy of `backup` (and its key slots): copied to
    a temp file beside it, flushed, changed by `prepare(temp file)` if given, then renamed over;
    the old WAL files go first, since they belong to the old file. If anything fails before the
    rename, the database is as it was."""
    tmp = db_path.with_name(f".{db_path.name}.{secrets.token_hex(4)}.restoring")
    try:
        with backup.open("rb") as source, tmp.open("wb") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        if prepare is not None:
            prepare(tmp)
            _fsync(tmp)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                db_path.with_name(db_path.name + suffix).unlink()
        tmp.replace(db_path)
        write_bytes_atomic(KeyFile.path_for(db_path), KeyFile.path_for(backup).read_bytes())
    except OSError as exc:
        if _disk_full(exc):
            raise StorageFull("The disk is full; the database was not restored.") from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
            tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
