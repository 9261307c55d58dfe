"""Exporting a report (reports/export.py): the file first, the audit entry last, and nothing at
all when the user cancels or the render or the write fails; the request's rules in one place."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.conftest import UserFactory
from tests.pdfs import pdf_reader, pdf_text
from tests.reports.test_pdf_report import _image, _resources
from tests.reports.test_report_data import Q3, REASON, seed
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied, W4IError
from w4i_desktop.models import AuditEvent
from w4i_desktop.progress import Cancelled, Progress
from w4i_desktop.reports import export
from w4i_desktop.reports.export import export_report
from w4i_desktop.reports.request import MAX_REASON, ReportRequest
from w4i_desktop.services import audit, settings
from w4i_desktop.services.context import Context


@pytest.fixture
def torino(admin_ctx: Context) -> int:
    return seed(admin_ctx)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where reports are saved: apart from the database's files, so its listing shows them."""
    out = tmp_path / "reports"
    out.mkdir()
    return out


def _exports(ctx: Context) -> list[AuditEvent]:
    with ctx.db.transaction() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == AuditAction.EXPORT)
                .order_by(AuditEvent.seq)
            )
        )
        session.expunge_all()
        return events


def _audit_count(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_the_entry_is_written_last_once_the_whole_file_is_in_place(
    admin_ctx: Context, torino: int, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "q3.xlsx"
    seen_at_audit: list[bytes] = []
    real_record = audit.record

    def watched(*args: object, **kwargs: object) -> None:
        seen_at_audit.append(target.read_bytes())  # FileNotFoundError if not there yet
        real_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "record", watched)
    assert export_report(admin_ctx, ReportRequest(Q3, site_id=torino), target) == target
    assert seen_at_audit == [target.read_bytes()]  # the finished file, before the entry
    load_workbook(io.BytesIO(target.read_bytes()))
    assert [p.name for p in folder.iterdir()] == ["q3.xlsx"]  # no temp file beside it
    [event] = _exports(admin_ctx)
    assert (event.entity, event.entity_id) == ("report", None)
    assert event.detail == {
        "format": "xlsx",
        "named": False,
        "period": "2025Q3",
        "site_id": torino,
        "count": 2,
    }


def test_a_named_entry_says_a_reason_was_given_but_not_which(
    admin_ctx: Context, torino: int, folder: Path
) -> None:
    target = folder / "named.pdf"
    export_report(admin_ctx, ReportRequest(Q3, named=True, reason=REASON, output="pdf"), target)
    assert REASON in " ".join(pdf_text(target.read_bytes()).split())  # on the report itself
    [event] = _exports(admin_ctx)
    assert event.detail == {
        "format": "pdf",
        "named": True,
        "period": "2025Q3",
        "site_id": None,
        "count": 13,
        "reason": True,
    }
    assert "regional" not in json.dumps(event.detail)


def _progress_calls(ctx: Context, request: ReportRequest, target: Path) -> int:
    calls: list[tuple[int, int]] = []

    def counted(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    export_report(ctx, request, target, counted)
    target.unlink()
    return len(calls)


def _stops_at(call: int) -> Progress:
    """A Cancel pressed just before the progress call numbered `call` (from 0)."""
    answers = iter([True] * call + [False])
    return lambda _done, _total: next(answers)


@pytest.mark.parametrize("output", ["xlsx", "pdf"])
def test_cancelled_at_any_point_leaves_no_file_and_no_entry(
    admin_ctx: Context, torino: int, folder: Path, output: str
) -> None:
    request = ReportRequest(Q3, named=True, reason=REASON, output=output)  # type: ignore[arg-type]
    target = folder / f"report.{output}"
    calls = _progress_calls(admin_ctx, request, target)
    assert calls >= 3
    entries = _audit_count(admin_ctx)
    target.write_bytes(b"last quarter's report")
    for stop_at in range(calls):
        with pytest.raises(Cancelled):
            export_report(admin_ctx, request, target, _stops_at(stop_at))
        assert target.read_bytes() == b"last quarter's report", stop_at
        assert [p.name for p in folder.iterdir()] == [target.name], stop_at
    assert _audit_count(admin_ctx) == entries


def test_a_failed_render_leaves_no_file_and_no_entry(
    admin_ctx: Context, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> bytes:
        raise MemoryError

    monkeypatch.setattr(export, "render", broken)
    entries = _audit_count(admin_ctx)
    with pytest.raises(MemoryError):
        export_report(admin_ctx, ReportRequest(Q3), folder / "q3.xlsx")
    assert list(folder.iterdir()) == []
    assert _audit_count(admin_ctx) == entries


def test_a_file_that_cannot_be_written_leaves_no_entry(admin_ctx: Context, folder: Path) -> None:
    entries = _audit_count(admin_ctx)
    with pytest.raises(W4IError, match=r"q3\.xlsx could not be written"):
        export_report(admin_ctx, ReportRequest(Q3), folder / "gone" / "q3.xlsx")
    assert _audit_count(admin_ctx) == entries


def test_a_file_whose_entry_cannot_be_written_is_removed(
    admin_ctx: Context, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise W4IError("The disk is full.")

    monkeypatch.setattr(audit, "record", refused)
    with pytest.raises(W4IError, match="disk is full"):
        export_report(admin_ctx, ReportRequest(Q3), folder / "q3.xlsx")
    assert list(folder.iterdir()) == []


def test_the_pdf_cover_carries_the_logo_from_the_data(admin_ctx: Context, folder: Path) -> None:
    settings.set_organisation_logo(admin_ctx, _image("PNG"))
    target = folder / "q3.pdf"
    export_report(admin_ctx, ReportRequest(Q3, output="pdf"), target)
    cover, inside = pdf_reader(target.read_bytes()).pages[:2]
    assert len(_resources(cover, "/XObject")) == 1  # the logo, on the cover only
    assert not _resources(inside, "/XObject")


# The request: one place for the rules the window, the CLI and the core share.


@pytest.mark.parametrize("reason", [None, "", "  \n\t "])
def test_a_named_report_without_a_reason_is_bad_input(reason: str | None) -> None:
    with pytest.raises(BadInput, match="reason"):
        ReportRequest(Q3, named=True, reason=reason)


def test_the_reason_is_folded_cut_and_kept_for_named_reports_only() -> None:
    named = ReportRequest(Q3, named=True, reason="  Audit\n by   the fund " + "x" * 300)
    assert named.reason is not None and named.reason.startswith("Audit by the fund x")
    assert len(named.reason) == MAX_REASON
    assert ReportRequest(Q3, reason="not asked for").reason is None


def test_a_bad_language_or_format_is_bad_input() -> None:
    with pytest.raises(BadInput):
        ReportRequest(Q3, language="de")
    with pytest.raises(BadInput):
        ReportRequest(Q3, output="csv")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "named", "refused"),
    [
        (Role.STAFF, True, True),
        (Role.STAFF, False, True),
        (Role.VOLUNTEER, False, True),
        (Role.MANAGER, True, False),
        (Role.MANAGER, False, False),
    ],
)
def test_who_may_export_which_report(
    admin_ctx: Context,
    login_as: UserFactory,
    folder: Path,
    role: Role,
    named: bool,
    refused: bool,
) -> None:
    ctx = login_as(role, site_id=admin_ctx.actor.site_id)
    request = ReportRequest(Q3, named=named, reason=REASON if named else None)
    target = folder / "q3.xlsx"
    entries = _audit_count(admin_ctx)
    if refused:
        with pytest.raises(PermissionDenied):
            request.check(ctx)
        with pytest.raises(PermissionDenied):
            export_report(ctx, request, target)
        assert not target.exists()
        assert _audit_count(admin_ctx) == entries
    else:
        request.check(ctx)
        export_report(ctx, request, target)
        assert target.exists()
        assert len(_exports(admin_ctx)) == 1
