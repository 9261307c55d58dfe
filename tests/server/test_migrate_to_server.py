"""`w4i migrate-to-server`: a local database copied whole into an empty database on a server,
checked (row counts, indicators, the audit chain) in the same transaction, the local file left
untouched. Tests that need a server use the `server_url` fixture (W4I_TEST_DATABASE_URL, e.g.
in .ci/postgres.sh) and are skipped without one; the others run everywhere."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import URL, func, select

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, PostgresServer
from w4i_desktop import cli
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, DatabaseLocked, PermissionDenied, WrongPassword
from w4i_desktop.models import AuditEvent, AuditHead, Participant, Site, User
from w4i_desktop.reports.indicators import compute
from w4i_desktop.reports.periods import Period
from w4i_desktop.services import accounts, audit, demo, server_move, users
from w4i_desktop.storage.keyslots import KdfParams, KeyFile
from w4i_desktop.storage.lock import WriterLock
from w4i_desktop.storage.server import ServerDatabase

DEMO_PARTICIPANTS = 200
UNREACHABLE = "postgresql://postgres@127.0.0.1:1/w4i"  # nothing listens on port 1


def _fingerprint(db: Path) -> dict[str, str]:
    """SHA-256 of every file of the local database (the file, its key slots, any side file)."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(db.parent.iterdir())
        if path.name.startswith(db.name) and not path.name.endswith((".lock", ".lock.json"))
    }


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A local demo database (~200 participants), made once; the tests only read it."""
    db = tmp_path_factory.mktemp("local") / "centre.db"
    created = users.create_database(db, "admin", ADMIN_PASSWORD, site_name="Milano", kdf=FAST_KDF)
    try:
        users.add_user(created.context, "manager1", "manager-password", Role.MANAGER, kdf=FAST_KDF)
        demo.generate(created.context, DEMO_PARTICIPANTS, seed=7)
    finally:
        created.context.db.close()
    return db


def _local_counts(db: Path) -> dict[str, int]:
    ctx = users.login(db, "admin", ADMIN_PASSWORD)  # on a copy: a login writes an audit entry
    try:
        with ctx.db.transaction() as session:
            conn = session.connection()
            return {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in server_move.tables()
            }
    finally:
        ctx.db.close()


def _copy_of(db: Path, folder: Path) -> Path:
    folder.mkdir()
    for source in (db, KeyFile.path_for(db)):
        (folder / source.name).write_bytes(source.read_bytes())
    return folder / db.name


# --- with a server -------------------------------------------------------------------------


def test_a_demo_database_moves_whole_checked_and_the_local_file_is_untouched(
    demo_db: Path, server_url: URL, tmp_path: Path
) -> None:
    before = _fingerprint(demo_db)
    report = server_move.move_to_server(demo_db, "Admin", ADMIN_PASSWORD, server_url, kdf=FAST_KDF)

    assert report.ok and report.local_unchanged
    assert _fingerprint(demo_db) == before
    counts = {count.table: count for count in report.counts}
    assert all(count.local == count.server for count in report.counts)
    assert counts["participant"].server == DEMO_PARTICIPANTS
    assert counts["pathway_step"].server > DEMO_PARTICIPANTS and counts["placement"].server > 0
    expected = _local_counts(_copy_of(demo_db, tmp_path / "copy"))
    expected["audit_event"] -= 1  # that login's own entry
    assert {name: count.local for name, count in counts.items()} == expected
    assert len(report.periods) == 4 and report.sites == counts["site"].local
    assert report.indicator_checks == 4 * (1 + report.sites)
    assert report.users_without_password == sorted(report.users_without_password)
    assert "manager1" in report.users_without_password
    assert "admin" not in report.users_without_password
    assert len(report.recovery_code) == 35

    # The administrator signs in on the server with her password; the audit chain verifies.
    ctx = users.login(server_url, "admin", ADMIN_PASSWORD)
    try:
        with ctx.db.transaction() as session:
            result = audit.verify(session)
            assert result.ok, result.problems
            assert result.entries == report.audit_entries + 2  # the move, then this login
            moved = session.scalars(
                select(AuditEvent).where(AuditEvent.seq == report.audit_entries + 1)
            ).one()
            assert moved.action is AuditAction.MIGRATE
            assert moved.detail == {"count": report.rows, "via": "migrate-to-server"}
            # The indicators really were worth comparing: the demo fills the last quarters.
            last = Period.containing(date.today())
            assert compute(session, last, None).values["I2"]
            sites = session.scalar(select(func.count()).select_from(Site))
            assert sites == report.sites
        # The sequences were moved on: new rows get new ids.
        new_user = users.add_user(ctx, "newcomer", "newcomer-password", Role.STAFF, kdf=FAST_KDF)
        with ctx.db.transaction() as session:
            highest = session.scalar(select(func.max(User.id)).where(User.id != new_user))
            assert highest is not None and new_user > highest
        # The others have no password until an administrator gives them one.
        with pytest.raises(WrongPassword):
            users.login(server_url, "manager1", "manager-password")
        manager = next(a for a in accounts.list_accounts(ctx) if a.username == "manager1")
        accounts.reset_password(ctx, manager.id, "new-manager-password", kdf=FAST_KDF)
    finally:
        ctx.db.close()
    users.login(server_url, "manager1", "new-manager-password").db.close()
    # The server's own recovery key works; the local file's does not matter there.
    accounts.reset_password_with_recovery_key(
        server_url, report.recovery_code, "admin", "another-password", kdf=FAST_KDF
    )
    users.login(server_url, "admin", "another-password").db.close()
    assert _fingerprint(demo_db) == before


def _rows_on(url: URL) -> int:
    """Rows in the server's tables (the migrations' own bookkeeping aside)."""
    db = ServerDatabase.connect(url)
    try:
        with db.transaction() as session:
            conn = session.connection()
            return sum(
                int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in server_move.tables()
            )
    finally:
        db.close()


def _server_state(url: URL) -> tuple[int, int, str]:
    ctx = users.login(url, "admin", ADMIN_PASSWORD)
    try:
        with ctx.db.transaction() as session:
            head = session.get(AuditHead, 1)
            assert head is not None
            participants = session.scalar(select(func.count()).select_from(Participant)) or 0
            return participants, head.seq, head.hash
    finally:
        ctx.db.close()


def test_a_second_move_into_the_now_full_server_is_refused_and_changes_nothing(
    demo_db: Path, server_url: URL
) -> None:
    server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, server_url, kdf=FAST_KDF)
    state = _server_state(server_url)
    before = _fingerprint(demo_db)
    with pytest.raises(BadInput, match="already holds a W4I database"):
        server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, server_url, kdf=FAST_KDF)
    participants, seq, _ = _server_state(server_url)
    assert participants == state[0] and seq == state[1] + 1  # one more login, nothing else
    assert _fingerprint(demo_db) == before


def test_a_server_database_made_by_w4i_init_is_refused_too(demo_db: Path, server_url: URL) -> None:
    users.create_database(server_url, "other", "other-password", kdf=FAST_KDF).context.db.close()
    with pytest.raises(BadInput, match="already holds a W4I database"):
        server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, server_url, kdf=FAST_KDF)


def test_a_difference_keeps_nothing_on_the_server(
    demo_db: Path, server_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = server_move._check_counts

    def one_row_lost(source: object, target: object, report: server_move.MoveReport) -> None:
        real(source, target, report)  # type: ignore[arg-type]
        report.counts[0] = server_move.TableCount("audit_event", 2, 1)
        report.problems.append("the table audit_event has 2 rows here but 1 on the server")

    monkeypatch.setattr(server_move, "_check_counts", one_row_lost)
    with pytest.raises(server_move.MoveFailed) as failed:
        server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, server_url, kdf=FAST_KDF)
    assert failed.value.report.problems
    assert _rows_on(server_url) == 0
    monkeypatch.undo()
    # All or nothing: the server is as empty as before, so the move can be made again.
    assert server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, server_url, kdf=FAST_KDF).ok


def test_a_database_with_no_tables_yet_is_filled(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    db = tmp_path / "small.db"
    created = users.create_database(db, "admin", ADMIN_PASSWORD, kdf=FAST_KDF)
    created.context.db.close()
    empty = postgres_server.new_database(empty=True)
    try:
        report = server_move.move_to_server(db, "admin", ADMIN_PASSWORD, empty, kdf=FAST_KDF)
        assert report.ok and report.users_without_password == []
        users.login(empty, "admin", ADMIN_PASSWORD).db.close()
    finally:
        postgres_server.drop(empty)


def test_only_an_administrator_with_her_password_moves_it(demo_db: Path, server_url: URL) -> None:
    before = _fingerprint(demo_db)
    with pytest.raises(WrongPassword):
        server_move.move_to_server(demo_db, "admin", "not-the-password", server_url, kdf=FAST_KDF)
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        server_move.move_to_server(
            demo_db, "manager1", "manager-password", server_url, kdf=FAST_KDF
        )
    assert _fingerprint(demo_db) == before  # even the failed attempt was noted in the copy
    assert _rows_on(server_url) == 0


def test_the_command_moves_prints_the_checks_and_audit_verify_passes(
    demo_db: Path,
    server_url: URL,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(KdfParams, "calibrated", classmethod(lambda cls, *a, **k: FAST_KDF))
    address = server_url.render_as_string(hide_password=False)
    before = _fingerprint(demo_db)
    argv = ["migrate-to-server", "--db", str(demo_db), "--server", address, "--password-stdin"]
    assert cli.main(argv, stdin=io.StringIO(ADMIN_PASSWORD + "\n")) == 0
    out = capsys.readouterr().out
    assert "participant" in out and f"{DEMO_PARTICIPANTS:>8}" in out
    assert "Indicators I1-I13 equal for" in out and " comparisons)" in out
    assert "were not changed" in out and "manager1" in out
    assert _fingerprint(demo_db) == before

    verify = ["audit", "verify", "--server", address, "--user", "admin", "--password-stdin"]
    assert cli.main(verify, stdin=io.StringIO(ADMIN_PASSWORD + "\n")) == 0
    assert "Audit log intact" in capsys.readouterr().out

    assert cli.main(argv, stdin=io.StringIO(ADMIN_PASSWORD + "\n")) == 2
    assert "already holds a W4I database" in capsys.readouterr().err


# --- without a server ----------------------------------------------------------------------


def test_a_database_open_elsewhere_is_not_copied(demo_db: Path) -> None:
    holder = WriterLock(demo_db)
    holder.acquire()
    try:
        with pytest.raises(DatabaseLocked):
            server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, UNREACHABLE)
    finally:
        holder.release()


def test_an_unreachable_server_leaves_the_local_file_alone(demo_db: Path) -> None:
    before = _fingerprint(demo_db)
    with pytest.raises(BadInput, match="cannot be reached"):
        server_move.move_to_server(demo_db, "admin", ADMIN_PASSWORD, UNREACHABLE, kdf=FAST_KDF)
    assert _fingerprint(demo_db) == before


def test_a_server_without_tls_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="must be reached over TLS"):
        server_move.move_to_server(
            tmp_path / "missing.db", "admin", "x", "postgresql://w4i@db.example.org/w4i"
        )
