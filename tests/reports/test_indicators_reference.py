"""`compute` against a naive reference written from indicators.md, on random data.

The reference loads every row as ORM objects and follows the spec's words one participant at a
time; dates are drawn mostly from the days where off-by-one mistakes live (first and last days,
month ends, 29 February).
"""

from __future__ import annotations

import calendar
import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from w4i_desktop.enums import (
    CEFR_ORDER,
    ClosureReason,
    EducationLevel,
    EmploymentStatus,
    InteractionKind,
    PlacementType,
    StepKind,
    StepStatus,
)
from w4i_desktop.models import (
    Employer,
    FollowUp,
    Interaction,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    Placement,
    Site,
    Vacancy,
)
from w4i_desktop.reports.indicators import compute
from w4i_desktop.reports.periods import Period
from w4i_desktop.services.context import Context

PERIODS = [
    Period.quarter("2024Q1"),
    Period.quarter("2024Q3"),
    Period.quarter("2025Q1"),
    Period.custom(date(2024, 2, 29), date(2024, 2, 29)),
    Period.custom(date(2024, 8, 15), date(2025, 3, 31)),
]
FIRST_DAY, LAST_DAY = date(2023, 6, 1), date(2025, 12, 31)


def _special_days() -> list[date]:
    days = {date(2024, 2, 29), date(2023, 2, 28), date(2025, 2, 28), date(2025, 3, 1)}
    for period in PERIODS:
        for day in (period.start, period.end):
            days.update((day - timedelta(days=1), day, day + timedelta(days=1)))
    for year in (2023, 2024, 2025):
        for month in range(1, 13):
            days.add(date(year, month, calendar.monthrange(year, month)[1]))
    return sorted(d for d in days if FIRST_DAY <= d <= LAST_DAY)


class RandomData:
    def __init__(self, session: Session, seed: int, site_id: int) -> None:
        self.rng = random.Random(seed)
        self.session = session
        extra = [Site(name="Torino"), Site(name="Malmö", active=False)]
        session.add_all(extra)
        session.flush()
        self.sites = [site_id, extra[0].id, extra[1].id]
        self.special = _special_days()

    def day(self, chance_of_none: float = 0.0) -> date | None:
        rng = self.rng
        if rng.random() < chance_of_none:
            return None
        if rng.random() < 0.5:
            return rng.choice(self.special)
        return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))

    def some_day(self) -> date:
        day = self.day()
        assert day is not None
        return day

    def fill(self, participants: int) -> None:
        rng = self.rng
        employers = [
            Employer(name=f"E{n}", site_id=rng.choice([*self.sites, None])) for n in range(10)
        ]
        self.session.add_all(employers)
        self.session.flush()
        for employer in employers:
            for _ in range(rng.randint(0, 3)):
                self.session.add(
                    Interaction(
                        employer_id=employer.id,
                        occurred_on=self.some_day(),
                        kind=InteractionKind.CALL,
                    )
                )
            for _ in range(rng.randint(0, 4)):
                self.session.add(
                    Vacancy(employer_id=employer.id, title="Job", opened_on=self.some_day())
                )
        for number in range(participants):
            self.participant(number, employers)
        self.session.flush()

    def participant(self, number: int, employers: list[Employer]) -> None:
        rng = self.rng
        enrolled = self.day(0.1)
        closed = self.day(0.5)
        born = rng.choice([None, *self.special, date(2000, 2, 29), date(1970, 3, 31)])
        if born is not None and rng.random() < 0.8:
            # 18, 25, 35, 45 and 55 years before a period's end in 2024 or 2025
            year = rng.choice((1969, 1970, 1979, 1980, 1989, 1990, 1999, 2000, 2006, 2007))
            born = born.replace(
                year=year, day=min(born.day, calendar.monthrange(year, born.month)[1])
            )
        anonymised = rng.random() < 0.15
        person = Participant(
            code=f"W4I-R{number:05d}",
            site_id=rng.choice(self.sites[:2]),
            first_name=None if anonymised else "Test",
            anonymised_at=datetime.now(UTC) if anonymised else None,
            birth_date=None if anonymised else born,
            birth_year=(
                born.year
                if born and rng.random() < 0.8
                else rng.choice((None, 1950, 1970, 1990, 2007, 2008))
            ),
            country_of_birth=rng.choice((None, "MA", "UA", "PE")),
            education_level=rng.choice(list(EducationLevel)),
            employment_status=rng.choice(list(EmploymentStatus)),
            enrolled_on=enrolled,
            closed_on=closed,
            closure_reason=rng.choice([None, *ClosureReason]) if closed else None,
        )
        self.session.add(person)
        self.session.flush()
        kinds = [
            StepKind.SKILLS_ASSESSMENT,
            StepKind.TRAINING,
            StepKind.LANGUAGE_COURSE,
            StepKind.CV_PREPARATION,
        ]
        pathway = Pathway(participant_id=person.id, started_on=enrolled or FIRST_DAY)
        for position in range(rng.randint(0, 5)):
            completed = self.day(0.5)
            status = (
                StepStatus.SKIPPED
                if rng.random() < 0.15
                else StepStatus.DONE
                if completed
                else rng.choice((StepStatus.TODO, StepStatus.IN_PROGRESS))
            )
            pathway.steps.append(
                PathwayStep(
                    position=position,
                    kind=rng.choice(kinds),
                    status=status,
                    due_on=self.day(0.3),
                    started_on=self.day(0.3),
                    completed_on=completed if status is StepStatus.DONE else self.day(0.9),
                )
            )
        self.session.add(pathway)
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            start = self.some_day()
            placement = Placement(
                participant_id=person.id,
                employer_id=rng.choice(employers).id,
                type=rng.choice(list(PlacementType)),
                start_date=start,
                end_date=self.day(0.4),
            )
            placement.follow_ups = [
                FollowUp(
                    followed_up_on=start,
                    months_after_start=rng.choice((1, 3, 6, 12)),
                    still_employed=rng.random() < 0.6,
                )
                for _ in range(rng.randint(0, 2))
            ]
            self.session.add(placement)
        for _ in range(rng.choice((0, 1, 2, 3))):
            self.session.add(
                LanguageAssessment(
                    participant_id=person.id,
                    language="it",
                    host_language=rng.random() < 0.85,
                    level=rng.choice(CEFR_ORDER),
                    stage="during",
                    assessed_on=self.some_day(),
                )
            )


# ---- the reference, straight from the spec ----


def plus_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def band(person: Participant, on: date) -> str:
    if person.birth_date is not None:
        born = person.birth_date
    elif person.birth_year is not None:
        born = date(person.birth_year, 7, 1)
    else:
        return "unknown"
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for limit, name in ((18, "<18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54")):
        if age < limit:
            return name
    return "55+"


def rounded(numerator: int, denominator: int) -> float | None:
    if not denominator:
        return None
    tenths = Fraction(1000 * numerator, denominator) + Fraction(1, 2)
    return (tenths.numerator // tenths.denominator) / 10


class World:
    """Every row, loaded once as ORM objects."""

    def __init__(self, session: Session) -> None:
        self.participants = list(
            session.scalars(select(Participant).options(selectinload(Participant.assessments)))
        )
        self.steps: dict[int, list[PathwayStep]] = defaultdict(list)
        for pathway in session.scalars(select(Pathway).options(selectinload(Pathway.steps))):
            self.steps[pathway.participant_id].extend(pathway.steps)
        self.placements = list(
            session.scalars(select(Placement).options(selectinload(Placement.follow_ups)))
        )
        self.employers = list(
            session.scalars(
                select(Employer).options(
                    selectinload(Employer.interactions), selectinload(Employer.vacancies)
                )
            )
        )
        self.site_ids = list(session.scalars(select(Site.id)))


def reference(world: World, period: Period, site_id: int | None) -> dict[str, Any]:
    start, end = period.start, period.end

    def within(day: date | None) -> bool:
        return day is not None and start <= day <= end

    people = [
        p
        for p in world.participants
        if p.enrolled_on is not None and (site_id is None or p.site_id == site_id)
    ]
    ids = {p.id for p in people}
    steps = world.steps
    placements = [p for p in world.placements if p.participant_id in ids]
    employers = [e for e in world.employers if site_id is None or e.site_id == site_id]

    def active(p: Participant) -> bool:
        assert p.enrolled_on is not None
        return p.enrolled_on <= end and (p.closed_on is None or p.closed_on >= start)

    new = [p for p in people if within(p.enrolled_on)]
    running = [p for p in people if active(p)]
    placed_ids = {pl.participant_id for pl in placements if within(pl.start_date)}
    placed = [p for p in people if p.id in placed_ids]

    def has(p: Participant, kinds: set[StepKind], test: Any) -> bool:
        return any(
            s.kind in kinds and s.status is not StepStatus.SKIPPED and test(s) for s in steps[p.id]
        )

    skills = [
        p for p in people if has(p, {StepKind.SKILLS_ASSESSMENT}, lambda s: within(s.completed_on))
    ]
    training = [
        p
        for p in people
        if has(
            p,
            {StepKind.TRAINING, StepKind.LANGUAGE_COURSE},
            lambda s: (
                s.started_on is not None
                and s.started_on <= end
                and (s.completed_on is None or s.completed_on >= start)
            ),
        )
    ]
    started = [pl for pl in placements if within(pl.start_date)]
    reaching = [pl for pl in placements if within(plus_months(pl.start_date, 6))]
    kept = [
        pl
        for pl in reaching
        if any(f.months_after_start >= 6 and f.still_employed for f in pl.follow_ups)
        or pl.end_date is None
        or pl.end_date > plus_months(pl.start_date, 6)
    ]
    engaged = [
        e
        for e in employers
        if any(within(i.occurred_on) for i in e.interactions)
        or any(within(v.opened_on) for v in e.vacancies)
        or any(within(pl.start_date) for pl in world.placements if pl.employer_id == e.id)
    ]
    vacancies = [v for e in employers for v in e.vacancies if within(v.opened_on)]
    overdue = [
        s
        for p in running
        for s in steps[p.id]
        if s.due_on is not None
        and s.due_on <= end
        and s.status is not StepStatus.SKIPPED
        and not (s.completed_on is not None and s.completed_on <= end)
    ]
    progressed = []
    for p in people:
        host = sorted((a for a in p.assessments if a.host_language), key=lambda a: a.id)
        host.sort(key=lambda a: a.assessed_on)
        if host and any(
            within(a.assessed_on) and a.level.rank >= host[0].level.rank + 1 for a in host
        ):
            progressed.append(p)
    exits = [p for p in people if within(p.closed_on)]

    def positive(p: Participant) -> bool:
        assert p.closed_on is not None
        if p.closure_reason in (ClosureReason.EMPLOYED, ClosureReason.EDUCATION_OR_TRAINING):
            return True
        window = [p.closed_on + timedelta(days=n) for n in range(29)]
        return any(
            pl.start_date <= day and (pl.end_date is None or pl.end_date >= day)
            for pl in placements
            if pl.participant_id == p.id
            for day in window
        )

    site_keys = [str(s) for s in world.site_ids] if site_id is None else []

    def breakdown(group: list[Participant]) -> dict[str, dict[str, int]]:
        def full(keys: list[str], counts: Counter[str]) -> dict[str, int]:
            return {key: counts[key] for key in sorted({*keys, *counts})}

        return {
            "age_band": full(
                ["<18", "18-24", "25-34", "35-44", "45-54", "55+", "unknown"],
                Counter(band(p, end) for p in group),
            ),
            "country_of_birth": full([], Counter(p.country_of_birth or "unknown" for p in group)),
            "education_level": full(
                [e.value for e in EducationLevel], Counter(p.education_level.value for p in group)
            ),
            "employment_status": full(
                [e.value for e in EmploymentStatus],
                Counter(p.employment_status.value for p in group),
            ),
            "site": full(site_keys or [str(site_id)], Counter(str(p.site_id) for p in group)),
        }

    by_reason = Counter(p.closure_reason or ClosureReason.OTHER for p in exits)
    good = sum(positive(p) for p in exits)
    return {
        "values": {
            "I1": len(new),
            "I2": len(running),
            "I3": len(skills),
            "I4": len(training),
            "I5": len(started),
            "I6": len(placed),
            "I7": rounded(len(kept), len(reaching)),
            "I8": len(engaged),
            "I9": len(vacancies),
            "I10": len(overdue),
            "I11": len(progressed),
            "I12": len(exits),
            "I13": rounded(good, len(exits)),
        },
        "ratios": {"I7": (len(kept), len(reaching)), "I13": (good, len(exits))},
        "placements_by_type": {t: sum(pl.type is t for pl in started) for t in PlacementType},
        "exits_by_reason": {r: by_reason[r] for r in ClosureReason},
        "breakdowns": {"I1": breakdown(new), "I2": breakdown(running), "I6": breakdown(placed)},
    }


def _sorted_breakdowns(found: dict[str, dict[str, dict[str, int]]]) -> dict[str, Any]:
    return {
        key: {dim: dict(sorted(counts.items())) for dim, counts in dims.items()}
        for key, dims in found.items()
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_compute_matches_the_reference(admin_ctx: Context, seed: int) -> None:
    assert admin_ctx.actor.site_id is not None
    with admin_ctx.db.transaction() as session:
        data = RandomData(session, seed, admin_ctx.actor.site_id)
        data.fill(150)
        world = World(session)
        for period in PERIODS:
            for site_id in (None, *data.sites):
                expected = reference(world, period, site_id)
                found = compute(session, period, site_id)
                where = f"{period.label} site {site_id}"
                assert found.values == expected["values"], where
                assert found.ratios == expected["ratios"], where
                assert found.placements_by_type == expected["placements_by_type"], where
                assert found.exits_by_reason == expected["exits_by_reason"], where
                assert _sorted_breakdowns(found.breakdowns) == expected["breakdowns"], where
                for dims in found.breakdowns.values():  # the totals agree with the values
                    for counts in dims.values():
                        assert sum(counts.values()) in {
                            found.values["I1"],
                            found.values["I2"],
                            found.values["I6"],
                        }
