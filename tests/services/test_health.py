"""`check_database`: the file's every page and the audit chain in one report. A flipped byte
in a data page used to pass `audit verify` ("intact") and was found only by a report or a
backup check."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD, ON_POSTGRES, UserFactory
from w4i_desktop.enums import Role
from w4i_desktop.errors import CorruptDatabase, PermissionDenied
from w4i_desktop.services import audit, backups, health, participants, users
from w4i_desktop.services.context import Context

PAGE = 4096  # SQLCipher's page size


def fill(ctx: Context, count: int = 60) -> None:
    for n in range(count):
        participants.create(ctx, {"first_name": f"Name{n}", "last_name": "Rossi" * 20})


def damage_a_page(ctx: Context, db_path: Path, table: str = "participant") -> None:
    """Close the database and flip a byte in the root page of `table`: signing in does not
    read it (nor, for the search index's data, opening the main window); the full checks do."""
    with ctx.db.engine.connect() as conn:
        root = conn.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = :table"), {"table": table}
        ).scalar_one()
    ctx.db.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * PAGE + 1000] ^= 0x01
    db_path.write_bytes(bytes(data))


def test_a_sound_database_is_reported_sound(admin_ctx: Context) -> None:
    fill(admin_ctx, 5)
    report = health.check_database(admin_ctx)
    assert report.ok
    assert report.audit_entries > 5
    assert report.file_problems == (None if ON_POSTGRES else ())


@pytest.mark.sqlcipher_only(reason="flips a byte in the database file")
def test_a_flipped_byte_in_a_data_page_is_found_where_the_audit_chain_sees_nothing(
    admin_ctx: Context, db_path: Path
) -> None:
    fill(admin_ctx)
    damage_a_page(admin_ctx, db_path)
    ctx = users.login(db_path, "admin", ADMIN_PASSWORD)
    try:
        with ctx.db.transaction() as session:
            assert audit.verify(session).ok  # what `audit verify` said before
        report = health.check_database(ctx)
    finally:
        ctx.db.close()
    assert not report.ok
    assert report.file_problems
    assert not report.audit_problems


def test_only_those_who_verify_the_audit_log_run_it(login_as: UserFactory) -> None:
    with pytest.raises(PermissionDenied):
        health.check_database(login_as(Role.STAFF))


@pytest.mark.sqlcipher_only(reason="backs up a damaged database file")
def test_a_backup_of_a_damaged_database_says_so_and_leaves_nothing(
    admin_ctx: Context, db_path: Path, tmp_path: Path
) -> None:
    # The copy reads every page; the driver's bare "malformed" used to escape as a bug.
    fill(admin_ctx)
    damage_a_page(admin_ctx, db_path, "participant_fts_data")
    ctx = users.login(db_path, "admin", ADMIN_PASSWORD)
    folder = tmp_path / "stick"
    folder.mkdir()
    try:
        with pytest.raises(CorruptDatabase, match="damaged"):
            backups.backup_now(ctx, folder)
    finally:
        ctx.db.close()
    assert list(folder.iterdir()) == []
