"""Organisation-wide settings kept in the encrypted database (not per computer)."""

from __future__ import annotations

import base64
import binascii

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.models import Setting
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action

ORGANISATION_NAME = "organisation_name"
RETENTION_YEARS = "retention_years"
ORGANISATION_LOGO = "organisation_logo"  # base64 of a PNG or JPEG image, for report covers
MAX_LOGO_BYTES = 1024 * 1024
LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
DEFAULT_RETENTION_YEARS = 5  # years after closure, then personal data is erased
PERMIT_WARNING_DAYS = "permit_warning_days"
DEFAULT_PERMIT_WARNING_DAYS = 60  # the dashboard lists residence permits expiring this soon
MAX_PERMIT_WARNING_DAYS = 365


def _get(ctx: Context, key: str) -> str | None:
    with ctx.db.transaction() as session:
        setting = session.get(Setting, key)
        return None if setting is None else setting.value


def _set(ctx: Context, key: str, value: str) -> None:
    ctx.require(Action.SETTINGS_MANAGE)
    with ctx.db.transaction() as session:
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
        audit.record(
            session, ctx.actor.user_id, AuditAction.UPDATE, "setting", None, {"fields": [key]}
        )


def get_value(ctx: Context, key: str) -> str | None:
    """A setting other services keep here (e.g. how many backups to keep)."""
    return _get(ctx, key)


def set_value(ctx: Context, key: str, value: str) -> None:
    _set(ctx, key, value)


def organisation_name(ctx: Context) -> str:
    return _get(ctx, ORGANISATION_NAME) or ""


def set_organisation_name(ctx: Context, name: str) -> None:
    cleaned = name.strip()
    if len(cleaned) > 200:
        raise BadInput("The organisation name is longer than 200 characters.")
    _set(ctx, ORGANISATION_NAME, cleaned)


def retention_years(ctx: Context) -> int:
    stored = _get(ctx, RETENTION_YEARS)
    return int(stored) if stored and stored.isdigit() else DEFAULT_RETENTION_YEARS


def set_retention_years(ctx: Context, years: int) -> None:
    if not 1 <= years <= 30:
        raise BadInput("Keep data between 1 and 30 years after a participant's closure.")
    _set(ctx, RETENTION_YEARS, str(years))


def permit_warning_days(ctx: Context) -> int:
    """How many days ahead the dashboard lists residence permits that expire."""
    stored = _get(ctx, PERMIT_WARNING_DAYS)
    if stored and stored.isdigit() and 1 <= int(stored) <= MAX_PERMIT_WARNING_DAYS:
        return int(stored)
    return DEFAULT_PERMIT_WARNING_DAYS


def set_permit_warning_days(ctx: Context, days: int) -> None:
    if not 1 <= days <= MAX_PERMIT_WARNING_DAYS:
        raise BadInput("Warn about expiring permits between 1 and 365 days ahead.")
    _set(ctx, PERMIT_WARNING_DAYS, str(days))


def organisation_logo(ctx: Context) -> bytes | None:
    """The logo for report covers, or None."""
    stored = _get(ctx, ORGANISATION_LOGO)
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except binascii.Error:
        return None  # a damaged value: reports go without a logo rather than fail


def check_logo(image: bytes) -> None:
    """BadInput unless `image` is a PNG or JPEG of at most MAX_LOGO_BYTES (checked when the
    logo is chosen, before anything is saved, and again when it is stored)."""
    if not image.startswith(LOGO_MAGIC):
        raise BadInput("The logo must be a PNG or JPEG image.")
    if len(image) > MAX_LOGO_BYTES:
        raise BadInput("The logo is larger than 1 MiB; use a smaller image.")


def set_organisation_logo(ctx: Context, image: bytes | None) -> None:
    """Store a PNG or JPEG logo (at most 1 MiB); None removes it."""
    if image is None:
        _set(ctx, ORGANISATION_LOGO, "")
        return
    check_logo(image)
    _set(ctx, ORGANISATION_LOGO, base64.b64encode(image).decode("ascii"))
