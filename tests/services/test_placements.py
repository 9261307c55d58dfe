"""Placements schedule her follow-ups; follow-ups complete them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import PlacementType, Role, StepKind, StepStatus
from w4i_desktop.errors import BadInput, PermissionDenied, StaleEdit
from w4i_desktop.services import (
    employers,
    participants,
    pathways,
    placements,
    record_views,
    vacancies,
)
from w4i_desktop.services.context import Context


@pytest.fixture
def pid(admin_ctx: Context) -> int:
    new_id = participants.create(
        admin_ctx, {"first_name": "Lina", "last_name": "Haddad", "enrolled_on": date(2025, 9, 1)}
    )
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, new_id, date(2025, 9, 1), admin_ctx.actor.user_id)
    return new_id


@pytest.fixture
def employer(admin_ctx: Context) -> int:
    return employers.create_employer(admin_ctx, {"name": "Hotel Bellavista", "sector": "I"})


def _follow_ups(ctx: Context, pid: int) -> dict[StepKind, list[record_views.StepRow]]:
    found: dict[StepKind, list[record_views.StepRow]] = {}
    for step in record_views.pathway_steps(ctx, pid):
        if step.kind in placements.FOLLOW_UP_STEPS.values():
            found.setdefault(step.kind, []).append(step)
    return found


def test_a_placement_on_31_january_schedules_follow_ups_at_month_ends(
    admin_ctx: Context, pid: int, employer: int
) -> None:
    placements.create_placement(
        admin_ctx, pid, employer, PlacementType.FIXED_TERM, date(2026, 1, 31), hours_per_week=24
    )
    due = {kind: [s.due_on for s in steps] for kind, steps in _follow_ups(admin_ctx, pid).items()}
    assert due == {
        StepKind.FOLLOW_UP_1M: [date(2026, 2, 28)],
        StepKind.FOLLOW_UP_3M: [date(2026, 4, 30)],
        StepKind.FOLLOW_UP_6M: [date(2026, 7, 31)],
        StepKind.FOLLOW_UP_12M: [date(2027, 1, 31)],
    }
    placement_step = next(
        s for s in record_views.pathway_steps(admin_ctx, pid) if s.kind is StepKind.PLACEMENT
    )
    assert placement_step.status is StepStatus.DONE
    assert placement_step.completed_on == date(2026, 1, 31)


def test_a_second_placement_gets_follow_ups_of_its_own(
    admin_ctx: Context, pid: int, employer: int
) -> None:
    first = placements.create_placement(
        admin_ctx, pid, employer, PlacementType.INTERNSHIP, date(2025, 10, 1)
    )
    placements.record_follow_up(admin_ctx, first, 1, date(2025, 11, 3), True, "Going well")
    placements.create_placement(
        admin_ctx, pid, employer, PlacementType.PERMANENT, date(2026, 3, 31)
    )
    steps = _follow_ups(admin_ctx, pid)
    one_month = steps[StepKind.FOLLOW_UP_1M]
    assert [(s.status, s.due_on) for s in one_month] == [
        (StepStatus.DONE, date(2025, 11, 1)),
        (StepStatus.TODO, date(2026, 4, 30)),
    ]
    shipped = next(s for s in pathways.load_template_file()["steps"] if s["kind"] == "follow_up_1m")
    assert one_month[1].title("it") == shipped["titles"]["it"]  # the added step is titled
    # The 3-month step was never done: it moves to the new placement's date.
    assert [s.due_on for s in steps[StepKind.FOLLOW_UP_3M]] == [date(2026, 6, 30)]


def test_a_follow_up_completes_its_step_and_is_listed(
    admin_ctx: Context, pid: int, employer: int
) -> None:
    placement = placements.create_placement(
        admin_ctx, pid, employer, PlacementType.FIXED_TERM, date(2025, 9, 15)
    )
    placements.record_follow_up(admin_ctx, placement, 6, date(2026, 3, 16), False, "Contract ended")
    six = _follow_ups(admin_ctx, pid)[StepKind.FOLLOW_UP_6M][0]
    assert (six.status, six.completed_on) == (StepStatus.DONE, date(2026, 3, 16))
    rows = placements.follow_ups(admin_ctx, placement)
    assert [(r.months_after_start, r.still_employed, r.notes) for r in rows] == [
        (6, False, "Contract ended")
    ]


def test_bad_placements_and_follow_ups_are_refused(
    admin_ctx: Context, pid: int, employer: int, login_as: UserFactory
) -> None:
    with pytest.raises(BadInput):
        placements.create_placement(
            admin_ctx,
            pid,
            employer,
            PlacementType.OTHER,
            date(2026, 2, 1),
            end_date=date(2026, 1, 1),
        )
    with pytest.raises(BadInput):
        placements.create_placement(
            admin_ctx, pid, employer, PlacementType.OTHER, date(2026, 2, 1), hours_per_week=90
        )
    placement = placements.create_placement(
        admin_ctx, pid, employer, PlacementType.OTHER, date(2026, 2, 1)
    )
    with pytest.raises(BadInput):
        placements.record_follow_up(admin_ctx, placement, 2, date(2026, 4, 1), True)
    with pytest.raises(BadInput):
        placements.record_follow_up(admin_ctx, placement, 1, date(2026, 1, 1), True)
    with pytest.raises(PermissionDenied):
        placements.create_placement(
            login_as(Role.VOLUNTEER), pid, employer, PlacementType.OTHER, date(2026, 2, 1)
        )
    other = employers.create_employer(admin_ctx, {"name": "Other"})
    vacancy = vacancies.create_vacancy(admin_ctx, other, {"title": "Cook"})
    with pytest.raises(BadInput):  # the vacancy is another employer's
        placements.create_placement(
            admin_ctx, pid, employer, PlacementType.OTHER, date(2026, 2, 1), vacancy_id=vacancy
        )


def test_a_placement_for_someone_without_a_pathway_starts_one(
    admin_ctx: Context, employer: int
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Noor", "last_name": "Ali"})
    placements.create_placement(admin_ctx, pid, employer, PlacementType.OTHER, date(2026, 5, 4))
    assert _follow_ups(admin_ctx, pid)[StepKind.FOLLOW_UP_12M][0].due_on == date(2027, 5, 4)


def test_the_job_placement_step_is_done_only_with_a_placement_on_record(
    admin_ctx: Context, pid: int, employer: int
) -> None:
    step = next(
        s for s in record_views.pathway_steps(admin_ctx, pid) if s.kind is StepKind.PLACEMENT
    )
    with pytest.raises(BadInput, match="Record her placement first"):
        pathways.set_step_status(admin_ctx, step.id, StepStatus.DONE)
    placement_step = next(
        s for s in record_views.pathway_steps(admin_ctx, pid) if s.kind is StepKind.PLACEMENT
    )
    assert placement_step.status is StepStatus.TODO  # nothing changed
    pathways.set_step_status(admin_ctx, step.id, StepStatus.IN_PROGRESS)  # starting is fine
    placements.create_placement(admin_ctx, pid, employer, PlacementType.PERMANENT, date(2026, 2, 2))
    pathways.set_step_status(admin_ctx, step.id, StepStatus.TODO)
    pathways.set_step_status(admin_ctx, step.id, StepStatus.DONE)  # now it may be ticked
    done = next(
        s for s in record_views.pathway_steps(admin_ctx, pid) if s.kind is StepKind.PLACEMENT
    )
    assert done.status is StepStatus.DONE


def test_follow_ups_wait_for_a_placement_then_follow_its_start(
    admin_ctx: Context, pid: int, employer: int
) -> None:
    # Before any placement the follow-ups have no due date (never overdue for want of a job),
    # not the template's offsets from her enrolment.
    before = _follow_ups(admin_ctx, pid)
    assert {kind: [s.due_on for s in steps] for kind, steps in before.items()} == {
        kind: [None] for kind in placements.FOLLOW_UP_STEPS.values()
    }
    placement = placements.create_placement(
        admin_ctx, pid, employer, PlacementType.FIXED_TERM, date(2026, 3, 10)
    )
    placements.record_follow_up(admin_ctx, placement, 1, date(2026, 4, 14), True)
    details = placements.get_placement(admin_ctx, placement)
    placements.update_placement(
        admin_ctx,
        placement,
        details.type,
        date(2026, 3, 31),  # she started three weeks later than first recorded
        end_date=date(2027, 3, 30),
        expected_version=details.version_id,
    )
    steps = _follow_ups(admin_ctx, pid)
    assert {kind: [(s.status, s.due_on) for s in found] for kind, found in steps.items()} == {
        # The one already done keeps its date; the others move to the new start + months.
        StepKind.FOLLOW_UP_1M: [(StepStatus.DONE, date(2026, 4, 10))],
        StepKind.FOLLOW_UP_3M: [(StepStatus.TODO, date(2026, 6, 30))],
        StepKind.FOLLOW_UP_6M: [(StepStatus.TODO, date(2026, 9, 30))],
        StepKind.FOLLOW_UP_12M: [(StepStatus.TODO, date(2027, 3, 31))],
    }
    after = placements.get_placement(admin_ctx, placement)
    assert (after.start_date, after.end_date) == (date(2026, 3, 31), date(2027, 3, 30))


def test_editing_a_placement_is_checked(
    admin_ctx: Context, pid: int, employer: int, login_as: UserFactory
) -> None:
    placement = placements.create_placement(
        admin_ctx, pid, employer, PlacementType.INTERNSHIP, date(2026, 1, 5)
    )
    placements.record_follow_up(admin_ctx, placement, 1, date(2026, 2, 5), True)
    version = placements.get_placement(admin_ctx, placement).version_id
    with pytest.raises(BadInput):  # the follow-up would come before the start
        placements.update_placement(
            admin_ctx, placement, PlacementType.INTERNSHIP, date(2026, 2, 20)
        )
    with pytest.raises(BadInput):
        placements.update_placement(
            admin_ctx,
            placement,
            PlacementType.INTERNSHIP,
            date(2026, 1, 5),
            end_date=date(2025, 12, 1),
        )
    with pytest.raises(PermissionDenied):
        placements.update_placement(
            login_as(Role.VOLUNTEER), placement, PlacementType.PERMANENT, date(2026, 1, 5)
        )
    placements.update_placement(
        admin_ctx, placement, PlacementType.PERMANENT, date(2026, 1, 5), hours_per_week=30
    )
    with pytest.raises(StaleEdit):
        placements.update_placement(
            admin_ctx, placement, PlacementType.OTHER, date(2026, 1, 5), expected_version=version
        )
    details = placements.get_placement(admin_ctx, placement)
    assert (details.type, details.hours_per_week) == (PlacementType.PERMANENT, 30.0)
