"""A PDF shows the figures only, so its report data reads no list: at 100,000 participants the
lists are most of the reading. Its figures are those of the workbook, and its audit entry still
counts the participants the report covers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.reports.test_report_data import REASON, report, seed
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent
from w4i_desktop.reports.export import export_report
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.services.context import Context


def test_a_pdf_reads_no_list_but_the_same_figures(admin_ctx: Context) -> None:
    seed(admin_ctx)
    for named in (False, True):
        reason = REASON if named else None
        workbook = report(admin_ctx, named=named, reason=reason)
        pdf = report(admin_ctx, named=named, reason=reason, output="pdf")
        assert workbook.participants and workbook.placements
        assert pdf.participants == () and pdf.placements == ()
        assert pdf.indicators == workbook.indicators


def test_a_pdf_export_counts_the_participants_it_covers(admin_ctx: Context, tmp_path: Path) -> None:
    seed(admin_ctx)
    request = ReportRequest(report(admin_ctx).period, output="pdf")
    export_report(admin_ctx, request, tmp_path / "q3.pdf")
    with admin_ctx.db.transaction() as session:
        [event] = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)
        ).all()
        detail = event.detail
    assert detail["count"] == len(report(admin_ctx).participants) == 13
