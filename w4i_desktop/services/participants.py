"""Participants: create, read, update, close and search, within what the actor may see."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from w4i_desktop.enums import (
    ActivityKind,
    AuditAction,
    ChildcareNeed,
    ClosureReason,
    EducationLevel,
    EmploymentStatus,
    PermitType,
    Role,
)
from w4i_desktop.errors import BadInput, NotFound
from w4i_desktop.models import Activity, Participant, Site
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import audit, locking
from w4i_desktop.services import validation as v
from w4i_desktop.services.codes import new_participant_code
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.services.sites import municipality_list
from w4i_desktop.services.skills import skill_list

Clean = Callable[[Any, str], Any]

# Every field a person may edit, with the function that cleans its value.
FIELDS: dict[str, Clean] = {
    "first_name": lambda x, f: v.text(x, f, 120),
    "last_name": lambda x, f: v.text(x, f, 120),
    "preferred_name": lambda x, f: v.text(x, f, 120),
    "birth_date": v.a_date,
    "birth_year": v.year,
    "phone": v.phone,
    "email": v.email,
    "neighbourhood": lambda x, f: v.text(x, f, 120),
    "country_of_birth": v.country,
    "nationality": v.country,
    "arrival_year": v.year,
    "permit_type": lambda x, f: v.enum_value(x, PermitType, f),
    "permit_expires_on": v.a_date,
    "employment_status": lambda x, f: (
        v.enum_value(x, EmploymentStatus, f) or EmploymentStatus.UNKNOWN
    ),
    "education_level": lambda x, f: v.enum_value(x, EducationLevel, f) or EducationLevel.UNKNOWN,
    "qualification_recognised": v.flag,
    "municipality": lambda x, f: v.text(x, f, 120),
    "site_id": lambda x, f: x,
    "enrolled_on": v.a_date,
    "languages": v.language_list,
    "work_experience": lambda x, f: v.text(x, f, 4000),
    "skills": skill_list,  # keys of the controlled list, whatever the spelling typed
    "children_count": v.count,
    "childcare_need": lambda x, f: v.enum_value(x, ChildcareNeed, f) or ChildcareNeed.NONE,
    "available_days": v.tag_list,
    "available_from": v.clock_time,
    "available_until": v.clock_time,
    "driving_licence": lambda x, f: bool(v.flag(x, f)),
    "would_relocate": lambda x, f: bool(v.flag(x, f)),
    "commutes_to": lambda x, f: municipality_list(x, f),
    "preferred_language": v.document_language,
    "needs_and_goals": lambda x, f: v.text(x, f, 4000),
    "sensitive_notes": lambda x, f: v.text(x, f, 20000),
    "caseworker_id": lambda x, f: x,
}
SENSITIVE_FIELDS = frozenset({"sensitive_notes"})


def clean_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise BadInput("Unknown fields: {names}.", names=", ".join(sorted(unknown)))
    cleaned = {name: FIELDS[name](value, name) for name, value in values.items()}
    birth_date = cleaned.get("birth_date")
    if birth_date is not None:
        if birth_date > date.today():
            raise BadInput("the date is in the future.", field="birth_date")
        cleaned["birth_year"] = birth_date.year  # kept after erasure for the age indicators
    return cleaned


def visible_clause(ctx: Context) -> ColumnElement[bool]:
    """The participants this actor may see: volunteers their own interviews, staff their site."""
    actor = ctx.actor
    if actor.role is Role.VOLUNTEER:
        return Participant.interviewer_id == actor.user_id
    if allowed(actor.role, Action.PARTICIPANT_VIEW_ALL_SITES) or actor.site_id is None:
        return true()
    return Participant.site_id == actor.site_id


def load_visible(session: Session, ctx: Context, participant_id: int) -> Participant:
    participant = session.scalars(
        select(Participant).where(Participant.id == participant_id, visible_clause(ctx))
    ).one_or_none()
    if participant is None or participant.anonymised_at is not None:
        raise NotFound("This participant does not exist or is not visible to you.")
    return participant


def check_new(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    """The cleaned values of a new participant, or BadInput for what `create` would refuse
    before reading the database."""
    ctx.require(Action.PARTICIPANT_CREATE)
    cleaned = clean_fields(values)
    if not (cleaned.get("first_name") or cleaned.get("last_name")):
        raise BadInput("A participant needs a first or last name.")
    return cleaned


def create(ctx: Context, values: Mapping[str, Any]) -> int:
    """A new participant; her id. Without a duplicate check: services/registration.py checks
    first."""
    cleaned = check_new(ctx, values)
    if ctx.actor.role is Role.VOLUNTEER:
        cleaned.pop("sensitive_notes", None)
    with ctx.db.transaction() as session:
        cleaned.setdefault("site_id", ctx.actor.site_id)
        if cleaned["site_id"] is None or session.get(Site, cleaned["site_id"]) is None:
            raise BadInput("Choose the site this participant belongs to.")
        participant = Participant(code=new_participant_code(session), **cleaned)
        if ctx.actor.role is Role.VOLUNTEER:
            participant.interviewer_id = ctx.actor.user_id
        session.add(participant)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "participant", participant.id)
        return participant.id


def record_of(ctx: Context, participant: Participant) -> dict[str, Any]:
    """Every editable field the actor may read, plus id, code, version and closure."""
    record = {name: getattr(participant, name) for name in FIELDS}
    if not allowed(ctx.actor.role, Action.SENSITIVE_NOTES_VIEW):
        for name in SENSITIVE_FIELDS:
            record.pop(name)
    record.update(
        id=participant.id,
        code=participant.code,
        version_id=participant.version_id,
        closed_on=participant.closed_on,
        closure_reason=participant.closure_reason,
    )
    return record


def audit_view(session: Session, ctx: Context, record: Mapping[str, Any]) -> None:
    """Opening her record is logged, naming the sensitive fields shown (GDPR Art. 30/32: who
    saw them, when)."""
    shown = sorted(name for name in SENSITIVE_FIELDS if record.get(name))
    detail = {"fields": shown} if shown else None
    audit.record(session, ctx.actor.user_id, AuditAction.VIEW, "participant", record["id"], detail)


def get(ctx: Context, participant_id: int) -> dict[str, Any]:
    """Every editable field, plus id, code, version and closure; audited as a view."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        record = record_of(ctx, load_visible(session, ctx, participant_id))
        audit_view(session, ctx, record)
        return record


def update(
    ctx: Context, participant_id: int, changes: Mapping[str, Any], expected_version: int
) -> int:
    """Apply `changes` if nobody saved since `expected_version`; returns the new version."""
    ctx.require(Action.PARTICIPANT_UPDATE)
    if SENSITIVE_FIELDS & set(changes):
        ctx.require(Action.SENSITIVE_NOTES_VIEW)
    cleaned = clean_fields(changes)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        locking.apply_changes(
            session, ctx.actor.user_id, participant, "participant", cleaned, expected_version
        )
        return participant.version_id


def close(ctx: Context, participant_id: int, closed_on: date, reason: ClosureReason) -> None:
    ctx.require(Action.PARTICIPANT_CLOSE)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        if participant.enrolled_on and closed_on < participant.enrolled_on:
            raise BadInput("The closing date is before the intake date.")
        participant.closed_on = closed_on
        participant.closure_reason = ClosureReason(reason)
        session.flush()
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.UPDATE,
            "participant",
            participant.id,
            {"fields": ["closed_on", "closure_reason"]},
        )


MAX_REOPEN_REASON = 1000


def reopen_participant(ctx: Context, participant_id: int, reason: str) -> None:
    """Open her closed record again (she comes back): one participant, the closure undone.

    Whoever may close may reopen. The reason is personal, so it goes into her timeline as a
    note, never into the audit log, which records only that the closure fields changed."""
    ctx.require(Action.PARTICIPANT_CLOSE)
    text = v.text(reason, "reason", MAX_REOPEN_REASON, required=True)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        if participant.closed_on is None:
            raise BadInput("This record is not closed.")
        participant.closed_on = None
        participant.closure_reason = None
        now = utcnow()
        participant.last_activity_at = now
        note = Activity(
            participant_id=participant.id,
            occurred_at=now,
            kind=ActivityKind.NOTE,
            text=text,
            user_id=ctx.actor.user_id,
        )
        session.add(note)
        session.flush()
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.UPDATE,
            "participant",
            participant.id,
            {"fields": ["closed_on", "closure_reason"], "via": "reopen"},
        )
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "activity", note.id)
