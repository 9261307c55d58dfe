"""Backups: made, verified, listed, pruned, restored after a safety copy; damage detected."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, UserFactory
from w4i_desktop.enums import Role
from w4i_desktop.errors import (
    BadInput,
    CorruptDatabase,
    NotFound,
    PermissionDenied,
    WrongPassword,
)
from w4i_desktop.models import Base
from w4i_desktop.services import backups, participants, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.keyslots import KeyFile

# Logging in writes these (the audit trail, the time of the last login): not data restored.
CHANGED_BY_LOGIN = ("audit_event", "audit_head", "user_account")


def dump(
    ctx: Context, skip: tuple[str, ...] = CHANGED_BY_LOGIN
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for comparing whole databases."""
    with ctx.db.transaction() as session:
        return {
            table.name: [
                tuple(r) for r in session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY 1'))
            ]
            for table in Base.metadata.sorted_tables
            if table.name not in skip
        }


@pytest.fixture
def centre(tmp_path: Path) -> tuple[Path, str]:
    """A database with a few participants; (path, recovery code)."""
    db = tmp_path / "centre.db"
    created = users.create_database(db, "admin", ADMIN_PASSWORD, organisation="Casa", kdf=FAST_KDF)
    for first in ("Amina", "Oksana", "Lucía"):
        participants.create(created.context, {"first_name": first, "last_name": "Test"})
    created.context.db.close()
    return db, created.recovery_code


def _login(db: Path) -> Context:
    return users.login(db, "admin", ADMIN_PASSWORD)


def test_round_trip_keeps_every_row_and_the_safety_copy_keeps_what_came_after(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, _ = centre
    folder = tmp_path / "backups"
    ctx = _login(db)
    before = dump(ctx)
    made = backups.backup_now(ctx, folder)
    assert made.kind == "manual" and KeyFile.path_for(made.path).is_file()
    later = participants.create(ctx, {"first_name": "Late", "last_name": "Comer"})
    ctx.db.close()

    assert backups.verify_backup(made.path, "admin", ADMIN_PASSWORD)["participant"] == 3
    safety = backups.restore(db, made.path, "admin", ADMIN_PASSWORD, folder).safety
    assert safety is not None
    assert [b.kind for b in backups.list_backups(folder)] == ["before-restore", "manual"]

    ctx = _login(db)
    try:
        assert dump(ctx) == before  # every row, every table
        with pytest.raises(NotFound):
            participants.get(ctx, later)
    finally:
        ctx.db.close()
    assert backups.verify_backup(safety, "admin", ADMIN_PASSWORD)["participant"] == 4


def test_the_recovery_key_opens_and_restores_a_backup(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, recovery = centre
    ctx = _login(db)
    (tmp_path / "b").mkdir()
    made = backups.backup_now(ctx, tmp_path / "b")
    ctx.db.close()
    assert backups.verify_backup(made.path, None, recovery)["user_account"] == 1
    assert backups.restore(db, made.path, None, recovery, tmp_path / "b").safety is not None


def test_a_flipped_byte_is_detected(centre: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = centre
    ctx = _login(db)
    (tmp_path / "b").mkdir()
    made = backups.backup_now(ctx, tmp_path / "b")
    ctx.db.close()
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    made.path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase):
        backups.verify_backup(made.path, "admin", ADMIN_PASSWORD)
    with pytest.raises(CorruptDatabase):
        backups.restore(db, made.path, "admin", ADMIN_PASSWORD, tmp_path / "b")
    ctx = _login(db)  # nothing was replaced
    ctx.db.close()


def test_only_an_administrator_with_the_right_password_restores(
    admin_ctx: Context, login_as: UserFactory, db_path: Path, tmp_path: Path
) -> None:
    login_as(Role.MANAGER)  # manager1, password "user-password-1"
    (tmp_path / "b").mkdir()
    made = backups.backup_now(admin_ctx, tmp_path / "b")
    admin_ctx.db.close()
    with pytest.raises(WrongPassword):
        backups.restore(db_path, made.path, "admin", "not-the-password", tmp_path / "b")
    with pytest.raises(PermissionDenied):
        backups.restore(db_path, made.path, "manager1", "user-password-1", tmp_path / "b")


def test_automatic_backups_are_daily_and_only_the_newest_are_kept(
    admin_ctx: Context, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    backups.set_keep_count(admin_ctx, 3)
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    assert backups.automatic_backup(admin_ctx, folder, start) is not None
    assert backups.automatic_backup(admin_ctx, folder, start + timedelta(hours=5)) is None
    forced = backups.automatic_backup(admin_ctx, folder, start + timedelta(hours=6), force=True)
    assert forced is not None  # on closing
    for day in range(1, 5):
        backups.automatic_backup(admin_ctx, folder, start + timedelta(days=day))
    manual = backups.backup_now(admin_ctx, folder, now=start)
    kept = backups.list_backups(folder)
    automatic = [b.made_at for b in kept if b.kind == "automatic"]
    assert automatic == [start + timedelta(days=d) for d in (4, 3, 2)]
    assert manual in kept  # manual backups are the user's to delete
    assert len(list(folder.glob("*.keys"))) == len(kept)


def test_half_a_backup_is_never_listed(admin_ctx: Context, tmp_path: Path) -> None:
    made = backups.backup_now(admin_ctx, tmp_path)
    KeyFile.path_for(made.path).unlink()
    assert backups.list_backups(tmp_path) == []


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from w4i_desktop.services import backups, users
    ctx = users.login(Path(sys.argv[1]), "admin", sys.argv[2])
    print("ready", flush=True)
    while True:
        backups.backup_now(ctx, Path(sys.argv[3]), "automatic")
    """
)


@pytest.mark.slow
def test_killing_a_backup_midway_leaves_the_database_and_no_false_backup(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, _ = centre
    folder = tmp_path / "killed"
    folder.mkdir()
    for delay in (0.05, 0.2, 0.45):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, str(db), ADMIN_PASSWORD, str(folder)],
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        proc.wait()
        proc.stdout.close()
    for backup in backups.list_backups(folder):  # whatever looks complete is complete
        assert backups.verify_backup(backup.path, "admin", ADMIN_PASSWORD)["participant"] == 3
    ctx = _login(db)
    try:
        assert len(dump(ctx)["participant"]) == 3
    finally:
        ctx.db.close()


def _names(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if "-wal" not in p.name}


def test_a_backup_folder_on_a_missing_drive_is_refused_and_nothing_is_written(
    admin_ctx: Context, db_path: Path, tmp_path: Path
) -> None:
    before = _names(tmp_path)
    # A folder on a drive that is not there (E:\backups), and the stick's own mount point,
    # whose parent (/media/user) is there: neither is made on the internal disk.
    for folder in (tmp_path / "E" / "backups", tmp_path / "STICK"):
        with pytest.raises(BadInput, match=r"is not there\. Is the USB stick plugged in\?"):
            backups.backup_now(admin_ctx, folder)
        with pytest.raises(BadInput, match="USB stick"):
            backups.automatic_backup(admin_ctx, folder, force=True)
        assert not folder.exists()
    with pytest.raises(BadInput, match="USB stick"):  # the storage layer refuses it too
        admin_ctx.db.backup(tmp_path / "F" / "backups" / "copy.w4ibak")
    assert _names(tmp_path) - before <= {"w4i.db-shm", "w4i.db-journal"}
    assert not (tmp_path / "F").exists()
    # The default folder beside the database is made when it is missing.
    made = backups.backup_now(admin_ctx, db_path.parent / "backups")
    assert made.path.parent == db_path.parent / "backups"


def test_a_restore_keeps_its_safety_copy_beside_the_database_when_the_stick_is_gone(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, _ = centre
    ctx = _login(db)
    made = backups.backup_now(ctx, tmp_path / "backups")
    ctx.db.close()
    stick = tmp_path / "STICK" / "backups"
    safety = backups.restore(db, made.path, "admin", ADMIN_PASSWORD, stick).safety
    assert safety is not None and safety.parent == db.parent / "backups"
    assert not (tmp_path / "STICK").exists()
