"""Scoring a participant against a vacancy: a score out of 100 that explains itself in words.

`score(candidate, opening)` is a pure function of two plain records (services/matching.py
loads them from the database and ranks the results). Points, by criterion:

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
kept, so that a caseworker sees how close it came. Her childcare need decides, not her
number of children (a mother whose children are looked after records no need); the hours
per week are shown, not scored.

Every `Reason` has a stable `code` and plain-string `params` for the translation layer, and
an English `text` (`REASON_CODES` lists the codes). Days in params are `Weekday` values
("sat, sun"), childcare parts "early_mornings", "evenings", "weekends", levels `CefrLevel`
values ("none" included). Equal reasons are shared between matches: never change `params`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from w4i_desktop.enums import CefrLevel, ChildcareNeed, Weekday
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
    "no_skills_overlap": "none of the skills asked: {skills}",
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


def _span(start: int, end: int) -> tuple[int, int]:
    """A time span in minutes; one that ends at or before its start runs past midnight."""
    return (start, end if end > start else end + 24 * 60)


def _days(days: Iterable[str]) -> list[str]:
    return sorted(set(days), key=lambda d: _DAY_ORDER.get(d, len(_DAY_ORDER)))


class PreparedOpening:
    """An opening's side of the scoring, worked out once per opening rather than per woman.

    Each criterion looks at a few of her fields only, and women share them (the same level,
    the same days), so its reason is kept per value: scoring 50,000 women makes some
    thousands of reasons rather than 300,000, and equal reasons are one shared object.
    """

    def __init__(self, opening: Opening) -> None:
        self.opening = opening
        self.skills = {_fold(s): s.strip() for s in opening.skills if s.strip()}
        self.days = tuple(_days(opening.schedule_days))
        start, end = _minutes(opening.start_time), _minutes(opening.end_time)
        self.shift = None if start is None or end is None else _span(start, end)
        self.municipality = _fold(opening.municipality or "") or None
        parts: list[str] = []
        if self.shift is not None:
            # A night shift runs into the hours before daycare opens the next morning.
            if self.shift[0] < DAYCARE_OPENS or self.shift[1] > 24 * 60:
                parts.append("early_mornings")
            if self.shift[1] > DAYCARE_CLOSES:
                parts.append("evenings")
        if any(d in WEEKEND for d in self.days):
            parts.append("weekends")
        # None: neither the hours nor the days tell whether it fits daycare.
        self.childcare_parts = tuple(parts) if parts or self.shift is not None else None
        self.memo: dict[Criterion, dict[Hashable, Reason]] = {c: {} for c in _CRITERIA}

    def _reason(self, criterion: Criterion, hers: Hashable) -> Reason:
        found = self.memo[criterion][hers] = criterion(self, hers)
        return found

    def match(
        self,
        participant_id: int,
        code: str,
        name: str,
        level: CefrLevel,
        skills: tuple[str, ...],
        days: tuple[str, ...],
        hours: tuple[str | None, str | None],
        municipality: str | None,
        need: ChildcareNeed,
        consent: bool,
    ) -> Match:
        # Spelled out rather than looped: this runs once per woman, 50,000 times a ranking.
        memo, reason = self.memo, self._reason
        reasons: tuple[Reason, ...] = (
            memo[language_reason].get(level) or reason(language_reason, level),
            memo[_skills].get(skills) or reason(_skills, skills),
            memo[_available_days].get(days) or reason(_available_days, days),
            memo[_hours].get(hours) or reason(_hours, hours),
            memo[_municipality].get(municipality) or reason(_municipality, municipality),
            memo[_childcare].get(need) or reason(_childcare, need),
        )
        if not consent:
            reasons = (_NO_CONSENT, *reasons)
        total = 0.0
        excluded = False
        for one in reasons:
            total += one.points
            excluded = excluded or one.hard
        o = self.opening
        score = round(min(100.0, max(0.0, total)), 1)
        return Match(
            participant_id, code, name, o.vacancy_id, o.title, o.employer, score, reasons, excluded
        )


Criterion = Callable[[PreparedOpening, Any], Reason]


@functools.lru_cache(maxsize=4096)
def _fold(value: str) -> str:
    return fold(value.strip()) or ""


def language_reason(p: PreparedOpening, level: CefrLevel) -> Reason:
    needed = p.opening.required_cefr
    if needed is CefrLevel.NONE:
        return Reason("language_not_required", {}, LANGUAGE)
    params = {"her": level.value, "needed": needed.value}
    gap = needed.rank - level.rank
    if gap <= 0:
        return Reason("language_meets" if gap == 0 else "language_exceeds", params, LANGUAGE)
    if gap == 1:
        return Reason("language_below", params, LANGUAGE_ONE_BELOW)
    return Reason("language_far_below", {**params, "levels": str(gap)}, 0.0, hard=True)


def _skills(p: PreparedOpening, skills: tuple[str, ...]) -> Reason:
    if not p.skills:
        return Reason("no_skills_required", {}, SKILLS)
    hers = {_fold(s) for s in skills}
    shared = [shown for folded, shown in p.skills.items() if folded in hers]
    if not shared:
        return Reason("no_skills_overlap", {"skills": ", ".join(p.skills.values())}, 0.0)
    params = {"skills": ", ".join(shared), "count": str(len(shared)), "asked": str(len(p.skills))}
    return Reason("skills_overlap", params, round(SKILLS * len(shared) / len(p.skills), 2))


def _available_days(p: PreparedOpening, days: tuple[str, ...]) -> Reason:
    if not days:
        return Reason("availability_unknown", {}, DAYS / 2)
    if not p.days:
        return Reason("schedule_days_unknown", {}, DAYS / 2)
    missing = [d for d in p.days if d not in days]
    if not missing:
        return Reason("days_fit", {"days": ", ".join(p.days)}, DAYS)
    points = round(DAYS * (len(p.days) - len(missing)) / len(p.days), 2)
    return Reason("days_conflict", {"days": ", ".join(missing)}, points)


def _hours(p: PreparedOpening, hours: tuple[str | None, str | None]) -> Reason:
    free_from, free_until = _minutes(hours[0]), _minutes(hours[1])
    if free_from is None and free_until is None:
        return Reason("hours_unknown", {}, HOURS / 2)
    if p.shift is None:
        return Reason("schedule_hours_unknown", {}, HOURS / 2)
    start, end = p.shift
    # With one end recorded the other is open, so that the one recorded still counts.
    free = _span(free_from or 0, 24 * 60 if free_until is None else free_until)
    shift = {"start": _clock(start), "end": _clock(end)}
    overlap = max(0, min(end, free[1]) - max(start, free[0]))
    if overlap >= end - start:
        return Reason("hours_fit", shift, HOURS)
    params = {**shift, "from": _clock(free[0]), "until": _clock(free[1])}
    return Reason("hours_conflict", params, round(HOURS * overlap / (end - start), 2))


def _municipality(p: PreparedOpening, municipality: str | None) -> Reason:
    hers = (municipality or "").strip()
    if not hers or p.municipality is None:
        return Reason("municipality_unknown", {}, MUNICIPALITY / 2)
    if _fold(hers) == p.municipality:
        return Reason("same_municipality", {"municipality": hers}, MUNICIPALITY)
    job = (p.opening.municipality or "").strip()
    return Reason("other_municipality", {"her": hers, "job": job}, 0.0)


def _childcare(p: PreparedOpening, need: ChildcareNeed) -> Reason:
    if need is ChildcareNeed.NONE:
        return Reason("childcare_not_needed", {}, CHILDCARE)
    if p.opening.childcare_compatible:
        return Reason("childcare_compatible", {}, CHILDCARE)
    if p.childcare_parts is None:
        return Reason("childcare_unknown", {}, CHILDCARE / 2)
    if not p.childcare_parts:
        return Reason("childcare_ok", {}, CHILDCARE)
    params = {"parts": ", ".join(p.childcare_parts), "need": need.value}
    if need is ChildcareNeed.FULL:
        return Reason("childcare_conflict", params, 0.0, hard=True)
    return Reason("childcare_conflict", params, CHILDCARE_PENALTY)


_CRITERIA: tuple[Criterion, ...] = (
    language_reason,
    _skills,
    _available_days,
    _hours,
    _municipality,
    _childcare,
)
_NO_CONSENT = Reason("no_consent", {}, 0.0, hard=True)


def score_prepared(c: Candidate, p: PreparedOpening) -> Match:
    return p.match(
        c.participant_id,
        c.code,
        c.name,
        c.host_level,
        c.skills,
        c.available_days,
        (c.available_from, c.available_until),
        c.municipality,
        c.childcare_need,
        c.has_sharing_consent,
    )


def score(candidate: Candidate, opening: Opening) -> Match:
    """How well she fits the vacancy, out of 100, with a reason for every criterion."""
    return score_prepared(candidate, PreparedOpening(opening))


def rank(matches: Iterable[Match]) -> list[Match]:
    """Matches without a hard conflict first, best score first; ties by name, then by title."""
    return sorted(matches, key=rank_key)


def rank_key(m: Match) -> tuple[Any, ...]:
    return (
        m.excluded,
        -m.score,
        m.participant_name,
        m.participant_code,
        m.vacancy_title,
        m.employer_name,
        m.vacancy_id,
    )
