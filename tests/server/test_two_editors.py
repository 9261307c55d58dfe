"""Two people editing the same record (issue 10, optimistic locking): both open version 1, the
first saves, the second save is refused with StaleEdit, naming what the first one changed;
the first change is kept, the second is not silently written, and the audit chain verifies.

On PostgreSQL (W4I_TEST_DATABASE_URL) the two editors are two separate logins, each with its
own engine and server connection, as on two laptops. On a SQLCipher file one process holds
the writer lock, so there the two editors are two users sharing the open database (login_as).
The saves at the same instant (the row version checked by the UPDATE itself, not only by the
service's early check) are PostgreSQL only: a file has a single writer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, Engine, create_engine, event, select, text
from sqlalchemy.pool import NullPool

from tests.conftest import FAST_KDF, UserFactory
from w4i_desktop.enums import AuditAction, Role, StepStatus
from w4i_desktop.errors import StaleEdit
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import (
    audit,
    employers,
    intake,
    participants,
    record_views,
    users,
)
from w4i_desktop.services.context import Context
from w4i_desktop.services.pathways import set_step_status
from w4i_desktop.views.messages import changed_meanwhile, stale_message

EDITOR_PASSWORD = "editor-password"
PARTICIPANT_LABELS = {"phone": "Phone", "municipality": "Municipality", "email": "Email"}
EMPLOYER_LABELS = {"website": "Website", "municipality": "Municipality", "notes": "Notes"}


@pytest.fixture
def editors(
    admin_ctx: Context, database_target: Path | URL, login_as: UserFactory
) -> Iterator[tuple[Context, Context]]:
    """Anna's and Bruno's contexts: staff of the admin's site."""
    site = admin_ctx.actor.site_id
    if not isinstance(database_target, URL):
        yield login_as(Role.STAFF, site), login_as(Role.STAFF, site)
        return
    for name in ("anna", "bruno"):
        users.add_user(admin_ctx, name, EDITOR_PASSWORD, Role.STAFF, site_id=site, kdf=FAST_KDF)
    anna = users.login(database_target, "anna", EDITOR_PASSWORD)
    try:
        bruno = users.login(database_target, "bruno", EDITOR_PASSWORD)
        try:
            yield anna, bruno
        finally:
            bruno.db.close()
    finally:
        anna.db.close()


def _backend_pid(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        return int(session.scalar(text("SELECT pg_backend_pid()")))


def _updates_of(ctx: Context, entity: str, entity_id: int) -> list[tuple[int | None, Any]]:
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(AuditEvent.user_id, AuditEvent.detail)
            .where(
                AuditEvent.action == AuditAction.UPDATE,
                AuditEvent.entity == entity,
                AuditEvent.entity_id == entity_id,
            )
            .order_by(AuditEvent.seq)
        )
        return [(user_id, detail) for user_id, detail in rows]


def _assert_chain_verifies(ctx: Context) -> None:
    with ctx.db.transaction() as session:
        result = audit.verify(session)
    assert result.ok, result.problems


def test_the_editors_are_two_separate_connections_on_a_server(
    editors: tuple[Context, Context], database_target: Path | URL
) -> None:
    if not isinstance(database_target, URL):
        pytest.skip("a SQLCipher file is opened once, by one process")
    anna, bruno = editors
    assert anna.db is not bruno.db and anna.db.engine is not bruno.db.engine
    assert _backend_pid(anna) != _backend_pid(bruno)
    assert (anna.actor.username, bruno.actor.username) == ("anna", "bruno")


def test_second_save_of_a_participant_is_refused_and_the_first_kept(
    admin_ctx: Context, editors: tuple[Context, Context]
) -> None:
    anna, bruno = editors
    pid = participants.create(
        admin_ctx,
        {
            "first_name": "Amina",
            "last_name": "Haddad",
            "phone": "+39 02 1234567",
            "municipality": "Milano",
        },
    )
    seen_by_anna = participants.get(anna, pid)
    seen_by_bruno = participants.get(bruno, pid)
    assert seen_by_anna["version_id"] == seen_by_bruno["version_id"] == 1

    assert participants.update(anna, pid, {"phone": "+39 333 7654321"}, 1) == 2
    with pytest.raises(StaleEdit, match="Someone else saved this record"):
        participants.update(bruno, pid, {"municipality": "Sesto San Giovanni"}, 1)

    stored = participants.get(admin_ctx, pid)
    assert stored["version_id"] == 2
    assert stored["phone"] == "+39 333 7654321"  # the first save, kept
    assert stored["municipality"] == "Milano"  # the second, not written over it

    # What Bruno's form tells him (views.participant_record reloads and compares): Anna's field.
    now = participants.get(bruno, pid)
    changed = changed_meanwhile(seen_by_bruno, now, PARTICIPANT_LABELS)
    assert changed == ["Phone"]
    assert "changed: Phone." in stale_message(changed)

    # Saved again on the version he now sees, his change joins hers.
    assert participants.update(bruno, pid, {"municipality": "Sesto San Giovanni"}, 2) == 3
    stored = participants.get(admin_ctx, pid)
    assert (stored["phone"], stored["municipality"]) == ("+39 333 7654321", "Sesto San Giovanni")

    # The refused save left nothing in the log; the two saves did, each by its author.
    assert _updates_of(admin_ctx, "participant", pid) == [
        (anna.actor.user_id, {"fields": ["phone"]}),
        (bruno.actor.user_id, {"fields": ["municipality"]}),
    ]
    _assert_chain_verifies(admin_ctx)


def test_second_save_of_an_employer_is_refused_and_the_first_kept(
    admin_ctx: Context, editors: tuple[Context, Context]
) -> None:
    anna, bruno = editors
    eid = employers.create_employer(
        admin_ctx, {"name": "Trattoria Da Gino", "municipality": "Milano", "website": "gino.it"}
    )
    seen_by_anna = employers.get_employer(anna, eid)
    seen_by_bruno = employers.get_employer(bruno, eid)
    assert seen_by_anna["version_id"] == seen_by_bruno["version_id"] == 1

    assert employers.update_employer(anna, eid, {"website": "dagino.example"}, 1) == 2
    with pytest.raises(StaleEdit, match="Someone else saved this record"):
        employers.update_employer(bruno, eid, {"municipality": "Monza"}, 1)

    stored = employers.get_employer(admin_ctx, eid)
    assert stored["version_id"] == 2
    assert stored["website"] == "dagino.example"
    assert stored["municipality"] == "Milano"
    changed = changed_meanwhile(seen_by_bruno, employers.get_employer(bruno, eid), EMPLOYER_LABELS)
    assert changed == ["Website"]

    assert _updates_of(admin_ctx, "employer", eid) == [
        (anna.actor.user_id, {"fields": ["website"]})
    ]
    _assert_chain_verifies(admin_ctx)


# --- two saves at the same instant (a server) -----------------------------------------------


def _waiting_for_a_lock(engine: Engine, count: int, timeout: float = 30.0) -> None:
    """Until `count` W4I connections wait for a row lock (their UPDATE sent, blocked)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            waiting = conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name = 'W4I Desktop' AND wait_event_type = 'Lock'"
                )
            )
        if waiting == count:
            return
        time.sleep(0.02)
    raise AssertionError(f"{count} saves never reached the row lock")


def _race(
    url: URL, table: str, row_id: int, saves: list[Callable[[], int]]
) -> list[int | BaseException]:
    """Run `saves` at once, each in its thread, so that every one of them has passed the
    service's early version check and sent its UPDATE before any of them can write: a third
    connection holds the row's lock until all wait for it, then lets them go."""
    outcomes: list[int | BaseException] = [RuntimeError("did not finish")] * len(saves)

    def run(index: int) -> None:
        try:
            outcomes[index] = saves[index]()
        except BaseException as exc:  # reported to the test
            outcomes[index] = exc

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as holder:
            holder.execute(text(f"SELECT 1 FROM {table} WHERE id = :id FOR UPDATE"), {"id": row_id})
            threads = [threading.Thread(target=run, args=(i,)) for i in range(len(saves))]
            for thread in threads:
                thread.start()
            _waiting_for_a_lock(engine, len(saves))
            holder.rollback()  # the lock goes: one UPDATE matches version 1, the others none
            for thread in threads:
                thread.join(timeout=60)
    finally:
        engine.dispose()
    return outcomes


def test_saves_at_the_same_instant_one_wins_the_other_is_refused(
    admin_ctx: Context, editors: tuple[Context, Context], database_target: Path | URL
) -> None:
    if not isinstance(database_target, URL):
        pytest.skip("a SQLCipher file has a single writer")
    anna, bruno = editors
    pid = participants.create(
        admin_ctx, {"first_name": "Oksana", "last_name": "Kovalenko", "municipality": "Milano"}
    )
    eid = employers.create_employer(admin_ctx, {"name": "Sartoria Bianchi"})

    outcomes = _race(
        database_target,
        "participant",
        pid,
        [
            lambda: participants.update(anna, pid, {"phone": "+39 02 5550001"}, 1),
            lambda: participants.update(bruno, pid, {"municipality": "Monza"}, 1),
        ],
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["StaleEdit", "int"], outcomes
    winner = 0 if outcomes[0] == 2 else 1
    stored = participants.get(admin_ctx, pid)
    assert stored["version_id"] == 2
    if winner == 0:
        assert (stored["phone"], stored["municipality"]) == ("+39 02 5550001", "Milano")
    else:
        assert (stored["phone"], stored["municipality"]) == (None, "Monza")
    assert len(_updates_of(admin_ctx, "participant", pid)) == 1

    outcomes = _race(
        database_target,
        "employer",
        eid,
        [
            lambda: employers.update_employer(anna, eid, {"website": "bianchi.example"}, 1),
            lambda: employers.update_employer(bruno, eid, {"notes": "Sews uniforms"}, 1),
        ],
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["StaleEdit", "int"], outcomes
    stored = employers.get_employer(admin_ctx, eid)
    assert stored["version_id"] == 2
    assert (stored["website"] is None) != (stored["notes"] is None)  # one of them, not both
    assert len(_updates_of(admin_ctx, "employer", eid)) == 1
    _assert_chain_verifies(admin_ctx)


# --- found under concurrency (bench/bench_server.py met them by chance) -------------------------
# Each reproduces the race deterministically; all three were core bugs, now fixed: a stale
# UPDATE becomes StaleEdit in Store.transaction, a login writes last_login_at outside the row
# version, and audit.verify reads the head first.


def test_a_pathway_step_saved_at_the_same_instant_is_refused_as_a_stale_edit(
    admin_ctx: Context, editors: tuple[Context, Context], database_target: Path | URL
) -> None:
    if not isinstance(database_target, URL):
        pytest.skip("a SQLCipher file has a single writer")
    anna, bruno = editors
    pid = intake.submit(
        admin_ctx, None, {"first_name": "Leila", "last_name": "Rahimi", "consents": ["processing"]}
    )
    step = next(
        s for s in record_views.pathway_steps(admin_ctx, pid) if s.status is StepStatus.TODO
    )
    outcomes = _race(
        database_target,
        "pathway_step",
        step.id,
        [
            lambda: set_step_status(
                anna, step.id, StepStatus.IN_PROGRESS, expected_version=step.version_id
            ),
            lambda: set_step_status(
                bruno, step.id, StepStatus.DONE, expected_version=step.version_id
            ),
        ],
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["NoneType", "StaleEdit"], outcomes


def test_the_same_user_logging_in_on_two_computers_at_once_gets_in_on_both(
    editors: tuple[Context, Context], database_target: Path | URL
) -> None:
    if not isinstance(database_target, URL):
        pytest.skip("a SQLCipher file is opened once, by one process")
    anna, _ = editors
    outcomes = _race(
        database_target,
        "user_account",
        anna.actor.user_id,
        [lambda: users.login(database_target, "anna", EDITOR_PASSWORD)] * 2,
    )
    for outcome in outcomes:
        if isinstance(outcome, Context):
            outcome.db.close()
    assert [type(o).__name__ for o in outcomes] == ["Context", "Context"], outcomes


def test_verifying_the_audit_log_while_someone_works_finds_no_false_break(
    admin_ctx: Context, editors: tuple[Context, Context], database_target: Path | URL
) -> None:
    if not isinstance(database_target, URL):
        pytest.skip("a SQLCipher file has a single writer")
    anna, _ = editors
    pid = participants.create(admin_ctx, {"first_name": "Rosa", "last_name": "Morales"})
    fired: list[str] = []

    def someone_works(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # Anna opens a record (an audited view) just before verify reads the head.
        if "FROM audit_head" in statement and not fired:
            fired.append(statement)
            participants.get(anna, pid)

    event.listen(admin_ctx.db.engine, "before_cursor_execute", someone_works)
    try:
        with admin_ctx.db.transaction() as session:
            result = audit.verify(session)
    finally:
        event.remove(admin_ctx.db.engine, "before_cursor_execute", someone_works)
    assert fired
    assert result.ok, result.problems
