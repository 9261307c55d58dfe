"""Exporting a report: the one use case the window and the `w4i report` command both call.

`export_report` reads the report's data (one unit of work), renders it as an Excel workbook or a
PDF, writes the file atomically (storage/atomic.py: a temp file beside the target, renamed over
it) and only then records the EXPORT in the audit log. So a user who cancels, a render that
fails or a file that cannot be written leaves no audit entry and no file (an older file of the
same name stays as it was); and a file that is kept always has its entry: if the entry cannot
be written, the new file is removed again.

The audit log is never erased and holds no free text: it keeps the format, the period, the
scope, whether names were included and how many participants the report covers (I2, whom a
workbook lists), and for a named report only that a reason was given (the reason itself is
printed on the report).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from w4i_desktop.enums import AuditAction
from w4i_desktop.progress import Progress, no_progress, step
from w4i_desktop.reports.report_data import ReportData, build_report_data
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.notices import write_document

__all__ = ["export_report", "render"]


def export_report(
    ctx: Context, request: ReportRequest, target: Path, progress: Progress = no_progress
) -> Path:
    """Write the report `request` asks for to `target` and audit it; returns `target`.

    `progress` hears (done, total) while the workbook is written (0, 0 while the data is
    read); answering False stops the export with `Cancelled` before anything is written."""
    request.check(ctx)
    step(progress, 0, 0)
    data = build_report_data(ctx, request)
    step(progress, 0, 0)
    document = render(data, request, progress)
    step(progress, 1, 1)  # the last moment to cancel: nothing is written yet
    write_document(target, document)
    try:
        with ctx.db.transaction() as session:
            audit.record(
                session,
                ctx.actor.user_id,
                AuditAction.EXPORT,
                "report",
                None,
                audit_detail(data, request),
            )
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()  # no report leaves without its audit entry
        raise
    return target


def render(data: ReportData, request: ReportRequest, progress: Progress = no_progress) -> bytes:
    """The file's bytes in the request's format (the writers need no database)."""
    if request.output == "pdf":
        from w4i_desktop.reports.pdf_report import pdf_report

        return pdf_report(data, data.logo)
    from w4i_desktop.reports.excel import excel_report

    return excel_report(data, progress)


def audit_detail(data: ReportData, request: ReportRequest) -> dict[str, object]:
    """What the log keeps of an export (see the module): never the reason's text, which is
    typed freely and may name someone; `"reason": True` says that one was given."""
    detail: dict[str, object] = {
        "format": request.output,
        "named": data.named,
        "period": data.period.label,
        "site_id": request.site_id,
        "count": int(data.indicators.values["I2"] or 0),  # the participants in the report
    }
    if data.named:
        detail["reason"] = True
    return detail
