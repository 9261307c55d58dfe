"""The Settings screen's save: every organisation setting, or none."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import backups, record_deletion, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.organisation import organisation_settings, save_organisation


def _setting_updates(ctx: Context) -> list[list[str]]:
    with ctx.db.transaction() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == AuditAction.UPDATE, AuditEvent.entity == "setting")
            .order_by(AuditEvent.seq)
        )
        return [list(e.detail["fields"]) for e in events]  # type: ignore[call-overload]


def test_all_settings_are_saved_and_each_change_audited(admin_ctx: Context) -> None:
    chosen = replace(
        organisation_settings(admin_ctx),
        name="  Casa delle Donne ",
        retention_years=7,
        permit_warning_days=30,
        backup_keep=4,
        delete_window_days=3,
    )
    save_organisation(admin_ctx, chosen, logo_changed=False)
    saved = organisation_settings(admin_ctx)
    assert saved.name == "Casa delle Donne"
    assert (saved.retention_years, saved.permit_warning_days) == (7, 30)
    assert (saved.backup_keep, saved.delete_window_days) == (4, 3)
    assert _setting_updates(admin_ctx) == [
        [settings.ORGANISATION_NAME],
        [settings.RETENTION_YEARS],
        [settings.PERMIT_WARNING_DAYS],
        [backups.KEEP_SETTING],
        [record_deletion.DELETE_DAYS],
    ]


def test_one_refused_value_saves_none(admin_ctx: Context) -> None:
    before = organisation_settings(admin_ctx)
    # The name and retention come first and are valid; the number of backups is not.
    chosen = replace(before, name="Another name", retention_years=9, backup_keep=0)
    with pytest.raises(BadInput):
        save_organisation(admin_ctx, chosen)
    assert organisation_settings(admin_ctx) == before
    assert _setting_updates(admin_ctx) == []


def test_a_manager_saves_them_but_not_the_days_to_delete_a_record(
    login_as: UserFactory, admin_ctx: Context
) -> None:
    manager = login_as(Role.MANAGER)
    before = organisation_settings(manager)
    save_organisation(manager, replace(before, retention_years=8, delete_window_days=200))
    saved = organisation_settings(admin_ctx)
    assert saved.retention_years == 8
    assert saved.delete_window_days == before.delete_window_days


def test_staff_may_not_save_them(login_as: UserFactory) -> None:
    staff = login_as(Role.STAFF)
    before = organisation_settings(staff)
    with pytest.raises(PermissionDenied):
        save_organisation(staff, replace(before, retention_years=8))
    assert organisation_settings(staff) == before
