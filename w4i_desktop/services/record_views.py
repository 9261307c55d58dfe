"""The read model of a participant's record screen: her fields, the choices they offer and
the rows of every tab (consents, language assessments, pathway steps, placements, timeline,
documents), read in one unit of work (`record_screen`); and a save that is one unit of work
with the read back (`save_record`). Editing the tabs' rows belongs to their own services.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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
from w4i_desktop.services import attachments, participants, skills, timeline, users
from w4i_desktop.services.attachments import AttachmentRow
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action
from w4i_desktop.services.skills import SkillItem
from w4i_desktop.services.timeline import ActivityRow


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


@dataclass(frozen=True)
class RecordChoices:
    """What the record's fields offer: sites, caseworkers and skills."""

    sites: list[tuple[int, str]]
    caseworkers: list[tuple[int, str]]
    skills: list[SkillItem]


@dataclass(frozen=True)
class RecordScreen:
    """Everything a participant's record shows, read in one unit of work."""

    record: dict[str, Any]  # participants.record_of: the fields, id, code, version_id, closure
    choices: RecordChoices
    consents: list[ConsentRow]
    assessments: list[AssessmentRow]
    steps: list[StepRow]
    placements: list[PlacementRow]
    activities: list[ActivityRow]
    documents: list[AttachmentRow]

    @property
    def participant_id(self) -> int:
        return int(self.record["id"])


def record_choices(ctx: Context) -> RecordChoices:
    """The choices of an empty record ("New participant")."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction():
        return RecordChoices(
            users.list_sites(ctx), users.list_caseworkers(ctx), skills.list_skills(ctx)
        )


def record_screen(ctx: Context, participant_id: int) -> RecordScreen:
    """Her record as the screen shows it; opening it is audited as a view (once)."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        screen = _screen(session, ctx, participant_id)
        participants.audit_view(session, ctx, screen.record)
        return screen


def save_record(
    ctx: Context, participant_id: int, changes: Mapping[str, Any], expected_version: int
) -> RecordScreen:
    """Save `changes` unless someone saved since `expected_version` (StaleEdit), and read the
    record back as saved: one unit of work. Not audited as a view: she is already open."""
    with ctx.db.transaction() as session:
        participants.update(ctx, participant_id, changes, expected_version)
        return _screen(session, ctx, participant_id)


def _screen(session: Session, ctx: Context, participant_id: int) -> RecordScreen:
    participant = load_visible(session, ctx, participant_id)
    pid = participant.id
    return RecordScreen(
        record=participants.record_of(ctx, participant),
        choices=record_choices(ctx),
        consents=_consents(session, pid),
        assessments=_assessments(session, pid),
        steps=_steps(session, pid),
        placements=_placements(session, pid),
        activities=timeline.list_activities(ctx, pid),
        documents=attachments.list_attachments(ctx, pid),
    )


def consents(ctx: Context, participant_id: int) -> list[ConsentRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        return _consents(session, load_visible(session, ctx, participant_id).id)


def assessments(ctx: Context, participant_id: int) -> list[AssessmentRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        return _assessments(session, load_visible(session, ctx, participant_id).id)


def pathway_steps(ctx: Context, participant_id: int) -> list[StepRow]:
    """The steps of the participant's most recent pathway, in order."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        return _steps(session, load_visible(session, ctx, participant_id).id)


def placements(ctx: Context, participant_id: int) -> list[PlacementRow]:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        return _placements(session, load_visible(session, ctx, participant_id).id)


# --- the queries, inside a unit of work, for a participant already checked visible ----------


def _consents(session: Session, participant_id: int) -> list[ConsentRow]:
    rows = session.execute(
        select(Consent, User.display_name)
        .outerjoin(User, User.id == Consent.recorded_by_id)
        .where(Consent.participant_id == participant_id)
        .order_by(Consent.given_on, Consent.id)
    )
    return [
        ConsentRow(c.id, c.purpose, c.given_on, c.withdrawn_on, c.notice_version, recorded_by)
        for c, recorded_by in rows
    ]


def _assessments(session: Session, participant_id: int) -> list[AssessmentRow]:
    rows = session.scalars(
        select(LanguageAssessment)
        .where(LanguageAssessment.participant_id == participant_id)
        .order_by(LanguageAssessment.assessed_on, LanguageAssessment.id)
    )
    return [
        AssessmentRow(
            a.id, a.assessed_on, a.language, a.host_language, a.level, a.stage, a.self_assessed
        )
        for a in rows
    ]


def _steps(session: Session, participant_id: int) -> list[StepRow]:
    pathway_id = session.scalar(
        select(Pathway.id)
        .where(Pathway.participant_id == participant_id)
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


def _placements(session: Session, participant_id: int) -> list[PlacementRow]:
    rows = session.execute(
        select(Placement, Employer.name)
        .join(Employer, Employer.id == Placement.employer_id)
        .where(Placement.participant_id == participant_id)
        .order_by(Placement.start_date.desc(), Placement.id.desc())
    )
    return [
        PlacementRow(p.id, name, p.type, p.start_date, p.end_date, p.hours_per_week)
        for p, name in rows
    ]
