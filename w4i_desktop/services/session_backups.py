"""The automatic backups of one signed-in session, made beside the work so that closing the
window never waits for one.

A session (`SessionBackups`) has a connection of its own (`storage.backup.BackupSource`), used
by one worker thread at a time: it makes the backups, and tells whether anything was committed
since the last one it made (SQLite's data_version: any other connection's commit, from this
process or another). The window's side (views/window/auto_backup.py) asks `due` now and then
and runs `back_up` in the background; on closing, a backup is made only when something changed
since the last one.

Backups stay as they were on disk: exported, checked, then renamed into place (a crash leaves
no half file that counts as a backup), with their key slots and the erasure ledger beside them;
each is audited, by the window's thread (`record`): a write from the worker could come between
a read and a write of the window's own transactions and make them fail.

Within a session, a newer backup replaces the session's previous one (made less than a day
before), so the last N automatic backups still reach N sessions back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from w4i_desktop.enums import AuditAction
from w4i_desktop.services import audit, erasure_ledger
from w4i_desktop.services.backups import (
    AUTOMATIC_EVERY,
    BackupInfo,
    backup_name,
    ensure_folder,
    list_backups,
    prune,
    remove_backup,
)
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.backup import BackupSource
from w4i_desktop.storage.database import Database

QUIET = timedelta(minutes=1)  # no change seen for this long: a good moment
EVERY = timedelta(minutes=10)  # at most one background backup this often...
AT_LATEST = timedelta(minutes=30)  # ...and one at the latest this long after a change


@dataclass(frozen=True)
class Changes:
    """What the window has seen of the changes since the session's last backup."""

    first_seen: datetime  # the first change seen since the last backup
    last_seen: datetime  # the newest one


def due(now: datetime, changes: Changes | None, last_backup: datetime | None) -> bool:
    """Whether a background backup is due: there are changes, the last backup is EVERY old
    (or there is none yet in this session), and nothing changed for QUIET, or changes have
    waited AT_LATEST (someone who never pauses)."""
    if changes is None:
        return False
    if last_backup is not None and now - last_backup < EVERY:
        return False
    return now - changes.last_seen >= QUIET or now - changes.first_seen >= AT_LATEST


class SessionBackups:
    """The automatic backups of the signed-in user's session on a database file."""

    def __init__(self, ctx: Context, folder: Path) -> None:
        ctx.require(Action.BACKUP_RUN)
        if not isinstance(ctx.db, Database):  # the window never asks: a server backs up itself
            raise TypeError("automatic backups are made of a database file")
        self._db = ctx.db
        self._ctx = ctx
        self.folder = folder
        self._source = BackupSource(ctx.db.path, ctx.db.data_key)
        self._busy = threading.Lock()
        self._backed_up: int | None = None  # data_version at the last backup made here
        self._unrecorded: int | None = None  # data_version as the backup not recorded began
        self._made: BackupInfo | None = None  # the session's newest backup
        self._seen: int | None = None  # data_version at the last look
        self._changes: Changes | None = None

    @property
    def last_made(self) -> datetime | None:
        return None if self._made is None else self._made.made_at

    def look(self, now: datetime) -> Changes | None:
        """Called now and then: the changes since the last backup, as seen so far (None when
        there are none; when a backup is under way, as seen before it)."""
        if not self._busy.acquire(blocking=False):
            return self._changes
        try:
            version = self._source.data_version()
        finally:
            self._busy.release()
        if version == self._backed_up:
            self._changes = None
        elif self._changes is None:
            self._changes = Changes(now, now)
        elif version != self._seen:
            self._changes = Changes(self._changes.first_seen, now)
        self._seen = version
        return self._changes

    def due_now(self, now: datetime) -> bool:
        return due(now, self.look(now), self.last_made)

    def changed(self) -> bool:
        """Whether anything was committed since this session's last backup (True before its
        first one, and while one is under way: its end tells)."""
        if not self._busy.acquire(blocking=False):
            return True
        try:
            return self._backed_up is None or self._source.data_version() != self._backed_up
        finally:
            self._busy.release()

    def daily_due(self, now: datetime | None = None) -> bool:
        """No automatic backup in the folder yet, or the newest is a day old."""
        made = now or datetime.now(UTC)
        automatic = [b for b in list_backups(self.folder) if b.kind == "automatic"]
        return not automatic or made - automatic[0].made_at >= AUTOMATIC_EVERY

    def back_up(self, keep: int, now: datetime | None = None) -> BackupInfo | None:
        """A checked automatic backup, unless nothing changed since the last one made here
        (None); then the session's previous one (less than a day old) goes, and only the
        newest `keep` automatic backups stay. Runs in a worker thread; `record` it after."""
        with self._busy:
            before = self._source.data_version()
            if before == self._backed_up:
                return None
            made = now or datetime.now(UTC)
            ensure_folder(self.folder, self._db.path)
            target = self.folder / backup_name(self._db.path, "automatic", made)
            while target.exists():  # names tell the second: never over another backup
                made += timedelta(seconds=1)
                target = self.folder / backup_name(self._db.path, "automatic", made)
            self._source.backup_to(target, self._db.keyfile)
            erasure_ledger.copy_beside(self._db.path, target)
            self._unrecorded = before
            self._changes = None  # the next look sees those made meanwhile
            previous, self._made = (
                self._made,
                BackupInfo(target, "automatic", made.replace(microsecond=0), target.stat().st_size),
            )
            if previous is not None and made - previous.made_at < AUTOMATIC_EVERY:
                remove_backup(previous.path)
            prune(self.folder, keep)
            return self._made

    def record(self) -> None:
        """Audit the backup just made, and note what it holds. Call it in the thread that
        writes (the window's), so that no other write of this program comes between: the
        backup holds every change when nothing was committed since it began, and its own
        audit entry is no change since it (only this program writes: the writer lock)."""
        with self._busy:
            before, self._unrecorded = self._unrecorded, None
            if before is None:
                return
            unchanged = self._source.data_version() == before
            with self._ctx.db.transaction() as session:
                audit.record(session, self._ctx.actor.user_id, AuditAction.BACKUP, "database",
                             None, {"format": "automatic"})  # fmt: skip
            # Else what was committed while it ran may be missing from it: changed().
            self._backed_up = self._source.data_version() if unchanged else before

    def close(self) -> None:
        """After the last backup (waits for one under way)."""
        with self._busy:
            self._source.close()
