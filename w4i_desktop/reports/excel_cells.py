"""The building blocks of the report workbook's sheets (module `excel`): number formats,
fonts, progress, cells of a write-only sheet, column widths and Excel tables."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from w4i_desktop.progress import Progress
from w4i_desktop.reports.errors import Cancelled

# Write-only sheets have every Worksheet method used here (openpyxl copies them over); the
# stubs do not say so.
Sheet = Worksheet
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
TABLE_STYLE = "TableStyleMedium2"
PROGRESS_EVERY = 2000
MIN_WIDTH, MAX_WIDTH, DEFINITION_WIDTH = 8.0, 50.0, 110.0
FILTER_BUTTON = 3  # characters a header needs beside its filter button (and in bold)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14, color="2F5D8A")
NOTE = Font(italic=True, color="52606D")
RIGHT = Alignment(horizontal="right")


class Steps:
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


def clean(text: str | None) -> str:
    """Typed text as a string cell's content: control characters that XML cannot hold are
    dropped (openpyxl would refuse them)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text or "")


def cell(
    sheet: Sheet,
    value: Any,
    *,
    font: Font | None = None,
    number_format: str | None = None,
    right: bool = False,
) -> Cell:
    if isinstance(value, str):
        value = clean(value)
    made = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        made.data_type = "s"  # typed text is never a formula
    if font is not None:
        made.font = font
    if number_format is not None:
        made.number_format = number_format
    if right:
        made.alignment = RIGHT
    return made


def count(sheet: Sheet, value: int | str, font: Font | None = None) -> Any:
    if isinstance(value, str):  # "<5" or "[c]": a text cell, aligned like the numbers
        return cell(sheet, value, font=font, right=True)
    return cell(sheet, value, font=font, number_format=COUNT_FORMAT)


def set_widths(
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


def add_table(
    sheet: Sheet, name: str, header: Sequence[str], rows: int, first_row: int = 1
) -> None:
    """A table over `header` at `first_row` and the `rows` rows below it (at least one: Excel
    wants a body row, which the caller leaves empty when there is no data)."""
    last = get_column_letter(len(header))
    ref = f"A{first_row}:{last}{first_row + max(rows, 1)}"
    made = Table(
        displayName=name,
        ref=ref,
        autoFilter=AutoFilter(ref=ref),
        tableColumns=[TableColumn(id=i, name=text) for i, text in enumerate(header, start=1)],
        tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True),
    )
    with warnings.catch_warnings():  # "you must add table columns manually": we do
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(made)


_FORBIDDEN = str.maketrans({ch: "-" for ch in "[]:*?/\\"})


def sheet_name(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\ (the catalogue keeps to
    this; this is the safety net for a careless translation)."""
    return text.translate(_FORBIDDEN).strip("'")[:31]
