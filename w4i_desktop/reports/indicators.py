"""The quarterly indicators I1-I13 of shared/spec/indicators.md: the one source of every report.

`compute(session, period, site_id)` reads each big table at most once, in table order: one pass
over the participants gives I1, I2 and their breakdowns (counted in Python from small tuples: a
GROUP BY's sort costs more under SQLCipher's memory security), one pass over the pathway steps
gives I3, I4 and I10 as SQL aggregates; the rest start from date indexes and touch only the
period's rows (`queries` has the SQL and why it is written so). About 1.5 s at 100,000
participants (bench/bench_indicators.py). Where the spec leaves room, this module decides as
follows (tests/reports/test_indicators.py pins each decision):

Population and scope
- A participant counts only with an `enrolled_on`; anonymised participants count like others.
  Placements (I5-I7) and exits (I12-I13) are those of counted participants.
- With a `site_id`, participants, placements (through their participant), pathway steps and
  language assessments are those of participants of that site; employers (I8) and vacancies
  (I9) are those of employers whose own `site_id` is that site (employers without a site count
  only in the all-sites figures). I8 counts every contact, vacancy and placement of an employer,
  whichever participant the placement is for (the population rule is about participants).

Dates and ages
- Age is her age on the period's last day, from `birth_date`, else from 1 July of `birth_year`;
  as usual, someone born on 29 February turns a year older on 1 March in other years. A birth
  after the period's end counts as "<18".
- "start + 6 months" is `add_months(start, 6)`: calendar months, clamped to the month's last
  day (31 Aug + 6 months = 28 Feb, or 29 Feb in a leap year).

Steps
- A step's completion date is `completed_on`. Skipped steps are never completed (I3), never in
  training (I4) and never overdue (I10), whatever their dates.
- I4 needs a `started_on` on or before the end; a step never started is not under way.
- I10 counts steps (not participants) of participants active in the period in the sense of I2,
  with `due_on` <= end and no `completed_on` on or before the end.

Ratios and categories
- I7: a placement is still employed at 6 months when a follow-up with `months_after_start` >= 6
  says `still_employed`, or its `end_date` is empty or after start + 6 months (strictly). The
  spec's "or" is kept as written: an empty `end_date` counts even after a "no" follow-up.
  For a period not yet over, a placement whose six-month day is still ahead counts as kept
  unless it has ended: the figure is as of the data, like every other.
- I11 compares host-language assessments (`host_language` true, any language code, self
  assessments included) in the period with her first one (earliest `assessed_on`, then lowest
  id). "none" ranks below A1.
- I13: a placement helps if it overlaps [closed_on, closed_on + 28 days]: it starts on or before
  the last day and has no `end_date` or ends on or after `closed_on`.
- Percentages are rounded half up to one decimal; None stands for "n/a" (denominator 0).
- An exit without a closure reason is counted as `other` in I12.

Breakdowns (I1, I2, I6) by `DIMENSIONS`: age bands are `AGE_BANDS`; education and employment
are their enum values; country of birth is the stored ISO code or "unknown"; site is the site's
id as a string (reports look up its name). Every fixed category, and every site in scope
(inactive ones too), is present even when its count is 0; countries appear only when counted.
Pseudonymised reports pass them through `suppress` or `suppress_counts` (module `suppression`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from w4i_desktop.dates import add_months
from w4i_desktop.enums import ClosureReason, EducationLevel, EmploymentStatus, PlacementType
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.queries import (
    AGE_LIMITS,
    OLDEST_BAND,
    UNKNOWN,
    Profile,
    Queries,
)
from w4i_desktop.reports.suppression import suppress, suppress_counts

__all__ = [
    "AGE_BANDS",
    "BREAKDOWN_IDS",
    "DEFINITIONS",
    "DIMENSIONS",
    "HEADLINE_IDS",
    "IDS",
    "Headline",
    "Indicators",
    "age_band",
    "compute",
    "headline",
    "percent",
    "placements_started",
    "suppress",
    "suppress_counts",
]

IDS: tuple[str, ...] = tuple(f"I{number}" for number in range(1, 14))
AGE_BANDS: tuple[str, ...] = (*(band for _, band in AGE_LIMITS), OLDEST_BAND, UNKNOWN)
DIMENSIONS: tuple[str, ...] = (
    "age_band",
    "country_of_birth",
    "education_level",
    "employment_status",
    "site",
)
BREAKDOWN_IDS: tuple[str, ...] = ("I1", "I2", "I6")

DEFINITIONS: dict[str, str] = {
    "I1": "New participants: intake date in the period.",
    "I2": "Active participants: intake on or before the end, not closed before the start.",
    "I3": "Participants who completed their skills assessment in the period.",
    "I4": "Participants with a training or language course step under way in the period.",
    "I5": "Placements started in the period, by type.",
    "I6": "Participants with at least one placement started in the period.",
    "I7": "Placements reaching 6 months in the period that were still in work then (%).",
    "I8": "Employers with a contact, a vacancy opened or a placement started in the period.",
    "I9": "Vacancies opened in the period.",
    "I10": "Pathway steps of active participants due by the end and not completed by then.",
    "I11": "Participants assessed in the period at least one CEFR level above their first.",
    "I12": "Participants who left the programme in the period, by closure reason.",
    "I13": "Exits in the period in work, education or training at or within 4 weeks of exit (%).",
}


@dataclass(frozen=True)
class Indicators:
    """The figures for one period and scope (`site_id` None = all sites).

    `values` holds I1-I13 (I7 and I13 as percentages, None for "n/a"); `ratios` holds their
    (numerator, denominator); `breakdowns[id][dimension][category]` the counts of I1, I2, I6.
    """

    period: Period
    site_id: int | None
    values: dict[str, int | float | None]
    ratios: dict[str, tuple[int, int]]
    placements_by_type: dict[PlacementType, int]
    exits_by_reason: dict[ClosureReason, int]
    breakdowns: dict[str, dict[str, dict[str, int]]]


def age_band(birth_date: date | None, birth_year: int | None, on: date) -> str:
    """Her age band on day `on`, the way `compute` bands it in SQL."""
    if birth_date is None and birth_year is None:
        return UNKNOWN
    born = birth_date or date(birth_year or 1, 7, 1)
    for limit, band in AGE_LIMITS:
        if born > add_months(on, -12 * limit):
            return band
    return OLDEST_BAND


def percent(numerator: int, denominator: int) -> float | None:
    """numerator / denominator in per cent, rounded half up to one decimal; None if 0/0."""
    if denominator == 0:
        return None
    tenths = (2000 * numerator + denominator) // (2 * denominator)
    return tenths / 10


def compute(session: Session, period: Period, site_id: int | None = None) -> Indicators:
    """I1-I13 for `period`, for one site or (None) for all sites."""
    q = Queries(session, period, site_id)
    new, active = q.new_and_active()
    skills, training, overdue = q.steps()
    by_type, placed = q.placement_types(), q.placed()
    kept, reaching = q.retention()
    by_reason, positive = q.exits()
    engaged, vacancies = q.employers_engaged(), q.vacancies_opened()
    progressed = q.language_progress()
    sites = [str(site_id)] if site_id is not None else [str(s) for s in q.site_ids()]
    exits = sum(by_reason.values())
    profiles = {"I1": new, "I2": active, "I6": placed}
    values: dict[str, int | float | None] = {
        "I1": new.total(),
        "I2": active.total(),
        "I3": skills,
        "I4": training,
        "I5": sum(by_type.values()),
        "I6": placed.total(),
        "I7": percent(kept, reaching),
        "I8": engaged,
        "I9": vacancies,
        "I10": overdue,
        "I11": progressed,
        "I12": exits,
        "I13": percent(positive, exits),
    }
    return Indicators(
        period=period,
        site_id=site_id,
        values=values,
        ratios={"I7": (kept, reaching), "I13": (positive, exits)},
        placements_by_type=by_type,
        exits_by_reason=by_reason,
        breakdowns={key: _breakdown(counts, sites) for key, counts in profiles.items()},
    )


@dataclass(frozen=True)
class Headline:
    """The few figures the dashboard shows: I1, I2, I6 and I7 in `values` (I7 as a
    percentage, None for "n/a"), I7's (numerator, denominator) in `ratios`; the same numbers
    as `compute`'s, without the breakdowns and without the other indicators."""

    period: Period
    site_id: int | None
    values: dict[str, int | float | None]
    ratios: dict[str, tuple[int, int]]


HEADLINE_IDS: tuple[str, ...] = ("I1", "I2", "I6", "I7")


def headline(session: Session, period: Period, site_id: int | None = None) -> Headline:
    """I1, I2, I6 and I7 for `period` and scope: a fraction of `compute`'s time, since it
    reads neither the pathway steps (I3, I4, I10) nor the profiles of the breakdowns."""
    q = Queries(session, period, site_id)
    new, active = q.new_and_active_counts()
    kept, reaching = q.retention()
    values: dict[str, int | float | None] = {
        "I1": new,
        "I2": active,
        "I6": q.placed_count(),
        "I7": percent(kept, reaching),
    }
    return Headline(period, site_id, values, {"I7": (kept, reaching)})


def placements_started(
    session: Session, periods: Sequence[Period], site_id: int | None = None
) -> list[dict[PlacementType, int]]:
    """I5 by type for each period, without the other indicators (a few milliseconds each
    instead of a whole `compute`): for charts over many quarters."""
    return [Queries(session, period, site_id).placement_types() for period in periods]


def _breakdown(profiles: Counter[Profile], sites: list[str]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {
        "age_band": dict.fromkeys(AGE_BANDS, 0),
        "country_of_birth": defaultdict(int),
        "education_level": dict.fromkeys((e.value for e in EducationLevel), 0),
        "employment_status": dict.fromkeys((e.value for e in EmploymentStatus), 0),
        "site": dict.fromkeys(sites, 0),
    }
    for (band, country, education, employment, site), count in profiles.items():
        table["age_band"][band] += count
        table["country_of_birth"][country or UNKNOWN] += count
        table["education_level"][education or UNKNOWN] += count
        table["employment_status"][employment or UNKNOWN] += count
        table["site"][str(site)] += count
    countries = table["country_of_birth"]
    table["country_of_birth"] = dict(sorted(countries.items(), key=lambda i: (i[0] == UNKNOWN, i)))
    return table
