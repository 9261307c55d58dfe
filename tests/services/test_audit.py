from __future__ import annotations

import pytest
from sqlalchemy import delete, text, update

from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import audit, participant_search, participants
from w4i_desktop.services.context import Context


def _fill(ctx: Context, n: int = 5) -> None:
    for i in range(n):
        participants.create(ctx, {"first_name": f"Ana{i}", "last_name": "Silva"})


def _verify(ctx: Context) -> audit.VerifyResult:
    with ctx.db.transaction() as session:
        return audit.verify(session)


def test_intact_log_verifies(admin_ctx: Context) -> None:
    _fill(admin_ctx)
    result = _verify(admin_ctx)
    assert result.ok
    assert result.entries == 6  # database creation + five participants


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (update(AuditEvent).where(AuditEvent.seq == 3).values(entity_id=99), "entry 3 was changed"),
        (update(AuditEvent).where(AuditEvent.seq == 2).values(user_id=None), "entry 2 was changed"),
        (delete(AuditEvent).where(AuditEvent.seq == 3), "entry 3 is missing"),
        (delete(AuditEvent).where(AuditEvent.seq >= 5), "should end at entry 6"),
    ],
)
def test_tampering_is_detected(admin_ctx: Context, tamper: object, message: str) -> None:
    _fill(admin_ctx)
    with admin_ctx.db.transaction() as session:
        session.execute(tamper)  # type: ignore[call-overload]
    result = _verify(admin_ctx)
    assert not result.ok
    assert any(message in p for p in result.problems), result.problems


def test_reordering_is_detected(admin_ctx: Context) -> None:
    _fill(admin_ctx)
    with admin_ctx.db.transaction() as session:
        session.execute(text("UPDATE audit_event SET seq = -1 WHERE seq = 3"))
        session.execute(text("UPDATE audit_event SET seq = 3 WHERE seq = 4"))
        session.execute(text("UPDATE audit_event SET seq = 4 WHERE seq = -1"))
    result = _verify(admin_ctx)
    assert any("does not follow" in p for p in result.problems)


def test_a_rewritten_entry_with_a_recomputed_hash_breaks_the_next_link(admin_ctx: Context) -> None:
    _fill(admin_ctx)
    with admin_ctx.db.transaction() as session:
        event = session.get(AuditEvent, 3)
        assert event is not None
        event.entity_id = 42
        event.hash = audit._digest(
            event.prev_hash,
            event.seq,
            event.at,
            event.user_id,
            event.action.value,
            event.entity,
            event.entity_id,
            event.detail,
        )
    result = _verify(admin_ctx)
    assert any("entry 4 does not follow" in p for p in result.problems)


def test_detail_cannot_carry_free_text_fields(admin_ctx: Context) -> None:
    with admin_ctx.db.transaction() as session, pytest.raises(ValueError, match="not allowed"):
        audit.record(session, None, AuditAction.VIEW, "participant", 1, {"name": "Ana"})


def test_log_holds_no_personal_data(admin_ctx: Context) -> None:
    participants.create(
        admin_ctx, {"first_name": "Wilhelmina", "last_name": "Oyelaran", "phone": "+31 6 1234 5678"}
    )
    pid = participant_search.search(
        admin_ctx, participant_search.ParticipantQuery(text="wilhelmina")
    )[0].id
    version = participants.get(admin_ctx, pid)["version_id"]
    participants.update(admin_ctx, pid, {"last_name": "Oyelaran-Smit"}, version)
    with admin_ctx.db.transaction() as session:
        dump = repr([(e.entity, e.entity_id, e.detail) for e in session.query(AuditEvent)])
    assert "Wilhelmina" not in dump and "Oyelaran" not in dump and "1234" not in dump
    assert "last_name" in dump  # which field changed, not its value


def test_opening_a_record_is_logged_and_sensitive_notes_are_named(admin_ctx: Context) -> None:
    plain = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    noted = participants.create(
        admin_ctx, {"first_name": "Bea", "last_name": "Ruiz", "sensitive_notes": "health"}
    )
    participants.get(admin_ctx, plain)
    participants.get(admin_ctx, noted)
    with admin_ctx.db.transaction() as session:
        views = [
            (e.entity_id, e.detail)
            for e in session.query(AuditEvent).filter_by(action=AuditAction.VIEW)
        ]
    assert views == [(plain, {}), (noted, {"fields": ["sensitive_notes"]})]
