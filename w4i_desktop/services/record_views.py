"""Read-only summaries for the tabs of a participant's record: consents, language assessments,
pathway steps and placements. Editing them belongs to the intake, pathway and placement screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from w4i_desktop.enums import (
    AssessmentStage,
    CefrLevel,
    ConsentPurpose,
    PlacementType,
    StepKind,
    StepStatus,
)
from w4i_desktop.models import (
    Consent,
    Employer,
    LanguageAssessment,
    Pathway,
    PathwayStep,
    Placement,
    User,
)
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action


@dataclass(frozen=True)
class ConsentRow:
    id: int
    purpose: ConsentPurpose
    given_on: date
    withdrawn_on: date | None
    notice_version: str
    recorded_by: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    assessed_on: date
    language: str
    host_language: bool
    level: CefrLevel
    stage: AssessmentStage
    self_assessed: bool


@dataclass(frozen=True)
class StepRow:
    id: int
    position: int
    kind: StepKind
    titles: dict[str, str]  # language -> title
    required: bool
    status: StepStatus
    due_on: date | None
    completed_on: date | None
    started_on: date | None = None
    completed_by: str | None = None
    skip_reason: str | None = None
    notes: str | None = None
    version_id: int = 0

    def title(self, language: str) -> str | None:
        return self.titles.get(language) or self.titles.get("en")


@dataclass(frozen=True)
class PlacementRow:
    id: int
    employer: str
    type: PlacementType
    start_date: date
    end_date: date | None
    hours_per_week: float | None


def consents(ctx: Context, participant_id: int) -> list[ConsentRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        rows = session.execute(
            select(Consent, User.display_name)
            .outerjoin(User, User.id == Consent.recorded_by_id)
            .where(Consent.participant_id == participant.id)
            .order_by(Consent.given_on, Consent.id)
        )
        return [
            ConsentRow(c.id, c.purpose, c.given_on, c.withdrawn_on, c.notice_version, recorded_by)
            for c, recorded_by in rows
        ]


def assessments(ctx: Context, participant_id: int) -> list[AssessmentRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        rows = session.scalars(
            select(LanguageAssessment)
            .where(LanguageAssessment.participant_id == participant.id)
            .order_by(LanguageAssessment.assessed_on, LanguageAssessment.id)
        )
        return [
            AssessmentRow(
                a.id, a.assessed_on, a.language, a.host_language, a.level, a.stage, a.self_assessed
            )
            for a in rows
        ]


def pathway_steps(ctx: Context, participant_id: int) -> list[StepRow]:
    """The steps of the participant's most recent pathway, in order."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        pathway_id = session.scalar(
            select(Pathway.id)
            .where(Pathway.participant_id == participant.id)
            .order_by(Pathway.started_on.desc(), Pathway.id.desc())
            .limit(1)
        )
        if pathway_id is None:
            return []
        steps = session.execute(
            select(PathwayStep, User.display_name)
            .options(selectinload(PathwayStep.template_step))
            .outerjoin(User, User.id == PathwayStep.completed_by_id)
            .where(PathwayStep.pathway_id == pathway_id)
            .order_by(PathwayStep.position, PathwayStep.id)
        )
        return [
            StepRow(
                s.id,
                s.position,
                s.kind,
                s.all_titles,
                s.required,
                s.status,
                s.due_on,
                s.completed_on,
                s.started_on,
                completed_by,
                s.skip_reason,
                s.notes,
                s.version_id,
            )
            for s, completed_by in steps
        ]


def placements(ctx: Context, participant_id: int) -> list[PlacementRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        rows = session.execute(
            select(Placement, Employer.name)
            .join(Employer, Employer.id == Placement.employer_id)
            .where(Placement.participant_id == participant.id)
            .order_by(Placement.start_date.desc(), Placement.id.desc())
        )
        return [
            PlacementRow(p.id, name, p.type, p.start_date, p.end_date, p.hours_per_week)
            for p, name in rows
        ]
