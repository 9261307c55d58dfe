"""I1-I13 on small datasets whose every figure is worked out by hand, boundary by boundary.

The period is 2025Q3 (1 July - 30 September 2025) unless a test says otherwise. Each test adds a
participant of the other site or outside the population where it matters, and checks both the
admin's site and all sites.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from itertools import count

import pytest
from sqlalchemy.orm import Session

from tests.conftest import UserFactory
from w4i_desktop.enums import (
    CefrLevel,
    ClosureReason,
    EducationLevel,
    EmploymentStatus,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.errors import NotFound, PermissionDenied
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
from w4i_desktop.reports.indicators import (
    AGE_BANDS,
    DEFINITIONS,
    IDS,
    Indicators,
    age_band,
    compute,
    percent,
    placements_started,
)
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import indicators_for, placements_started_for
from w4i_desktop.services.context import Context

Q3 = Period.quarter("2025Q3")
EARLY = date(2025, 1, 15)  # an intake long before the period


class Data:
    """Rows built directly through the models, in the test's own transaction."""

    def __init__(self, session: Session, site_id: int) -> None:
        self.session = session
        self.site = site_id
        other = Site(name="Torino")
        session.add(other)
        session.flush()
        self.other = other.id
        self._numbers = count(1)

    def participant(
        self,
        enrolled_on: date | None = EARLY,
        *,
        other_site: bool = False,
        anonymised: bool = False,
        **fields: object,
    ) -> Participant:
        person = Participant(
            code=f"W4I-T{next(self._numbers):04d}",
            first_name=None if anonymised else "Test",
            site_id=self.other if other_site else self.site,
            enrolled_on=enrolled_on,
            anonymised_at=datetime.now(UTC) if anonymised else None,
            **fields,
        )
        self.session.add(person)
        self.session.flush()
        return person

    def steps(self, person: Participant, *steps: PathwayStep) -> None:
        pathway = Pathway(participant_id=person.id, started_on=person.enrolled_on or EARLY)
        for position, step in enumerate(steps):
            step.position = position
        pathway.steps = list(steps)
        self.session.add(pathway)
        self.session.flush()

    @staticmethod
    def step(
        kind: StepKind = StepKind.CUSTOM,
        status: StepStatus | None = None,
        *,
        due_on: date | None = None,
        started_on: date | None = None,
        completed_on: date | None = None,
    ) -> PathwayStep:
        if status is None:
            status = (
                StepStatus.DONE
                if completed_on
                else StepStatus.IN_PROGRESS
                if started_on
                else StepStatus.TODO
            )
        return PathwayStep(
            position=0,
            kind=kind,
            status=status,
            due_on=due_on,
            started_on=started_on,
            completed_on=completed_on,
        )

    def employer(self, site_id: int | None) -> Employer:
        employer = Employer(name=f"Employer {next(self._numbers)}", site_id=site_id)
        self.session.add(employer)
        self.session.flush()
        return employer

    def placement(
        self,
        person: Participant,
        start: date,
        end: date | None = None,
        kind: PlacementType = PlacementType.PERMANENT,
        *,
        employer: Employer | None = None,
        follow_ups: tuple[tuple[int, bool], ...] = (),
    ) -> Placement:
        placement = Placement(
            participant_id=person.id,
            employer_id=(employer or self.employer(person.site_id)).id,
            type=kind,
            start_date=start,
            end_date=end,
        )
        placement.follow_ups = [
            FollowUp(followed_up_on=start, months_after_start=months, still_employed=employed)
            for months, employed in follow_ups
        ]
        self.session.add(placement)
        self.session.flush()
        return placement

    def assessment(
        self,
        person: Participant,
        level: CefrLevel,
        on: date,
        *,
        host: bool = True,
        self_assessed: bool = False,
    ) -> None:
        self.session.add(
            LanguageAssessment(
                participant_id=person.id,
                language="it" if host else "en",
                host_language=host,
                level=level,
                stage="during",
                assessed_on=on,
                self_assessed=self_assessed,
            )
        )
        self.session.flush()

    def run(self, period: Period = Q3, *, all_sites: bool = False) -> Indicators:
        return compute(self.session, period, None if all_sites else self.site)

    def both(self, key: str, period: Period = Q3) -> tuple[int | float | None, ...]:
        """The value of `key` for the admin's site, then for all sites."""
        return (self.run(period).values[key], self.run(period, all_sites=True).values[key])


@pytest.fixture
def data(admin_ctx: Context) -> Iterator[Data]:
    assert admin_ctx.actor.site_id is not None
    with admin_ctx.db.transaction() as session:
        yield Data(session, admin_ctx.actor.site_id)


def test_new_and_active_participants_at_the_period_boundaries(data: Data) -> None:
    data.participant(date(2025, 7, 1))  # first day: new and active
    data.participant(date(2025, 9, 30))  # last day: new and active
    data.participant(date(2025, 6, 30))  # before: active only
    data.participant(date(2025, 10, 1))  # after: neither
    data.participant(date(2024, 1, 1), closed_on=date(2025, 7, 1))  # closed on the first day
    data.participant(date(2024, 1, 1), closed_on=date(2025, 6, 30))  # closed the day before
    data.participant(None)  # no intake date: never counted
    data.participant(date(2025, 8, 1), anonymised=True, birth_year=1990)
    data.participant(date(2025, 8, 1), other_site=True)
    assert data.both("I1") == (3, 4)
    assert data.both("I2") == (5, 6)


def test_breakdowns_list_every_category_and_every_site(data: Data) -> None:
    data.participant(
        date(2025, 7, 10),
        birth_date=date(1990, 5, 5),
        country_of_birth="MA",
        education_level=EducationLevel.TERTIARY,
        employment_status=EmploymentStatus.LONG_TERM_UNEMPLOYED,
    )
    data.participant(date(2025, 7, 11), country_of_birth="UA", birth_year=2000)
    data.participant(date(2025, 7, 12), country_of_birth="MA", other_site=True)
    data.participant(date(2025, 5, 1), country_of_birth="PE")  # active, not new

    own = data.run().breakdowns["I1"]
    assert own["age_band"] == {  # 35 and 25 (1 July 2000) on 30 September 2025
        "<18": 0,
        "18-24": 0,
        "25-34": 1,
        "35-44": 1,
        "45-54": 0,
        "55+": 0,
        "unknown": 0,
    }
    assert own["country_of_birth"] == {"MA": 1, "UA": 1}
    assert own["education_level"] == {
        "isced_0_1": 0,
        "isced_2": 0,
        "isced_3_4": 0,
        "isced_5_8": 1,
        "unknown": 1,
    }
    assert own["employment_status"] == {
        "unemployed": 0,
        "long_term_unemployed": 1,
        "inactive": 0,
        "employed": 0,
        "unknown": 1,
    }
    assert own["site"] == {str(data.site): 2}

    everywhere = data.run(all_sites=True).breakdowns
    assert everywhere["I1"]["site"] == {str(data.site): 2, str(data.other): 1}
    assert everywhere["I1"]["age_band"]["unknown"] == 1
    assert everywhere["I1"]["country_of_birth"] == {"MA": 2, "UA": 1}
    assert everywhere["I2"]["country_of_birth"] == {"MA": 2, "PE": 1, "UA": 1}
    assert everywhere["I6"]["site"] == {str(data.site): 0, str(data.other): 0}
    assert list(everywhere["I6"]["age_band"]) == list(AGE_BANDS)
    assert sum(everywhere["I6"]["age_band"].values()) == 0


def test_unknown_country_is_listed_last(data: Data) -> None:
    data.participant(date(2025, 7, 10))
    data.participant(date(2025, 7, 10), country_of_birth="AF")
    data.participant(date(2025, 7, 10), country_of_birth="ZW")
    countries = data.run().breakdowns["I1"]["country_of_birth"]
    assert list(countries.items()) == [("AF", 1), ("ZW", 1), ("unknown", 1)]


# (birth date, birth year) -> expected band on 28 Feb 2025, 1 Mar 2025, 30 Jun 2025,
# 1 Jul 2025 and 29 Feb 2028 (a leap day).
BIRTHS: list[tuple[date | None, int | None, tuple[str, str, str, str, str]]] = [
    (date(2007, 6, 30), None, ("<18", "<18", "18-24", "18-24", "18-24")),
    (date(2007, 7, 1), None, ("<18", "<18", "<18", "18-24", "18-24")),
    (None, 2007, ("<18", "<18", "<18", "18-24", "18-24")),  # 1 July 2007
    (date(2000, 2, 29), None, ("18-24", "25-34", "25-34", "25-34", "25-34")),
    (date(1970, 6, 30), None, ("45-54", "45-54", "55+", "55+", "55+")),
    (date(1970, 7, 1), None, ("45-54", "45-54", "45-54", "55+", "55+")),
    (None, None, ("unknown",) * 5),
    (date(1990, 1, 1), 1950, ("35-44",) * 5),  # the date wins over the year
    (date(2026, 1, 1), None, ("<18",) * 5),  # born after the period: a typing error
    (date(2010, 2, 28), None, ("<18", "<18", "<18", "<18", "18-24")),
    (date(2010, 3, 1), None, ("<18",) * 5),
]
ENDS = [date(2025, 2, 28), date(2025, 3, 1), date(2025, 6, 30), date(2025, 7, 1), date(2028, 2, 29)]


def test_age_at_the_end_of_the_period(data: Data) -> None:
    for birth_date, birth_year, _ in BIRTHS:
        data.participant(date(2020, 1, 1), birth_date=birth_date, birth_year=birth_year)
    data.participant(date(2020, 1, 1), birth_year=1985, anonymised=True)
    for index, end in enumerate(ENDS):
        expected = dict.fromkeys(AGE_BANDS, 0)
        for birth_date, birth_year, bands in BIRTHS:
            expected[bands[index]] += 1
            assert age_band(birth_date, birth_year, end) == bands[index]
        expected["35-44"] += 1  # the anonymised one, born in 1985: 39 or 42
        found = data.run(Period.custom(date(2020, 1, 1), end)).breakdowns["I2"]["age_band"]
        assert found == expected, end


def test_skills_assessments_completed(data: Data) -> None:
    skills = StepKind.SKILLS_ASSESSMENT
    for completed in (date(2025, 7, 1), date(2025, 9, 30), date(2025, 6, 30), date(2025, 10, 1)):
        data.steps(data.participant(), data.step(skills, completed_on=completed))
    data.steps(  # two in the period: she counts once
        data.participant(),
        data.step(skills, completed_on=date(2025, 7, 5)),
        data.step(skills, completed_on=date(2025, 8, 5)),
    )
    data.steps(
        data.participant(),
        data.step(skills, StepStatus.SKIPPED, completed_on=date(2025, 8, 1)),
        data.step(StepKind.TRAINING, completed_on=date(2025, 8, 1)),
    )
    data.steps(data.participant(other_site=True), data.step(skills, completed_on=date(2025, 8, 1)))
    data.steps(data.participant(anonymised=True), data.step(skills, completed_on=date(2025, 8, 1)))
    data.steps(data.participant(None), data.step(skills, completed_on=date(2025, 8, 1)))
    assert data.both("I3") == (4, 5)


def test_in_training(data: Data) -> None:
    training, course = StepKind.TRAINING, StepKind.LANGUAGE_COURSE
    earlier = date(2025, 1, 1)
    counted = [
        data.step(training, started_on=date(2025, 9, 30)),  # starts on the last day
        data.step(training, started_on=earlier, completed_on=date(2025, 7, 1)),  # ends on day 1
        data.step(training, started_on=earlier),  # still going
        data.step(course, started_on=date(2025, 8, 1), completed_on=date(2025, 8, 20)),
    ]
    for step in counted:
        data.steps(data.participant(), step)
    not_counted = [
        data.step(training, started_on=date(2025, 10, 1)),
        data.step(training, started_on=earlier, completed_on=date(2025, 6, 30)),
        data.step(StepKind.JOB_ORIENTATION, started_on=date(2025, 8, 1)),
        data.step(training, StepStatus.SKIPPED, started_on=earlier),  # skipped: never under way
        data.step(training),  # never started
    ]
    for step in not_counted:
        data.steps(data.participant(), step)
    data.steps(  # two at once: she counts once
        data.participant(),
        data.step(training, started_on=earlier),
        data.step(course, started_on=earlier),
    )
    data.steps(data.participant(other_site=True), data.step(course, started_on=earlier))
    assert data.both("I4") == (5, 6)


def test_placements_started_and_participants_placed(data: Data) -> None:
    anna, bea = data.participant(), data.participant(anonymised=True, birth_year=1980)
    data.placement(anna, date(2025, 7, 1), kind=PlacementType.PERMANENT)
    data.placement(anna, date(2025, 9, 30), kind=PlacementType.INTERNSHIP)
    data.placement(anna, date(2025, 6, 30))
    data.placement(anna, date(2025, 10, 1))
    data.placement(bea, date(2025, 8, 1), kind=PlacementType.SELF_EMPLOYMENT)
    other = data.participant(other_site=True)
    data.placement(other, date(2025, 8, 1), kind=PlacementType.FIXED_TERM)
    data.placement(data.participant(None), date(2025, 8, 1))

    own = data.run()
    assert (own.values["I5"], own.values["I6"]) == (3, 2)
    assert own.placements_by_type == {
        PlacementType.PERMANENT: 1,
        PlacementType.FIXED_TERM: 0,
        PlacementType.INTERNSHIP: 1,
        PlacementType.APPRENTICESHIP: 0,
        PlacementType.SELF_EMPLOYMENT: 1,
        PlacementType.OTHER: 0,
    }
    assert own.breakdowns["I6"]["age_band"]["45-54"] == 1  # Bea, anonymised, born in 1980
    assert own.breakdowns["I6"]["age_band"]["unknown"] == 1
    everywhere = data.run(all_sites=True)
    assert (everywhere.values["I5"], everywhere.values["I6"]) == (4, 3)
    assert everywhere.placements_by_type[PlacementType.FIXED_TERM] == 1
    assert everywhere.breakdowns["I6"]["site"] == {str(data.site): 2, str(data.other): 1}


def test_placements_started_per_quarter_match_compute(data: Data) -> None:
    person, other = data.participant(date(2024, 1, 1)), data.participant(other_site=True)
    data.placement(person, date(2025, 3, 31), kind=PlacementType.INTERNSHIP)
    data.placement(person, date(2025, 4, 1), kind=PlacementType.OTHER)
    data.placement(person, date(2025, 9, 30))
    data.placement(other, date(2025, 7, 1))
    quarters = Q3.quarters_back(3)
    for site_id in (data.site, None):
        series = placements_started(data.session, quarters, site_id)
        assert series == [
            compute(data.session, quarter, site_id).placements_by_type for quarter in quarters
        ]
    own = placements_started(data.session, quarters, data.site)
    assert [sum(by_type.values()) for by_type in own] == [1, 1, 1]
    assert own[0][PlacementType.INTERNSHIP] == 1


def test_retention_at_six_months(data: Data) -> None:
    ends = date(2025, 5, 1)
    feb = date(2025, 2, 15)
    cases = [  # (start, end, follow-ups, counted, kept)
        (date(2025, 1, 1), None, (), True, True),  # six months on 1 July
        (date(2024, 12, 31), None, (), False, False),  # on 30 June
        (date(2025, 3, 31), date(2025, 9, 30), (), True, False),  # clamped to 30 Sep; ended then
        (date(2025, 3, 30), date(2025, 10, 1), (), True, True),  # 30 Sep; ended after
        (date(2025, 4, 1), None, (), False, False),  # on 1 October
        (feb, ends, ((6, True),), True, True),
        (feb, ends, ((3, True),), True, False),  # too early to say
        (feb, ends, ((12, True),), True, True),
        (feb, ends, ((6, False),), True, False),
        (feb, None, ((6, False),), True, True),  # no end date: kept, as the spec's "or" says
    ]
    person = data.participant()
    for start, end, follow_ups, _, _ in cases:
        data.placement(person, start, end, follow_ups=follow_ups)
    data.placement(data.participant(other_site=True), feb)
    data.placement(data.participant(None), feb)
    reaching = sum(case[3] for case in cases)
    kept = sum(case[4] for case in cases)
    assert (reaching, kept) == (8, 5)
    own, everywhere = data.run(), data.run(all_sites=True)
    assert own.ratios["I7"] == (5, 8)
    assert own.values["I7"] == 62.5
    assert everywhere.ratios["I7"] == (6, 9)
    assert everywhere.values["I7"] == 66.7


def test_retention_with_february_month_ends(data: Data) -> None:
    person = data.participant(date(2024, 1, 1))
    data.placement(person, date(2024, 6, 30))  # 30 Dec 2024: outside 2025Q1
    data.placement(person, date(2024, 7, 1))  # 1 Jan 2025: kept
    data.placement(person, date(2024, 8, 31), date(2025, 2, 28))  # 28 Feb, ended then
    data.placement(person, date(2024, 8, 29), date(2025, 3, 1))  # 28 Feb too; ended after
    data.placement(person, date(2024, 9, 30), date(2025, 3, 30))  # 30 Mar, ended that day
    data.placement(person, date(2024, 10, 1))  # 1 Apr: outside
    result = data.run(Period.quarter("2025Q1"))
    assert result.ratios["I7"] == (2, 4)
    assert result.values["I7"] == 50.0
    # No start date gives 31 March (30 Sep + 6 months is 30 Mar): an empty denominator.
    last_day = data.run(Period.custom(date(2025, 3, 31), date(2025, 3, 31)))
    assert last_day.ratios["I7"] == (0, 0)
    assert last_day.values["I7"] is None
    leap = data.participant(date(2023, 1, 1))
    data.placement(leap, date(2023, 8, 31), date(2024, 2, 29))  # 29 Feb 2024 in a leap year
    result = data.run(Period.custom(date(2024, 2, 29), date(2024, 2, 29)))
    assert result.ratios["I7"] == (0, 1)


def test_employers_engaged_and_vacancies_opened(data: Data) -> None:
    session = data.session
    e1, e2, e3, e4 = (data.employer(data.site) for _ in range(4))
    e5, e6 = data.employer(data.other), data.employer(None)
    session.add_all(
        [
            Interaction(employer_id=e1.id, occurred_on=date(2025, 7, 1), kind="call"),
            Interaction(employer_id=e1.id, occurred_on=date(2025, 8, 1), kind="visit"),
            Vacancy(employer_id=e1.id, title="Cook", opened_on=date(2025, 7, 15)),
            Vacancy(employer_id=e2.id, title="Cleaner", opened_on=date(2025, 9, 30)),
            Interaction(employer_id=e4.id, occurred_on=date(2025, 6, 30), kind="call"),
            Vacancy(employer_id=e4.id, title="Driver", opened_on=date(2025, 10, 1)),
            Interaction(employer_id=e5.id, occurred_on=date(2025, 8, 1), kind="email"),
            Vacancy(employer_id=e5.id, title="Nurse", opened_on=date(2025, 8, 2)),
        ]
    )
    # e3 (this site) places a woman of the other site; e6 (no site) one of this site.
    data.placement(data.participant(other_site=True), date(2025, 8, 1), employer=e3)
    data.placement(data.participant(), date(2025, 8, 1), employer=e6)
    assert data.both("I8") == (3, 5)
    assert data.both("I9") == (2, 3)


def test_overdue_steps(data: Data) -> None:
    end = date(2025, 9, 30)
    august = date(2025, 8, 1)
    data.steps(
        data.participant(),
        data.step(due_on=end),  # due on the last day: overdue
        data.step(due_on=date(2025, 10, 1)),  # not yet due
        data.step(due_on=august, completed_on=end),  # done on the last day
        data.step(due_on=august, completed_on=date(2025, 10, 5)),  # done only after the end
        data.step(StepKind.CUSTOM, StepStatus.SKIPPED, due_on=august),  # skipped: never overdue
        data.step(),  # no due date
        data.step(due_on=date(2024, 1, 1), started_on=date(2024, 1, 1)),  # long overdue
    )
    june = date(2025, 6, 1)
    data.steps(data.participant(closed_on=date(2025, 7, 1)), data.step(due_on=june))
    data.steps(data.participant(closed_on=date(2025, 6, 30)), data.step(due_on=june))
    data.steps(data.participant(date(2025, 10, 1)), data.step(due_on=august))
    data.steps(data.participant(other_site=True), data.step(due_on=august))
    assert data.both("I10") == (4, 5)


def test_host_language_progress(data: Data) -> None:
    a1, a2, b1, b2, c2 = CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C2
    january, july, august = date(2025, 1, 10), date(2025, 7, 1), date(2025, 8, 1)
    counted = [
        [(a1, january), (a2, august)],
        [(CefrLevel.NONE, january), (a1, july)],  # "none" is below A1
        [(a1, july), (b2, july)],  # same day: the first recorded is the first added
    ]
    not_counted = [
        [(b1, july), (b1, date(2025, 9, 30))],
        [(a2, january), (a2, august), (b1, date(2025, 10, 1))],  # progress after the period
        [(a1, january), (a2, date(2025, 6, 30)), (a1, august)],  # A1 again: not above the first
        [(b1, january), (a2, august)],
        [(b1, july), (a2, july)],
        [(a1, august)],  # her first assessment is no progress
    ]
    for levels in counted + not_counted:
        person = data.participant()
        for level, on in levels:
            data.assessment(person, level, on)
    anonymised = data.participant(anonymised=True)
    data.assessment(anonymised, a1, january)
    data.assessment(anonymised, c2, august, self_assessed=True)
    english = data.participant()
    data.assessment(english, a1, january)
    data.assessment(english, c2, august, host=False)
    other = data.participant(other_site=True)
    data.assessment(other, a1, january)
    data.assessment(other, b1, august)
    assert data.both("I11") == (4, 5)


def test_exits_and_positive_results(data: Data) -> None:
    august = date(2025, 8, 1)

    def leaver(
        closed_on: date,
        reason: ClosureReason | None,
        enrolled_on: date | None = EARLY,
        other_site: bool = False,
    ) -> Participant:
        return data.participant(
            enrolled_on, other_site=other_site, closed_on=closed_on, closure_reason=reason
        )

    leaver(date(2025, 7, 1), ClosureReason.EMPLOYED)  # first day, positive
    leaver(date(2025, 9, 30), ClosureReason.EDUCATION_OR_TRAINING)  # last day, positive
    data.placement(leaver(august, ClosureReason.DROPPED_OUT), date(2025, 8, 29))  # +28 days
    data.placement(leaver(august, ClosureReason.DROPPED_OUT), date(2025, 8, 30))  # +29: no
    moved = leaver(august, ClosureReason.MOVED_AWAY)
    data.placement(moved, date(2025, 3, 1), august)  # ends on her last day: positive
    data.placement(leaver(august, ClosureReason.OTHER), date(2025, 3, 1), date(2025, 7, 31))
    data.placement(leaver(august, ClosureReason.DROPPED_OUT), date(2025, 1, 1))  # still in work
    last_day = leaver(date(2025, 9, 30), ClosureReason.DROPPED_OUT)
    data.placement(last_day, date(2025, 10, 28))  # starts after the period, 28 days after
    leaver(date(2025, 6, 30), ClosureReason.EMPLOYED)
    leaver(date(2025, 10, 1), ClosureReason.EMPLOYED)
    leaver(august, None)  # no reason given: "other"
    leaver(august, ClosureReason.EMPLOYED, other_site=True)
    leaver(august, ClosureReason.EMPLOYED, enrolled_on=None)

    own = data.run()
    assert own.values["I12"] == 9
    assert own.exits_by_reason == {
        ClosureReason.EMPLOYED: 1,
        ClosureReason.EDUCATION_OR_TRAINING: 1,
        ClosureReason.MOVED_AWAY: 1,
        ClosureReason.DROPPED_OUT: 4,
        ClosureReason.OTHER: 2,
    }
    assert own.ratios["I13"] == (6, 9)
    assert own.values["I13"] == 66.7
    everywhere = data.run(all_sites=True)
    assert everywhere.exits_by_reason[ClosureReason.EMPLOYED] == 2
    assert everywhere.ratios["I13"] == (7, 10)
    assert everywhere.values["I13"] == 70.0


def test_an_empty_database_gives_zeros_and_no_percentages(data: Data) -> None:
    result = data.run()
    assert set(result.values) == set(IDS)
    assert result.values["I7"] is None and result.values["I13"] is None
    assert result.ratios == {"I7": (0, 0), "I13": (0, 0)}
    assert all(result.values[key] == 0 for key in IDS if key not in ("I7", "I13"))


def test_definitions_and_percent() -> None:
    assert list(DEFINITIONS) == list(IDS)
    assert all(text.strip() for text in DEFINITIONS.values())
    assert percent(1, 16) == 6.3  # half up, not to even
    assert percent(1, 3) == 33.3
    assert percent(2, 3) == 66.7
    assert percent(0, 5) == 0.0
    assert percent(5, 5) == 100.0
    assert percent(0, 0) is None


def _one_participant(ctx: Context, site_id: int) -> None:
    with ctx.db.transaction() as session:
        session.add(Participant(code="W4I-TONE", site_id=site_id, enrolled_on=date(2025, 8, 1)))


def test_who_may_see_which_figures(admin_ctx: Context, login_as: UserFactory) -> None:
    own = admin_ctx.actor.site_id
    assert own is not None
    with admin_ctx.db.transaction() as session:
        site = Site(name="Malmö")
        session.add(site)
        session.flush()
        other = site.id
    _one_participant(admin_ctx, own)

    assert indicators_for(admin_ctx, Q3, None).values["I1"] == 1
    assert indicators_for(admin_ctx, Q3, other).values["I1"] == 0
    manager = login_as(Role.MANAGER, site_id=other)
    assert indicators_for(manager, Q3, own).values["I1"] == 1
    assert indicators_for(manager, Q3, None).values["I1"] == 1

    staff = login_as(Role.STAFF, site_id=own)
    assert indicators_for(staff, Q3, own).values["I1"] == 1
    with pytest.raises(PermissionDenied):
        indicators_for(staff, Q3, None)
    with pytest.raises(PermissionDenied):
        indicators_for(staff, Q3, other)
    with pytest.raises(PermissionDenied):
        indicators_for(login_as(Role.STAFF), Q3, None)  # a staff member without a site
    with pytest.raises(PermissionDenied):
        indicators_for(login_as(Role.VOLUNTEER, site_id=own), Q3, own)
    with pytest.raises(NotFound):
        indicators_for(admin_ctx, Q3, other + 100)

    quarters = Q3.quarters_back(2)
    assert [sum(t.values()) for t in placements_started_for(staff, quarters, own)] == [0, 0]
    assert len(placements_started_for(manager, quarters, None)) == 2
    with pytest.raises(PermissionDenied):
        placements_started_for(staff, quarters, None)
    with pytest.raises(PermissionDenied):
        placements_started_for(login_as(Role.VOLUNTEER, site_id=own), quarters, own)
    with pytest.raises(NotFound):
        placements_started_for(admin_ctx, quarters, other + 100)
