"""What the dashboard lists for the person logged in: her participants' steps that are overdue
or due soon; for managers and administrators the team's overdue steps by caseworker and the open
records waiting for a caseworker; for staff and managers the residence permits that expire soon.
The dashboard's figures are `headline_figures` (the four indicators it shows, from the
indicator module, without the others' cost); `active_split` says what its "active" figure (I2)
is made of.

Each list reads narrow indexed columns of the open records (never whole participant rows) and
stops at MAX_ROWS; its total is counted apart, so a heading can say how many there are.
About 0.1 s together at 100,000 participants (bench/bench_dashboard.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import QueryableAttribute, selectinload

from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.errors import NotFound
from w4i_desktop.models import Participant, Pathway, PathwayStep, Site, User
from w4i_desktop.reports.indicators import Headline, headline
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.queries import unindexed
from w4i_desktop.reports.service import check_scope
from w4i_desktop.services import settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import visible_clause
from w4i_desktop.services.permissions import Action

DEFAULT_HORIZON_DAYS = 14
MAX_ROWS = 300
T = TypeVar("T")


@dataclass(frozen=True)
class DueStep:
    step_id: int
    participant_id: int
    code: str
    name: str
    kind: StepKind
    titles: dict[str, str]
    due_on: date

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en") or self.kind.value


def my_due_steps(
    ctx: Context, today: date | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS
) -> tuple[list[DueStep], list[DueStep]]:
    """(overdue, due within `horizon_days`) open steps of the open participants whose
    caseworker is this user, earliest first."""
    ctx.require(Action.PATHWAY_EDIT)
    day = today or date.today()
    query = (
        select(PathwayStep, Participant.id, Participant.code, Participant.first_name,
               Participant.last_name)
        .options(selectinload(PathwayStep.template_step))
        .join(Pathway, Pathway.id == PathwayStep.pathway_id)
        .join(Participant, Participant.id == Pathway.participant_id)
        .where(
            # From her participants by the caseworker index: the open-records index would
            # start from every open record of the organisation.
            Participant.caseworker_id == ctx.actor.user_id,
            *_open_records(ctx, by_index=False),
            PathwayStep.status.in_([StepStatus.TODO, StepStatus.IN_PROGRESS]),
            unindexed(PathwayStep.due_on) <= day + timedelta(days=horizon_days),
        )
        .order_by(PathwayStep.due_on, Participant.sort_name, PathwayStep.position)
        .limit(MAX_ROWS)
    )  # fmt: skip
    overdue: list[DueStep] = []
    upcoming: list[DueStep] = []
    with ctx.db.transaction() as session:
        for step, pid, code, first, last in session.execute(query):
            assert step.due_on is not None  # filtered above
            name = " ".join(n for n in (first, last) if n)
            row = DueStep(step.id, pid, code, name, step.kind, step.all_titles, step.due_on)
            (overdue if step.due_on < day else upcoming).append(row)
    return overdue, upcoming


def _open_records(ctx: Context, *, by_index: bool = True) -> list[ColumnElement[bool]]:
    """Open, not anonymised participants this actor may see. Not `by_index` where a narrower
    index should find the rows (two thirds of all records may be open)."""
    use = _as_is if by_index else unindexed
    return [
        visible_clause(ctx),
        use(Participant.closed_on).is_(None),
        use(Participant.anonymised_at).is_(None),
    ]


def _as_is(column: QueryableAttribute[T]) -> ColumnElement[T]:
    return column.expression


def _name(first: str | None, last: str | None) -> str:
    return " ".join(n for n in (first, last) if n)


# --- the figures: the indicators the dashboard shows --------------------------------------------


def headline_figures(ctx: Context, period: Period, site_id: int | None) -> Headline:
    """I1, I2, I6 and I7 (`indicators.headline`), with the scope rules of `indicators_for`:
    managers any site or all (None), staff their own site, volunteers none. A third of the
    time of all thirteen indicators at 100,000 participants (bench/bench_dashboard.py)."""
    check_scope(ctx, site_id)
    with ctx.db.transaction() as session:
        if site_id is not None and session.get(Site, site_id) is None:
            raise NotFound(f"There is no site {site_id}.")
        return headline(session, period, site_id)


# --- what "active this quarter" is made of ------------------------------------------------------


@dataclass(frozen=True)
class ActiveSplit:
    """I2 of a period in two parts: still open now, and closed on or after its first day."""

    open_now: int
    left: int

    @property
    def total(self) -> int:
        return self.open_now + self.left


def active_split(ctx: Context, period: Period, site_id: int | None, active: int) -> ActiveSplit:
    """`active`, the period's active participants (I2 from the indicator module: an intake on or
    before the end, not closed before the start, anonymised ones too), split into those open
    now and those who left during the period (closed on or after its start). Only the latter
    are counted here, from the closure-date index; they are few. Scope as in `indicators_for`:
    managers any site or all (None), staff their own site, volunteers none."""
    check_scope(ctx, site_id)
    enrolled = unindexed(Participant.enrolled_on)
    conditions = [
        Participant.closed_on >= period.start,
        enrolled.is_not(None),
        enrolled <= period.end,
    ]
    if site_id is not None:
        conditions.append(unindexed(Participant.site_id) == site_id)
    with ctx.db.transaction() as session:
        left = int(session.scalar(select(func.count(Participant.id)).where(*conditions)) or 0)
    return ActiveSplit(max(active - left, 0), left)


# --- the team: overdue steps by caseworker (managers and administrators) ------------------------


@dataclass(frozen=True)
class CaseworkerOverdue:
    caseworker_id: int | None  # None: steps of participants without a caseworker
    name: str  # the caseworker's display name; "" without one
    overdue: int
    oldest_due: date


def team_overdue(ctx: Context, today: date | None = None) -> list[CaseworkerOverdue]:
    """For each caseworker, how many open steps of her open participants are overdue (due
    before `today`, neither done nor skipped) and the earliest due date; most overdue first."""
    ctx.require(Action.PARTICIPANT_VIEW_ALL_SITES)
    day = today or date.today()
    # Every step may count: read them in table order (through the due-date index most of them
    # would be looked up one by one) and count in Python (a GROUP BY's sort of 100,000 rows
    # costs more under SQLCipher's memory security).
    query = (
        select(Participant.caseworker_id, PathwayStep.due_on)
        .select_from(PathwayStep)
        .join(Pathway, Pathway.id == unindexed(PathwayStep.pathway_id))
        .join(Participant, Participant.id == unindexed(Pathway.participant_id))
        .where(
            *_open_records(ctx, by_index=False),
            PathwayStep.status.in_([StepStatus.TODO, StepStatus.IN_PROGRESS]),
            unindexed(PathwayStep.due_on) < day,
        )
    )
    counts: Counter[int | None] = Counter()
    oldest: dict[int | None, date] = {}
    with ctx.db.transaction() as session:
        for cid, due in session.connection().execute(query):
            counts[cid] += 1
            if due is not None and (cid not in oldest or due < oldest[cid]):
                oldest[cid] = due
        ids = [cid for cid in counts if cid is not None]
        names: dict[int, str] = {
            uid: name
            for uid, name in session.execute(
                select(User.id, User.display_name).where(User.id.in_(ids))
            )
        }
    rows = [
        CaseworkerOverdue(cid, names.get(cid, "") if cid is not None else "", n, oldest[cid])
        for cid, n in counts.items()
    ]
    # Most overdue first; the people without a caseworker last, whatever their count.
    rows.sort(key=lambda r: (r.caseworker_id is None, -r.overdue, r.name.casefold()))
    return rows


# --- open records without a caseworker (managers and administrators) ----------------------------


@dataclass(frozen=True)
class Unassigned:
    participant_id: int
    code: str
    name: str
    site: str
    enrolled_on: date | None


def to_assign(ctx: Context, limit: int = MAX_ROWS) -> tuple[list[Unassigned], int]:
    """Open records without a caseworker, those waiting longest first (records without an
    intake date first of all), at most `limit`; and how many there are in all."""
    ctx.require(Action.PARTICIPANT_VIEW_ALL_SITES)
    conditions = [*_open_records(ctx), Participant.caseworker_id.is_(None)]
    ids = (
        select(Participant.id)
        .where(*conditions)
        .order_by(Participant.enrolled_on, Participant.id)
        .limit(limit)
    )
    with ctx.db.transaction() as session:
        total = int(session.scalar(select(func.count(Participant.id)).where(*conditions)) or 0)
        page = list(session.scalars(ids))
        rows = session.execute(
            select(Participant.id, Participant.code, Participant.first_name,
                   Participant.last_name, Site.name, Participant.enrolled_on)
            .join(Site, Site.id == Participant.site_id)
            .where(Participant.id.in_(page))
        )  # fmt: skip
        found = {pid: Unassigned(pid, code, _name(first, last), site, enrolled)
                 for pid, code, first, last, site, enrolled in rows}  # fmt: skip
    return [found[pid] for pid in page if pid in found], total


# --- residence permits that expire soon (staff: their site; managers: every site) ---------------


@dataclass(frozen=True)
class ExpiringPermit:
    participant_id: int
    code: str
    name: str
    caseworker: str  # display name, "" without one
    expires_on: date

    def expired(self, today: date) -> bool:
        return self.expires_on < today


def expiring_permits(
    ctx: Context, today: date | None = None, days: int | None = None, limit: int = MAX_ROWS
) -> tuple[list[ExpiringPermit], int]:
    """Open records whose residence permit expired already or expires within `days` (default:
    the organisation's setting, 60 unless changed), earliest first, at most `limit`; and how
    many there are in all."""
    ctx.require(Action.PARTICIPANT_UPDATE)
    day = today or date.today()
    horizon = settings.permit_warning_days(ctx) if days is None else days
    # The expiry date has no index: one pass over the participants in table order for the
    # matching ids and dates (few), then the listed columns of the first `limit` of them.
    matching = select(Participant.id, Participant.permit_expires_on, Participant.sort_name).where(
        *_open_records(ctx, by_index=False),
        unindexed(Participant.permit_expires_on) <= day + timedelta(days=horizon),
    )
    with ctx.db.transaction() as session:
        found = sorted(
            session.connection().execute(matching), key=lambda r: (r[1], r[2] or "", r[0])
        )
        page = [pid for pid, _, _ in found[:limit]]
        rows = session.execute(
            select(Participant.id, Participant.code, Participant.first_name,
                   Participant.last_name, User.display_name, Participant.permit_expires_on)
            .outerjoin(User, User.id == Participant.caseworker_id)
            .where(Participant.id.in_(page))
        )  # fmt: skip
        by_id = {
            pid: ExpiringPermit(pid, code, _name(first, last), worker or "", expires)
            for pid, code, first, last, worker, expires in rows
            if expires is not None  # filtered above
        }
    return [by_id[pid] for pid in page if pid in by_id], len(found)
