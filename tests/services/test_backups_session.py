"""A session's automatic backups, made beside the work: only after changes, complete and
checked, one per session kept, the last N sessions kept; a crash leaves no backup that counts."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD, UserFactory
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import PermissionDenied
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import backups, participants, session_backups
from w4i_desktop.services.context import Context
from w4i_desktop.services.session_backups import Changes, SessionBackups, due
from w4i_desktop.storage.backup import BackupSource

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "backups"
    made.mkdir()
    return made


@pytest.fixture
def session(admin_ctx: Context, folder: Path) -> Iterator[SessionBackups]:
    made = SessionBackups(admin_ctx, folder)
    yield made
    made.close()


def automatic(folder: Path) -> list[backups.BackupInfo]:
    return [b for b in backups.list_backups(folder) if b.kind == "automatic"]


def participants_in(backup: Path) -> int:
    return backups.verify_backup(backup, "admin", ADMIN_PASSWORD)["participant"]


def backed_up(session: SessionBackups, keep: int, now: datetime) -> backups.BackupInfo | None:
    """A backup as the window makes one: in a worker thread, then recorded in its own."""
    made = session.back_up(keep, now)
    session.record()
    return made


def backup_entries(ctx: Context) -> list[dict[str, object]]:
    with ctx.db.transaction() as db:
        return [
            dict(e.detail)
            for e in db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.BACKUP))
        ]


def test_due_after_a_quiet_moment_at_most_so_often_and_at_the_latest_so_long() -> None:
    minute = timedelta(minutes=1)
    assert not due(T0, None, None)  # nothing changed
    busy = Changes(first_seen=T0, last_seen=T0 + 5 * minute)
    assert not due(T0 + 5 * minute, busy, None)  # still changing
    assert due(T0 + 5 * minute + session_backups.QUIET, busy, None)
    recent = T0 + 5 * minute + session_backups.QUIET - session_backups.EVERY + minute
    assert not due(T0 + 5 * minute + session_backups.QUIET, busy, recent)
    never_quiet = Changes(first_seen=T0, last_seen=T0 + session_backups.AT_LATEST)
    assert due(T0 + session_backups.AT_LATEST, never_quiet, None)


def test_a_backup_after_changes_holds_them_its_own_audit_entry_is_no_change(
    admin_ctx: Context, session: SessionBackups, folder: Path
) -> None:
    assert session.changed()  # before the session's first backup
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    made = backed_up(session, keep=10, now=T0)
    assert made is not None and made.path.is_file()
    assert participants_in(made.path) == 1
    assert not session.changed()
    assert backup_entries(admin_ctx) == [{"format": "automatic"}]
    assert backed_up(session, keep=10, now=T0 + timedelta(minutes=20)) is None
    assert [b.path for b in automatic(folder)] == [made.path]
    participants.create(admin_ctx, {"first_name": "Later", "last_name": "One"})
    assert session.changed()


def test_a_newer_backup_of_the_session_replaces_its_previous_one_the_last_n_are_kept(
    admin_ctx: Context, session: SessionBackups, folder: Path
) -> None:
    for day in range(3):  # earlier sessions' backups
        older = SessionBackups(admin_ctx, folder)
        participants.create(admin_ctx, {"first_name": f"P{day}", "last_name": "Earlier"})
        backed_up(older, keep=3, now=T0 - timedelta(days=3 - day))
        older.close()
    first = backed_up(session, keep=3, now=T0)
    participants.create(admin_ctx, {"first_name": "Later", "last_name": "One"})
    second = backed_up(session, keep=3, now=T0 + timedelta(minutes=15))
    assert first is not None and second is not None
    kept = automatic(folder)
    assert len(kept) == 3 and kept[0].path == second.path
    assert first.path not in [b.path for b in kept]
    assert not first.path.exists() and not first.path.with_name(first.path.name + ".keys").exists()
    assert participants_in(second.path) == 4


def test_a_session_a_day_long_keeps_its_daily_backup(
    admin_ctx: Context, session: SessionBackups, folder: Path
) -> None:
    first = backed_up(session, keep=10, now=T0)
    participants.create(admin_ctx, {"first_name": "Next", "last_name": "Day"})
    backed_up(session, keep=10, now=T0 + timedelta(days=1))
    assert first is not None and first.path in [b.path for b in automatic(folder)]
    assert len(automatic(folder)) == 2


def test_a_change_committed_while_the_backup_runs_is_a_change_since_it(
    admin_ctx: Context, session: SessionBackups, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = BackupSource.backup_to

    def meanwhile(source: BackupSource, target: Path, keyfile: object) -> Path:
        participants.create(admin_ctx, {"first_name": "During", "last_name": "Backup"})
        return real(source, target, keyfile)  # type: ignore[arg-type]

    monkeypatch.setattr(BackupSource, "backup_to", meanwhile)
    assert backed_up(session, keep=10, now=T0) is not None
    assert session.changed()  # the backup may or may not hold it: another one is due


def test_look_tells_when_changes_were_first_and_last_seen(
    admin_ctx: Context, session: SessionBackups
) -> None:
    backed_up(session, keep=10, now=T0)
    assert session.look(T0 + timedelta(minutes=1)) is None
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    assert session.look(T0 + timedelta(minutes=2)) == Changes(
        T0 + timedelta(minutes=2), T0 + timedelta(minutes=2)
    )
    assert session.look(T0 + timedelta(minutes=3)) == Changes(
        T0 + timedelta(minutes=2), T0 + timedelta(minutes=2)
    )
    participants.create(admin_ctx, {"first_name": "Another", "last_name": "One"})
    assert session.look(T0 + timedelta(minutes=4)) == Changes(
        T0 + timedelta(minutes=2), T0 + timedelta(minutes=4)
    )
    assert not session.due_now(T0 + timedelta(minutes=4, seconds=30))
    assert session.due_now(T0 + timedelta(minutes=15))


def test_a_crash_mid_backup_leaves_no_backup_and_its_leftover_goes_later(
    admin_ctx: Context, session: SessionBackups, folder: Path
) -> None:
    leftover = folder / f".{backups.backup_name(admin_ctx.db.path, 'automatic', T0)}.1a2b.partial"
    leftover.write_bytes(b"half an export")
    assert automatic(folder) == []  # a half file never counts as a backup
    backed_up(session, keep=10, now=T0)
    assert leftover.exists()  # recent: it may be a backup under way
    an_hour_ago = time.time() - backups.PARTIAL_STALE_AFTER.total_seconds() - 60
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    backed_up(session, keep=10, now=T0 + timedelta(minutes=20))
    assert not leftover.exists()
    assert len(automatic(folder)) == 1


def test_only_roles_that_back_up_have_session_backups(login_as: UserFactory, folder: Path) -> None:
    with pytest.raises(PermissionDenied):
        SessionBackups(login_as(Role.VOLUNTEER), folder)


def test_two_backups_in_the_same_second_are_two_files(
    admin_ctx: Context, session: SessionBackups, folder: Path
) -> None:
    first = backed_up(session, keep=10, now=T0)
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    second = backed_up(session, keep=10, now=T0.replace(microsecond=500_000))
    assert first is not None and second is not None and second.path != first.path
    (kept,) = automatic(folder)  # the newer replaced the older, not itself
    assert kept.path == second.path and participants_in(kept.path) == 1
