from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from w4i_desktop.errors import (
    BadInput,
    CorruptDatabase,
    DatabaseLocked,
    NotADatabase,
    WrongPassword,
)
from w4i_desktop.services import participant_search, participants, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage import migrate
from w4i_desktop.storage.database import Database
from w4i_desktop.storage.engine import integrity_problems

pytestmark = pytest.mark.sqlcipher_only(
    reason="The SQLCipher file itself: key files, pragmas, the writer lock, damage, a full disk."
)

CANARY_FIRST = "Zyxqvorth"
CANARY_LAST = "Quillbeckstrand"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_sqlite_cannot_read_the_file(admin_ctx: Context, db_path: Path) -> None:
    admin_ctx.db.close()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_canary_name_never_on_disk_in_clear(admin_ctx: Context, db_path: Path) -> None:
    participants.create(
        admin_ctx,
        {
            "first_name": CANARY_FIRST,
            "last_name": CANARY_LAST,
            "email": "zyxq@example.org",
            "sensitive_notes": f"{CANARY_FIRST} told us about her health",
        },
    )
    # Check while the WAL still holds the write, then after the checkpoint on close.
    files = [db_path, db_path.with_name("w4i.db-wal"), db_path.with_name("w4i.db.keys")]
    wal = db_path.with_name("w4i.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for when in ("open", "closed"):
        for path in files:
            if path.exists():
                raw = path.read_bytes()
                for needle in (CANARY_FIRST, CANARY_LAST, "zyxq@example.org"):
                    for encoding in ("utf-8", "utf-16-le"):
                        assert needle.encode(encoding) not in raw, (when, path.name)
        if when == "open":
            admin_ctx.db.close()


def test_connection_settings(admin_ctx: Context) -> None:
    with admin_ctx.db.engine.connect() as conn:

        def pragma(name: str) -> str:
            return str(conn.execute(text(f"PRAGMA {name}")).scalar())

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == "2"  # FULL
        assert pragma("foreign_keys") == "1"
        assert pragma("secure_delete") == "1"
        assert pragma("cipher_memory_security") == "1"
        assert pragma("cipher_version").startswith("4.")


def test_wrong_password_leaves_the_database_untouched(admin_ctx: Context, db_path: Path) -> None:
    admin_ctx.db.close()
    before = _digest(db_path)
    mtime = db_path.stat().st_mtime_ns
    with pytest.raises(WrongPassword):
        users.login(db_path, "admin", "not-the-password")
    with pytest.raises(WrongPassword):
        users.login(db_path, "nobody", ADMIN_PASSWORD)
    assert _digest(db_path) == before
    assert db_path.stat().st_mtime_ns == mtime
    # Both failures are audited at the next login, the unknown user's without a user id.
    ctx = users.login(db_path, "admin", ADMIN_PASSWORD)
    try:
        from w4i_desktop.enums import AuditAction
        from w4i_desktop.models import AuditEvent

        with ctx.db.transaction() as session:
            failed = session.query(AuditEvent).filter_by(action=AuditAction.FAILED_LOGIN).all()
        assert sorted((e.user_id is None) for e in failed) == [False, True]
    finally:
        ctx.db.close()


def test_recovery_key_opens_the_database(db_path: Path) -> None:
    created = users.create_database(db_path, "admin", ADMIN_PASSWORD, kdf=FAST_KDF)
    created.context.db.close()
    db = Database.open_with_recovery_key(db_path, created.recovery_code.lower())
    try:
        assert db.unlocked.by_recovery_key
        db.set_user_password("admin", "a-new-password", FAST_KDF)
    finally:
        db.close()
    users.login(db_path, "admin", "a-new-password").db.close()
    with pytest.raises(WrongPassword):
        users.login(db_path, "admin", ADMIN_PASSWORD)


def test_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase):
        users.login(tmp_path / "missing.db", "admin", ADMIN_PASSWORD)
    stray = tmp_path / "notes.db"
    stray.write_bytes(b"hello" * 1000)
    with pytest.raises(NotADatabase):
        users.login(stray, "admin", ADMIN_PASSWORD)


def test_database_swapped_under_a_key_file(tmp_path: Path) -> None:
    first = users.create_database(tmp_path / "a.db", "admin", ADMIN_PASSWORD, kdf=FAST_KDF)
    first.context.db.close()
    second = users.create_database(tmp_path / "b.db", "admin", ADMIN_PASSWORD, kdf=FAST_KDF)
    second.context.db.close()
    (tmp_path / "b.db").replace(tmp_path / "a.db")
    with pytest.raises(CorruptDatabase, match="another file was put in its place"):
        users.login(tmp_path / "a.db", "admin", ADMIN_PASSWORD)


def test_corrupt_file_is_a_clear_error(admin_ctx: Context, db_path: Path) -> None:
    for i in range(200):
        participants.create(admin_ctx, {"first_name": f"Name{i}", "last_name": "Test"})
    admin_ctx.db.close()
    data = bytearray(db_path.read_bytes())
    assert len(data) > 8 * 4096
    for offset in range(4096 * 2, len(data), 4096):  # one flipped byte in every page but the first
        data[offset + 100] ^= 0xFF
    db_path.write_bytes(bytes(data))
    # Unlock reads only the schema (fast at any size); the first query that meets a damaged
    # page says so clearly, whichever comes first.
    with pytest.raises((CorruptDatabase, NotADatabase)) as info:
        ctx = users.login(db_path, "admin", ADMIN_PASSWORD)
        try:
            participant_search.search(ctx, participant_search.ParticipantQuery())
        finally:
            ctx.db.close()
    assert "damaged" in str(info.value)


def test_create_refuses_to_overwrite(admin_ctx: Context, db_path: Path) -> None:
    with pytest.raises(BadInput, match="already exists"):
        users.create_database(db_path, "admin", ADMIN_PASSWORD, kdf=FAST_KDF)


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from w4i_desktop.storage.lock import WriterLock
    lock = WriterLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_second_writer_is_told_who_holds_the_lock(admin_ctx: Context, db_path: Path) -> None:
    admin_ctx.db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked) as info:
            users.login(db_path, "admin", ADMIN_PASSWORD)
        assert "computer" in str(info.value)
        holder.kill()  # SIGKILL on POSIX: the holder cannot clean up
        holder.wait()
        # The OS released the lock with the process: the stale note does not block us.
        users.login(db_path, "admin", ADMIN_PASSWORD).db.close()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_older_schema_is_backed_up_then_upgraded(
    admin_ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    admin_ctx.db.close()
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    monkeypatch.setattr(
        migrate, "upgrade", lambda engine, revision="head": upgraded.append(revision)
    )
    backups = db_path.parent / "bk"
    ctx = users.login(db_path, "admin", ADMIN_PASSWORD, backup_dir=backups)
    ctx.db.close()
    assert upgraded == ["head"]
    [backup] = list(backups.glob("*.w4ibak"))
    # The backup opens with the same key slots and holds the row.
    backup.with_name(backup.name + ".keys").write_bytes(
        db_path.with_name("w4i.db.keys").read_bytes()
    )
    monkeypatch.undo()
    ctx = users.login(backup, "admin", ADMIN_PASSWORD)
    try:
        rows = participant_search.search(ctx, participant_search.ParticipantQuery(text="ana"))
        assert [r.name for r in rows] == ["Ana Silva"]
    finally:
        ctx.db.close()


def test_a_full_disk_is_a_clear_error_and_loses_nothing(admin_ctx: Context) -> None:
    kept = participants.create(admin_ctx, {"first_name": "Kept", "last_name": "Before"})
    with admin_ctx.db.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
    # Cap the file at its current size on every pooled connection: the next growth fails
    # exactly as a full disk does (SQLITE_FULL).
    from sqlalchemy import event

    def cap(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    admin_ctx.db.engine.dispose()
    event.listen(admin_ctx.db.engine, "connect", cap)
    from w4i_desktop.errors import StorageFull

    with pytest.raises(StorageFull):  # the loop runs until the cap is hit
        for _ in range(200):
            participants.create(
                admin_ctx,
                {"first_name": "Big", "last_name": "Note", "sensitive_notes": "x" * 19_000},
            )
    event.remove(admin_ctx.db.engine, "connect", cap)
    admin_ctx.db.engine.dispose()
    assert participants.get(admin_ctx, kept)["first_name"] == "Kept"
    # Every write either committed whole or not at all; the file is sound.
    assert integrity_problems(admin_ctx.db.engine) == []
