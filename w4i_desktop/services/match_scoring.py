"""Scoring a participant against a vacancy: a score out of 100 that explains itself in words.

`score(candidate, opening)` is a pure function of two plain records (services/matching.py
loads them from the database and ranks the results). Points, by criterion:

- language, 35: her latest level in the language the vacancy names (`Opening.language`; her
  latest host-language level when it names none) meets or exceeds the level asked, or no level
  is asked: 35. One level below: 14, with a warning. Two or more below: a hard conflict. With
  no assessment of that language her level is unknown and counts as none at all: another
  language she speaks well never stands in for it.
- skills, 25: the share of the vacancy's skills she has (25 when it asks for none).
- days, 10: the share of the working days she is available on.
- hours, 10: the share of the shift that lies inside her available hours.
- municipality, 10: the same municipality 10; another one she commutes to 8, or one she would
  relocate to 5; any other municipality puts her out of reach (`Match.out_of_reach`): matching
  leaves her out altogether, not even listed as excluded (accents and case are ignored).
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
values ("none" included), languages ISO 639-1 codes ("" for an unnamed host language).
Equal reasons are shared between matches: never change `params`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from w4i_desktop.enums import CefrLevel, ChildcareNeed, Weekday
from w4i_desktop.folding import fold
from w4i_desktop.services.match_reasons import REASON_CODES, Reason
from w4i_desktop.services.skills import normalise_skill

__all__ = ["REASON_CODES", "Candidate", "Match", "Opening", "Reason", "rank", "score"]

LANGUAGE, SKILLS, DAYS, HOURS, MUNICIPALITY, CHILDCARE = 35.0, 25.0, 10.0, 10.0, 10.0, 10.0
LANGUAGE_ONE_BELOW = 14.0
COMMUTES, RELOCATES = 8.0, 5.0
HOST = ""  # the key of her latest host-language level, for a vacancy that names no language
CHILDCARE_PENALTY = -15.0
DAYCARE_OPENS, DAYCARE_CLOSES = 8 * 60, 17 * 60  # minutes after midnight
WEEKEND = (Weekday.SAT.value, Weekday.SUN.value)
_DAY_ORDER = {day.value: index for index, day in enumerate(Weekday)}


@dataclass(frozen=True, slots=True)
class Candidate:
    participant_id: int
    code: str
    name: str
    # Her latest level per language (ISO 639-1), and under HOST her latest host-language one.
    levels: tuple[tuple[str, CefrLevel], ...] = ()
    skills: tuple[str, ...] = ()  # skill keys (services/skills.py)
    municipality: str | None = None
    available_days: tuple[str, ...] = ()  # Weekday values
    available_from: str | None = None  # "HH:MM"
    available_until: str | None = None
    children_count: int = 0
    childcare_need: ChildcareNeed = ChildcareNeed.NONE
    has_sharing_consent: bool = False
    would_relocate: bool = False
    commutes_to: tuple[str, ...] = ()  # municipalities

    def level_in(self, language: str | None) -> CefrLevel | None:
        """Her latest level in `language` (None: the host language); None if never assessed."""
        return dict(self.levels).get(language or HOST)


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
    skills: tuple[str, ...] = ()  # skill keys
    language: str | None = None  # ISO 639-1 of the level asked; None: the host language


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
    out_of_reach: bool = False  # lives elsewhere and would neither commute nor relocate there


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
        self.skills = dict.fromkeys(k for k in map(_skill, opening.skills) if k)
        self.days = tuple(_days(opening.schedule_days))
        start, end = _minutes(opening.start_time), _minutes(opening.end_time)
        self.shift = None if start is None or end is None else _span(start, end)
        self.municipality = _fold(opening.municipality or "") or None
        self.language = opening.language or HOST
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
        level: CefrLevel | None,
        skills: tuple[str, ...],
        days: tuple[str, ...],
        hours: tuple[str | None, str | None],
        place: Place,
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
            memo[_municipality].get(place) or reason(_municipality, place),
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
            participant_id,
            code,
            name,
            o.vacancy_id,
            o.title,
            o.employer,
            score,
            reasons,
            excluded,
            reasons[-2].code == "other_municipality",
        )

    def childcare_reason(self, need: ChildcareNeed) -> Reason:
        return self.memo[_childcare].get(need) or self._reason(_childcare, need)

    def in_municipality_or_unknown(self, municipality: str) -> bool:
        """Whether one living in `municipality` is within reach whatever her mobility: she
        lives here, or it is blank (as `_municipality` judges it)."""
        hers = municipality.strip()
        return not hers or self.municipality is None or _fold(hers) == self.municipality

    def out_of_reach(self, place: Place) -> bool:
        """She lives elsewhere and would neither commute nor relocate here: left out."""
        found = self.memo[_municipality].get(place) or self._reason(_municipality, place)
        return found.code == "other_municipality"


Criterion = Callable[[PreparedOpening, Any], Reason]
# Where she lives, whether she would relocate, and the municipalities she would commute to.
Place = tuple[str | None, bool, tuple[str, ...]]


@functools.lru_cache(maxsize=4096)
def _fold(value: str) -> str:
    return fold(value.strip()) or ""


@functools.lru_cache(maxsize=4096)
def _skill(value: str) -> str:
    """Skills compare by key: "Elderly care" and "elderly_care" are one skill."""
    return normalise_skill(value)


def language_reason(p: PreparedOpening, level: CefrLevel | None) -> Reason:
    needed = p.opening.required_cefr
    if needed is CefrLevel.NONE:
        return Reason("language_not_required", {}, LANGUAGE)
    gap = needed.rank - (level or CefrLevel.NONE).rank
    if level is None:  # never assessed in this language: counts as no level at all
        params = {"language": p.language, "needed": needed.value}
        points = LANGUAGE_ONE_BELOW if gap == 1 else 0.0
        return Reason("language_unknown", params, points, hard=gap > 1)
    params = {"language": p.language, "her": level.value, "needed": needed.value}
    if gap <= 0:
        return Reason("language_meets" if gap == 0 else "language_exceeds", params, LANGUAGE)
    if gap == 1:
        return Reason("language_below", params, LANGUAGE_ONE_BELOW)
    return Reason("language_far_below", {**params, "levels": str(gap)}, 0.0, hard=True)


def _skills(p: PreparedOpening, skills: tuple[str, ...]) -> Reason:
    if not p.skills:
        return Reason("no_skills_required", {}, SKILLS)
    hers = {_skill(s) for s in skills}
    shared = [key for key in p.skills if key in hers]
    if not shared:
        return Reason("no_skills_overlap", {"skills": ", ".join(p.skills)}, 0.0)
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


def _municipality(p: PreparedOpening, place: Place) -> Reason:
    municipality, relocate, commutes = place
    hers = (municipality or "").strip()
    if not hers or p.municipality is None:
        return Reason("municipality_unknown", {}, MUNICIPALITY / 2)
    if _fold(hers) == p.municipality:
        return Reason("same_municipality", {"municipality": hers}, MUNICIPALITY)
    params = {"her": hers, "job": (p.opening.municipality or "").strip()}
    if any(_fold(town) == p.municipality for town in commutes):
        return Reason("commutes_to", params, COMMUTES)
    if relocate:
        return Reason("would_relocate", params, RELOCATES)
    return Reason("other_municipality", params, 0.0, hard=True)


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
        c.level_in(p.opening.language),
        c.skills,
        c.available_days,
        (c.available_from, c.available_until),
        (c.municipality, c.would_relocate, c.commutes_to),
        c.childcare_need,
        c.has_sharing_consent,
    )


def within_reach(c: Candidate, municipality: str | None) -> bool:
    """Whether a job in `municipality` is within her reach (as `_municipality` judges it),
    without scoring it: where she lives, commutes to or would relocate to, or not known."""
    job = _fold(municipality or "")
    hers = _fold(c.municipality or "")
    if c.would_relocate or not job or not hers or job == hers:
        return True
    return any(_fold(town) == job for town in c.commutes_to)


def score(candidate: Candidate, opening: Opening) -> Match:
    """How well she fits the vacancy, out of 100, with a reason for every criterion (also when
    the job is out of her reach: callers leave those out, see `Match.out_of_reach`)."""
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
