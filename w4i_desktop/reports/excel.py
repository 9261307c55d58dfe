"""The quarterly report as an Excel workbook (openpyxl), from a `ReportData`.

Sheets, named in the report's language: Summary (organisation, period, scope, who and when,
every indicator with its value and definition), one sheet per breakdown (`layout.breakdowns`),
Placements (started in the period) and Participants (active in the period). Every list is a
real Excel table (ListObject, so with filter buttons) under a frozen header row; dates are
"yyyy-mm-dd" and percentages "0.0%". Two native bar charts: placements by type and active
participants by age band.

The whole workbook is written in openpyxl's write-only mode: rows stream to the sheet's XML as
they are appended, and the long lists' rows are written as XML directly (`excel_lists`), so
100,000 participants need no cell objects in memory. Write-only sheets can hold tables, charts,
column widths and frozen panes as long as they are set before the first row (widths, panes) and
the table columns are named by hand, which `excel_cells.add_table` does; they cannot merge
cells, so long notes simply run on to the right. openpyxl streams each sheet to a temporary file
and deletes it when the workbook is saved; a cancelled report deletes its own (`_discard`).
The building blocks are in `excel_cells`.

In pseudonymised reports the lists hold only fields that no suppressed breakdown is made of
(codes, months, employers): a placement type or a site beside each code would let anyone
recount the cells the breakdowns hide. Nor does any list carry a code beside an employer and
an exact date: anyone who knows the employer could tell who started there that day, and the
code would then give away the rest of her rows. So every date in a pseudonymised list is its
month ("2025-08", text) and the hours are left out; the sheets' codes link the lists, so this
holds for the Participants list too. Named reports list everything, exact and with names.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from w4i_desktop.progress import Progress
from w4i_desktop.reports import layout
from w4i_desktop.reports.excel_cells import (
    BOLD,
    COUNT_FORMAT,
    DATE_FORMAT,
    DATETIME_FORMAT,
    DEFINITION_WIDTH,
    NOTE,
    PERCENT_FORMAT,
    TITLE,
    Sheet,
    Steps,
    add_table,
    cell,
    clean,
    count,
    set_widths,
    sheet_name,
)
from w4i_desktop.reports.excel_lists import (
    FastWorkbook,
    month,
    participants_sheet,
    placements_sheet,
)
from w4i_desktop.reports.report_data import ReportData
from w4i_desktop.reports.texts import ReportTexts

__all__ = ["DATE_FORMAT", "PERCENT_FORMAT", "Progress", "excel_report", "month"]

CREATOR = "W4I Desktop"


def excel_report(data: ReportData, progress: Progress | None = None) -> bytes:
    """The .xlsx bytes of `data`; `progress(done, total)` returning False raises Cancelled."""
    tables = layout.breakdowns(data)
    steps = Steps(progress, 2 + len(tables) + len(data.placements) + len(data.participants))
    workbook = FastWorkbook()
    book = workbook.book
    try:
        _properties(book, data)
        steps.advance(0, force=True)
        _summary(book, data)
        steps.advance(force=True)
        type_chart, age_chart = layout.charts(tables, data)
        for breakdown in tables:
            chart = {"placement_type": type_chart, "age_band": age_chart}.get(breakdown.key)
            _breakdown_sheet(book, data, breakdown, chart)
            steps.advance(force=True)
        placements_sheet(workbook, data, steps)
        participants_sheet(workbook, data, steps)
        buffer = io.BytesIO()
        workbook.save(buffer)
    except BaseException:
        _discard(book)
        raise
    steps.advance(force=True)
    return buffer.getvalue()


def _discard(book: Workbook) -> None:
    """Delete the temporary files of the sheets written so far (they may hold names)."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or not isinstance(sheet, WriteOnlyWorksheet):
            continue
        try:
            if not sheet.closed:
                sheet.close()
            writer.cleanup()
        except (OSError, ValueError, KeyError):  # already saved and removed
            continue


def _properties(book: Workbook, data: ReportData) -> None:
    t = data.texts
    props = book.properties
    title = f"{t('report.title')} {data.period.label}"
    props.title = f"{title} – {data.organisation}" if data.organisation else title
    props.subject = f"{t.period(data.period)} – {data.scope}"
    props.creator = CREATOR
    props.lastModifiedBy = CREATOR
    props.description = data.kind
    props.keywords = f"W4I; {data.period.label}"
    props.language = data.language
    created = data.generated_at.astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = created


def _table_name(key: str) -> str:
    return "".join(part.title() for part in key.split("_"))


def _summary(book: Workbook, data: ReportData) -> None:
    t = data.texts
    sheet: Sheet = book.create_sheet(sheet_name(t("sheet.summary")))
    rows = layout.indicator_rows(data)
    facts: list[tuple[str, Any, str | None]] = [
        (t("report.organisation"), data.organisation, None),
        (t("report.period"), t.period(data.period), None),
        (t("report.scope"), data.scope, None),
        (t("report.kind"), data.kind, None),
        (t("report.generated_on"), data.generated_at.replace(tzinfo=None), DATETIME_FORMAT),
        (t("report.generated_by"), data.generated_by, None),
    ]
    if data.named:
        facts.append((t("report.reason"), data.reason or "", None))
    header = [t("column.id"), t("column.indicator"), t("column.value"), t("column.definition")]
    values = [_value_text(t, row) for row in rows]
    set_widths(
        sheet,
        header,
        [
            [*(label for label, _, _ in facts), *(r.id for r in rows)],
            [*(value for _, value, _ in facts), *(r.name for r in rows)],
            values,
            [r.definition for r in rows],
        ],
        widest=DEFINITION_WIDTH,
    )
    sheet.append([cell(sheet, t("report.title"), font=TITLE)])
    sheet.append([])
    for label, value, number_format in facts:
        shown = value if isinstance(value, datetime) else clean(str(value))
        sheet.append(
            [cell(sheet, label, font=BOLD), cell(sheet, shown, number_format=number_format)]
        )
    sheet.append([])
    note = t("report.note.named" if data.named else "report.note.pseudonymised")
    sheet.append([cell(sheet, note, font=NOTE)])
    sheet.append([])
    first_row = len(facts) + 6
    add_table(sheet, "Indicators", header, len(rows), first_row)
    sheet.append(header)
    for row in rows:
        sheet.append([row.id, row.name, _indicator_value(sheet, t, row), row.definition])


def _value_text(t: ReportTexts, row: layout.IndicatorRow) -> str:
    if row.value is None:
        return t("report.na")
    return f"{row.value:.1f}%" if row.is_percent else f"{row.value:,}"


def _indicator_value(sheet: Sheet, t: ReportTexts, row: layout.IndicatorRow) -> Any:
    if row.value is None:
        return cell(sheet, t("report.na"), right=True)
    if row.is_percent:
        return cell(sheet, row.value / 100, number_format=PERCENT_FORMAT)
    return cell(sheet, row.value, number_format=COUNT_FORMAT)


def _breakdown_sheet(
    book: Workbook, data: ReportData, table: layout.Breakdown, chart: layout.Chart | None
) -> None:
    t = data.texts
    sheet: Sheet = book.create_sheet(sheet_name(table.title))
    sheet.freeze_panes = "A2"
    code_header = [t("column.country_code")] if table.codes is not None else []
    header = [table.label_header, *code_header, *table.columns]
    leading = 1 + len(code_header)
    set_widths(
        sheet,
        header,
        [
            [t("report.total"), *table.labels],
            *([table.codes] if table.codes is not None else []),
            *([total, *(row[i] for row in table.cells)] for i, total in enumerate(table.totals)),
        ],
    )
    add_table(sheet, _table_name(table.key), header, len(table.labels))
    sheet.append(header)
    for index, (label, cells) in enumerate(zip(table.labels, table.cells, strict=True)):
        code = [table.codes[index]] if table.codes is not None else []
        sheet.append([cell(sheet, label), *code, *(count(sheet, c) for c in cells)])
    if not table.labels:
        sheet.append([])
    padding = [None] * (leading - 1)
    total_cells = [count(sheet, n, BOLD) for n in table.totals]
    sheet.append([cell(sheet, t("report.total"), font=BOLD), *padding, *total_cells])
    notes = []
    if table.suppressed:
        notes.append(t("report.note.pseudonymised"))
        if chart is not None:
            notes.append(t("report.note.chart_suppressed"))
    for note in notes:
        sheet.append([])
        sheet.append([cell(sheet, note, font=NOTE)])
    if chart is not None:
        column = leading + 1 + (1 if table.key == "age_band" else 0)  # I2 for ages, else I5
        _add_chart(sheet, chart, table, column, len(header) + 2)


def _add_chart(
    sheet: Sheet,
    chart: layout.Chart,
    table: layout.Breakdown,
    data_column: int,
    anchor_column: int,
) -> None:
    rows = len(table.labels)
    bar = BarChart()
    bar.type = "bar" if table.key == "placement_type" else "col"
    bar.title = chart.title
    bar.legend = None
    bar.style = 10
    bar.add_data(
        Reference(sheet, min_col=data_column, min_row=1, max_row=rows + 1), titles_from_data=True
    )
    categories = Reference(sheet, min_col=1, min_row=2, max_row=rows + 1)
    bar.series[0].cat = AxDataSource(strRef=StrRef(f=str(categories)))  # text, not numbers
    bar.x_axis.delete = False  # openpyxl otherwise lets recent Excel hide the axes
    bar.y_axis.delete = False
    if bar.type == "bar":  # categories from the top down, in the table's order
        bar.x_axis.scaling.orientation = "maxMin"
        bar.y_axis.crosses = "max"
    bar.width, bar.height = 16, 8  # cm
    sheet.add_chart(bar, f"{get_column_letter(anchor_column)}2")
