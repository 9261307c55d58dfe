from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import ClosureReason, PlacementType, Role, StepKind
from w4i_desktop.errors import PermissionDenied
from w4i_desktop.services import dashboard, employers, participants, pathways, placements
from w4i_desktop.services.context import Context


def test_my_overdue_and_upcoming_steps(admin_ctx: Context, login_as: UserFactory) -> None:
    today = date(2026, 3, 20)
    mine = participants.create(
        admin_ctx,
        {"first_name": "Ana", "last_name": "Silva", "caseworker_id": admin_ctx.actor.user_id},
    )
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, mine, date(2026, 2, 20), None)
    eid = employers.create_employer(admin_ctx, {"name": "Hotel"})
    placements.create_placement(admin_ctx, mine, eid, PlacementType.INTERNSHIP, date(2026, 2, 27))
    staff = login_as(Role.STAFF, admin_ctx.actor.site_id)
    theirs = participants.create(
        staff, {"first_name": "Bea", "last_name": "Lopes", "caseworker_id": staff.actor.user_id}
    )
    closed = participants.create(
        admin_ctx,
        {"first_name": "Cora", "last_name": "Diaz", "caseworker_id": admin_ctx.actor.user_id},
    )
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, theirs, date(2026, 2, 20), None)
        pathways.start_default_pathway(session, closed, date(2026, 2, 20), None)
    participants.close(admin_ctx, closed, date(2026, 3, 1), ClosureReason.MOVED_AWAY)

    overdue, upcoming = dashboard.my_due_steps(admin_ctx, today)
    # Started 20 Feb: needs assessment due 6 Mar (overdue); skills and language assessment
    # due 22 Mar (upcoming); the 1-month follow-up of the 27 Feb placement due 27 Mar.
    assert [(s.kind, s.due_on) for s in overdue] == [(StepKind.NEEDS_ASSESSMENT, date(2026, 3, 6))]
    assert [(s.kind, s.due_on) for s in upcoming] == [
        (StepKind.SKILLS_ASSESSMENT, date(2026, 3, 22)),
        (StepKind.LANGUAGE_ASSESSMENT, date(2026, 3, 22)),
        (StepKind.FOLLOW_UP_1M, date(2026, 3, 27)),
    ]
    assert {s.participant_id for s in overdue + upcoming} == {mine}  # not hers, not closed
    assert upcoming[0].title("it") == "Bilancio di competenze"
    later, _ = dashboard.my_due_steps(admin_ctx, today + timedelta(days=30))
    assert len(later) == 5  # and the individual plan, due 6 April
    with pytest.raises(PermissionDenied):
        dashboard.my_due_steps(login_as(Role.VOLUNTEER))
