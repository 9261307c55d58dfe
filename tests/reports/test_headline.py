"""The dashboard's figures (`indicators.headline`, through `dashboard.headline_figures`) are
`compute`'s, on random data against the reference, and follow the scope rules of the
indicator service."""

from __future__ import annotations

import pytest

from tests.conftest import UserFactory
from tests.reports.test_indicators_reference import PERIODS, RandomData, World, reference
from w4i_desktop.enums import Role
from w4i_desktop.errors import NotFound, PermissionDenied
from w4i_desktop.reports.indicators import HEADLINE_IDS, compute, headline
from w4i_desktop.services import dashboard
from w4i_desktop.services.context import Context


@pytest.mark.parametrize("seed", [1, 2])
def test_the_headline_is_the_reference_and_computes_alike(admin_ctx: Context, seed: int) -> None:
    assert admin_ctx.actor.site_id is not None
    with admin_ctx.db.transaction() as session:
        data = RandomData(session, seed, admin_ctx.actor.site_id)
        data.fill(150)
        world = World(session)
        for period in PERIODS:
            for site_id in (None, *data.sites):
                expected = reference(world, period, site_id)
                found = headline(session, period, site_id)
                full = compute(session, period, site_id)
                where = f"{period.label} site {site_id}"
                shown = {key: expected["values"][key] for key in HEADLINE_IDS}
                assert found.values == shown == {k: full.values[k] for k in HEADLINE_IDS}, where
                assert (
                    found.ratios == {"I7": expected["ratios"]["I7"]} == {"I7": full.ratios["I7"]}
                ), where
                assert (found.period, found.site_id) == (period, site_id)


def test_staff_see_their_own_site_only(admin_ctx: Context, login_as: UserFactory) -> None:
    site = admin_ctx.actor.site_id
    staff = login_as(Role.STAFF)
    period = PERIODS[0]
    assert dashboard.headline_figures(staff, period, staff.actor.site_id).site_id == site
    with pytest.raises(PermissionDenied):
        dashboard.headline_figures(staff, period, None)
    with pytest.raises(PermissionDenied):
        dashboard.headline_figures(login_as(Role.VOLUNTEER), period, site)
    with pytest.raises(NotFound):
        dashboard.headline_figures(admin_ctx, period, 9999)
