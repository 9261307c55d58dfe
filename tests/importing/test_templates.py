"""The templates: a header row in the language, an example that imports, instructions."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from w4i_desktop.importing.headers import ImportKind, fields
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.run import run_import
from w4i_desktop.importing.templates import template_xlsx
from w4i_desktop.importing.texts import IMPORT_LANGUAGES, ImportTexts
from w4i_desktop.services.context import Context


@pytest.mark.parametrize("kind", list(ImportKind))
@pytest.mark.parametrize("language", IMPORT_LANGUAGES)
def test_the_template_imports_as_it_is(
    admin_ctx: Context, tmp_path: Path, language: str, kind: ImportKind
) -> None:
    t = ImportTexts.for_language(language)
    data = template_xlsx(kind, language)
    book = load_workbook(io.BytesIO(data))
    data_sheet, instructions = book.worksheets
    assert data_sheet.title == t(f"kind.{kind.value}")
    header = [c.value for c in data_sheet[1]]
    assert header == [t.field(spec.name) for spec in fields(kind)]
    assert all(c.data_type == "s" for row in data_sheet.iter_rows() for c in row if c.value)
    text = "\n".join(str(c.value) for row in instructions.iter_rows() for c in row if c.value)
    assert t(f"template.intro.rows.{kind.value}") in text
    assert t("template.intro.formulas") in text
    path = tmp_path / f"template.{language}.xlsx"
    path.write_bytes(data)
    plan = dry_run(admin_ctx, kind, path, language=language)
    assert None not in plan.mapping.values()  # every column found again by its header
    assert plan.rejected_rows == []
    result = run_import(admin_ctx, plan)
    assert result.created == 1
    assert result.contacts == (2 if kind is ImportKind.EMPLOYERS else 0)


def test_the_instructions_list_the_accepted_values_with_their_codes() -> None:
    book = load_workbook(io.BytesIO(template_xlsx("participants", "it")))
    rows = [tuple(c.value for c in row[:2]) for row in book.worksheets[1].iter_rows()]
    assert ("Richiedente asilo", "asylum_seeker") in rows
    assert ("Licenza media (ISCED 2)", "isced_2") in rows
    book = load_workbook(io.BytesIO(template_xlsx("employers", "nl")))
    rows = [tuple(c.value for c in row[:2]) for row in book.worksheets[1].iter_rows()]
    assert ("Logies en horeca", "I") in rows
