from __future__ import annotations

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.services import settings
from w4i_desktop.services.context import Context


def test_defaults_and_changes(admin_ctx: Context) -> None:
    assert settings.organisation_name(admin_ctx) == "Test Org"
    assert settings.retention_years(admin_ctx) == 5
    settings.set_retention_years(admin_ctx, 7)
    settings.set_organisation_name(admin_ctx, "  Casa delle Donne  ")
    assert settings.retention_years(admin_ctx) == 7
    assert settings.organisation_name(admin_ctx) == "Casa delle Donne"


@pytest.mark.parametrize("years", [0, 31, -1])
def test_retention_bounds(admin_ctx: Context, years: int) -> None:
    with pytest.raises(BadInput):
        settings.set_retention_years(admin_ctx, years)


@pytest.mark.parametrize("role", [Role.STAFF, Role.VOLUNTEER])
def test_only_managers_and_admins_change_settings(login_as: UserFactory, role: Role) -> None:
    ctx = login_as(role)
    with pytest.raises(PermissionDenied):
        settings.set_retention_years(ctx, 6)
    assert settings.retention_years(ctx) == 5
