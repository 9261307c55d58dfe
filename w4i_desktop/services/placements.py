"""Placements (a job, internship or apprenticeship she starts) and their follow-ups.

Creating a placement schedules her follow-up steps 1, 3, 6 and 12 calendar months after the
start (31 January + 1 month = 28 February) on her pathway, and marks the placement step done;
changing its start moves the follow-ups still to do. Recording a follow-up completes the
matching step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.dates import add_months
from w4i_desktop.enums import AuditAction, PlacementType, StepKind, StepStatus
from w4i_desktop.errors import BadInput, NotFound
from w4i_desktop.models import Employer, FollowUp, PathwayStep, Placement, Vacancy
from w4i_desktop.services import audit, locking, pathways
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action

FOLLOW_UP_STEPS: dict[int, StepKind] = {
    1: StepKind.FOLLOW_UP_1M,
    3: StepKind.FOLLOW_UP_3M,
    6: StepKind.FOLLOW_UP_6M,
    12: StepKind.FOLLOW_UP_12M,
}
MAX_HOURS = 60.0
MAX_NOTES = 4000
OPEN = (StepStatus.TODO, StepStatus.IN_PROGRESS)


@dataclass(frozen=True)
class PlacementDetails:
    """One placement as its edit dialog shows it."""

    id: int
    participant_id: int
    employer_id: int
    vacancy_id: int | None
    type: PlacementType
    start_date: date
    end_date: date | None
    hours_per_week: float | None
    version_id: int


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    followed_up_on: date
    months_after_start: int
    still_employed: bool
    notes: str | None


def _hours(value: float | None) -> float | None:
    if value is None:
        return None
    if not 0 < float(value) <= MAX_HOURS:
        raise BadInput(
            "Hours per week must be more than 0 and at most {max_hours}.",
            max_hours=f"{MAX_HOURS:g}",
        )
    return float(value)


def create_placement(
    ctx: Context,
    participant_id: int,
    employer_id: int,
    type_: PlacementType,
    start_date: date,
    vacancy_id: int | None = None,
    end_date: date | None = None,
    hours_per_week: float | None = None,
) -> int:
    """Record that she starts a placement; schedules her follow-ups. Returns its id."""
    ctx.require(Action.PLACEMENT_EDIT)
    kind = PlacementType(type_)
    if end_date is not None and end_date < start_date:
        raise BadInput("The placement ends before it starts.")
    hours = _hours(hours_per_week)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        if session.get(Employer, employer_id) is None:
            raise NotFound("This employer does not exist.")
        _check_vacancy(session, employer_id, vacancy_id)
        placement = Placement(
            participant_id=participant.id,
            employer_id=employer_id,
            vacancy_id=vacancy_id,
            type=kind,
            start_date=start_date,
            end_date=end_date,
            hours_per_week=hours,
        )
        session.add(placement)
        session.flush()
        _schedule_follow_ups(session, ctx, participant.id, start_date)
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "placement", placement.id)
        return placement.id


def _check_vacancy(session: Session, employer_id: int, vacancy_id: int | None) -> None:
    if vacancy_id is not None:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None or vacancy.employer_id != employer_id:
            raise BadInput("The vacancy does not belong to this employer.")


def _schedule_follow_ups(session: Session, ctx: Context, participant_id: int, start: date) -> None:
    pathway = pathways.current_pathway(session, participant_id)
    if pathway is None:
        pathways.start_default_pathway(session, participant_id, start, ctx.actor.user_id, ())
        pathway = pathways.current_pathway(session, participant_id)
        assert pathway is not None
    steps = list(pathway.steps)
    for step in steps:
        if step.kind is StepKind.PLACEMENT and step.status in (
            StepStatus.TODO,
            StepStatus.IN_PROGRESS,
        ):
            step.status = StepStatus.DONE
            step.started_on = step.started_on or start
            step.completed_on = min(start, date.today())
            step.completed_by_id = ctx.actor.user_id
    last_position = max((s.position for s in steps), default=-1)
    for months, kind in FOLLOW_UP_STEPS.items():
        due = add_months(start, months)
        waiting = next((s for s in steps if s.kind is kind and s.status is StepStatus.TODO), None)
        if waiting is not None:
            waiting.due_on = due
            continue
        # A second placement, or a follow-up already done for an earlier one: a step of its own.
        last_position += 1
        pathway.steps.append(
            PathwayStep(
                position=last_position,
                kind=kind,
                titles=pathways.titles_of_kind(session, kind) or {"en": kind.value},
                required=False,
                status=StepStatus.TODO,
                due_on=due,
            )
        )
    session.flush()


def _placement(session: Session, ctx: Context, placement_id: int) -> Placement:
    """The placement, if its participant is visible to this actor."""
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFound("This placement does not exist.")
    load_visible(session, ctx, placement.participant_id)
    return placement


def get_placement(ctx: Context, placement_id: int) -> PlacementDetails:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        p = _placement(session, ctx, placement_id)
        return PlacementDetails(
            p.id,
            p.participant_id,
            p.employer_id,
            p.vacancy_id,
            p.type,
            p.start_date,
            p.end_date,
            p.hours_per_week,
            p.version_id,
        )


def update_placement(
    ctx: Context,
    placement_id: int,
    type_: PlacementType,
    start_date: date,
    vacancy_id: int | None = None,
    end_date: date | None = None,
    hours_per_week: float | None = None,
    expected_version: int | None = None,
) -> None:
    """Correct a placement (the employer stays); a new start moves her follow-ups still to do
    to 1, 3, 6 and 12 months after it."""
    ctx.require(Action.PLACEMENT_EDIT)
    kind = PlacementType(type_)
    if end_date is not None and end_date < start_date:
        raise BadInput("The placement ends before it starts.")
    hours = _hours(hours_per_week)
    with ctx.db.transaction() as session:
        placement = _placement(session, ctx, placement_id)
        locking.check_version(placement, expected_version)
        _check_vacancy(session, placement.employer_id, vacancy_id)
        if any(f.followed_up_on < start_date for f in placement.follow_ups):
            raise BadInput("A follow-up is recorded before this start date.")
        new = {
            "type": kind,
            "start_date": start_date,
            "vacancy_id": vacancy_id,
            "end_date": end_date,
            "hours_per_week": hours,
        }
        old_start = placement.start_date
        locking.apply_changes(session, ctx.actor.user_id, placement, "placement", new)
        if start_date != old_start:
            _move_follow_ups(session, placement, old_start)


def _move_follow_ups(session: Session, placement: Placement, old_start: date) -> None:
    """Her follow-up steps still to do that were due after `old_start` follow the new start.

    A step is this placement's when its due date is the one the old start gave it; failing
    that (a due date edited by hand), the open steps belong to her latest placement."""
    pathway = pathways.current_pathway(session, placement.participant_id)
    if pathway is None:
        return
    latest = session.scalar(
        select(Placement.id)
        .where(Placement.participant_id == placement.participant_id)
        .order_by(Placement.start_date.desc(), Placement.id.desc())
        .limit(1)
    )
    for months, kind in FOLLOW_UP_STEPS.items():
        waiting = [s for s in pathway.steps if s.kind is kind and s.status in OPEN]
        old_due = add_months(old_start, months)
        step = next((s for s in waiting if s.due_on == old_due), None)
        if step is None and latest == placement.id and waiting:
            step = max(waiting, key=lambda s: s.position)
        if step is not None:
            step.due_on = add_months(placement.start_date, months)
    session.flush()


def record_follow_up(
    ctx: Context,
    placement_id: int,
    months_after_start: int,
    followed_up_on: date,
    still_employed: bool,
    notes: str | None = None,
) -> int:
    """Record a follow-up call or visit; completes her follow-up step for those months."""
    ctx.require(Action.PLACEMENT_EDIT)
    if months_after_start not in FOLLOW_UP_STEPS:
        raise BadInput("Follow-ups are at 1, 3, 6 or 12 months.")
    if followed_up_on > date.today():
        raise BadInput("A follow-up cannot be in the future.")
    text = (notes or "").strip() or None
    if text and len(text) > MAX_NOTES:
        raise BadInput("The notes are longer than {max_length} characters.", max_length=MAX_NOTES)
    with ctx.db.transaction() as session:
        placement = _placement(session, ctx, placement_id)
        if followed_up_on < placement.start_date:
            raise BadInput("The follow-up is before the placement started.")
        follow_up = FollowUp(
            placement_id=placement.id,
            followed_up_on=followed_up_on,
            months_after_start=months_after_start,
            still_employed=bool(still_employed),
            notes=text,
            user_id=ctx.actor.user_id,
        )
        session.add(follow_up)
        pathway = pathways.current_pathway(session, placement.participant_id)
        kind = FOLLOW_UP_STEPS[months_after_start]
        step = next(
            (s for s in (pathway.steps if pathway else []) if s.kind is kind and s.status in OPEN),
            None,
        )
        if step is not None:
            step.status = StepStatus.DONE
            step.started_on = step.started_on or followed_up_on
            step.completed_on, step.completed_by_id = followed_up_on, ctx.actor.user_id
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "follow_up", follow_up.id)
        return follow_up.id


def follow_ups(ctx: Context, placement_id: int) -> list[FollowUpRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        placement = _placement(session, ctx, placement_id)
        rows = session.scalars(
            select(FollowUp)
            .where(FollowUp.placement_id == placement.id)
            .order_by(FollowUp.followed_up_on, FollowUp.id)
        )
        return [
            FollowUpRow(f.id, f.followed_up_on, f.months_after_start, f.still_employed, f.notes)
            for f in rows
        ]
