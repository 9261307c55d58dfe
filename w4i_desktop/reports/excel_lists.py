"""The report workbook's two long lists, Placements and Participants, written fast.

openpyxl makes a cell object for every value and writes it through lxml's incremental writer,
some 20 microseconds a cell: 12 s for the half million cells of a named report at 100,000
participants. The lists hold only text, numbers and dates, so their rows are written here as
the XML openpyxl itself writes for such cells (inline strings; numbers; dates as serial days
in the date style), about twenty times faster. openpyxl still writes everything else of the
sheet (widths, frozen header, table) with the header row; `FastWorkbook.save` then puts the
rows after the header as the sheet's part goes into the file. What the lists hold, and why a
pseudonymised one shows months only, is in `excel`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from w4i_desktop.reports.excel_cells import (
    DATE_FORMAT,
    NOTE,
    Sheet,
    Steps,
    add_table,
    cell,
    clean,
    set_widths,
    sheet_name,
)
from w4i_desktop.reports.report_data import ReportData

__all__ = ["FastWorkbook", "month", "participants_sheet", "placements_sheet"]

_EPOCH = date(1899, 12, 30).toordinal()  # Excel's day 0 (Windows dates)
_SHEET_DATA_END = b"</sheetData>"


class FastWorkbook:
    """A write-only workbook whose long lists are written by `add_rows`."""

    def __init__(self) -> None:
        self.book = Workbook(write_only=True)
        self._rows: list[tuple[Sheet, list[str]]] = []

    def add_rows(self, sheet: Sheet, rows: Sequence[Sequence[Any]], steps: Steps) -> None:
        """Rows of text, numbers, dates or None below the sheet's header row (row 1)."""
        prototype = WriteOnlyCell(sheet, value=datetime(2000, 1, 1))
        prototype.number_format = DATE_FORMAT
        date_style = prototype.style_id  # registers the style in the workbook
        encoded: list[str] = []
        for number, row in enumerate(rows, start=2):
            encoded.append(_row(number, row, date_style))
            steps.advance()
        self._rows.append((sheet, encoded))

    def save(self, target: IO[bytes]) -> None:
        """What openpyxl's `Workbook.save` does, with the rows put in their sheets."""
        parts = {
            f"xl/worksheets/sheet{index}.xml": rows
            for index, sheet in enumerate(self.book.worksheets, start=1)
            for listed, rows in self._rows
            if listed is sheet
        }
        archive = _Archive(target, parts)
        self.book.properties.modified = datetime.now(UTC).replace(tzinfo=None)  # as openpyxl
        ExcelWriter(self.book, archive).save()
        if archive.pending:
            raise ValueError(f"openpyxl wrote no {', '.join(archive.pending)}")


class _Archive(ZipFile):
    """The .xlsx file: a sheet part named in `rows` gets them before its `</sheetData>`."""

    def __init__(self, target: IO[bytes], rows: dict[str, list[str]]) -> None:
        super().__init__(target, "w", ZIP_DEFLATED, allowZip64=True)
        self.pending = rows

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        rows = self.pending.pop(str(arcname), None)
        if rows is None:
            super().write(filename, arcname, *args, **kwargs)
            return
        head, end, tail = Path(filename).read_bytes().rpartition(_SHEET_DATA_END)
        if not end:
            raise ValueError(f"no sheet data in {arcname}")  # openpyxl wrote the header row
        with self.open(str(arcname), "w") as part:
            part.write(head)
            for chunk in _chunks(rows):
                part.write(chunk)
            part.write(end + tail)


def _chunks(rows: list[str], size: int = 2000) -> Iterator[bytes]:
    for first in range(0, len(rows), size):
        yield "".join(rows[first : first + size]).encode()


_LETTERS = [get_column_letter(index) for index in range(1, 27)]
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _row(number: int, values: Sequence[Any], date_style: int) -> str:
    """One row as openpyxl writes it: empty cells left out, text never a formula."""
    if len(values) > len(_LETTERS):
        raise ValueError(f"a list of {len(values)} columns")
    cells = [f'<row r="{number}">']
    for letter, value in zip(_LETTERS, values, strict=False):
        if value is None:
            continue
        ref = f"{letter}{number}"
        if isinstance(value, str):
            text = clean(value)
            if not text:
                continue
            space = ' xml:space="preserve"' if text != text.strip() else ""
            text = text.translate(_ESCAPES)
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>')
        elif isinstance(value, datetime):
            raise TypeError("lists hold dates, not times")
        elif isinstance(value, date):
            serial = value.toordinal() - _EPOCH
            if 0 < serial <= 60:  # before 1 March 1900, where Excel counts a day too many
                serial -= 1
            cells.append(f'<c r="{ref}" s="{date_style}" t="n"><v>{serial}</v></c>')
        elif isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"no list cell for {type(value).__name__}")
        else:
            cells.append(f'<c r="{ref}" t="n"><v>{value:.16g}</v></c>')
    cells.append("</row>")
    return "".join(cells)


def _list_sheet(
    workbook: FastWorkbook,
    title: str,
    name: str,
    header: list[str],
    rows: Sequence[Sequence[Any]],
    steps: Steps,
    note: str | None = None,
) -> None:
    """A long list: widths from the values, a table, a frozen header, the rows."""
    sheet: Sheet = workbook.book.create_sheet(sheet_name(title))
    sheet.freeze_panes = "A2"
    set_widths(sheet, header, [[row[i] for row in rows] for i in range(len(header))])
    add_table(sheet, name, header, len(rows))
    first = [*header, None, cell(sheet, note, font=NOTE)] if note else header
    sheet.append(first)
    if rows:
        workbook.add_rows(sheet, rows, steps)
    else:
        sheet.append([])
    steps.advance(0, force=True)


def placements_sheet(workbook: FastWorkbook, data: ReportData, steps: Steps) -> None:
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
    else:  # months only, no hours: see the module `excel`
        header = ["code", "start_month", "end_month", "employer"]
        rows = [
            (p.code, month(p.start_date), month(p.end_date), p.employer) for p in data.placements
        ]
        note = t("report.note.placements_pseudonymised")
    names = [t(f"column.{key}") for key in header]
    _list_sheet(workbook, t("sheet.placements"), "Placements", names, rows, steps, note)


def participants_sheet(workbook: FastWorkbook, data: ReportData, steps: Steps) -> None:
    t = data.texts
    rows: list[tuple[Any, ...]]
    if data.named:
        header = ["code", "last_name", "first_name", "birth_date", "site", "enrolled_on",
                  "closed_on", "closure_reason"]  # fmt: skip
        reasons = {reason: t.category("closure_reason", reason.value) for reason in _reasons(data)}
        rows = [
            (p.code, p.last_name, p.first_name, p.birth_date, p.site, p.enrolled_on, p.closed_on,
             reasons[p.closure_reason] if p.closure_reason else None)
            for p in data.participants
        ]  # fmt: skip
    else:
        header = ["code", "enrolled_month", "closed_month"]
        rows = [(p.code, month(p.enrolled_on), month(p.closed_on)) for p in data.participants]
    names = [t(f"column.{key}") for key in header]
    _list_sheet(workbook, t("sheet.participants"), "Participants", names, rows, steps)


def _reasons(data: ReportData) -> set[Any]:
    return {p.closure_reason for p in data.participants if p.closure_reason is not None}


def month(value: date | None) -> str | None:
    """The month of a date as "yyyy-mm" text: what a pseudonymised list shows of a date."""
    return None if value is None else f"{value.year:04d}-{value.month:02d}"
