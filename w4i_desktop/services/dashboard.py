"""What the dashboard lists for the person logged in: her participants' steps that are overdue
or due soon. The dashboard's figures come from reports.service (the indicator module)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.models import Participant, Pathway, PathwayStep
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import visible_clause
from w4i_desktop.services.permissions import Action

DEFAULT_HORIZON_DAYS = 14
MAX_ROWS = 300


@dataclass(frozen=True)
class DueStep:
    step_id: int
    participant_id: int
    code: str
    name: str
    kind: StepKind
    titles: dict[str, str]
    due_on: date

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en") or self.kind.value


def my_due_steps(
    ctx: Context, today: date | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS
) -> tuple[list[DueStep], list[DueStep]]:
    """(overdue, due within `horizon_days`) open steps of the open participants whose
    caseworker is this user, earliest first."""
    ctx.require(Action.PATHWAY_EDIT)
    day = today or date.today()
    query = (
        select(PathwayStep, Participant.id, Participant.code, Participant.first_name,
               Participant.last_name)
        .options(selectinload(PathwayStep.template_step))
        .join(Pathway, Pathway.id == PathwayStep.pathway_id)
        .join(Participant, Participant.id == Pathway.participant_id)
        .where(
            visible_clause(ctx),
            Participant.caseworker_id == ctx.actor.user_id,
            Participant.closed_on.is_(None),
            Participant.anonymised_at.is_(None),
            PathwayStep.status.in_([StepStatus.TODO, StepStatus.IN_PROGRESS]),
            PathwayStep.due_on <= day + timedelta(days=horizon_days),
        )
        .order_by(PathwayStep.due_on, Participant.sort_name, PathwayStep.position)
        .limit(MAX_ROWS)
    )  # fmt: skip
    overdue: list[DueStep] = []
    upcoming: list[DueStep] = []
    with ctx.db.transaction() as session:
        for step, pid, code, first, last in session.execute(query):
            assert step.due_on is not None  # filtered above
            name = " ".join(n for n in (first, last) if n)
            row = DueStep(step.id, pid, code, name, step.kind, step.all_titles, step.due_on)
            (overdue if step.due_on < day else upcoming).append(row)
    return overdue, upcoming
