"""The SQL behind each indicator, for one period and scope; `indicators` documents the rules."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
    and_,
    case,
    distinct,
    exists,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from w4i_desktop.dates import add_months
from w4i_desktop.enums import (
    CefrLevel,
    ClosureReason,
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
from w4i_desktop.reports.periods import Period
from w4i_desktop.storage.page_cache import roomy_cache
from w4i_desktop.storage.portable import per_dialect

UNKNOWN = "unknown"
# (first age not in the band, band), youngest first; older than the last is "55+".
AGE_LIMITS: tuple[tuple[int, str], ...] = (
    (18, "<18"),
    (25, "18-24"),
    (35, "25-34"),
    (45, "35-44"),
    (55, "45-54"),
)
OLDEST_BAND = "55+"
RETENTION_MONTHS = 6
EXIT_GRACE_DAYS = 28
T = TypeVar("T")
POSITIVE_EXITS = frozenset({ClosureReason.EMPLOYED, ClosureReason.EDUCATION_OR_TRAINING})

# A participant as the breakdowns see her: (age band, country of birth, education level,
# employment status, site id), the enums as their stored values.
Profile = tuple[str, str | None, str | None, str | None, int]
CEFR_RANK = {level.value: level.rank for level in CefrLevel}


def unindexed(column: QueryableAttribute[T]) -> ColumnElement[T]:
    """`+column`: the same value, but SQLite then answers the term without an index. A scan in
    table order is much cheaper than looking up most of a table's rows through an index, one
    decrypted page at a time, and the planner cannot tell that a date range covers most rows.
    (PostgreSQL has no `+` for dates, and a planner that estimates ranges: the column as is.)"""
    expression = column.expression
    plus = UnaryExpression(expression, operator=custom_op("+"), type_=expression.type)
    return per_dialect(plus, expression)


def _as_is(column: QueryableAttribute[T]) -> ColumnElement[T]:
    return column.expression


def day(value: date) -> ColumnElement[date]:
    """A date written into the statement rather than bound. DATE columns have NUMERIC affinity
    in SQLite, and with SQLCipher's memory security on, comparing one with a bound text
    parameter can cost an allocation per row: we measured scans 10-20 times slower than with
    the same date written in. ISO dates hold only digits and dashes, so this is safe."""
    return literal_column(f"'{value.isoformat()}'", Date)


def text_literal(value: str) -> ColumnElement[str]:
    """A constant result written into the statement: a bound one is copied for every row
    (4 times slower in a scan, with memory security on)."""
    return literal_column("'" + value.replace("'", "''") + "'", String)


def years_before(day: date, years: int) -> date:
    return add_months(day, -12 * years)


def age_band_sql(on: date) -> ColumnElement[str]:
    """`age_band` in SQL: birth dates compare as dates, birth years against the last year
    whose 1 July is at least that many years before `on`."""
    by_date = []
    by_year = []
    for limit, band in AGE_LIMITS:
        latest = years_before(on, limit)
        last_year = latest.year if latest >= date(latest.year, 7, 1) else latest.year - 1
        by_date.append((Participant.birth_date > day(latest), text_literal(band)))
        by_year.append((Participant.birth_year > last_year, text_literal(band)))
    oldest = text_literal(OLDEST_BAND)
    return case(
        (Participant.birth_date.is_not(None), case(*by_date, else_=oldest)),
        (Participant.birth_year.is_not(None), case(*by_year, else_=oldest)),
        else_=text_literal(UNKNOWN),
    )


def starts_reaching(period: Period, months: int) -> tuple[date, date]:
    """The first and last start dates s with add_months(s, months) in the period; add_months
    is non-decreasing, so those are exactly the days between (none if first > last)."""
    one = timedelta(days=1)
    first = add_months(period.start, -months)
    while add_months(first, months) < period.start:
        first += one
    while add_months(first - one, months) >= period.start:
        first -= one
    last = add_months(period.end, -months)
    while add_months(last, months) > period.end:
        last -= one
    while add_months(last + one, months) <= period.end:
        last += one
    return first, last


class Queries:
    """The SQL of each indicator for one period and scope."""

    def __init__(self, session: Session, period: Period, site_id: int | None) -> None:
        roomy_cache(session)  # the indicators read the participants several times
        self.session = session
        self.period = period
        self.site_id = site_id
        self.start, self.end = day(period.start), day(period.end)
        self.counted: list[ColumnElement[bool]] = [Participant.enrolled_on.is_not(None)]
        if site_id is not None:
            self.counted.append(Participant.site_id == site_id)

    def within(self, column: QueryableAttribute[Any]) -> ColumnElement[bool]:
        return column.between(self.start, self.end)

    def count(self, statement: Select[Any]) -> int:
        return int(self.session.scalar(statement) or 0)

    def site_ids(self) -> list[int]:
        return list(self.session.scalars(select(Site.id).order_by(Site.id)))

    def _profile_columns(self) -> tuple[Any, ...]:
        """The columns of a `Profile`."""
        return (
            age_band_sql(self.period.end),
            Participant.country_of_birth,
            type_coerce(Participant.education_level, String),
            type_coerce(Participant.employment_status, String),
            Participant.site_id,
        )

    def new_and_active(self) -> tuple[Counter[Profile], Counter[Profile]]:
        """Profiles of the new (I1) and of the active (I2) participants, in one pass."""
        start, end = self.start, self.end
        enrolled, closed = unindexed(Participant.enrolled_on), unindexed(Participant.closed_on)
        is_new = enrolled >= start
        is_active = or_(closed.is_(None), closed >= start)
        statement = select(*self._profile_columns(), is_new, is_active).where(
            enrolled <= end, or_(is_new, is_active), *self.counted[1:]
        )
        new: Counter[Profile] = Counter()
        active: Counter[Profile] = Counter()
        # Through the connection: the ORM's row handling would add a fifth to the time.
        for *profile, joined, running in self.session.connection().execute(statement):
            key: Profile = tuple(profile)
            if joined:
                new[key] += 1
            if running:
                active[key] += 1
        return new, active

    def new_and_active_counts(self) -> tuple[int, int]:
        """(I1, I2) without their breakdowns, in one pass (what the dashboard shows)."""
        start, end = self.start, self.end
        enrolled, closed = unindexed(Participant.enrolled_on), unindexed(Participant.closed_on)
        is_new = enrolled >= start
        is_active = or_(closed.is_(None), closed >= start)
        statement = (
            select(func.count(case((is_new, 1))), func.count(case((is_active, 1))))
            .select_from(Participant)
            .where(enrolled <= end, or_(is_new, is_active), *self.counted[1:])
        )
        new, active = self.session.execute(statement).one()
        return int(new), int(active)

    def placed_count(self) -> int:
        """I6 without its breakdowns."""
        placed = select(Placement.participant_id).where(self.within(Placement.start_date))
        statement = (
            select(func.count())
            .select_from(Participant)
            .where(Participant.id.in_(placed), *self.counted)
        )
        return self.count(statement)

    def steps(self) -> tuple[int, int, int]:
        """(I3, I4, I10) in one pass over the pathway steps, in table order."""
        start, end = self.start, self.end
        step = PathwayStep
        skills = and_(step.kind == StepKind.SKILLS_ASSESSMENT, self.within(step.completed_on))
        training = and_(
            step.kind.in_((StepKind.TRAINING, StepKind.LANGUAGE_COURSE)),
            step.started_on <= end,
            or_(step.completed_on.is_(None), step.completed_on >= start),
        )
        open_at_end = and_(
            unindexed(step.due_on) <= end,
            or_(step.completed_on.is_(None), step.completed_on > end),
        )
        # For all sites, every step may count: read them all in table order (an index would
        # find each one separately). For one site, start from her participants by index, which
        # is a third faster at 100,000 participants over four sites.
        by_table = unindexed if self.site_id is None else _as_is
        active = and_(
            Participant.enrolled_on <= end,
            or_(Participant.closed_on.is_(None), Participant.closed_on >= start),
        )
        statement = (
            select(
                func.count(distinct(case((skills, Participant.id)))),
                func.count(distinct(case((training, Participant.id)))),
                func.count(case((and_(open_at_end, active), 1))),
            )
            .select_from(step)
            .join(Pathway, Pathway.id == by_table(step.pathway_id))
            .join(Participant, Participant.id == by_table(Pathway.participant_id))
            .where(
                step.status != StepStatus.SKIPPED,
                or_(skills, training, open_at_end),
                *self.counted,
            )
        )
        row = self.session.execute(statement).one()
        return int(row[0]), int(row[1]), int(row[2])

    def placement_types(self) -> dict[PlacementType, int]:
        """I5 by type."""
        statement = (
            select(Placement.type, func.count())
            .join(Participant, Participant.id == Placement.participant_id)
            .where(self.within(Placement.start_date), *self.counted)
            .group_by(Placement.type)
        )
        by_type = dict.fromkeys(PlacementType, 0)
        for kind, count in self.session.execute(statement):
            by_type[kind] += count
        return by_type

    def placed(self) -> Counter[Profile]:
        """Profiles of the participants placed (I6)."""
        placed = select(Placement.participant_id).where(self.within(Placement.start_date))
        profiles = select(*self._profile_columns()).where(Participant.id.in_(placed), *self.counted)
        return Counter(tuple(row) for row in self.session.execute(profiles))

    def retention(self) -> tuple[int, int]:
        """(still employed at 6 months, placements reaching 6 months in the period)."""
        first, last = starts_reaching(self.period, RETENTION_MONTHS)
        said_employed = (
            exists()
            .where(
                FollowUp.placement_id == Placement.id,
                FollowUp.months_after_start >= RETENTION_MONTHS,
                FollowUp.still_employed.is_(True),
            )
            .label("said_employed")
        )
        statement = (
            select(Placement.start_date, Placement.end_date, said_employed)
            .join(Participant, Participant.id == Placement.participant_id)
            .where(Placement.start_date.between(day(first), day(last)), *self.counted)
        )
        kept = reaching = 0
        for start, end, employed in self.session.execute(statement):
            due = add_months(start, RETENTION_MONTHS)
            if due in self.period:
                reaching += 1
                kept += bool(employed) or end is None or end > due
        return kept, reaching

    def employers_engaged(self) -> int:
        engaged = union(
            select(Interaction.employer_id).where(self.within(Interaction.occurred_on)),
            select(Vacancy.employer_id).where(self.within(Vacancy.opened_on)),
            select(Placement.employer_id).where(self.within(Placement.start_date)),
        )
        statement = select(func.count()).select_from(Employer).where(Employer.id.in_(engaged))
        if self.site_id is not None:
            statement = statement.where(Employer.site_id == self.site_id)
        return self.count(statement)

    def vacancies_opened(self) -> int:
        statement = select(func.count()).select_from(Vacancy).where(self.within(Vacancy.opened_on))
        if self.site_id is not None:
            statement = statement.join(Employer, Employer.id == Vacancy.employer_id).where(
                Employer.site_id == self.site_id
            )
        return self.count(statement)

    def language_progress(self) -> int:
        """I11: her level in an assessment of the period against her first recorded level."""
        later, first = aliased(LanguageAssessment), aliased(LanguageAssessment)
        rank = case(CEFR_RANK, value=type_coerce(later.level, String))
        first_rank = (
            select(case(CEFR_RANK, value=type_coerce(first.level, String)))
            .where(first.participant_id == later.participant_id, first.host_language.is_(True))
            .order_by(first.assessed_on, first.id)
            .limit(1)
            .scalar_subquery()
        )
        statement = (
            select(func.count(distinct(later.participant_id)))
            .join(Participant, Participant.id == later.participant_id)
            .where(
                later.host_language.is_(True),
                self.within(later.assessed_on),
                rank > first_rank,
                *self.counted,
            )
        )
        return self.count(statement)

    def exits(self) -> tuple[dict[ClosureReason, int], int]:
        """(exits by closure reason, exits with a positive result)."""
        closed = self.within(Participant.closed_on)
        leavers = self.session.execute(
            select(Participant.id, Participant.closed_on, Participant.closure_reason).where(
                closed, *self.counted
            )
        ).all()
        grace = timedelta(days=EXIT_GRACE_DAYS)
        jobs: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
        placements = select(
            Placement.participant_id, Placement.start_date, Placement.end_date
        ).where(
            Placement.participant_id.in_(select(Participant.id).where(closed, *self.counted)),
            Placement.start_date <= day(self.period.end + grace),
        )
        for participant_id, start, end in self.session.execute(placements):
            jobs[participant_id].append((start, end))
        by_reason = dict.fromkeys(ClosureReason, 0)
        positive = 0
        for participant_id, closed_on, reason in leavers:
            if closed_on is None:  # excluded by the query; this tells the type checker
                continue
            by_reason[reason or ClosureReason.OTHER] += 1
            positive += reason in POSITIVE_EXITS or any(
                start <= closed_on + grace and (end is None or end >= closed_on)
                for start, end in jobs[participant_id]
            )
        return by_reason, positive
