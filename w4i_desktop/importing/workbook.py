"""Cells for the workbooks the import writes (templates, rejected rows): text is always text.

openpyxl turns a string starting with "=" into a formula; a cell made here keeps it a string
(data type "s"), so "=HYPERLINK(...)" read from a file is written back as the characters the
user typed and Excel never evaluates it. "+", "-" and "@" are strings to openpyxl already, and a
string cell is never a formula to Excel, whatever it starts with.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14, color="2F5D8A")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def clean_text(value: str) -> str:
    """What a string cell may hold: no control characters XML refuses, at most 32,767."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]


def text_cell(
    sheet: WriteOnlyWorksheet, value: str, *, font: Font | None = None, wrap: bool = False
) -> Cell:
    cell = WriteOnlyCell(sheet, value=clean_text(value))
    cell.data_type = "s"  # never a formula, whatever the text starts with
    if font is not None:
        cell.font = font
    if wrap:
        cell.alignment = WRAP
    return cell


def set_text(cell: Any, value: str) -> None:
    """Put text into a cell of an ordinary (not write-only) sheet, as a string."""
    cell.value = clean_text(value)
    cell.data_type = "s"
