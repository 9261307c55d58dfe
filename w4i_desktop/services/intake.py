"""The intake interview: drafts saved page by page, then one submit that creates the record.

A draft holds the answers so far as a JSON dict whose keys are participant field names (see
participants.FIELDS, among them `site_id`, `caseworker_id` and `nationality`) plus `consents`
(the purposes she agreed to), `host_language` and `host_cefr` (her self-assessed level in the
host-country language). Drafts live only in the encrypted database. Everybody sees her own
drafts; managers and administrators see all. A record submitted without a caseworker waits in
the managers' "to assign" list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from w4i_desktop.dates import age_on
from w4i_desktop.documents import notice
from w4i_desktop.enums import (
    AssessmentStage,
    AuditAction,
    CefrLevel,
    ConsentPurpose,
    Role,
    StepKind,
)
from w4i_desktop.errors import BadInput, NotFound
from w4i_desktop.models import IntakeDraft, LanguageAssessment, Site, User
from w4i_desktop.services import audit, consents, participants, pathways, registration, sites
from w4i_desktop.services import validation as v
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed

NOTICE_VERSION = notice.NOTICE_VERSION
INTAKE_LANGUAGES = ("it", "es", "sv", "nl", "en")
ADULT_AGE = 18
EXTRA_KEYS = frozenset({"consents", "host_language", "host_cefr"})
CASEWORKER_ROLES = (Role.STAFF, Role.MANAGER, Role.ADMIN)


class EligibilityWarning(StrEnum):
    MINOR = "minor"  # under 18 on the intake date
    PERMIT_EXPIRED = "permit_expired"  # the residence permit ended before the intake date
    NO_PERMIT = "no_permit"  # she said she has no permit


@dataclass(frozen=True)
class SiteChoice:
    id: int
    name: str
    host_language: str | None  # of the site's country; None when it has none


@dataclass(frozen=True)
class CaseworkerChoice:
    id: int
    name: str
    site_id: int | None
    all_sites: bool  # sees every site's records, so may follow a participant of any site


@dataclass(frozen=True)
class IntakeChoices:
    """What the interview offers: the open sites, who may be caseworker, the actor's site."""

    sites: list[SiteChoice]
    caseworkers: list[CaseworkerChoice]
    own_site_id: int | None

    def caseworkers_for(self, site_id: int | None) -> list[CaseworkerChoice]:
        """Those who would see a record of this site: its staff, and managers of all sites."""
        return [c for c in self.caseworkers if c.all_sites or c.site_id == site_id]


@dataclass(frozen=True)
class DraftRow:
    id: int
    updated_at: datetime
    language: str
    step: int
    name: str


def _visible(ctx: Context) -> ColumnElement[bool]:
    if allowed(ctx.actor.role, Action.PARTICIPANT_VIEW_ALL_SITES):
        return true()
    return IntakeDraft.interviewer_id == ctx.actor.user_id


def _language(language: str) -> str:
    if language not in INTAKE_LANGUAGES:
        raise BadInput(
            "{value} is not one of {choices}.",
            field="language",
            value=repr(language),
            choices=", ".join(INTAKE_LANGUAGES),
        )
    return language


def choices(ctx: Context) -> IntakeChoices:
    ctx.require(Action.INTAKE_RUN)
    with ctx.db.transaction() as session:
        open_sites = session.scalars(select(Site).where(Site.active).order_by(Site.name))
        site_rows = [
            SiteChoice(s.id, s.name, sites.host_language_of_country(s.country)) for s in open_sites
        ]
        people = session.scalars(
            select(User)
            .where(User.active, User.role.in_(CASEWORKER_ROLES))
            .order_by(User.display_name)
        )
        caseworkers = [
            CaseworkerChoice(
                u.id, u.display_name, u.site_id, allowed(u.role, Action.PARTICIPANT_VIEW_ALL_SITES)
            )
            for u in people
        ]
        return IntakeChoices(site_rows, caseworkers, ctx.actor.site_id)


def save_draft(
    ctx: Context, draft_id: int | None, language: str, step: int, data: Mapping[str, Any]
) -> int:
    """Create (draft_id None) or overwrite a draft; returns its id."""
    ctx.require(Action.INTAKE_RUN)
    language = _language(language)
    with ctx.db.transaction() as session:
        if draft_id is None:
            draft = IntakeDraft(interviewer_id=ctx.actor.user_id)
            session.add(draft)
        else:
            found = session.scalar(
                select(IntakeDraft).where(IntakeDraft.id == draft_id, _visible(ctx))
            )
            if found is None:
                raise NotFound("This intake draft does not exist or is not yours.")
            draft = found
        draft.language, draft.step, draft.data = language, max(0, int(step)), dict(data)
        session.flush()
        if draft_id is None:
            audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "intake_draft", draft.id)
        return draft.id


def list_drafts(ctx: Context) -> list[DraftRow]:
    """The drafts this actor may resume, most recently saved first."""
    ctx.require(Action.INTAKE_RUN)
    with ctx.db.transaction() as session:
        drafts = session.scalars(
            select(IntakeDraft).where(_visible(ctx)).order_by(IntakeDraft.updated_at.desc())
        )
        return [
            DraftRow(d.id, d.updated_at, d.language, d.step, _name(d.data or {})) for d in drafts
        ]


def _name(data: Mapping[str, Any]) -> str:
    return " ".join(str(data[k]).strip() for k in ("first_name", "last_name") if data.get(k))


def load_draft(ctx: Context, draft_id: int) -> tuple[str, int, dict[str, Any]]:
    """(language, step, data) of a draft."""
    ctx.require(Action.INTAKE_RUN)
    with ctx.db.transaction() as session:
        draft = session.scalar(select(IntakeDraft).where(IntakeDraft.id == draft_id, _visible(ctx)))
        if draft is None:
            raise NotFound("This intake draft does not exist or is not yours.")
        return draft.language, draft.step, dict(draft.data or {})


def delete_draft(ctx: Context, draft_id: int) -> None:
    ctx.require(Action.INTAKE_RUN)
    with ctx.db.transaction() as session:
        draft = session.scalar(select(IntakeDraft).where(IntakeDraft.id == draft_id, _visible(ctx)))
        if draft is None:
            raise NotFound("This intake draft does not exist or is not yours.")
        session.delete(draft)
        audit.record(session, ctx.actor.user_id, AuditAction.DELETE, "intake_draft", draft_id)


def eligibility_warnings(data: Mapping[str, Any], on: date) -> list[str]:
    """What makes her possibly ineligible on `on`: a minor, an expired or missing permit."""
    warnings: list[str] = []
    try:
        born = v.a_date(data.get("birth_date"), "birth_date")
        expires = v.a_date(data.get("permit_expires_on"), "permit_expires_on")
    except BadInput:
        born = expires = None
    if born is not None and age_on(born, on) < ADULT_AGE:
        warnings.append(EligibilityWarning.MINOR)
    if data.get("permit_type") == "none":
        warnings.append(EligibilityWarning.NO_PERMIT)
    elif expires is not None and expires < on:
        warnings.append(EligibilityWarning.PERMIT_EXPIRED)
    return warnings


def problems(data: Mapping[str, Any]) -> list[BadInput]:
    """Every answer of `data` that submit would refuse, each naming its field (no database:
    the site and the caseworker are checked at submit)."""
    found: list[BadInput] = []
    for key, value in data.items():
        clean = participants.FIELDS.get(key)
        try:
            if key == "host_cefr":
                v.enum_value(value or None, CefrLevel, key)
            elif key == "host_language":
                v.text(value, key, 3)
            elif clean is not None and key not in ("site_id", "caseworker_id"):
                cleaned = clean(value, key)
                if key == "birth_date" and cleaned is not None and cleaned > date.today():
                    raise BadInput("the date is in the future.", field="birth_date")
        except BadInput as exc:
            exc.field = exc.field or key
            found.append(exc)
    return found


def _check_site_and_caseworker(session: Session, values: dict[str, Any]) -> None:
    site_id = values.get("site_id")
    site = session.get(Site, site_id) if isinstance(site_id, int) else None
    if site is None:
        raise BadInput("Choose the site this participant belongs to.", field="site_id")
    if not site.active:
        raise BadInput("This site is closed: choose an open one.", field="site_id")
    caseworker_id = values.get("caseworker_id")
    if caseworker_id is None:
        return  # to assign: managers see her in their "to assign" list
    user = session.get(User, caseworker_id) if isinstance(caseworker_id, int) else None
    if (
        user is None
        or not user.active
        or user.role not in CASEWORKER_ROLES
        or not (allowed(user.role, Action.PARTICIPANT_VIEW_ALL_SITES) or user.site_id == site.id)
    ):
        raise BadInput(
            "This person cannot be the caseworker of a participant of this site.",
            field="caseworker_id",
        )


def given_consents(data: Mapping[str, Any]) -> list[ConsentPurpose]:
    given = set(data.get("consents") or [])
    return [p for p in ConsentPurpose if p.value in given]


def submit(ctx: Context, draft_id: int | None, data: Mapping[str, Any]) -> int:
    """Create the participant from the interview's answers, without a duplicate check; her id.
    The interview itself calls `submit_checked`."""
    outcome = submit_checked(ctx, draft_id, data, confirmed_not_duplicate=True)
    assert isinstance(outcome, registration.Created)  # confirmed: never asks
    return outcome.participant_id


def submit_checked(
    ctx: Context,
    draft_id: int | None,
    data: Mapping[str, Any],
    *,
    confirmed_not_duplicate: bool = False,
) -> registration.Outcome:
    """Create the participant from the interview's answers, unless she may be registered
    already (services/registration.py: the same check as "New participant").

    Records her consents, her self-assessed host-language level and starts the default
    pathway with intake and consent done; then deletes the draft."""
    ctx.require(Action.INTAKE_RUN)
    purposes = given_consents(data)
    if ConsentPurpose.PROCESSING not in purposes:
        raise BadInput("Without consent to processing, no record can be kept.")
    unknown = set(data) - set(participants.FIELDS) - EXTRA_KEYS
    if unknown:
        raise BadInput("Unknown fields: {names}.", names=", ".join(sorted(unknown)))
    level = v.enum_value(data.get("host_cefr") or None, CefrLevel, "host_cefr")
    host_language = v.text(data.get("host_language"), "host_language", 3)
    today = date.today()
    values = {k: val for k, val in data.items() if k in participants.FIELDS}
    values.setdefault("enrolled_on", today)
    if values.get("site_id") is None:
        values["site_id"] = ctx.actor.site_id
    values["caseworker_id"] = values.get("caseworker_id") or None
    participants.check_new(ctx, values)
    # One unit of work: the services called below join it, so she is created whole or not at all.
    with ctx.db.transaction() as session:
        _check_site_and_caseworker(session, values)
        return registration.checked(
            ctx,
            values,
            lambda: _create_from_interview(
                ctx, draft_id, values, purposes, level, host_language, today
            ),
            confirmed_not_duplicate,
        )


def _create_from_interview(
    ctx: Context,
    draft_id: int | None,
    values: dict[str, Any],
    purposes: list[ConsentPurpose],
    level: CefrLevel | None,
    host_language: str | None,
    today: date,
) -> int:
    participant_id = participants.create(ctx, values)
    for purpose in purposes:
        consents.record_consent(ctx, participant_id, purpose, today, NOTICE_VERSION)
    with ctx.db.transaction() as session:
        participant = participants.load_visible(session, ctx, participant_id)
        host_language = host_language or sites.host_language_of_site(session, participant.site_id)
        if level is not None and host_language:
            session.add(
                LanguageAssessment(
                    participant_id=participant.id,
                    language=host_language,
                    host_language=True,
                    level=level,
                    stage=AssessmentStage.INTAKE,
                    assessed_on=today,
                    self_assessed=True,
                )
            )
        pathways.start_default_pathway(
            session,
            participant.id,
            today,
            ctx.actor.user_id,
            (StepKind.INTAKE, StepKind.CONSENT),
        )
    if draft_id is not None:
        delete_draft(ctx, draft_id)
    return participant_id
