"""Vacancies of employers: what the job asks (hours, schedule, language level, skills) and
whether it is open; matching (services/matching.py) ranks participants against them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction, CefrLevel, ContractType, VacancyStatus
from w4i_desktop.errors import BadInput, NotFound
from w4i_desktop.models import Employer, Vacancy
from w4i_desktop.services import audit, locking
from w4i_desktop.services import validation as v
from w4i_desktop.services.context import Context
from w4i_desktop.services.employers import (
    Clean,
    apply_changes,
    clean_values,
    load_employer,
    sector_code,
)
from w4i_desktop.services.permissions import Action
from w4i_desktop.services.sites import host_languages_of_sites
from w4i_desktop.services.skills import normalise_skills, skill_list


def _hours(value: Any, field: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        hours = float(value)
    except (TypeError, ValueError):
        raise BadInput(
            "{value} is not a number of hours.", field=field, value=repr(value)
        ) from None
    if not 0 < hours <= 60:
        raise BadInput(
            "hours per week must be more than 0 and at most {max_hours}.", field=field, max_hours=60
        )
    return hours


def _one_language(value: Any, field: str) -> str | None:
    """An ISO 639-1 code, or None: the host language of the employer's site."""
    if value in (None, ""):
        return None
    [code] = v.language_list([str(value)], field)
    return code


VACANCY_FIELDS: dict[str, Clean] = {
    "title": lambda x, f: v.text(x, f, 200, required=True),
    "sector": sector_code,
    "municipality": lambda x, f: v.text(x, f, 120),
    "hours_per_week": _hours,
    "schedule_days": v.tag_list,
    "start_time": v.clock_time,
    "end_time": v.clock_time,
    "childcare_compatible": lambda x, f: bool(v.flag(x, f)),
    "contract_type": lambda x, f: v.enum_value(x, ContractType, f) or ContractType.OTHER,
    "required_cefr": lambda x, f: v.enum_value(x, CefrLevel, f) or CefrLevel.NONE,
    "required_language": lambda x, f: _one_language(x, f),
    "skills": skill_list,
    "opened_on": v.a_date,
    "closed_on": v.a_date,
    "status": lambda x, f: v.enum_value(x, VacancyStatus, f) or VacancyStatus.OPEN,
}


@dataclass(frozen=True)
class VacancyRow:
    id: int
    employer_id: int
    employer: str
    title: str
    municipality: str | None
    hours_per_week: float | None
    required_cefr: CefrLevel
    status: VacancyStatus
    opened_on: date
    closed_on: date | None


def vacancies(
    ctx: Context, employer_id: int | None = None, open_only: bool = False
) -> list[VacancyRow]:
    ctx.require(Action.EMPLOYER_VIEW)
    query = (
        select(Vacancy, Employer.name)
        .join(Employer, Employer.id == Vacancy.employer_id)
        .order_by(Vacancy.opened_on.desc(), Vacancy.id.desc())
    )
    if employer_id is not None:
        query = query.where(Vacancy.employer_id == employer_id)
    if open_only:
        query = query.where(Vacancy.status == VacancyStatus.OPEN)
    with ctx.db.transaction() as session:
        return [
            VacancyRow(
                vac.id,
                vac.employer_id,
                name,
                vac.title,
                vac.municipality,
                vac.hours_per_week,
                vac.required_cefr,
                vac.status,
                vac.opened_on,
                vac.closed_on,
            )
            for vac, name in session.execute(query)
        ]


def get_vacancy(ctx: Context, vacancy_id: int) -> dict[str, Any]:
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        vacancy = _vacancy(session, vacancy_id)
        record = {name: getattr(vacancy, name) for name in VACANCY_FIELDS}
        record["skills"] = normalise_skills(vacancy.skills or [])  # older free-text skills
        record.update(id=vacancy.id, employer_id=vacancy.employer_id, version_id=vacancy.version_id)
        return record


def default_language(ctx: Context, employer_id: int) -> str | None:
    """The language a vacancy of this employer asks for when it names none: the host
    language of the employer's site, else of the organisation; None when neither is known."""
    ctx.require(Action.EMPLOYER_VIEW)
    with ctx.db.transaction() as session:
        employer = load_employer(session, employer_id)
        languages = host_languages_of_sites(session)
        return languages.get(employer.site_id) or languages[None]


def _vacancy(session: Session, vacancy_id: int) -> Vacancy:
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound("This vacancy does not exist.")
    return vacancy


def _check_vacancy(values: Mapping[str, Any]) -> None:
    if values.get("schedule_days"):
        unknown = set(values["schedule_days"]) - {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
        if unknown:
            raise BadInput(
                "{days} are not weekdays.", field="schedule_days", days=", ".join(sorted(unknown))
            )
    opened, closed = values.get("opened_on"), values.get("closed_on")
    if opened is not None and closed is not None and closed < opened:
        raise BadInput("The vacancy closes before it opens.")
    start, end = values.get("start_time"), values.get("end_time")
    if start and end and end <= start:
        raise BadInput("The working day ends before it starts.")


def create_vacancy(ctx: Context, employer_id: int, values: Mapping[str, Any]) -> int:
    ctx.require(Action.EMPLOYER_EDIT)
    cleaned = clean_values(VACANCY_FIELDS, values)
    if not cleaned.get("title"):
        raise BadInput("a vacancy needs a title.", field="title")
    cleaned.setdefault("opened_on", date.today())
    cleaned["opened_on"] = cleaned["opened_on"] or date.today()
    _check_vacancy(cleaned)
    with ctx.db.transaction() as session:
        employer = load_employer(session, employer_id)
        cleaned.setdefault("municipality", employer.municipality)
        cleaned.setdefault("sector", employer.sector)
        vacancy = Vacancy(employer_id=employer_id, **cleaned)
        session.add(vacancy)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "vacancy", vacancy.id)
        return vacancy.id


def update_vacancy(
    ctx: Context, vacancy_id: int, changes: Mapping[str, Any], expected_version: int
) -> int:
    ctx.require(Action.EMPLOYER_EDIT)
    cleaned = clean_values(VACANCY_FIELDS, changes)
    if "title" in cleaned and not cleaned["title"]:
        raise BadInput("a vacancy needs a title.", field="title")
    with ctx.db.transaction() as session:
        vacancy = _vacancy(session, vacancy_id)
        locking.check_version(vacancy, expected_version)
        merged = {name: getattr(vacancy, name) for name in VACANCY_FIELDS} | cleaned
        _check_vacancy(merged)
        if cleaned.get("status") in (VacancyStatus.FILLED, VacancyStatus.CLOSED):
            cleaned.setdefault("closed_on", merged.get("closed_on") or date.today())
        return apply_changes(session, ctx, vacancy, "vacancy", cleaned, expected_version)
