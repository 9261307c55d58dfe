"""Matching participants and vacancies: a score out of 100 that explains itself in words.

`score(candidate, opening)` is a pure function of two plain records; the service functions at
the end load those records and rank the results. Points, by criterion:

- host language, 35: her latest host-language level meets or exceeds the level asked, or no
  level is asked: 35. One level below: 14, with a warning. Two or more below: a hard conflict.
- skills, 25: the share of the vacancy's skills she has (25 when it asks for none).
- days, 10: the share of the working days she is available on.
- hours, 10: the share of the shift that lies inside her available hours.
- municipality, 10: the same municipality 10, another 0 (accents and case are ignored).
- childcare, 10: she needs none, the employer accommodates it, or the shift lies within
  daycare hours (08:00-17:00, Monday to Friday). Otherwise the parts outside them (early
  mornings, evenings, weekends) conflict: with a partial need -15, a warning that still ranks
  her, since she may arrange cover for some hours; with a full need a hard conflict, since she
  has no cover at all.
- consent: without a consent to share her data with employers in force, a hard conflict.

Whatever is not recorded (her days or hours, the vacancy's schedule, either municipality)
scores half its points: a gap neither rewards nor punishes her against those on record.
The total is clamped to 0..100. Any hard conflict marks the match `excluded`; its score is
kept, so that a caseworker sees how close it came.

Every `Reason` has a stable `code` and plain-string `params` for the translation layer, and
an English `text`. Days in params are `Weekday` values ("sat, sun"), childcare parts are
"early_mornings", "evenings", "weekends", levels are `CefrLevel` values ("none" included).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, or_, select

from w4i_desktop.enums import CefrLevel, ChildcareNeed, ConsentPurpose, VacancyStatus, Weekday
from w4i_desktop.errors import NotFound
from w4i_desktop.models import Consent, Employer, LanguageAssessment, Participant, Vacancy
from w4i_desktop.services.consents import has_consent
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible, visible_clause
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.search import fold

LANGUAGE, SKILLS, DAYS, HOURS, MUNICIPALITY, CHILDCARE = 35.0, 25.0, 10.0, 10.0, 10.0, 10.0
LANGUAGE_ONE_BELOW = 14.0
CHILDCARE_PENALTY = -15.0
DAYCARE_OPENS, DAYCARE_CLOSES = 8 * 60, 17 * 60  # minutes after midnight
WEEKEND = (Weekday.SAT.value, Weekday.SUN.value)
_DAY_ORDER = {day.value: index for index, day in enumerate(Weekday)}

_TEXTS = {
    "no_consent": "no consent to share her data with employers",
    "language_not_required": "no language level required",
    "language_meets": "{her} meets {needed}",
    "language_exceeds": "{her} exceeds {needed}",
    "language_below": "{her} is one level below {needed}",
    "language_far_below": "{her} is far below {needed} ({levels} levels)",
    "no_skills_required": "no particular skills asked",
    "skills_overlap": "skills: {skills} ({count} of {asked})",
    "no_skills_overlap": "none of the skills asked: {needed}",
    "days_fit": "available on {days}",
    "days_conflict": "not available on {days}",
    "availability_unknown": "availability not recorded",
    "schedule_days_unknown": "working days not given",
    "hours_fit": "available {start}-{end}",
    "hours_conflict": "works {start}-{end}, available {from}-{until}",
    "hours_unknown": "available hours not recorded",
    "schedule_hours_unknown": "working hours not given",
    "same_municipality": "lives in {municipality}",
    "other_municipality": "lives in {her}, job in {job}",
    "municipality_unknown": "municipality not recorded",
    "childcare_not_needed": "no childcare needed",
    "childcare_compatible": "the employer accommodates childcare",
    "childcare_ok": "within daycare hours",
    "childcare_conflict": "{parts}: conflicts with childcare",
    "childcare_unknown": "working hours not given: check childcare",
}
REASON_CODES = frozenset(_TEXTS)


@dataclass(frozen=True)
class Candidate:
    participant_id: int
    code: str
    name: str
    host_level: CefrLevel  # her latest host-language assessment, NONE without one
    skills: tuple[str, ...] = ()
    municipality: str | None = None
    available_days: tuple[str, ...] = ()  # Weekday values
    available_from: str | None = None  # "HH:MM"
    available_until: str | None = None
    children_count: int = 0
    childcare_need: ChildcareNeed = ChildcareNeed.NONE
    has_sharing_consent: bool = False


@dataclass(frozen=True)
class Opening:
    vacancy_id: int
    title: str
    employer: str
    municipality: str | None = None
    hours_per_week: float | None = None
    schedule_days: tuple[str, ...] = ()  # Weekday values
    start_time: str | None = None  # "HH:MM"
    end_time: str | None = None
    childcare_compatible: bool = False
    required_cefr: CefrLevel = CefrLevel.NONE
    skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict[str, str] = field(default_factory=dict)
    points: float = 0.0
    hard: bool = False

    @property
    def text(self) -> str:
        shown = {k: _shown(k, v) for k, v in self.params.items()}
        return _TEXTS[self.code].format(**shown)


def _shown(key: str, value: str) -> str:
    if key in ("her", "needed") and value == CefrLevel.NONE.value:
        return "no level"
    return value.replace("_", " ") if key == "parts" else value


@dataclass(frozen=True)
class Match:
    participant_id: int
    participant_code: str
    participant_name: str
    vacancy_id: int
    vacancy_title: str
    employer_name: str
    score: float  # 0..100
    reasons: tuple[Reason, ...]
    excluded: bool  # any hard conflict


# --- scoring ---------------------------------------------------------------------------------


def _minutes(clock: str | None) -> int | None:
    try:
        hours, minutes = (clock or "").split(":")
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return None


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    """A time span in minutes; one that ends at or before its start runs past midnight."""
    if start is None or end is None:
        return None
    return (start, end if end > start else end + 24 * 60)


def _days(days: Iterable[str]) -> list[str]:
    return sorted(set(days), key=lambda d: _DAY_ORDER.get(d, len(_DAY_ORDER)))


@dataclass(frozen=True)
class _Prepared:
    """What `score` needs of an opening, worked out once per opening rather than per woman."""

    opening: Opening
    required_rank: int
    skills: dict[str, str]  # folded -> as the vacancy writes it
    days: tuple[str, ...]
    shift: tuple[int, int] | None
    municipality: str | None
    childcare_parts: tuple[str, ...] | None  # None: the schedule does not tell

    @classmethod
    def of(cls, opening: Opening) -> _Prepared:
        skills = {fold(s.strip()) or "": s.strip() for s in opening.skills if s.strip()}
        days = tuple(_days(opening.schedule_days))
        shift = _span(_minutes(opening.start_time), _minutes(opening.end_time))
        parts: list[str] = []
        if shift is not None:
            if shift[0] < DAYCARE_OPENS:
                parts.append("early_mornings")
            if shift[1] > DAYCARE_CLOSES:
                parts.append("evenings")
        if any(d in WEEKEND for d in days):
            parts.append("weekends")
        return cls(
            opening=opening,
            required_rank=opening.required_cefr.rank,
            skills=skills,
            days=days,
            shift=shift,
            municipality=fold((opening.municipality or "").strip()) or None,
            childcare_parts=tuple(parts) if parts or shift is not None else None,
        )


def language_far_below(level: CefrLevel, required: CefrLevel) -> bool:
    return required is not CefrLevel.NONE and required.rank - level.rank >= 2


def _language(c: Candidate, p: _Prepared) -> Reason:
    needed = p.opening.required_cefr
    if needed is CefrLevel.NONE:
        return Reason("language_not_required", {}, LANGUAGE)
    params = {"her": c.host_level.value, "needed": needed.value}
    gap = p.required_rank - c.host_level.rank
    if gap <= 0:
        return Reason("language_meets" if gap == 0 else "language_exceeds", params, LANGUAGE)
    if gap == 1:
        return Reason("language_below", params, LANGUAGE_ONE_BELOW)
    return Reason("language_far_below", {**params, "levels": str(gap)}, 0.0, hard=True)


def _skills(c: Candidate, p: _Prepared) -> Reason:
    if not p.skills:
        return Reason("no_skills_required", {}, SKILLS)
    hers = {fold(s.strip()) for s in c.skills}
    shared = [shown for folded, shown in p.skills.items() if folded in hers]
    if not shared:
        return Reason("no_skills_overlap", {"needed": ", ".join(p.skills.values())}, 0.0)
    params = {"skills": ", ".join(shared), "count": str(len(shared)), "asked": str(len(p.skills))}
    return Reason("skills_overlap", params, round(SKILLS * len(shared) / len(p.skills), 2))


def _days_reason(c: Candidate, p: _Prepared) -> Reason:
    if not c.available_days:
        return Reason("availability_unknown", {}, DAYS / 2)
    if not p.days:
        return Reason("schedule_days_unknown", {}, DAYS / 2)
    missing = [d for d in p.days if d not in c.available_days]
    if not missing:
        return Reason("days_fit", {"days": ", ".join(p.days)}, DAYS)
    points = round(DAYS * (len(p.days) - len(missing)) / len(p.days), 2)
    return Reason("days_conflict", {"days": ", ".join(missing)}, points)


def _hours(c: Candidate, p: _Prepared) -> Reason:
    if c.available_from is None and c.available_until is None:
        return Reason("hours_unknown", {}, HOURS / 2)
    if p.shift is None:
        return Reason("schedule_hours_unknown", {}, HOURS / 2)
    start, end = p.shift
    # Only one end recorded: the other is open, so the one recorded still counts.
    free_from = _minutes(c.available_from)
    free_until = _minutes(c.available_until)
    free_from = 0 if free_from is None else free_from
    free_until = free_until if free_until is not None and free_until > free_from else 24 * 60
    window = (free_from, free_until)
    shift_params = {"start": _clock(start), "end": _clock(end)}
    overlap = max(0, min(end, window[1]) - max(start, window[0]))
    if overlap >= end - start:
        return Reason("hours_fit", shift_params, HOURS)
    params = {**shift_params, "from": _clock(window[0]), "until": _clock(window[1])}
    return Reason("hours_conflict", params, round(HOURS * overlap / (end - start), 2))


def _municipality(c: Candidate, p: _Prepared) -> Reason:
    hers = (c.municipality or "").strip()
    if not hers or p.municipality is None:
        return Reason("municipality_unknown", {}, MUNICIPALITY / 2)
    if fold(hers) == p.municipality:
        return Reason("same_municipality", {"municipality": hers}, MUNICIPALITY)
    job = (p.opening.municipality or "").strip()
    return Reason("other_municipality", {"her": hers, "job": job}, 0.0)


def _childcare(c: Candidate, p: _Prepared) -> Reason:
    if c.childcare_need is ChildcareNeed.NONE:
        return Reason("childcare_not_needed", {}, CHILDCARE)
    if p.opening.childcare_compatible:
        return Reason("childcare_compatible", {}, CHILDCARE)
    if p.childcare_parts is None:
        return Reason("childcare_unknown", {}, CHILDCARE / 2)
    if not p.childcare_parts:
        return Reason("childcare_ok", {}, CHILDCARE)
    params = {"parts": ", ".join(p.childcare_parts), "need": c.childcare_need.value}
    if c.childcare_need is ChildcareNeed.FULL:
        return Reason("childcare_conflict", params, 0.0, hard=True)
    return Reason("childcare_conflict", params, CHILDCARE_PENALTY)


def _score(c: Candidate, p: _Prepared) -> Match:
    reasons: list[Reason] = (
        [] if c.has_sharing_consent else [Reason("no_consent", {}, 0.0, hard=True)]
    )
    reasons += (
        _language(c, p),
        _skills(c, p),
        _days_reason(c, p),
        _hours(c, p),
        _municipality(c, p),
        _childcare(c, p),
    )
    total = min(100.0, max(0.0, sum(r.points for r in reasons)))
    o = p.opening
    return Match(
        participant_id=c.participant_id,
        participant_code=c.code,
        participant_name=c.name,
        vacancy_id=o.vacancy_id,
        vacancy_title=o.title,
        employer_name=o.employer,
        score=round(total, 1),
        reasons=tuple(reasons),
        excluded=any(r.hard for r in reasons),
    )


def score(candidate: Candidate, opening: Opening) -> Match:
    """How well she fits the vacancy, out of 100, with a reason for every criterion."""
    return _score(candidate, _Prepared.of(opening))


def rank(matches: Iterable[Match]) -> list[Match]:
    """Matches without a hard conflict first, best score first; ties by name, then by title."""
    return sorted(
        matches,
        key=lambda m: (
            m.excluded,
            -m.score,
            m.participant_name.casefold(),
            m.participant_code,
            m.vacancy_title.casefold(),
            m.employer_name.casefold(),
            m.vacancy_id,
        ),
    )


# --- loading and ranking from the database ---------------------------------------------------


def _sharing_in_force(on: date) -> ColumnElement[bool]:
    """`consents.has_consent` as a clause over every participant at once."""
    return exists().where(
        Consent.participant_id == Participant.id,
        Consent.purpose == ConsentPurpose.SHARING_WITH_EMPLOYERS,
        Consent.given_on <= on,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
    )


def _latest_host_level() -> Any:
    """Her latest host-language level, read through the assessment index per participant."""
    return (
        select(LanguageAssessment.level)
        .where(
            LanguageAssessment.participant_id == Participant.id,
            LanguageAssessment.host_language.is_(True),
        )
        .order_by(LanguageAssessment.assessed_on.desc(), LanguageAssessment.id.desc())
        .limit(1)
        .scalar_subquery()
    )


_CANDIDATE_COLUMNS = (
    Participant.id,
    Participant.code,
    Participant.first_name,
    Participant.last_name,
    Participant.skills,
    Participant.municipality,
    Participant.available_days,
    Participant.available_from,
    Participant.available_until,
    Participant.children_count,
    Participant.childcare_need,
)


def _level(row: Any) -> CefrLevel:
    """The latest host-language level, the last column after the candidate's."""
    return CefrLevel(row[-1]) if row[-1] else CefrLevel.NONE


def _candidate(row: Any, level: CefrLevel, consent: bool) -> Candidate:
    return Candidate(
        participant_id=row[0],
        code=row[1],
        name=" ".join(n for n in (row[2], row[3]) if n),
        host_level=level,
        skills=tuple(row[4] or ()),
        municipality=row[5],
        available_days=tuple(row[6] or ()),
        available_from=row[7],
        available_until=row[8],
        children_count=row[9] or 0,
        childcare_need=row[10] or ChildcareNeed.NONE,
        has_sharing_consent=consent,
    )


_OPENING_COLUMNS = (
    Vacancy.id,
    Vacancy.title,
    Employer.name,
    Vacancy.municipality,
    Vacancy.hours_per_week,
    Vacancy.schedule_days,
    Vacancy.start_time,
    Vacancy.end_time,
    Vacancy.childcare_compatible,
    Vacancy.required_cefr,
    Vacancy.skills,
)


def _opening(row: Any) -> Opening:
    return Opening(
        vacancy_id=row[0],
        title=row[1],
        employer=row[2],
        municipality=row[3],
        hours_per_week=row[4],
        schedule_days=tuple(row[5] or ()),
        start_time=row[6],
        end_time=row[7],
        childcare_compatible=bool(row[8]),
        required_cefr=row[9] or CefrLevel.NONE,
        skills=tuple(row[10] or ()),
    )


def candidates_for_vacancy(
    ctx: Context,
    vacancy_id: int,
    on: date | None = None,
    include_excluded: bool = False,
    *,
    limit: int | None = None,
) -> list[Match]:
    """The open participants visible to the actor who consent to sharing on `on`, ranked.

    Those without that consent are never returned, not even as excluded: the consent gates
    every place that shows a participant to an employer. `limit` keeps the best `limit`.
    """
    ctx.require(Action.EMPLOYER_VIEW)
    on = on or date.today()
    query = select(*_CANDIDATE_COLUMNS, _latest_host_level()).where(
        visible_clause(ctx),
        Participant.anonymised_at.is_(None),
        Participant.closed_on.is_(None),
        Participant.enrolled_on.is_not(None),
        _sharing_in_force(on),
    )
    with ctx.db.transaction() as session:
        found = session.execute(
            select(*_OPENING_COLUMNS)
            .join(Employer, Employer.id == Vacancy.employer_id)
            .where(Vacancy.id == vacancy_id)
        ).one_or_none()
        if found is None:
            raise NotFound("This vacancy does not exist.")
        prepared = _Prepared.of(_opening(found))
        rows = session.execute(query).all()
    required = prepared.opening.required_cefr
    matches = []
    for row in rows:
        level = _level(row)
        if not include_excluded and language_far_below(level, required):
            continue  # cheaper than scoring one who would be dropped below anyway
        match = _score(_candidate(row, level, consent=True), prepared)
        if include_excluded or not match.excluded:
            matches.append(match)
    ranked = rank(matches)
    return ranked if limit is None else ranked[:limit]


def vacancies_for_participant(
    ctx: Context, participant_id: int, on: date | None = None, include_excluded: bool = True
) -> list[Match]:
    """The vacancies open on `on`, ranked for her.

    She is the subject here, so nothing is hidden from her caseworker: without a consent to
    share, every result carries a hard "no_consent" reason instead.
    """
    ctx.require(Action.EMPLOYER_VIEW)
    on = on or date.today()
    with ctx.db.transaction() as session:
        load_visible(session, ctx, participant_id)
        row = session.execute(
            select(*_CANDIDATE_COLUMNS, _latest_host_level()).where(
                Participant.id == participant_id
            )
        ).one()
        consent = has_consent(session, participant_id, ConsentPurpose.SHARING_WITH_EMPLOYERS, on)
        candidate = _candidate(row, _level(row), consent)
        openings = [
            _opening(r)
            for r in session.execute(
                select(*_OPENING_COLUMNS)
                .join(Employer, Employer.id == Vacancy.employer_id)
                .where(
                    Vacancy.status == VacancyStatus.OPEN,
                    or_(Vacancy.closed_on.is_(None), Vacancy.closed_on >= on),
                )
            )
        ]
    matches = (_score(candidate, _Prepared.of(o)) for o in openings)
    return rank(m for m in matches if include_excluded or not m.excluded)
