"""The reasons of a match score (services/match_scoring.py) in words: a stable code, plain
string params for the translation layer (views/employer/matching_dialog.py), and an English text for
logs and tests."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from babel import Locale

from w4i_desktop.enums import CefrLevel

_TEXTS = {
    "no_consent": "no consent to share her data with employers",
    "language_not_required": "no language level required",
    "language_meets": "{language}: {her}, meets the required {needed}",
    "language_exceeds": "{language}: {her}, above the required {needed}",
    "language_below": "{language}: {her}, one level below the required {needed}",
    "language_far_below": "{language}: {her}, far below the required {needed} ({levels} levels)",
    "language_unknown": "{language}: level not assessed, {needed} required",
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
    "commutes_to": "lives in {her}, commutes to {job}",
    "would_relocate": "lives in {her}, would relocate to {job}",
    "municipality_unknown": "municipality not recorded",
    "childcare_not_needed": "no childcare needed",
    "childcare_compatible": "the employer accommodates childcare",
    "childcare_ok": "within daycare hours",
    "childcare_conflict": "{parts}: conflicts with childcare",
    "childcare_unknown": "working hours not given: check childcare",
}
REASON_CODES = frozenset(_TEXTS)


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
    if key == "language":
        return _english_language(value)
    return value.replace("_", " ") if key in ("parts", "skills") else value


@functools.cache
def _english_language(code: str) -> str:
    if not code:
        return "Host language"
    return str(Locale("en").languages.get(code) or code)
