"""Employers: their record, contact persons, the log of interactions, and vacancies.

Employers are the organisation's shared contacts, visible to staff of every site; each may
name the site that looks after it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, false, func, or_, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import (
    NACE_SECTIONS,
    AuditAction,
    EmployerSize,
    InteractionKind,
    VacancyStatus,
)
from w4i_desktop.errors import BadInput, NotFound
from w4i_desktop.folding import fold
from w4i_desktop.models import (
    ContactPerson,
    Employer,
    Interaction,
    Participant,
    Placement,
    User,
    Vacancy,
)
from w4i_desktop.services import audit, locking
from w4i_desktop.services import validation as v
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import visible_clause
from w4i_desktop.services.permissions import Action

Clean = Callable[[Any, str], Any]


def sector_code(value: Any, field: str) -> str | None:
    code = (v.text(value, field, 1) or "").upper() or None
    if code is not None and code not in NACE_SECTIONS:
        raise BadInput("{code} is not a NACE section (A to U).", field=field, code=repr(code))
    return code


EMPLOYER_FIELDS: dict[str, Clean] = {
    "name": lambda x, f: v.text(x, f, 200, required=True),
    "sector": sector_code,
    "size_band": lambda x, f: v.enum_value(x, EmployerSize, f) or EmployerSize.UNKNOWN,
    "municipality": lambda x, f: v.text(x, f, 120),
    "website": lambda x, f: v.text(x, f, 300),
    "notes": lambda x, f: v.text(x, f, 4000),
    "site_id": lambda x, f: x,
}
CONTACT_FIELDS: dict[str, Clean] = {
    "name": lambda x, f: v.text(x, f, 200, required=True),
    "job_title": lambda x, f: v.text(x, f, 120),
    "phone": v.phone,
    "email": v.email,
}


def clean_values(fields: Mapping[str, Clean], values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(fields)
    if unknown:
        raise BadInput("Unknown fields: {names}.", names=", ".join(sorted(unknown)))
    return {name: fields[name](value, name) for name, value in values.items()}


def apply_changes(
    session: Session,
    ctx: Context,
    row: Employer | Vacancy,
    entity: str,
    cleaned: dict[str, Any],
    expected_version: int,
) -> int:
    """Set the cleaned fields unless someone saved since `expected_version` (services/locking);
    the new row version."""
    locking.apply_changes(session, ctx.actor.user_id, row, entity, cleaned, expected_version)
    return row.version_id


# --- employers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmployerRow:
    id: int
    name: str
    sector: str | None
    municipality: str | None
    open_vacancies: int
    last_contact: date | None
    engaged: bool  # a contact, vacancy or placement in the period asked about


def _engaged_in(start: date, end: date) -> ColumnElement[bool]:
    """Indicator I8's rule: a contact logged, a vacancy opened or a placement started."""
    return or_(
        exists().where(
            Interaction.employer_id == Employer.id,
            Interaction.occurred_on.between(start, end),
        ),
        exists().where(Vacancy.employer_id == Employer.id, Vacancy.opened_on.between(start, end)),
        exists().where(
            Placement.employer_id == Employer.id, Placement.start_date.between(start, end)
        ),
    )


def list_employers(
    ctx: Context,
    text: str = "",
    sector: str | None = None,
    municipality: str | None = None,
    period: tuple[date, date] | None = None,
    engaged_only: bool = False,
) -> list[EmployerRow]:
    """Employers whose name contains `text` (accents and case ignored), by sector and
    municipality; `engaged` tells whether each was engaged in `period` (default: no period)."""
    ctx.require(Action.EMPLOYER_VIEW)
    open_count = (
        select(func.count(Vacancy.id))
        .where(Vacancy.employer_id == Employer.id, Vacancy.status == VacancyStatus.OPEN)
        .scalar_subquery()
    )
    last_contact = (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.employer_id == Employer.id)
        .scalar_subquery()
    )
    engaged = _engaged_in(*period) if period else None
    query = select(
        Employer.id,
        Employer.name,
        Employer.sector,
        Employer.municipality,
        open_count,
        last_contact,
        engaged if engaged is not None else false(),
    ).order_by(func.lower(Employer.name), Employer.id)
    if sector:
        query = query.where(Employer.sector == sector.upper())
    if municipality:
        query = query.where(func.w4i_fold(Employer.municipality) == fold(municipality))
    if engaged_only and engaged is not None:
        query = query.where(engaged)
    needle = fold(text.strip())
    with ctx.db.transaction() as session:
        if needle:
            query = query.where(func.w4i_fold(Employer.name).contains(needle, autoescape=True))
        return [
            EmployerRow(i, n, s, m, int(o or 0), lc, bool(e))
            for i, n, s, m, o, lc, e in session.execute(query)
        ]


def municipalities(ctx: Context) -> list[str]:
    """Every municipality an employer is in, for the filter."""
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        found = session.scalars(
            select(Employer.municipality).where(Employer.municipality.is_not(None)).distinct()
        )
        return sorted({m for m in found if m}, key=lambda m: (fold(m) or "", m))


def get_employer(ctx: Context, employer_id: int) -> dict[str, Any]:
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        employer = load_employer(session, employer_id)
        record = {name: getattr(employer, name) for name in EMPLOYER_FIELDS}
        record.update(id=employer.id, version_id=employer.version_id)
        return record


def load_employer(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFound("This employer does not exist.")
    return employer


def create_employer(ctx: Context, values: Mapping[str, Any]) -> int:
    ctx.require(Action.EMPLOYER_EDIT)
    cleaned = clean_values(EMPLOYER_FIELDS, values)
    if not cleaned.get("name"):
        raise BadInput("an employer needs a name.", field="name")
    with ctx.db.transaction() as session:
        employer = Employer(**cleaned)
        session.add(employer)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "employer", employer.id)
        return employer.id


def update_employer(
    ctx: Context, employer_id: int, changes: Mapping[str, Any], expected_version: int
) -> int:
    """Apply `changes` if nobody saved since `expected_version`; returns the new version."""
    ctx.require(Action.EMPLOYER_EDIT)
    cleaned = clean_values(EMPLOYER_FIELDS, changes)
    if "name" in cleaned and not cleaned["name"]:
        raise BadInput("an employer needs a name.", field="name")
    with ctx.db.transaction() as session:
        employer = load_employer(session, employer_id)
        locking.check_version(employer, expected_version)
        return apply_changes(session, ctx, employer, "employer", cleaned, expected_version)


# --- contact persons ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    job_title: str | None
    phone: str | None
    email: str | None


def contacts(ctx: Context, employer_id: int) -> list[ContactRow]:
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        load_employer(session, employer_id)
        rows = session.scalars(
            select(ContactPerson)
            .where(ContactPerson.employer_id == employer_id)
            .order_by(ContactPerson.name, ContactPerson.id)
        )
        return [ContactRow(c.id, c.name, c.job_title, c.phone, c.email) for c in rows]


def add_contact(ctx: Context, employer_id: int, values: Mapping[str, Any]) -> int:
    ctx.require(Action.EMPLOYER_EDIT)
    cleaned = clean_values(CONTACT_FIELDS, values)
    if not cleaned.get("name"):
        raise BadInput("a contact person needs a name.", field="name")
    with ctx.db.transaction() as session:
        load_employer(session, employer_id)
        contact = ContactPerson(employer_id=employer_id, **cleaned)
        session.add(contact)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "contact_person", contact.id)
        return contact.id


def delete_contact(ctx: Context, contact_id: int) -> None:
    ctx.require(Action.EMPLOYER_EDIT)
    with ctx.db.transaction() as session:
        contact = session.get(ContactPerson, contact_id)
        if contact is None:
            raise NotFound("This contact person does not exist.")
        session.delete(contact)
        audit.record(session, ctx.actor.user_id, AuditAction.DELETE, "contact_person", contact_id)


# --- interactions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class InteractionRow:
    id: int
    occurred_on: date
    kind: InteractionKind
    summary: str | None
    by: str | None


def interactions(ctx: Context, employer_id: int) -> list[InteractionRow]:
    """The log, newest first."""
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        load_employer(session, employer_id)
        rows = session.execute(
            select(Interaction, User.display_name)
            .outerjoin(User, User.id == Interaction.user_id)
            .where(Interaction.employer_id == employer_id)
            .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
        )
        return [InteractionRow(i.id, i.occurred_on, i.kind, i.summary, by) for i, by in rows]


def log_interaction(
    ctx: Context, employer_id: int, occurred_on: date, kind: InteractionKind, summary: str
) -> int:
    ctx.require(Action.EMPLOYER_EDIT)
    kind = InteractionKind(kind)
    if occurred_on > date.today():
        raise BadInput("An interaction cannot be in the future.")
    text = v.text(summary, "summary", 4000)
    with ctx.db.transaction() as session:
        load_employer(session, employer_id)
        interaction = Interaction(
            employer_id=employer_id,
            occurred_on=occurred_on,
            kind=kind,
            summary=text,
            user_id=ctx.actor.user_id,
        )
        session.add(interaction)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "interaction", interaction.id)
        return interaction.id


# --- placements of an employer -----------------------------------------------------------------


@dataclass(frozen=True)
class EmployerPlacementRow:
    id: int
    participant_code: str
    vacancy: str | None
    type: str
    start_date: date
    end_date: date | None
    participant_id: int = 0
    participant_name: str | None = None  # None once anonymised


def placements_of(ctx: Context, employer_id: int) -> list[EmployerPlacementRow]:
    """The employer's placements of participants this actor may see, with their names (whoever
    sees employers may see the participants of their own site, or all of them)."""
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        load_employer(session, employer_id)
        rows = session.execute(
            select(
                Placement,
                Participant.code,
                Participant.first_name,
                Participant.last_name,
                Vacancy.title,
            )
            .join(Participant, Participant.id == Placement.participant_id)
            .outerjoin(Vacancy, Vacancy.id == Placement.vacancy_id)
            .where(Placement.employer_id == employer_id, visible_clause(ctx))
            .order_by(Placement.start_date.desc(), Placement.id.desc())
        )
        return [
            EmployerPlacementRow(
                p.id,
                code,
                title,
                p.type.value,
                p.start_date,
                p.end_date,
                participant_id=p.participant_id,
                participant_name=" ".join(n for n in (first, last) if n) or None,
            )
            for p, code, first, last, title in rows
        ]
