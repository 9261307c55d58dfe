"""Backups a manager can rely on: made by hand or automatically (on closing and daily, the last
N kept), verified after writing, listed with their date and counts, and restored after a
safety backup of the current state.

Erasures are not undone by a restore: the ledger beside the database (services.erasure_ledger)
is copied beside each backup and its entries made after the backup are applied again, in the
restored copy before it replaces the database.

Restoring works on a closed database (the application closes it first, or could not open it
because it is damaged) and is authorised by the password of an administrator in the backup,
or by the recovery key: the backup's own key slots must open it.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from w4i_desktop import config
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, NotADatabase, PermissionDenied, W4IError
from w4i_desktop.models import AuditEvent, User
from w4i_desktop.services import audit, erasure_ledger, erasure_replay, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.erasure_ledger import ledger_path
from w4i_desktop.services.erasure_replay import Reapplied
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.storage import migrate
from w4i_desktop.storage.backup import (
    BACKUP_SUFFIX,
    backup_to,
    put_in_place,
    row_counts,
    verify_file,
)
from w4i_desktop.storage.database import RECOVERY_LABEL
from w4i_desktop.storage.engine import check_readable, sqlcipher_engine
from w4i_desktop.storage.keyslots import KeyFile, normalise_recovery_code
from w4i_desktop.storage.lock import WriterLock

KINDS = ("manual", "automatic", "before-restore", "before-upgrade", "damaged")
COUNTED_TABLES = ("participant", "employer", "vacancy", "placement", "user_account", "audit_event")
_NAME = re.compile(
    rf"^(?P<stem>.+)-(?P<kind>{'|'.join(KINDS)})-(?P<stamp>\d{{8}}-\d{{6}})\.w4ibak$"
)
AUTOMATIC_EVERY = timedelta(hours=24)
DEFAULT_KEEP = 10
KEEP_SETTING = "backup_keep"
PARTIAL_STALE_AFTER = timedelta(hours=1)  # a temp file of a backup this old was interrupted


@dataclass(frozen=True)
class Restored:
    """What a restore did: the safety copy of the state before it (None when there was no
    database), and the erasures made after the backup that were applied again."""

    safety: Path | None
    reapplied: Reapplied


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    made_at: datetime  # UTC
    size: int


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def backup_name(db_path: Path, kind: str, now: datetime) -> str:
    return f"{db_path.stem}-{kind}-{_stamp(now)}{BACKUP_SUFFIX}"


def _stamped(path: Path) -> datetime | None:
    found = _NAME.match(path.name)
    if found is None:
        return None
    return datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)


def _info(path: Path) -> BackupInfo | None:
    found = _NAME.match(path.name)
    if found is None or not KeyFile.path_for(path).is_file():
        return None  # not ours, or half of a pair: never offered
    made = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return BackupInfo(path, found["kind"], made, path.stat().st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The complete backups (database and key slots) in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = (_info(p) for p in folder.glob(f"*{BACKUP_SUFFIX}"))
    # Names tell the second; the file's own time orders two backups made in the same second.
    return sorted(
        (b for b in found if b is not None),
        key=lambda b: (b.made_at, b.path.stat().st_mtime_ns),
        reverse=True,
    )


def keep_count(ctx: Context) -> int:
    stored = settings.get_value(ctx, KEEP_SETTING)
    return int(stored) if stored and stored.isdigit() else DEFAULT_KEEP


def set_keep_count(ctx: Context, keep: int) -> None:
    if not 1 <= keep <= 100:
        raise BadInput("Keep between 1 and 100 automatic backups.")
    settings.set_value(ctx, KEEP_SETTING, str(keep))


def ensure_folder(folder: Path, db_path: Path) -> None:
    """A backup folder that is there: the default one beside the database may be made (its
    parent is the database's folder); a chosen folder that is missing is refused, never made
    on the internal disk in place of a drive that is not plugged in."""
    if folder.is_dir():
        return
    if folder == config.backup_dir_for(db_path) and folder.parent.is_dir():
        folder.mkdir(exist_ok=True)
        return
    raise BadInput(
        "The folder {folder} is not there. Is the USB stick plugged in?", folder=str(folder)
    )


def backup_now(
    ctx: Context, folder: Path, kind: str = "manual", now: datetime | None = None
) -> BackupInfo:
    """Back the open database up into `folder`; verified before it is put in place."""
    ctx.require(Action.BACKUP_RUN)
    if kind not in KINDS:
        raise BadInput("Unknown kind of backup: {kind}.", kind=kind)
    made = now or datetime.now(UTC)
    ensure_folder(folder, ctx.db.path)
    target = folder / backup_name(ctx.db.path, kind, made)
    ctx.db.backup(target)
    erasure_ledger.copy_beside(ctx.db.path, target)
    with ctx.db.transaction() as session:
        audit.record(session, ctx.actor.user_id, AuditAction.BACKUP, "database", None,
                     {"format": kind})  # fmt: skip
    info = _info(target)
    assert info is not None  # just written, with its key slots
    return info


def automatic_backup(
    ctx: Context, folder: Path, now: datetime | None = None, force: bool = False
) -> BackupInfo | None:
    """An automatic backup when the newest one is a day old (or `force`, on closing); then
    only the newest N automatic backups are kept."""
    made = now or datetime.now(UTC)
    ensure_folder(folder, ctx.db.path)
    automatic = [b for b in list_backups(folder) if b.kind == "automatic"]
    if not force and automatic and made - automatic[0].made_at < AUTOMATIC_EVERY:
        return None
    info = backup_now(ctx, folder, "automatic", made)
    prune(folder, keep_count(ctx))
    return info


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted. Manual
    and safety backups are the user's to delete."""
    automatic = [b for b in list_backups(folder) if b.kind == "automatic"]
    removed = []
    # Leftovers of backups that were interrupted (a crash, a power cut): never valid backups.
    # A recent one may be a backup under way (by hand, or in another window): it stays.
    stale_before = time.time() - PARTIAL_STALE_AFTER.total_seconds()
    for partial in folder.glob(".*.partial"):
        with contextlib.suppress(FileNotFoundError):
            if partial.stat().st_mtime < stale_before:
                partial.unlink(missing_ok=True)
                removed.append(partial)
    for old in automatic[keep:]:
        remove_backup(old.path)
        removed.append(old.path)
    return removed


def remove_backup(path: Path) -> None:
    """Delete a backup with its key slots and erasure ledger (the database file last)."""
    KeyFile.path_for(path).unlink(missing_ok=True)
    ledger_path(path).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


# --- reading a backup without opening the database ----------------------------------------------


def _data_key(backup: Path, username: str | None, secret: str) -> bytes:
    """The backup's data key, from its own slots: a user's password, or (username None) the
    recovery key. WrongPassword when neither opens it."""
    if not backup.is_file() or not KeyFile.path_for(backup).is_file():
        raise NotADatabase(f"{backup.name} is not a complete W4I backup (it needs its .keys).")
    keyfile = KeyFile.load(backup)
    if username is None:
        return keyfile.unwrap(RECOVERY_LABEL, normalise_recovery_code(secret))
    return keyfile.unwrap(keyfile.user_label(username), secret)


def verify_backup(backup: Path, username: str | None, secret: str) -> dict[str, int]:
    """Check a backup (integrity and cipher integrity) and count its rows: the restore drill."""
    key = _data_key(backup, username, secret)
    verify_file(backup, key)
    return row_counts(backup, key, COUNTED_TABLES)


def _is_admin(backup: Path, key: bytes, username: str) -> bool:
    engine = sqlcipher_engine(backup, key, pool_size=1, journal_mode="DELETE")
    try:
        with engine.connect() as conn:
            role = conn.exec_driver_sql(
                "SELECT role FROM user_account WHERE username = ? AND active = 1", (username,)
            ).scalar()
    finally:
        engine.dispose()
    return role is not None and allowed(Role(role), Action.BACKUP_RESTORE)


def restore(
    db_path: Path,
    backup: Path,
    username: str | None,
    secret: str,
    safety_folder: Path,
    now: datetime | None = None,
) -> Restored:
    """Replace the CLOSED database at `db_path` by `backup`, after a safety copy of the current
    state into `safety_folder` (or, when that folder is not there, the default one beside the
    database). Authorised by an administrator's password in the backup, or by the recovery key
    (username None). The erasures in the ledgers (beside the database and beside the backup)
    made after the backup are applied to the restored copy before it replaces the database:
    if anything fails, the database is as it was."""
    key = _data_key(backup, username, secret)
    if username is not None and not _is_admin(backup, key, username):
        raise PermissionDenied("Only an administrator can restore a backup.")
    verify_file(backup, key)
    made = now or datetime.now(UTC)
    entries = erasure_ledger.merged(*_ledgers_for(db_path, backup))
    since = _stamped(backup) or _last_event(backup, key)
    later = [e for e in entries if since is None or e.at > since]
    if not safety_folder.is_dir():  # a drive that is not there: never made on this disk
        safety_folder = config.backup_dir_for(db_path)
    reapplied = Reapplied()
    lock = WriterLock(db_path)
    lock.acquire()  # the database must not be open anywhere while it is replaced
    try:
        safety = _safety_copy(db_path, key, safety_folder, made)

        def prepare(copy: Path) -> None:
            nonlocal reapplied
            reapplied = _prepare_restored(copy, key, username, later)

        put_in_place(backup, db_path, prepare)
    finally:
        lock.release()
    if entries:  # this computer keeps every erasure it has heard of, for the next restore
        erasure_ledger.write(ledger_path(db_path), entries)
    return Restored(safety, reapplied)


def _ledgers_for(db_path: Path, backup: Path) -> list[Path]:
    """The ledgers that may know of erasures after `backup`: this computer's, the one beside
    the backup, and those beside the other backups of the same database in its folder (a newer
    backup's ledger knows more; on another computer it is all there is)."""
    paths = [ledger_path(db_path), ledger_path(backup)]
    found = _NAME.match(backup.name)
    if found is not None and backup.parent.is_dir():
        for other in backup.parent.glob(f"*{BACKUP_SUFFIX}{erasure_ledger.LEDGER_SUFFIX}"):
            same = _NAME.match(other.name.removesuffix(erasure_ledger.LEDGER_SUFFIX))
            if same is not None and same["stem"] == found["stem"]:
                paths.append(other)
    return paths


def _last_event(backup: Path, key: bytes) -> datetime | None:
    """When the newest audit entry of a backup (renamed, so its name tells no date) was made."""
    engine = sqlcipher_engine(backup, key, pool_size=1, journal_mode="DELETE")
    try:
        with Session(engine) as session:
            return session.scalar(select(func.max(AuditEvent.at)))
    finally:
        engine.dispose()


def _safety_copy(db_path: Path, key: bytes, folder: Path, made: datetime) -> Path | None:
    """The current state, kept before it is replaced: an export when the database reads (the
    same key: a backup restores its own database), else the damaged file as it is."""
    if not db_path.is_file():
        return None
    folder.mkdir(exist_ok=True)
    engine = sqlcipher_engine(db_path, key, pool_size=1)
    try:
        check_readable(engine, db_path)
        readable = True
    except W4IError:
        readable = False
    if readable:
        target = folder / backup_name(db_path, "before-restore", made)
        try:
            backup_to(engine, target, key, KeyFile.load(db_path))
        finally:
            engine.dispose()
        erasure_ledger.copy_beside(db_path, target)
        return target
    engine.dispose()
    target = folder / backup_name(db_path, "damaged", made)
    # A closed, damaged file: copying its (encrypted) bytes is the only way to keep it.
    shutil.copyfile(db_path, target)
    keys = KeyFile.path_for(db_path)
    if keys.is_file():
        shutil.copyfile(keys, KeyFile.path_for(target))
    erasure_ledger.copy_beside(db_path, target)
    return target


def _prepare_restored(
    copy: Path, key: bytes, username: str | None, later: list[erasure_ledger.Entry]
) -> Reapplied:
    """In the restored copy, before it replaces the database: brought up to this version's
    schema, the restore recorded in its audit log (by whom, if a user), then the erasures
    made after the backup applied again."""
    engine = sqlcipher_engine(copy, key, pool_size=1, journal_mode="DELETE")
    try:
        revision = migrate.current_revision(engine)
        older = revision is not None and revision != migrate.head_revision()
        if older and migrate.is_known_revision(revision or ""):
            migrate.upgrade(engine)
        with Session(engine) as session, session.begin():
            user_id = None
            if username is not None:
                user_id = session.scalar(select(User.id).where(User.username == username))
            via = "recovery_key" if username is None else "password"
            audit.record(session, user_id, AuditAction.RESTORE, "database", None, {"via": via})
            return erasure_replay.reapply_in(session, later, user_id)
    finally:
        engine.dispose()
