"""The encrypted database as one object: create, unlock, hand out sessions, close.

Order of an unlock matters: the key slot is checked first (a wrong password never touches the
database file), then the writer lock is taken, then the engine is made and a cheap query proves
the key and the file, then older schemas are upgraded after a backup.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.exc import OperationalError

from w4i_desktop.errors import (
    BadInput,
    CorruptDatabase,
    NotADatabase,
    StorageFull,
    W4IError,
    WrongPassword,
)
from w4i_desktop.storage import migrate
from w4i_desktop.storage.backup import backup_to
from w4i_desktop.storage.engine import check_readable, damage_error, sqlcipher_engine
from w4i_desktop.storage.keyslots import (
    KdfParams,
    KeyFile,
    new_data_key,
    new_recovery_code,
    normalise_recovery_code,
)
from w4i_desktop.storage.lock import WriterLock
from w4i_desktop.storage.store import Store, Unlocked

RECOVERY_LABEL = "recovery"


def _is_disk_full(exc: OperationalError) -> bool:
    return "disk is full" in str(exc.orig) or "SQLITE_FULL" in str(exc.orig)


def device_label(user_label: str) -> str:
    return "device:" + user_label


class Database(Store):
    """A SQLCipher file on this computer, with its key slots beside it."""

    def __init__(
        self, path: Path, keyfile: KeyFile, data_key: bytes, engine: Engine, lock: WriterLock
    ) -> None:
        super().__init__(engine)
        self._path = path
        self.keyfile = keyfile
        self._data_key: bytes | None = data_key
        self._lock = lock
        self.failed_unlocks_before: list[dict[str, str]] = []

    @property
    def path(self) -> Path:
        return self._path

    @property
    def name(self) -> str:
        return self._path.name

    # --- creating and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        admin_username: str,
        admin_password: str,
        *,
        kdf: KdfParams | None = None,
    ) -> tuple[Database, str]:
        """A new, empty, migrated database and its recovery code (to show once, then forget)."""
        path = Path(path)
        keyfile_path = KeyFile.path_for(path)
        if path.exists() or keyfile_path.exists():
            raise BadInput("{name} already exists; choose another file name.", name=path.name)
        if not path.parent.is_dir():
            raise BadInput("The folder {folder} does not exist.", folder=str(path.parent))
        params = kdf or KdfParams.calibrated()
        data_key = new_data_key()
        recovery_code = new_recovery_code()
        keyfile = KeyFile.new(path)
        keyfile.default_user = admin_username
        keyfile.add_slot(
            "user", keyfile.user_label(admin_username), admin_password, data_key, params
        )
        keyfile.add_slot("recovery", RECOVERY_LABEL, recovery_code, data_key, params)
        lock = WriterLock(path)
        lock.acquire()
        try:
            engine = sqlcipher_engine(path, data_key)
            migrate.upgrade(engine)
            keyfile.save()  # last: a key file only ever stands beside a complete database
        except BaseException:
            lock.release()
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
            raise
        db = cls(path, keyfile, data_key, engine, lock)
        db.unlocked = Unlocked(admin_username)
        return db, recovery_code

    @classmethod
    def open(
        cls,
        path: Path,
        username: str,
        password: str,
        *,
        backup_dir: Path | None = None,
        device: bool = False,
    ) -> Database:
        """Unlock with a user's password, or (device=True) with this computer's remembered
        secret for that user, which opens the user's device slot."""
        path = Path(path)
        keyfile = cls._keyfile_for(path)
        label = keyfile.user_label(username)
        if device:
            label = device_label(label)
        try:
            data_key = keyfile.unwrap(label, password)
        except WrongPassword:
            keyfile.record_failed_unlock(label)
            keyfile.save()
            raise
        db = cls._open_with_key(path, keyfile, data_key, backup_dir)
        db.unlocked = Unlocked(username)
        db.failed_unlocks_before = keyfile.take_failed_unlocks()
        if db.failed_unlocks_before:
            keyfile.save()
        return db

    @classmethod
    def open_with_recovery_key(
        cls, path: Path, recovery_code: str, *, backup_dir: Path | None = None
    ) -> Database:
        path = Path(path)
        keyfile = cls._keyfile_for(path)
        data_key = keyfile.unwrap(RECOVERY_LABEL, normalise_recovery_code(recovery_code))
        db = cls._open_with_key(path, keyfile, data_key, backup_dir)
        db.unlocked = Unlocked(None, by_recovery_key=True)
        return db

    @staticmethod
    def _keyfile_for(path: Path) -> KeyFile:
        if not path.is_file():
            raise NotADatabase(f"There is no database at {path}.")
        return KeyFile.load(path)

    @classmethod
    def _open_with_key(
        cls, path: Path, keyfile: KeyFile, data_key: bytes, backup_dir: Path | None
    ) -> Database:
        lock = WriterLock(path)
        lock.acquire()
        engine = None
        try:
            engine = sqlcipher_engine(path, data_key)
            try:
                check_readable(engine, path)
                current = migrate.current_revision(engine)
            except NotADatabase as exc:
                # The key slot opened, so the key is right: the file is damaged (or another
                # file was put in its place); either way a backup is the way back.
                raise CorruptDatabase(
                    f"{path.name} cannot be read with its key file: it is damaged, or another "
                    "file was put in its place."
                ) from exc
            except DBAPIDatabaseError as exc:
                raise damage_error(exc, path) or CorruptDatabase(
                    f"{path.name} is damaged and cannot be read."
                ) from exc
            if current is None:
                raise NotADatabase(f"{path.name} is not a W4I database.")
            if current != migrate.head_revision():
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                folder = backup_dir or path.parent / "backups"
                target = folder / f"{path.stem}-before-upgrade-{stamp}.w4ibak"
                backup_to(engine, target, data_key, keyfile)
                migrate.upgrade(engine)
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise
        return cls(path, keyfile, data_key, engine, lock)

    # --- using ---------------------------------------------------------------------------------

    def _storage_error(self, exc: DBAPIDatabaseError) -> W4IError | None:
        if isinstance(exc, OperationalError) and _is_disk_full(exc):
            return StorageFull("The disk is full; the change was not saved.")
        return damage_error(exc, self.path)

    def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it, so erased data does not
        linger there (secure_delete already zeroes freed space in the file itself)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup(self, target: Path) -> Path:
        """An encrypted, verified copy of this database and its key slots at `target`."""
        return backup_to(self.engine, target, self.data_key, self.keyfile)

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("the database is closed")
        return self._data_key

    # --- key slots -----------------------------------------------------------------------------

    def set_user_password(self, username: str, password: str, kdf: KdfParams | None = None) -> None:
        params = kdf or self._slot_params()
        self.keyfile.add_slot(
            "user", self.keyfile.user_label(username), password, self.data_key, params
        )
        self.keyfile.save()

    def set_device_secret(self, username: str, secret: str) -> None:
        """A slot that this computer's stored secret opens ("remember me"). The secret is long
        and random, so a single cheap Argon2 pass is enough to wrap it."""
        label = device_label(self.keyfile.user_label(username))
        cheap = KdfParams(time_cost=1, memory_kib=KdfParams.MIN_MEMORY_KIB, parallelism=1)
        self.keyfile.add_slot("device", label, secret, self.data_key, cheap)
        self.keyfile.save()

    def remove_device_slot(self, username: str) -> bool:
        removed = self.keyfile.remove_slot(device_label(self.keyfile.user_label(username)))
        if removed:
            self.keyfile.save()
        return removed

    def remove_user_slot(self, username: str) -> bool:
        removed = self.keyfile.remove_slot(self.keyfile.user_label(username))
        removed = (
            self.keyfile.remove_slot(device_label(self.keyfile.user_label(username))) or removed
        )
        if removed:
            self.keyfile.save()
        return removed

    def has_user_slot(self, username: str) -> bool:
        return self.keyfile.has_slot(self.keyfile.user_label(username))

    def _slot_params(self) -> KdfParams:
        recovery = next((s for s in self.keyfile.slots if s.label == RECOVERY_LABEL), None)
        return recovery.params() if recovery is not None else KdfParams.calibrated()

    # --- closing -------------------------------------------------------------------------------

    def close(self) -> None:
        """Refresh the planner's statistics, dispose of every connection, drop the key and
        release the writer lock."""
        if self._data_key is None:
            return
        try:
            with self.engine.connect() as conn:
                # SQLite's advice for long-lived databases: it analyses only what changed, and
                # keeps list queries on their indexes as tables grow.
                conn.exec_driver_sql("PRAGMA optimize")
        except DBAPIDatabaseError:
            pass  # a damaged or full database still closes
        self.engine.dispose()
        self._data_key = None
        self._lock.release()

    def __enter__(self) -> Database:
        return self
