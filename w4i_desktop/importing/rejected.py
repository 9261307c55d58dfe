"""The rejected rows as a workbook to correct and import again.

One sheet: the file's header row, then every rejected row with its cells as read (as text) and
two more columns, the row's number in the file and its problems in the chosen language. Every
cell is a string cell (workbook.text_cell): a rejected "=HYPERLINK(...)" stays text.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from w4i_desktop.importing.headers import column_name
from w4i_desktop.importing.plan import ImportPlan
from w4i_desktop.importing.texts import ImportTexts
from w4i_desktop.importing.workbook import BOLD, text_cell

WIDTH = 18.0
PROBLEMS_WIDTH = 80.0


def rejected_rows_xlsx(plan: ImportPlan, language: str | None = None) -> bytes:
    t = ImportTexts.for_language(language or plan.language)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(t("rejected.sheet")[:31])
    width = len(plan.headers)
    for index in range(width):
        sheet.column_dimensions[_letter(index)].width = WIDTH
    sheet.column_dimensions[_letter(width + 1)].width = PROBLEMS_WIDTH
    sheet.freeze_panes = "A2"
    headers = [column_name(plan.headers, i, t) for i in range(width)]
    headers += [t("rejected.row"), t("rejected.problems")]
    sheet.append([text_cell(sheet, h, font=BOLD) for h in headers])
    for row in plan.rejected_rows:
        problems = "\n".join(
            f"{p.header}: {p.message}" if p.header else p.message for p in row.problems
        )
        cells: list[object] = [text_cell(sheet, c) for c in row.cells]
        cells += [row.line, text_cell(sheet, problems, wrap=True)]
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _letter(index: int) -> str:
    return get_column_letter(index + 1)
