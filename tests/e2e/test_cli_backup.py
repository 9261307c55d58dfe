"""`w4i backup`, `w4i backup verify` and `w4i restore` as a manager's script runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.e2e.test_cli import w4i
from w4i_desktop.services import participant_search, participants, privacy, users

PASSWORD = "coordinator-pass-7"


@pytest.fixture
def centre(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "centre.db"
    created = users.create_database(db, "coordinator", PASSWORD, organisation="Casa", kdf=FAST_KDF)
    participants.create(created.context, {"first_name": "Amina", "last_name": "Diallo"})
    created.context.db.close()
    return db, created.recovery_code


def _run(*args: str, stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    result = w4i(*args, "--password-stdin", stdin=stdin)
    return result.returncode, result.stdout, result.stderr


def test_backup_verify_and_restore(centre: tuple[Path, str], tmp_path: Path) -> None:
    db, recovery = centre
    target = tmp_path / "monday.w4ibak"
    rc, stdout, stderr = _run("backup", "--out", str(target), "--db", str(db))
    assert rc == 0, stderr
    assert target.is_file() and (tmp_path / "monday.w4ibak.keys").is_file()

    rc, stdout, stderr = _run("backup", "verify", str(target), "--user", "coordinator")
    assert rc == 0, stderr
    assert "intact" in stdout and "participant: 1" in stdout

    rc, stdout, stderr = _run(
        "backup", "verify", str(target), "--recovery-key", stdin=recovery + "\n"
    )
    assert rc == 0 and "participant: 1" in stdout, stderr

    ctx = users.login(db, "coordinator", PASSWORD)
    participants.create(ctx, {"first_name": "Later", "last_name": "One"})
    ctx.db.close()
    rc, stdout, stderr = _run("restore", str(target), "--db", str(db), "--user", "coordinator")
    assert rc == 0, stderr
    assert "before the restore is kept in" in stdout
    ctx = users.login(db, "coordinator", PASSWORD)
    try:
        assert participant_search.count(ctx, participant_search.ParticipantQuery()) == 1
    finally:
        ctx.db.close()


def test_clear_refusals(centre: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = centre
    rc, _, stderr = _run("backup", "--out", str(tmp_path / "x.zip"), "--db", str(db))
    assert rc == 2 and ".w4ibak" in stderr
    target = tmp_path / "b.w4ibak"
    assert _run("backup", "--out", str(target), "--db", str(db))[0] == 0
    rc, _, stderr = _run("backup", "verify", str(target), "--user", "coordinator", stdin="bad\n")
    assert rc != 0 and "password" in stderr.lower()
    damaged = bytearray(target.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    target.write_bytes(bytes(damaged))
    rc, _, stderr = _run("backup", "verify", str(target), "--user", "coordinator")
    assert (rc != 0 and "damaged" in stderr.lower()) or "failed" in stderr.lower()


def test_a_restore_applies_again_the_erasures_made_after_the_backup(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, _ = centre
    ctx = users.login(db, "coordinator", PASSWORD)
    oksana = participants.create(ctx, {"first_name": "Oksana", "last_name": "Test"})
    privacy.erase_participant(ctx, oksana, "Request 1")  # before the backup: in it already
    ctx.db.close()
    target = tmp_path / "tuesday.w4ibak"
    assert _run("backup", "--out", str(target), "--db", str(db))[0] == 0
    assert (tmp_path / "tuesday.w4ibak.erasures").is_file()  # the ledger goes with it
    ctx = users.login(db, "coordinator", PASSWORD)
    (amina,) = [r.id for r in participant_search.search(ctx, participant_search.ParticipantQuery())]
    privacy.erase_participant(ctx, amina, "Request 2")
    ctx.db.close()

    rc, stdout, stderr = _run("restore", str(target), "--db", str(db), "--user", "coordinator")
    assert rc == 0, stderr
    assert "Applied again: 1 erasure made after this backup" in stdout
    ctx = users.login(db, "coordinator", PASSWORD)
    try:  # Amina is erased again: no longer listed
        assert participant_search.count(ctx, participant_search.ParticipantQuery()) == 0
    finally:
        ctx.db.close()


def test_a_backup_to_a_missing_stick_is_refused(centre: tuple[Path, str], tmp_path: Path) -> None:
    db, _ = centre
    target = tmp_path / "E" / "backups" / "b.w4ibak"
    rc, _, stderr = _run("backup", "--out", str(target), "--db", str(db))
    assert rc == 2 and "Is the USB stick plugged in?" in stderr
    assert not (tmp_path / "E").exists()
