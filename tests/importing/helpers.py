"""Files to import, written in tests, and a dump of a database's whole content."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import text

from w4i_desktop.models import Base
from w4i_desktop.services.context import Context
from w4i_desktop.storage.search import SEARCH_TABLE

Rows = Sequence[Sequence[Any]]


def write_csv(path: Path, rows: Rows, *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Rows, *, title: str = "Foglio1") -> Path:
    """An ordinary workbook: a text starting with "=" becomes a real formula cell."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def dump(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and of the full-text index), in a stable order."""
    content: dict[str, list[tuple[Any, ...]]] = {}
    with ctx.db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY 1'))
            content[table.name] = [tuple(r) for r in rows]
        rows = session.execute(text(f"SELECT rowid, * FROM {SEARCH_TABLE} ORDER BY rowid"))
        content[SEARCH_TABLE] = [tuple(r) for r in rows]
    return content
