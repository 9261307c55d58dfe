"""The organisation's settings as the Settings screen shows and saves them: read in one unit of
work, saved all or none (one invalid value leaves every setting as it was), each change
audited as when it is set alone.

A module of its own because it puts together settings that belong to other services (how many
backups to keep, the days to delete a record made by mistake), which themselves use
`services.settings`."""

from __future__ import annotations

from dataclasses import dataclass

from w4i_desktop.services import backups, record_deletion, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed


@dataclass(frozen=True)
class OrganisationSettings:
    name: str
    retention_years: int
    permit_warning_days: int
    backup_keep: int
    delete_window_days: int
    logo: bytes | None


def organisation_settings(ctx: Context) -> OrganisationSettings:
    with ctx.db.transaction():
        return OrganisationSettings(
            name=settings.organisation_name(ctx),
            retention_years=settings.retention_years(ctx),
            permit_warning_days=settings.permit_warning_days(ctx),
            backup_keep=backups.keep_count(ctx),
            delete_window_days=record_deletion.delete_window_days(ctx),
            logo=settings.organisation_logo(ctx),
        )


def save_organisation(
    ctx: Context, chosen: OrganisationSettings, *, logo_changed: bool = True
) -> None:
    """Save every organisation setting in `chosen`, or none (BadInput names the first value
    refused). The days to delete a record are saved only for a role that may delete one; the
    logo only when `logo_changed`."""
    ctx.require(Action.SETTINGS_MANAGE)
    with ctx.db.transaction():
        settings.set_organisation_name(ctx, chosen.name)
        settings.set_retention_years(ctx, chosen.retention_years)
        settings.set_permit_warning_days(ctx, chosen.permit_warning_days)
        backups.set_keep_count(ctx, chosen.backup_keep)
        if allowed(ctx.actor.role, Action.PARTICIPANT_DELETE):
            record_deletion.set_delete_window_days(ctx, chosen.delete_window_days)
        if logo_changed:
            settings.set_organisation_logo(ctx, chosen.logo)
