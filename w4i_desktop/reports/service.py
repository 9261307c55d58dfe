"""Indicators for a user: who may see which scope, each call in one unit of work."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from w4i_desktop.enums import PlacementType
from w4i_desktop.errors import NotFound, PermissionDenied
from w4i_desktop.models import Site
from w4i_desktop.reports.indicators import Indicators, compute, placements_started
from w4i_desktop.reports.periods import Period
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed


def indicators_for(ctx: Context, period: Period, site_id: int | None) -> Indicators:
    """Managers and admins may ask for any site or all sites (None); staff only for their own
    site, for the dashboard; volunteers not at all."""
    check_scope(ctx, site_id)
    with ctx.db.transaction() as session:
        _check_site(session, site_id)
        return compute(session, period, site_id)


def placements_started_for(
    ctx: Context, periods: Sequence[Period], site_id: int | None
) -> list[dict[PlacementType, int]]:
    """I5 by type for each period (a chart's bars), with the rules of `indicators_for`."""
    check_scope(ctx, site_id)
    with ctx.db.transaction() as session:
        _check_site(session, site_id)
        return placements_started(session, periods, site_id)


def check_scope(ctx: Context, site_id: int | None) -> None:
    """Managers see any site or all (None), staff their own site, volunteers none."""
    if not allowed(ctx.actor.role, Action.REPORT_PSEUDONYMISED):
        ctx.require(Action.PARTICIPANT_UPDATE)
        if site_id is None or site_id != ctx.actor.site_id:
            raise PermissionDenied("You can see the figures of your own site only.")


def _check_site(session: Session, site_id: int | None) -> None:
    if site_id is not None and session.get(Site, site_id) is None:
        raise NotFound(f"There is no site {site_id}.")
