"""Indicators for a user: who may see which scope, in one unit of work."""

from __future__ import annotations

from w4i_desktop.errors import NotFound, PermissionDenied
from w4i_desktop.models import Site
from w4i_desktop.reports.indicators import Indicators, compute
from w4i_desktop.reports.periods import Period
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed


def indicators_for(ctx: Context, period: Period, site_id: int | None) -> Indicators:
    """Managers and admins may ask for any site or all sites (None); staff only for their own
    site, for the dashboard; volunteers not at all."""
    if not allowed(ctx.actor.role, Action.REPORT_PSEUDONYMISED):
        ctx.require(Action.PARTICIPANT_UPDATE)
        if site_id is None or site_id != ctx.actor.site_id:
            raise PermissionDenied("You can see the figures of your own site only.")
    with ctx.db.transaction() as session:
        if site_id is not None and session.get(Site, site_id) is None:
            raise NotFound(f"There is no site {site_id}.")
        return compute(session, period, site_id)
