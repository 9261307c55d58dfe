"""The erasure ledger: a restore never brings an erased (or deleted-by-mistake) woman back."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from w4i_desktop.services import (
    audit,
    backups,
    erasure_ledger,
    erasure_replay,
    participants,
    privacy,
    users,
)
from w4i_desktop.services.context import Context
from w4i_desktop.services.erasure_ledger import Entry, ledger_path
from w4i_desktop.services.record_deletion import delete_participant


@pytest.fixture
def centre(tmp_path: Path) -> dict[str, Any]:
    """A database with three participants: its path and their ids and codes by first name."""
    db = tmp_path / "centre.db"
    created = users.create_database(db, "admin", ADMIN_PASSWORD, organisation="Casa", kdf=FAST_KDF)
    ids = {
        first: participants.create(created.context, {"first_name": first, "last_name": "Test"})
        for first in ("Amina", "Oksana", "Lucía")
    }
    codes = {first: _code(created.context, pid) for first, pid in ids.items()}
    created.context.db.close()
    return {"db": db, "ids": ids, "codes": codes}


def _login(db: Path) -> Context:
    return users.login(db, "admin", ADMIN_PASSWORD)


def _code(ctx: Context, pid: int) -> str:
    with ctx.db.transaction() as session:
        return str(session.execute(text("SELECT code FROM participant WHERE id = :i"), {"i": pid})
                   .scalar_one())  # fmt: skip


def _row(db: Path, code: str) -> tuple[Any, ...] | None:
    """(first_name, anonymised_at) of `code` as the database holds it now, or None."""
    ctx = _login(db)
    try:
        with ctx.db.transaction() as session:
            row = session.execute(
                text("SELECT first_name, anonymised_at FROM participant WHERE code = :c"),
                {"c": code},
            ).first()
            return tuple(row) if row is not None else None
    finally:
        ctx.db.close()


def _first_name(db: Path, code: str) -> object:
    row = _row(db, code)
    assert row is not None
    return row[0]


def test_an_erasure_after_the_backup_is_applied_again_on_restore(
    centre: dict[str, Any], tmp_path: Path
) -> None:
    db, ids, codes = centre["db"], centre["ids"], centre["codes"]
    folder = tmp_path / "backups"
    ctx = _login(db)
    made = backups.backup_now(ctx, folder)
    privacy.erase_participant(ctx, ids["Amina"], "Request 2026/14")
    ctx.db.close()

    ledger = ledger_path(db)
    assert [(e.code, e.action) for e in erasure_ledger.read(ledger)] == [(codes["Amina"], "erase")]
    written = ledger.read_text("utf-8")
    assert "Amina" not in written and "Request" not in written  # codes and dates only

    restored = backups.restore(db, made.path, "admin", ADMIN_PASSWORD, folder)
    assert restored.reapplied == erasure_replay.Reapplied(erased=1, deleted=0)
    first_name, anonymised_at = _row(db, codes["Amina"]) or (None, None)
    assert first_name is None and anonymised_at is not None  # erased again
    assert _first_name(db, codes["Oksana"]) == "Oksana"
    ctx = _login(db)
    try:
        with ctx.db.transaction() as session:
            assert audit.verify(session).ok  # the chain holds, with the restore and erasure
            reasons = session.scalars(
                text("SELECT json_extract(detail, '$.reason') FROM audit_event "
                     "WHERE action = 'erase'")
            ).all()  # fmt: skip
        assert "restore" in reasons
    finally:
        ctx.db.close()


def test_erasures_already_in_the_backup_are_not_counted_and_restoring_twice_is_the_same(
    centre: dict[str, Any], tmp_path: Path
) -> None:
    db, ids, codes = centre["db"], centre["ids"], centre["codes"]
    folder = tmp_path / "backups"
    ctx = _login(db)
    privacy.erase_participant(ctx, ids["Oksana"], "Request 1")
    made = backups.backup_now(ctx, folder)
    assert ledger_path(made.path).is_file()  # the ledger travels with the backup
    privacy.erase_participant(ctx, ids["Lucía"], "Request 2")
    ctx.db.close()
    for _ in range(2):
        restored = backups.restore(db, made.path, "admin", ADMIN_PASSWORD, folder)
        assert restored.reapplied.erased == 1  # Lucía's; Oksana's was in the backup already
        assert _first_name(db, codes["Lucía"]) is None
    assert _first_name(db, codes["Amina"]) == "Amina"


def test_a_restore_on_another_computer_uses_the_ledgers_beside_the_backups(
    centre: dict[str, Any], tmp_path: Path
) -> None:
    db, ids, codes = centre["db"], centre["ids"], centre["codes"]
    stick = tmp_path / "stick"
    stick.mkdir()
    ctx = _login(db)
    first = backups.backup_now(ctx, stick, now=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    privacy.erase_participant(ctx, ids["Amina"], "Request 3")
    backups.backup_now(ctx, stick, "automatic")  # its ledger knows of the erasure
    ctx.db.close()

    other = tmp_path / "other-computer"
    shutil.copytree(stick, other / "stick")
    new_db = other / "centre.db"  # nothing there yet: this computer never had the database
    restored = backups.restore(
        new_db, other / "stick" / first.path.name, "admin", ADMIN_PASSWORD, other / "backups"
    )
    assert restored.safety is None and restored.reapplied.erased == 1
    assert _first_name(new_db, codes["Amina"]) is None
    # This computer now remembers it too, for its next restore.
    assert codes["Amina"] in {e.code for e in erasure_ledger.read(ledger_path(new_db))}


def test_a_record_deleted_by_mistake_after_the_backup_is_deleted_again(
    centre: dict[str, Any], tmp_path: Path
) -> None:
    db, ids, codes = centre["db"], centre["ids"], centre["codes"]
    folder = tmp_path / "backups"
    ctx = _login(db)
    made = backups.backup_now(ctx, folder)
    delete_participant(ctx, ids["Oksana"], "Typed twice")
    ctx.db.close()
    restored = backups.restore(db, made.path, "admin", ADMIN_PASSWORD, folder)
    assert restored.reapplied == erasure_replay.Reapplied(erased=0, deleted=1)
    assert _row(db, codes["Oksana"]) is None
    assert _row(db, codes["Amina"]) is not None


def test_if_applying_fails_the_database_is_as_it_was(
    centre: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, ids, codes = centre["db"], centre["ids"], centre["codes"]
    folder = tmp_path / "backups"
    ctx = _login(db)
    made = backups.backup_now(ctx, folder)
    privacy.erase_participant(ctx, ids["Amina"], "Request 4")
    late = participants.create(ctx, {"first_name": "Late", "last_name": "Comer"})
    late_code = _code(ctx, late)
    ctx.db.close()

    def broken(*_args: object) -> erasure_replay.Reapplied:
        raise OSError("the disk went away")

    monkeypatch.setattr(erasure_replay, "reapply_in", broken)
    with pytest.raises(OSError, match="went away"):
        backups.restore(db, made.path, "admin", ADMIN_PASSWORD, folder)
    assert _row(db, late_code) is not None  # nothing restored, nothing lost
    assert _first_name(db, codes["Amina"]) is None
    assert not list(db.parent.glob(".*.restoring*"))


def test_a_damaged_ledger_is_kept_aside_not_overwritten(
    centre: dict[str, Any], tmp_path: Path
) -> None:
    db, ids = centre["db"], centre["ids"]
    ledger_path(db).write_bytes(b"{not json")
    ctx = _login(db)
    try:
        privacy.erase_participant(ctx, ids["Amina"], "Request 5")
    finally:
        ctx.db.close()
    assert len(erasure_ledger.read(ledger_path(db))) == 1
    kept = list(db.parent.glob(f"{ledger_path(db).name}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"{not json"


def test_remembering_on_a_server_writes_no_file(tmp_path: Path) -> None:
    server = cast(Context, SimpleNamespace(db=SimpleNamespace(is_server=True)))
    erasure_ledger.remember(server, "W4I-AAAAA", "erase")  # no path to ask for: no error
    assert list(tmp_path.iterdir()) == []


def test_entries_merge_once_in_order(tmp_path: Path) -> None:
    early = Entry(datetime(2026, 1, 1, tzinfo=UTC), "W4I-33333", "erase")
    late = Entry(datetime(2026, 2, 1, tzinfo=UTC), "W4I-44444", "delete")
    erasure_ledger.write(tmp_path / "a.erasures", [late, early])
    erasure_ledger.write(tmp_path / "b.erasures", [early])
    assert erasure_ledger.merged(tmp_path / "a.erasures", tmp_path / "b.erasures") == [early, late]
    with pytest.raises(ValueError):
        erasure_ledger.remember_at(tmp_path / "x.db", "W4I-33333", "forget")
