"""The quarterly report as an Excel workbook (openpyxl), from a `ReportData`.

Sheets, named in the report's language: Summary (organisation, period, scope, who and when,
every indicator with its value and definition), one sheet per breakdown (`layout.breakdowns`),
Placements (started in the period) and Participants (active in the period). Every list is a
real Excel table (ListObject, so with filter buttons) under a frozen header row; dates are
"yyyy-mm-dd" and percentages "0.0%". Two native bar charts: placements by type and active
participants by age band.

The whole workbook is written in openpyxl's write-only mode: rows stream to the sheet's XML as
they are appended, so 100,000 participants need no cell objects in memory. Write-only sheets
can hold tables, charts, column widths and frozen panes as long as they are set before the first
row (widths, panes) and the table columns are named by hand, which `_table` does; they cannot
merge cells, so long notes simply run on to the right. openpyxl streams each sheet to a
temporary file and deletes it when the workbook is saved; a cancelled report deletes its own
(`_discard`).

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
import warnings
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from w4i_desktop.reports import layout
from w4i_desktop.reports.errors import Cancelled
from w4i_desktop.reports.report_data import ReportData
from w4i_desktop.reports.texts import ReportTexts

__all__ = ["DATE_FORMAT", "PERCENT_FORMAT", "Progress", "excel_report", "month"]

Progress = Callable[[int, int], bool]
# Write-only sheets have every Worksheet method used here (openpyxl copies them over); the
# stubs do not say so.
Sheet = Worksheet
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
CREATOR = "W4I Desktop"
TABLE_STYLE = "TableStyleMedium2"
PROGRESS_EVERY = 2000
MIN_WIDTH, MAX_WIDTH, DEFINITION_WIDTH = 8.0, 50.0, 110.0
FILTER_BUTTON = 3  # characters a header needs beside its filter button (and in bold)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14, color="2F5D8A")
NOTE = Font(italic=True, color="52606D")
RIGHT = Alignment(horizontal="right")


class _Progress:
    """Reports rows written every PROGRESS_EVERY rows and after each sheet; a callback that
    returns False cancels."""

    def __init__(self, callback: Progress | None, total: int) -> None:
        self.callback, self.total, self.done, self.reported = callback, total, 0, 0

    def advance(self, rows: int = 1, *, force: bool = False) -> None:
        self.done = min(self.done + rows, self.total)
        due = force or self.done - self.reported >= PROGRESS_EVERY
        if self.callback is not None and due:
            self.reported = self.done
            if self.callback(self.done, self.total) is False:
                raise Cancelled


def excel_report(data: ReportData, progress: Progress | None = None) -> bytes:
    """The .xlsx bytes of `data`; `progress(done, total)` returning False raises Cancelled."""
    tables = layout.breakdowns(data)
    steps = _Progress(progress, 2 + len(tables) + len(data.placements) + len(data.participants))
    book = Workbook(write_only=True)
    try:
        _properties(book, data)
        steps.advance(0, force=True)
        _summary(book, data)
        steps.advance(force=True)
        type_chart, age_chart = layout.charts(tables, data)
        for table in tables:
            chart = {"placement_type": type_chart, "age_band": age_chart}.get(table.key)
            _breakdown_sheet(book, data, table, chart)
            steps.advance(force=True)
        _placements_sheet(book, data, steps)
        _participants_sheet(book, data, steps)
        buffer = io.BytesIO()
        book.save(buffer)
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


def _clean(text: str | None) -> str:
    """Typed text as a string cell's content: control characters that XML cannot hold are
    dropped (openpyxl would refuse them)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text or "")


def _cell(
    sheet: Sheet,
    value: Any,
    *,
    font: Font | None = None,
    number_format: str | None = None,
    right: bool = False,
) -> Cell:
    if isinstance(value, str):
        value = _clean(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # typed text is never a formula
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if right:
        cell.alignment = RIGHT
    return cell


def _text(sheet: Sheet, value: str | None) -> Cell | str | None:
    """Typed text: a plain string (cheap to stream) unless it would read as a formula."""
    if not value:
        return None
    cleaned = _clean(value)
    return _cell(sheet, cleaned) if cleaned.startswith("=") else cleaned


def _date(sheet: Sheet, value: date | None) -> Cell | None:
    return None if value is None else _cell(sheet, value, number_format=DATE_FORMAT)


def _count(sheet: Sheet, value: int | str, font: Font | None = None) -> Any:
    if isinstance(value, str):  # "<5" or "[c]": a text cell, aligned like the numbers
        return _cell(sheet, value, font=font, right=True)
    return _cell(sheet, value, font=font, number_format=COUNT_FORMAT)


def _set_widths(
    sheet: Sheet,
    header: Sequence[str],
    columns: Sequence[Iterable[Any]],
    widest: float = MAX_WIDTH,
) -> None:
    """Column widths that fit the longest value shown (dates as yyyy-mm-dd) and the table's
    header with its filter button, within limits; the last column may be as wide as `widest`."""
    for index, (title, values) in enumerate(zip(header, columns, strict=True), start=1):
        longest = max((_shown_length(value) for value in values), default=0)
        longest = max(longest, len(title) + FILTER_BUTTON)
        limit = widest if index == len(columns) else MAX_WIDTH
        width = min(max(longest + 2.0, MIN_WIDTH), limit)
        sheet.column_dimensions[get_column_letter(index)].width = width


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, int):
        return len(f"{value:,}")
    return len(str(value))


def _table(sheet: Sheet, name: str, header: Sequence[str], rows: int, first_row: int = 1) -> None:
    """A table over `header` at `first_row` and the `rows` rows below it (at least one: Excel
    wants a body row, which the caller leaves empty when there is no data)."""
    last = get_column_letter(len(header))
    ref = f"A{first_row}:{last}{first_row + max(rows, 1)}"
    table = Table(
        displayName=name,
        ref=ref,
        autoFilter=AutoFilter(ref=ref),
        tableColumns=[TableColumn(id=i, name=text) for i, text in enumerate(header, start=1)],
        tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True),
    )
    with warnings.catch_warnings():  # "you must add table columns manually": we do
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)


def _table_name(key: str) -> str:
    return "".join(part.title() for part in key.split("_"))


def _summary(book: Workbook, data: ReportData) -> None:
    t = data.texts
    sheet: Sheet = book.create_sheet(_sheet_name(t("sheet.summary")))
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
    _set_widths(
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
    sheet.append([_cell(sheet, t("report.title"), font=TITLE)])
    sheet.append([])
    for label, value, number_format in facts:
        shown = value if isinstance(value, datetime) else _clean(str(value))
        sheet.append(
            [_cell(sheet, label, font=BOLD), _cell(sheet, shown, number_format=number_format)]
        )
    sheet.append([])
    note = t("report.note.named" if data.named else "report.note.pseudonymised")
    sheet.append([_cell(sheet, note, font=NOTE)])
    sheet.append([])
    first_row = len(facts) + 6
    _table(sheet, "Indicators", header, len(rows), first_row)
    sheet.append(header)
    for row in rows:
        sheet.append([row.id, row.name, _indicator_value(sheet, t, row), row.definition])


def _value_text(t: ReportTexts, row: layout.IndicatorRow) -> str:
    if row.value is None:
        return t("report.na")
    return f"{row.value:.1f}%" if row.is_percent else f"{row.value:,}"


def _indicator_value(sheet: Sheet, t: ReportTexts, row: layout.IndicatorRow) -> Any:
    if row.value is None:
        return _cell(sheet, t("report.na"), right=True)
    if row.is_percent:
        return _cell(sheet, row.value / 100, number_format=PERCENT_FORMAT)
    return _cell(sheet, row.value, number_format=COUNT_FORMAT)


def _breakdown_sheet(
    book: Workbook, data: ReportData, table: layout.Breakdown, chart: layout.Chart | None
) -> None:
    t = data.texts
    sheet: Sheet = book.create_sheet(_sheet_name(table.title))
    sheet.freeze_panes = "A2"
    code_header = [t("column.country_code")] if table.codes is not None else []
    header = [table.label_header, *code_header, *table.columns]
    leading = 1 + len(code_header)
    _set_widths(
        sheet,
        header,
        [
            [t("report.total"), *table.labels],
            *([table.codes] if table.codes is not None else []),
            *([total, *(row[i] for row in table.cells)] for i, total in enumerate(table.totals)),
        ],
    )
    _table(sheet, _table_name(table.key), header, len(table.labels))
    sheet.append(header)
    for index, (label, cells) in enumerate(zip(table.labels, table.cells, strict=True)):
        code = [table.codes[index]] if table.codes is not None else []
        sheet.append([_cell(sheet, label), *code, *(_count(sheet, c) for c in cells)])
    if not table.labels:
        sheet.append([])
    padding = [None] * (leading - 1)
    total_cells = [_count(sheet, n, BOLD) for n in table.totals]
    sheet.append([_cell(sheet, t("report.total"), font=BOLD), *padding, *total_cells])
    notes = []
    if table.suppressed:
        notes.append(t("report.note.pseudonymised"))
        if chart is not None:
            notes.append(t("report.note.chart_suppressed"))
    for note in notes:
        sheet.append([])
        sheet.append([_cell(sheet, note, font=NOTE)])
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


def _list_sheet(
    book: Workbook,
    title: str,
    name: str,
    header: list[str],
    rows: Sequence[Sequence[Any]],
    steps: _Progress,
    note: str | None = None,
) -> None:
    """A long list: widths from the values, a table, a frozen header, rows streamed."""
    sheet: Sheet = book.create_sheet(_sheet_name(title))
    sheet.freeze_panes = "A2"
    _set_widths(sheet, header, [[row[i] for row in rows] for i in range(len(header))])
    _table(sheet, name, header, len(rows))
    first = [*header, None, _cell(sheet, note, font=NOTE)] if note else header
    sheet.append(first)
    for row in rows:
        sheet.append(
            [_date(sheet, v) if isinstance(v, date) else _text(sheet, v) if isinstance(v, str)
             else v for v in row]
        )  # fmt: skip
        steps.advance()
    if not rows:
        sheet.append([])
    steps.advance(0, force=True)


def _placements_sheet(book: Workbook, data: ReportData, steps: _Progress) -> None:
    t = data.texts
    rows: list[tuple[Any, ...]]
    if data.named:
        header = ["code", "last_name", "first_name", "site", "employer", "placement_type",
                  "start_date", "end_date", "hours"]  # fmt: skip
        rows = [
            (p.code, p.last_name, p.first_name, p.site, p.employer,
             t.category("placement_type", p.type.value), p.start_date, p.end_date,
             p.hours_per_week)
            for p in data.placements
        ]  # fmt: skip
        note = None
    else:  # months only, no hours: see the module's docstring
        header = ["code", "start_month", "end_month", "employer"]
        rows = [
            (p.code, month(p.start_date), month(p.end_date), p.employer) for p in data.placements
        ]
        note = t("report.note.placements_pseudonymised")
    names = [t(f"column.{key}") for key in header]
    _list_sheet(book, t("sheet.placements"), "Placements", names, rows, steps, note)


def _participants_sheet(book: Workbook, data: ReportData, steps: _Progress) -> None:
    t = data.texts
    rows: list[tuple[Any, ...]]
    if data.named:
        header = ["code", "last_name", "first_name", "birth_date", "site", "enrolled_on",
                  "closed_on", "closure_reason"]  # fmt: skip
        rows = [
            (p.code, p.last_name, p.first_name, p.birth_date, p.site, p.enrolled_on, p.closed_on,
             t.category("closure_reason", p.closure_reason.value) if p.closure_reason else None)
            for p in data.participants
        ]  # fmt: skip
    else:
        header = ["code", "enrolled_month", "closed_month"]
        rows = [(p.code, month(p.enrolled_on), month(p.closed_on)) for p in data.participants]
    names = [t(f"column.{key}") for key in header]
    _list_sheet(book, t("sheet.participants"), "Participants", names, rows, steps)


def month(value: date | None) -> str | None:
    """The month of a date as "yyyy-mm" text: what a pseudonymised list shows of a date."""
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


_FORBIDDEN = str.maketrans({ch: "-" for ch in "[]:*?/\\"})


def _sheet_name(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\ (the catalogue keeps to
    this; this is the safety net for a careless translation)."""
    return text.translate(_FORBIDDEN).strip("'")[:31]
