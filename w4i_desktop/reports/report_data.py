"""Everything a quarterly report shows, read in one unit of work.

`build_report_data` checks the request's permission (reports/request.py), reads the indicators
(`indicators.compute`), the placements started in the period, the participants active in it
(I2's population; neither list for a PDF, which shows the figures only) and the
organisation's name and logo, all in one transaction: the figures and the lists agree. It
writes nothing: the audit entry of an export is written by
`reports/export.py` once the file is in place. The Excel and PDF writers then work on the
returned `ReportData` alone, without the database, so they can run on a worker thread.

Pseudonymised reports (Action.REPORT_PSEUDONYMISED) read no name and no date of birth at all:
the lists carry the participant's pseudonymous code, and no hours; the writers show their
dates by month only (reports/excel.py says why). Named reports (Action.REPORT_NAMED) need a
reason, which is printed on the report itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import ClosureReason, PlacementType
from w4i_desktop.errors import NotFound
from w4i_desktop.models import Employer, Participant, Placement, Site
from w4i_desktop.reports.indicators import Indicators, compute
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.queries import day, unindexed
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.reports.texts import ReportTexts
from w4i_desktop.services import settings
from w4i_desktop.services.context import Context

__all__ = ["ParticipantRow", "PlacementRow", "ReportData", "build_report_data"]


@dataclass(frozen=True)
class PlacementRow:
    """A placement started in the period. Names and hours are filled in named reports only."""

    code: str
    start_date: date
    end_date: date | None
    type: PlacementType
    hours_per_week: float | None
    employer: str
    site: str
    last_name: str | None = None
    first_name: str | None = None


@dataclass(frozen=True)
class ParticipantRow:
    """A participant active in the period. Names and birth date: named reports only."""

    code: str
    site: str
    enrolled_on: date
    closed_on: date | None
    closure_reason: ClosureReason | None
    last_name: str | None = None
    first_name: str | None = None
    birth_date: date | None = None


@dataclass(frozen=True)
class ReportData:
    """The content of one report; `site_names` maps the site breakdown's keys to names, and
    `logo` is the organisation's logo for the PDF's cover (None: none, or a damaged one)."""

    indicators: Indicators
    organisation: str
    site_name: str | None  # None: all sites
    site_names: dict[str, str]
    generated_at: datetime  # local time, with its offset
    generated_by: str
    language: str
    named: bool
    reason: str | None
    placements: tuple[PlacementRow, ...]
    participants: tuple[ParticipantRow, ...]
    logo: bytes | None = None

    @property
    def period(self) -> Period:
        return self.indicators.period

    @property
    def texts(self) -> ReportTexts:
        return ReportTexts.for_language(self.language)

    @property
    def scope(self) -> str:
        return self.site_name or self.texts("report.scope.all_sites")

    @property
    def kind(self) -> str:
        return self.texts("report.kind.named" if self.named else "report.kind.pseudonymised")


def build_report_data(ctx: Context, request: ReportRequest) -> ReportData:
    """The report `request` asks for (PermissionDenied if its user may not have it)."""
    request.check(ctx)
    period, site_id, named = request.period, request.site_id, request.named
    lists = request.output != "pdf"  # the PDF shows the figures only: no lists to read
    with ctx.db.transaction() as session:
        site_names: dict[int, str] = {
            site: name for site, name in session.execute(select(Site.id, Site.name))
        }
        if site_id is not None and site_id not in site_names:
            raise NotFound(f"There is no site {site_id}.")
        indicators = compute(session, period, site_id)
        return ReportData(
            indicators=indicators,
            organisation=settings.organisation_name(ctx),
            site_name=None if site_id is None else site_names[site_id],
            site_names={str(key): name for key, name in site_names.items()},
            generated_at=datetime.now().astimezone(),
            generated_by=ctx.actor.username,
            language=request.language,
            named=named,
            reason=request.reason,
            placements=_placements(session, period, site_id, site_names, named) if lists else (),
            participants=(
                _participants(session, period, site_id, site_names, named) if lists else ()
            ),
            logo=settings.organisation_logo(ctx),
        )


def _scoped(site_id: int | None) -> list[Any]:
    counted: list[Any] = [Participant.enrolled_on.is_not(None)]
    if site_id is not None:
        counted.append(Participant.site_id == site_id)
    return counted


def _placements(
    session: Session, period: Period, site_id: int | None, sites: dict[int, str], named: bool
) -> tuple[PlacementRow, ...]:
    names = (Participant.last_name, Participant.first_name) if named else ()
    statement = (
        select(
            Participant.code,
            Placement.start_date,
            Placement.end_date,
            Placement.type,
            Placement.hours_per_week,
            Employer.name,
            Participant.site_id,
            *names,
        )
        .join(Participant, Participant.id == Placement.participant_id)
        .join(Employer, Employer.id == Placement.employer_id)
        .where(Placement.start_date.between(day(period.start), day(period.end)))
        .where(*_scoped(site_id))
    )
    rows = [
        PlacementRow(
            code, start, end, kind, hours if named else None, employer, sites.get(site, ""), *rest
        )
        for code, start, end, kind, hours, employer, site, *rest in session.execute(statement)
    ]
    rows.sort(key=lambda row: (row.start_date, row.code))
    return tuple(rows)


def _participants(
    session: Session, period: Period, site_id: int | None, sites: dict[int, str], named: bool
) -> tuple[ParticipantRow, ...]:
    """I2's population, read in table order (cheaper than the code index under SQLCipher,
    see reports/queries.py) and sorted here by code."""
    names = (Participant.last_name, Participant.first_name, Participant.birth_date)
    closed = unindexed(Participant.closed_on)
    statement = select(
        Participant.code,
        Participant.site_id,
        Participant.enrolled_on,
        Participant.closed_on,
        Participant.closure_reason,
        *(names if named else ()),
    ).where(
        unindexed(Participant.enrolled_on) <= day(period.end),
        or_(closed.is_(None), closed >= day(period.start)),
        *_scoped(site_id)[1:],
    )
    rows = [
        ParticipantRow(code, sites.get(site, ""), enrolled, closed_on, reason, *rest)
        for code, site, enrolled, closed_on, reason, *rest in session.connection().execute(
            statement
        )
    ]
    rows.sort(key=lambda row: row.code)
    return tuple(rows)
