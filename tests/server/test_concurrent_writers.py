"""Several computers writing to one server at once: the audit chain stays whole, and of two
computers creating the same database only one succeeds."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import URL, func, select

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from w4i_desktop.enums import Role
from w4i_desktop.errors import BadInput
from w4i_desktop.models import AuditEvent, Participant, User
from w4i_desktop.services import accounts, audit, participants, users

WRITERS = 4
EACH = 8


def _all_at_once(work: Callable[[int], None], count: int) -> list[BaseException]:
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def run(number: int) -> None:
        try:
            start.wait()
            work(number)
        except BaseException as exc:  # reported to the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_concurrent_writers_keep_the_audit_chain_verifiable(server_url: URL) -> None:
    admin = users.create_database(server_url, "admin", ADMIN_PASSWORD, kdf=FAST_KDF).context
    try:
        for n in range(WRITERS):
            users.add_user(admin, f"staff{n}", "user-password-1", Role.STAFF, kdf=FAST_KDF)
    finally:
        admin.db.close()

    def write(number: int) -> None:
        # Each its own login, engine and connections: as on its own laptop.
        ctx = users.login(server_url, f"staff{number}", "user-password-1")
        try:
            for i in range(EACH):
                participants.create(ctx, {"first_name": f"W{number}", "last_name": f"N{i}"})
        finally:
            ctx.db.close()

    assert _all_at_once(write, WRITERS) == []
    ctx = users.login(server_url, "admin", ADMIN_PASSWORD)
    try:
        with ctx.db.transaction() as session:
            result = audit.verify(session)
            assert result.ok, result.problems
            creates = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.entity == "participant")
            )
            assert session.scalar(select(func.count(Participant.id))) == WRITERS * EACH
        assert creates == WRITERS * EACH
    finally:
        ctx.db.close()


@pytest.mark.parametrize("creators", [2, 3])
def test_of_computers_creating_one_database_at_once_one_succeeds(
    server_url: URL, creators: int
) -> None:
    made: list[users.NewDatabase] = []

    def create(number: int) -> None:
        made.append(
            users.create_database(server_url, f"admin{number}", ADMIN_PASSWORD, kdf=FAST_KDF)
        )

    errors = _all_at_once(create, creators)
    try:
        assert len(made) == 1
        assert len(errors) == creators - 1
        assert all(isinstance(e, BadInput) and "already holds" in str(e) for e in errors)
        with made[0].context.db.transaction() as session:
            assert session.scalars(select(User.username)).all() == [made[0].context.actor.username]
    finally:
        for new in made:
            new.context.db.close()
    # The recovery code shown to the one who succeeded is the one the server keeps.
    winner = made[0]
    accounts.reset_password_with_recovery_key(
        server_url,
        winner.recovery_code,
        winner.context.actor.username,
        "new-password-7",
        kdf=FAST_KDF,
    )
