"""Reading an import file into its header row and the rows under it.

Excel workbooks (.xlsx) are read by xlsx.py from the first sheet that holds anything; cells keep
their types (dates as datetimes, numbers as numbers, so an Excel date serial stays a number) and
a formula is read as its text ("=HYPERLINK(...)"), never evaluated.
Text files (.csv, .txt, .tsv) may be separated by commas, semicolons, tabs or vertical bars,
whichever gives the most columns consistently over the first rows, and encoded in UTF-8 (with or
without a byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode text"), or else
Windows-1252. The format is told by the content, not by the name.

Limits keep a mistaken choice of file from freezing the application: 20 MB on disk, 300 MB
unpacked for a workbook, 50,000 rows and 200 columns. Every problem is a BadInput in the user's
language that names the file, never its content.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from w4i_desktop.errors import BadInput
from w4i_desktop.importing import xlsx
from w4i_desktop.importing.texts import ImportTexts
from w4i_desktop.importing.xlsx import CellValue

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200
DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024
SNIFF_ROWS = 50

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and other old Office files


@dataclass(frozen=True)
class SourceRow:
    line: int  # the row's number in the file: 1 is the first line or the sheet's row 1
    cells: tuple[CellValue, ...]


@dataclass(frozen=True)
class SourceTable:
    name: str  # the file's name, without its folder
    format: str  # "xlsx" or "csv"
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    header_line: int = 1
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def width(self) -> int:
        return len(self.headers)


def read_table(path: Path, language: str = "en") -> SourceTable:
    t = ImportTexts.for_language(language)
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(t("file.too_big", name=path.name, mb=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(t("file.missing", name=path.name)) from None
    except IsADirectoryError:
        raise BadInput(t("file.missing", name=path.name)) from None
    except PermissionError:
        raise BadInput(t("file.unreadable", name=path.name)) from None
    return read_bytes(data, path.name, language)


def read_bytes(data: bytes, name: str, language: str = "en") -> SourceTable:
    """The table in `data`, the content of a file called `name`."""
    t = ImportTexts.for_language(language)
    if len(data) > MAX_BYTES:
        raise BadInput(t("file.too_big", name=name, mb=MAX_BYTES // (1024 * 1024)))
    if data.startswith(_OLE_MAGIC):
        raise BadInput(t("file.old_excel", name=name))
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(data, name, t)
    if name.lower().endswith((".xlsx", ".xlsm")):
        raise BadInput(t("file.not_a_workbook", name=name))
    return _read_text(data, name, t)


# --- tables from rows ----------------------------------------------------------------------------


def _blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _table(
    rows: Iterable[tuple[int, tuple[CellValue, ...]]],
    name: str,
    fmt: str,
    t: ImportTexts,
    **kw: str,
) -> SourceTable:
    """Header = the first row with anything in it; rows = the non-blank rows under it."""
    header: tuple[int, tuple[CellValue, ...]] | None = None
    body: list[SourceRow] = []
    width = 0
    for line, cells in rows:
        end = len(cells)
        while end and _blank(cells[end - 1]):
            end -= 1
        if end == 0:
            continue
        if end > MAX_COLUMNS:
            raise BadInput(t("file.too_many_columns", name=name, limit=MAX_COLUMNS))
        width = max(width, end)
        if header is None:
            header = (line, cells[:end])
            continue
        if len(body) >= MAX_ROWS:
            raise BadInput(t("file.too_many_rows", name=name, limit=f"{MAX_ROWS:,}"))
        body.append(SourceRow(line, cells[:end]))
    if header is None:
        raise BadInput(t("file.empty", name=name))
    if not body:
        raise BadInput(t("file.no_rows", name=name))
    headers = tuple(cell_text(c).strip() for c in header[1]) + ("",) * (width - len(header[1]))
    padded = tuple(
        row if len(row.cells) == width else SourceRow(row.line, _pad(row.cells, width))
        for row in body
    )
    return SourceTable(name, fmt, headers, padded, header_line=header[0], **kw)


def _pad(cells: tuple[CellValue, ...], width: int) -> tuple[CellValue, ...]:
    return cells + (None,) * (width - len(cells))


def cell_text(value: CellValue) -> str:
    """A cell as the user would read it: dates in ISO form, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    return str(value)


# --- Excel ---------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, t: ImportTexts) -> SourceTable:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise BadInput(t("file.too_big", name=name, mb=MAX_BYTES // (1024 * 1024)))
            return _first_sheet(xlsx.Workbook(archive), name, t)
    except BadInput:
        raise
    except Exception:
        # The file comes from anywhere: whatever the zip or XML parser raises on a damaged or
        # foreign workbook (KeyError, ValueError, XMLSyntaxError...) means "unreadable".
        raise BadInput(t("file.not_a_workbook", name=name)) from None


def _first_sheet(book: xlsx.Workbook, name: str, t: ImportTexts) -> SourceTable:
    """The first sheet, in workbook order, that holds anything."""
    for sheet in book.sheets:
        rows = (
            (line, cells) for line, cells in book.rows(sheet) if any(not _blank(c) for c in cells)
        )
        first = next(rows, None)
        if first is not None:
            return _table(itertools.chain([first], rows), name, "xlsx", t, sheet=sheet.name)
    raise BadInput(t("file.empty", name=name))


# --- text files ----------------------------------------------------------------------------------


def _read_text(data: bytes, name: str, t: ImportTexts) -> SourceTable:
    text, encoding = _decode(data, name, t)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered = ((i, tuple[CellValue, ...](cells)) for i, cells in enumerate(reader, start=1))
    try:
        return _table(numbered, name, "csv", t, encoding=encoding, delimiter=delimiter)
    except csv.Error:
        raise BadInput(t("file.bad_csv", name=name)) from None


def _decode(data: bytes, name: str, t: ImportTexts) -> tuple[str, str]:
    candidates: list[tuple[bytes, str]]
    if data.startswith(codecs.BOM_UTF8):
        candidates = [(data[len(codecs.BOM_UTF8) :], "utf-8-sig")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [(data, "utf-16")]
    else:
        candidates = [(data, "utf-8"), (data, "cp1252")]
    for raw, encoding in candidates:
        with contextlib.suppress(UnicodeDecodeError):
            text = raw.decode("utf-16" if encoding == "utf-16" else encoding.replace("-sig", ""))
            if "\x00" in text and encoding != "utf-16":
                break  # UTF-16 without a byte-order mark, or not text at all
            return text, encoding
    raise BadInput(t("file.encoding", name=name))


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the widest header row that most of the first rows agree with."""
    sample = text[:SNIFF_CHARS]
    truncated = len(text) > len(sample)
    best, best_score = DELIMITERS[0], (False, False, 0)
    for delimiter in DELIMITERS:
        try:
            rows = list(
                itertools.islice(
                    csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter),
                    SNIFF_ROWS + 1,
                )
            )
        except csv.Error:
            continue
        if truncated and len(rows) > 1:
            rows = rows[:-1]  # perhaps cut in the middle
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows:
            continue
        width = len(rows[0])
        agreeing = sum(1 for r in rows if len(r) == width) / len(rows)
        score = (width > 1, agreeing >= 0.8, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
