"""Pathways: templates (versioned), starting a participant's pathway and moving its steps.

The template ships as resources/pathways/work_is_progress.json (titles in en/it/es/sv/nl); it
is written into the database the first time a pathway starts. Templates are versioned and never
edited in place, so a started pathway's steps point at template steps that never change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop import config
from w4i_desktop.enums import AuditAction, StepKind, StepStatus
from w4i_desktop.errors import BadInput, NotFound, StaleEdit
from w4i_desktop.models import Pathway, PathwayStep, PathwayTemplate, Placement, TemplateStep
from w4i_desktop.services import audit, locking
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action

DEFAULT_TEMPLATE_KEY = "work_is_progress"
# Due a number of months after her placement starts (services/placements.py sets the dates);
# until there is one they have no due date, so they are never overdue for want of a job.
FOLLOW_UP_KINDS = frozenset(
    {StepKind.FOLLOW_UP_1M, StepKind.FOLLOW_UP_3M, StepKind.FOLLOW_UP_6M, StepKind.FOLLOW_UP_12M}
)


def load_template_file(key: str = DEFAULT_TEMPLATE_KEY) -> dict[str, Any]:
    path = config.resources_dir() / "pathways" / f"{key}.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def current_template(session: Session, key: str = DEFAULT_TEMPLATE_KEY) -> PathwayTemplate:
    """The current version of template `key`, written from its shipped file if there is none."""
    template = session.scalars(
        select(PathwayTemplate)
        .where(PathwayTemplate.key == key, PathwayTemplate.is_current.is_(True))
        .order_by(PathwayTemplate.version.desc())
    ).first()
    if template is not None:
        return template
    document = load_template_file(key)
    template = PathwayTemplate(key=key, version=1, name=document["name"], is_current=True)
    template.steps = [
        TemplateStep(
            position=position,
            kind=StepKind(step["kind"]),
            titles=step["titles"],
            due_offset_days=step["due_offset_days"],
            required=step["required"],
        )
        for position, step in enumerate(document["steps"])
    ]
    session.add(template)
    session.flush()
    return template


def start_default_pathway(
    session: Session,
    participant_id: int,
    started_on: date,
    done_by_id: int | None,
    done_kinds: tuple[StepKind, ...] = (StepKind.INTAKE, StepKind.CONSENT),
) -> int:
    """Start her pathway on the current default template, with `done_kinds` already done."""
    template = current_template(session)
    pathway = Pathway(participant_id=participant_id, template_id=template.id, started_on=started_on)
    for step in template.steps:
        done = step.kind in done_kinds
        offset = None if step.kind in FOLLOW_UP_KINDS else step.due_offset_days
        pathway.steps.append(
            PathwayStep(
                position=step.position,
                kind=step.kind,
                template_step_id=step.id,
                required=step.required,
                status=StepStatus.DONE if done else StepStatus.TODO,
                due_on=None if offset is None else started_on + timedelta(days=offset),
                started_on=started_on if done else None,
                completed_on=started_on if done else None,
                completed_by_id=done_by_id if done else None,
            )
        )
    session.add(pathway)
    session.flush()
    return pathway.id


# --- a participant's steps --------------------------------------------------------------------

MAX_SKIP_REASON = 200
MAX_STEP_NOTES = 4000


def _load_step(session: Session, ctx: Context, step_id: int) -> PathwayStep:
    """The step, if its participant is visible to this actor."""
    step = session.get(PathwayStep, step_id)
    if step is None:
        raise NotFound("This pathway step does not exist.")
    pathway = session.get(Pathway, step.pathway_id)
    assert pathway is not None  # a step belongs to a pathway (foreign key)
    load_visible(session, ctx, pathway.participant_id)
    return step


def _require_placement(session: Session, step: PathwayStep) -> None:
    """A job placement step is done when her placement is on record (recording one marks the
    step done; services/placements.py)."""
    pathway = session.get(Pathway, step.pathway_id)
    assert pathway is not None
    placed = session.scalar(
        select(Placement.id).where(Placement.participant_id == pathway.participant_id).limit(1)
    )
    if placed is None:
        raise BadInput("Record her placement first: the step is done once a placement is recorded.")


def set_step_status(
    ctx: Context,
    step_id: int,
    status: StepStatus,
    on: date | None = None,
    skip_reason: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Move a step to `status` on `on` (default today), recording who completed it.

    Done: completed on `on` by this user (started then too, if it never was). In progress:
    started on `on`. To do: as if never started. Skipped: needs a reason. The job placement
    step is done only once a placement of hers is recorded."""
    ctx.require(Action.PATHWAY_EDIT)
    status = StepStatus(status)
    day = on or date.today()
    if day > date.today():
        raise BadInput("A step cannot be started or completed in the future.")
    reason = " ".join((skip_reason or "").split())
    if status is StepStatus.SKIPPED and not reason:
        raise BadInput("Say why the step is skipped.")
    if len(reason) > MAX_SKIP_REASON:
        raise BadInput(
            "The reason is longer than {max_length} characters.", max_length=MAX_SKIP_REASON
        )
    with ctx.db.transaction() as session:
        step = _load_step(session, ctx, step_id)
        locking.check_version(step, expected_version)
        if status is StepStatus.DONE and step.kind is StepKind.PLACEMENT:
            _require_placement(session, step)
        new: dict[str, Any] = {
            "status": status,
            "skip_reason": reason if status is StepStatus.SKIPPED else None,
            "completed_on": None,
            "completed_by_id": None,
        }
        if status is StepStatus.DONE:
            new.update(
                started_on=step.started_on or day,
                completed_on=day,
                completed_by_id=ctx.actor.user_id,
            )
        elif status is StepStatus.IN_PROGRESS:
            new["started_on"] = step.started_on or day
        elif status is StepStatus.TODO:
            new["started_on"] = None
        locking.apply_changes(session, ctx.actor.user_id, step, "pathway_step", new)


def update_step(
    ctx: Context,
    step_id: int,
    due_on: date | None,
    notes: str | None,
    expected_version: int | None = None,
) -> None:
    """Change a step's due date and notes."""
    ctx.require(Action.PATHWAY_EDIT)
    cleaned = (notes or "").strip() or None
    if cleaned and len(cleaned) > MAX_STEP_NOTES:
        raise BadInput(
            "The notes are longer than {max_length} characters.", max_length=MAX_STEP_NOTES
        )
    with ctx.db.transaction() as session:
        step = _load_step(session, ctx, step_id)
        locking.apply_changes(
            session,
            ctx.actor.user_id,
            step,
            "pathway_step",
            {"due_on": due_on, "notes": cleaned},
            expected_version,
        )


def current_pathway(session: Session, participant_id: int) -> Pathway | None:
    """Her most recent pathway."""
    return session.scalars(
        select(Pathway)
        .where(Pathway.participant_id == participant_id)
        .order_by(Pathway.started_on.desc(), Pathway.id.desc())
        .limit(1)
    ).first()


@cache
def _shipped_titles(key: str = DEFAULT_TEMPLATE_KEY) -> dict[tuple[StepKind, str], dict[str, str]]:
    """(kind, English title) -> the shipped template's titles in every language."""
    return {
        (StepKind(step["kind"]), step["titles"]["en"]): dict(step["titles"])
        for step in load_template_file(key)["steps"]
    }


def step_title(titles: dict[str, str], kind: StepKind, language: str) -> str | None:
    """A step's title in `language`. A built-in step (its English title is the shipped
    template's for its kind) stored without that language gets the shipped translation; a title
    someone wrote stays as typed (English when it has no `language`)."""
    if titles.get(language):
        return titles[language]
    english = titles.get("en")
    if english is None:
        return None
    return _shipped_titles().get((kind, english), {}).get(language) or english


def titles_of_kind(session: Session, kind: StepKind) -> dict[str, str]:
    """The current default template's titles for a step kind ({} when it has none)."""
    for step in current_template(session).steps:
        if step.kind is kind:
            return dict(step.titles)
    return {}


# --- templates ----------------------------------------------------------------------------------

MAX_TITLE = 200
MAX_OFFSET_DAYS = 3650
TEMPLATE_LANGUAGES = ("en", "it", "es", "sv", "nl")


@dataclass(frozen=True)
class StepDraft:
    """One step of a template as the editor shows and saves it."""

    kind: StepKind
    titles: dict[str, str]
    due_offset_days: int | None
    required: bool


@dataclass(frozen=True)
class TemplateView:
    id: int
    key: str
    version: int
    name: dict[str, str]
    steps: tuple[StepDraft, ...]


def template_view(ctx: Context, key: str = DEFAULT_TEMPLATE_KEY) -> TemplateView:
    """The current version of a template, for the editor (anyone who can edit pathways)."""
    ctx.require(Action.PATHWAY_EDIT)
    with ctx.db.transaction() as session:
        template = current_template(session, key)
        return TemplateView(
            template.id,
            template.key,
            template.version,
            dict(template.name),
            tuple(
                StepDraft(s.kind, dict(s.titles), s.due_offset_days, s.required)
                for s in template.steps
            ),
        )


def _clean_steps(steps: list[StepDraft]) -> list[StepDraft]:
    if not steps:
        raise BadInput("A pathway template needs at least one step.")
    cleaned = []
    for number, step in enumerate(steps, start=1):
        titles = {
            lang: " ".join(text.split())
            for lang, text in step.titles.items()
            if lang in TEMPLATE_LANGUAGES and text and text.strip()
        }
        if not titles.get("en"):
            raise BadInput("Step {number} needs an English title.", number=number)
        if any(len(t) > MAX_TITLE for t in titles.values()):
            raise BadInput(
                "A title of step {number} is longer than {max_length} characters.",
                number=number,
                max_length=MAX_TITLE,
            )
        offset = step.due_offset_days
        if offset is not None and not 0 <= offset <= MAX_OFFSET_DAYS:
            raise BadInput(
                "Step {number}: the due offset must be 0 to {max_days} days.",
                number=number,
                max_days=MAX_OFFSET_DAYS,
            )
        cleaned.append(StepDraft(StepKind(step.kind), titles, offset, bool(step.required)))
    return cleaned


def save_template(ctx: Context, key: str, steps: list[StepDraft], based_on_version: int) -> int:
    """Save the edited steps as a new version of template `key`; returns the new version.

    The old version stays, so pathways already started keep their steps and titles. Refused
    when someone saved a newer version since the editor opened `based_on_version`."""
    ctx.require(Action.TEMPLATE_EDIT)
    cleaned = _clean_steps(steps)
    with ctx.db.transaction() as session:
        old = current_template(session, key)
        if old.version != based_on_version:
            raise StaleEdit()
        old.is_current = False
        new = PathwayTemplate(
            key=key, version=old.version + 1, name=dict(old.name), is_current=True
        )
        new.steps = [
            TemplateStep(
                position=position,
                kind=step.kind,
                titles=step.titles,
                due_offset_days=step.due_offset_days,
                required=step.required,
            )
            for position, step in enumerate(cleaned)
        ]
        session.add(new)
        session.flush()
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.UPDATE,
            "pathway_template",
            new.id,
            {"fields": ["steps"]},
        )
        return new.version
