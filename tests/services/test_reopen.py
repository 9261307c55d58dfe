"""Reopening a closed record: she comes back, and stays one participant."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import UserFactory
from w4i_desktop.enums import ActivityKind, AuditAction, ClosureReason, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.models import AuditEvent, Participant
from w4i_desktop.reports import indicators
from w4i_desktop.reports.periods import Period
from w4i_desktop.services import participants, timeline
from w4i_desktop.services.context import Context

REASON = "She is back in town; her contract in Lyon ended"


@pytest.fixture
def closed(admin_ctx: Context) -> int:
    pid = participants.create(
        admin_ctx, {"first_name": "Mia", "last_name": "Jansen", "enrolled_on": "2026-01-12"}
    )
    participants.close(admin_ctx, pid, date(2026, 3, 20), ClosureReason.MOVED_AWAY)
    return pid


def test_reopening_clears_the_closure_and_keeps_one_participant(
    admin_ctx: Context, closed: int
) -> None:
    participants.reopen_participant(admin_ctx, closed, REASON)
    record = participants.get(admin_ctx, closed)
    assert (record["closed_on"], record["closure_reason"]) == (None, None)
    assert record["enrolled_on"] == date(2026, 1, 12)  # the first intake still counts
    with admin_ctx.db.transaction() as session:
        assert session.scalar(select(func.count(Participant.id))) == 1
        # Counted once, as active in the quarter she came back (indicators.md I1/I2).
        q2 = indicators.compute(session, Period.quarter("2026Q2"))
        q1 = indicators.compute(session, Period.quarter("2026Q1"))
    assert (q2.values["I1"], q2.values["I2"], q2.values["I12"]) == (0, 1, 0)
    assert (q1.values["I1"], q1.values["I2"]) == (1, 1)
    # The reason is in her timeline as a note by the user who reopened the record.
    notes = timeline.list_activities(admin_ctx, closed)
    assert [(n.kind, n.text) for n in notes] == [(ActivityKind.NOTE, REASON)]
    assert notes[0].author is not None


def test_reopening_is_audited_without_the_reason(admin_ctx: Context, closed: int) -> None:
    participants.reopen_participant(admin_ctx, closed, REASON)
    with admin_ctx.db.transaction() as session:
        entry = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "participant", AuditEvent.entity_id == closed)
            .order_by(AuditEvent.seq.desc())
        ).first()
        assert entry is not None
        assert entry.action == AuditAction.UPDATE
        assert entry.user_id == admin_ctx.actor.user_id
        assert entry.detail == {"fields": ["closed_on", "closure_reason"], "via": "reopen"}
        every_detail = " ".join(str(d) for d in session.scalars(select(AuditEvent.detail)))
    assert "Lyon" not in every_detail  # what she said stays out of the audit log


def test_a_reason_is_required_and_only_a_closed_record_reopens(
    admin_ctx: Context, closed: int
) -> None:
    for blank in ("", "   "):
        with pytest.raises(BadInput):
            participants.reopen_participant(admin_ctx, closed, blank)
    assert participants.get(admin_ctx, closed)["closed_on"] == date(2026, 3, 20)
    participants.reopen_participant(admin_ctx, closed, REASON)
    with pytest.raises(BadInput, match="not closed"):
        participants.reopen_participant(admin_ctx, closed, REASON)


def test_who_may_close_may_reopen_and_a_volunteer_may_not(
    admin_ctx: Context, closed: int, login_as: UserFactory
) -> None:
    with pytest.raises(PermissionDenied):
        participants.reopen_participant(login_as(Role.VOLUNTEER), closed, REASON)
    assert participants.get(admin_ctx, closed)["closed_on"] == date(2026, 3, 20)
    participants.reopen_participant(login_as(Role.STAFF, site_id=1), closed, REASON)
    assert participants.get(admin_ctx, closed)["closed_on"] is None
