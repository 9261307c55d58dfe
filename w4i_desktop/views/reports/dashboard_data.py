"""What the dashboard shows, read in one go off the GUI thread (views/operations.py): plain
data from the services, nothing of Qt, so the page only puts it on screen when it arrives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from w4i_desktop.enums import Role
from w4i_desktop.reports.indicators import Headline
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import placements_started_for
from w4i_desktop.services import dashboard, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.dashboard import (
    ActiveSplit,
    CaseworkerOverdue,
    DueStep,
    ExpiringPermit,
    Unassigned,
)
from w4i_desktop.services.permissions import Action, allowed

CHART_QUARTERS = 8


@dataclass(frozen=True)
class Figures:
    indicators: Headline  # the four figures the tiles show
    split: ActiveSplit
    quarters: list[Period]  # the chart's, oldest first
    placements: list[int]  # started in each of them


@dataclass(frozen=True)
class Team:
    overdue: list[CaseworkerOverdue]
    waiting: list[Unassigned]
    waiting_total: int


@dataclass(frozen=True)
class Permits:
    days: int
    shown: list[ExpiringPermit]
    total: int


@dataclass(frozen=True)
class DashboardData:
    """Each part is None where the user's role does not see it."""

    day: date
    quarter: Period
    figures: Figures | None
    steps: tuple[list[DueStep], list[DueStep]] | None  # (overdue, due soon)
    team: Team | None
    permits: Permits | None


def read_dashboard(ctx: Context, day: date) -> DashboardData:
    role = ctx.actor.role
    quarter = Period.containing(day)
    figures = None
    if role is not Role.VOLUNTEER:
        # Managers see every site; staff their own (as the indicator service allows).
        site_id = None if allowed(role, Action.REPORT_PSEUDONYMISED) else ctx.actor.site_id
        indicators = dashboard.headline_figures(ctx, quarter, site_id)
        active = int(indicators.values["I2"] or 0)
        quarters = quarter.quarters_back(CHART_QUARTERS)
        by_type = placements_started_for(ctx, quarters, site_id)
        figures = Figures(
            indicators,
            dashboard.active_split(ctx, quarter, site_id, active),
            quarters,
            [sum(types.values()) for types in by_type],
        )
    steps = dashboard.my_due_steps(ctx, day) if allowed(role, Action.PATHWAY_EDIT) else None
    team = None
    if allowed(role, Action.PARTICIPANT_VIEW_ALL_SITES):
        waiting, total = dashboard.to_assign(ctx)
        team = Team(dashboard.team_overdue(ctx, day), waiting, total)
    permits = None
    if allowed(role, Action.PARTICIPANT_UPDATE):
        days = settings.permit_warning_days(ctx)
        shown, total = dashboard.expiring_permits(ctx, day, days)
        permits = Permits(days, shown, total)
    return DashboardData(day, quarter, figures, steps, team, permits)
