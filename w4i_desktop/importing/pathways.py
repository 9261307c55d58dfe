"""The default pathway of every participant an import creates, in two statements.

The same pathway services.pathways.start_default_pathway starts for one participant (the
current default template's steps, each pointing at its template step, due `due_offset_days`
after the pathway starts, the follow-ups without a due date until a placement), but written by
two INSERT ... SELECT statements for all of them at once: one pathway per participant, then the
template's steps joined to those pathways. Calling start_default_pathway once per participant
would add about 20 ORM objects per row, far too slow for 10,000 rows.

The pathway starts on her enrolment date (today when the file has none); the intake step is
done on that day, by the user who imports (her record exists: she was enrolled). Consent is
still to do: the import records no consent.

Due dates: on SQLite, computing date(started_on, '+N days') for each of 190,000 steps costs
4 s (every text it makes is an allocation, and SQLCipher's memory security makes those
system calls); there are only a few distinct start dates, so their steps' due dates are made in
Python into a small temporary table and joined. PostgreSQL adds the days itself.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    column,
    func,
    insert,
    literal,
    select,
    table,
)
from sqlalchemy.orm import Session

from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.models import (
    Participant,
    Pathway,
    PathwayStep,
    PathwayTemplate,
    TemplateStep,
)
from w4i_desktop.services.pathways import FOLLOW_UP_KINDS, current_template

DONE_KINDS = (StepKind.INTAKE,)
DUE = "w4i_import_due"  # SQLite: (start date, template step) -> due date


def start_pathways(
    session: Session, first_id: int, last_id: int, started_on: date, done_by_id: int | None
) -> None:
    """Start the default pathway of participants `first_id`..`last_id` (all of them new):
    each on her enrolment date, or `started_on` when she has none."""
    template = current_template(session)
    new = Participant.id.between(first_id, last_id)
    pathways = select(
        Participant.id,
        literal(template.id),
        func.coalesce(Participant.enrolled_on, literal(started_on, Pathway.started_on.type)),
    ).where(new)
    session.execute(
        insert(Pathway).from_select(
            [Pathway.participant_id, Pathway.template_id, Pathway.started_on], pathways
        )
    )
    step = TemplateStep
    done = step.kind.in_(DONE_KINDS)
    status_type = PathwayStep.status.type
    day = Pathway.started_on.expression
    ours = Pathway.participant_id.between(first_id, last_id)
    sqlite = session.connection().dialect.name == "sqlite"
    if sqlite:
        due = _due_table(session, template, ours)
        due_on: ColumnElement[Any] = due.c.due
    else:
        dated = and_(step.kind.not_in(FOLLOW_UP_KINDS), step.due_offset_days.is_not(None))
        due_on = case((dated, day + step.due_offset_days.expression), else_=None)
    steps = select(
        Pathway.id,
        step.position,
        step.kind,
        step.id,
        step.required,
        case(
            (done, literal(StepStatus.DONE, status_type)),
            else_=literal(StepStatus.TODO, status_type),
        ),
        due_on,
        case((done, day), else_=None),
        case((done, day), else_=None),
        case((done, literal(done_by_id)), else_=None),
    ).join(step, step.template_id == Pathway.template_id)
    if sqlite:
        steps = steps.outerjoin(due, and_(due.c.day == day, due.c.step == step.id))
    # No ORDER BY: sorting 19 steps x 10,000 pathways costs a second; reads order by position.
    steps = steps.where(ours)
    columns = [
        PathwayStep.pathway_id,
        PathwayStep.position,
        PathwayStep.kind,
        PathwayStep.template_step_id,
        PathwayStep.required,
        PathwayStep.status,
        PathwayStep.due_on,
        PathwayStep.started_on,
        PathwayStep.completed_on,
        PathwayStep.completed_by_id,
    ]
    session.execute(insert(PathwayStep).from_select(columns, steps))
    if sqlite:
        session.connection().exec_driver_sql(f"DROP TABLE temp.{DUE}")


def _due_table(session: Session, template: PathwayTemplate, ours: ColumnElement[bool]) -> Any:
    """A temporary table of the due date of each dated step for each start date of `ours`
    (in the stored form of a date), as services.pathways.start_default_pathway dates them."""
    connection = session.connection()
    dialect = connection.dialect
    store = Pathway.started_on.type.dialect_impl(dialect).bind_processor(dialect)
    days = session.scalars(select(Pathway.started_on).where(ours).distinct()).all()
    offsets = [
        (s.id, s.due_offset_days)
        for s in template.steps
        if s.kind not in FOLLOW_UP_KINDS and s.due_offset_days is not None
    ]
    rows = [
        (_stored(store, day), step_id, _stored(store, day + timedelta(days=offset)))
        for day in days
        for step_id, offset in offsets
    ]
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{DUE}")
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE {DUE} (day DATE, step INTEGER, due DATE, PRIMARY KEY (day, step))"
        " WITHOUT ROWID"
    )
    if rows:
        connection.exec_driver_sql(f"INSERT INTO temp.{DUE} VALUES (?, ?, ?)", rows)
    return table(DUE, column("day"), column("step"), column("due"), schema="temp")


def _stored(store: Any, day: date) -> Any:
    return store(day) if store is not None else day
