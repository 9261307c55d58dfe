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


def _png() -> bytes:
    """A real 2x1 PNG, built by hand so the test needs no image library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_the_logo_is_kept_checked_and_printed_on_the_report_cover(admin_ctx: Context) -> None:
    from datetime import date

    from tests.pdfs import pdf_reader
    from w4i_desktop.reports.pdf_report import pdf_report
    from w4i_desktop.reports.periods import Period
    from w4i_desktop.reports.report_data import build_report_data
    from w4i_desktop.reports.request import ReportRequest

    assert settings.organisation_logo(admin_ctx) is None
    for bad in (b"GIF89a...", b"\x89PNG\r\n\x1a\n" + b"0" * (1024 * 1024)):
        with pytest.raises(BadInput):
            settings.set_organisation_logo(admin_ctx, bad)
    settings.set_organisation_logo(admin_ctx, _png())
    assert settings.organisation_logo(admin_ctx) == _png()
    request = ReportRequest(Period.containing(date.today()), output="pdf")
    data = build_report_data(admin_ctx, request)
    assert data.logo == _png()  # the report's data carries the logo for the cover
    cover = pdf_reader(pdf_report(data, data.logo)).pages[0]
    assert any(
        obj.get_object().get("/Subtype") == "/Image"
        for obj in cover["/Resources"].get("/XObject", {}).values()
    )
    settings.set_organisation_logo(admin_ctx, None)
    assert settings.organisation_logo(admin_ctx) is None
