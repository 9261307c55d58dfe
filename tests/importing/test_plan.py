"""The dry run: every kind of bad row, in five languages and two formats, reported by row and
column in the user's language; nothing written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.importing.fixtures import (
    CMD,
    DATE_LINE,
    EXISTING,
    EXPECTED,
    FIELDS,
    HEADERS,
    HYPERLINK,
    LANGUAGES,
    OK_LINES,
    participant_file,
)
from tests.importing.helpers import dump, write_csv
from w4i_desktop.enums import CefrLevel, EducationLevel, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.importing.plan import ImportPlan, dry_run
from w4i_desktop.importing.rejected import rejected_rows_xlsx
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context


@pytest.fixture
def existing(admin_ctx: Context) -> str:
    pid = participants.create(admin_ctx, EXISTING)
    return str(participants.get(admin_ctx, pid)["code"])


def _found(plan: ImportPlan, language: str) -> set[tuple[int, str | None, str]]:
    field_of = {header: field for header, field in zip(HEADERS[language], FIELDS, strict=True)}
    return {
        (row.line, field_of.get(p.header or ""), p.reason)
        for row in plan.rejected_rows
        for p in row.problems
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_bad_row_is_reported_in_the_users_language(
    admin_ctx: Context, existing: str, tmp_path: Path, language: str, fmt: str
) -> None:
    source = participant_file(tmp_path, language, fmt)
    before = dump(admin_ctx)
    plan = dry_run(admin_ctx, "participants", source, language=language, host_language=language)
    assert dump(admin_ctx) == before  # a dry run writes nothing
    assert list(plan.mapping.values()) == FIELDS
    assert _found(plan, language) == EXPECTED
    assert tuple(row.line for row in plan.ok_rows) == OK_LINES
    lines = plan.report_lines()
    assert lines[0].startswith(f"{source.name}: 11 ")
    assert HEADERS[language][-1] in lines[1]  # the notes column is not imported
    assert DATE_LINE[language] in lines
    existing_line = next(line for line in lines if existing in line)
    assert existing_line.startswith(("row 10", "riga 10", "fila 10", "rad 10", "rij 10"))


def test_the_cleaned_values_of_the_correct_rows(admin_ctx: Context, tmp_path: Path) -> None:
    plan = dry_run(
        admin_ctx, "participants", participant_file(tmp_path, "it", "csv"), language="it",
        host_language="it",
    )  # fmt: skip
    by_line = {row.line: row for row in plan.ok_rows}
    amina, formulas = by_line[2], by_line[8]
    assert amina.values["country_of_birth"] == "MA"
    assert amina.values["education_level"] is EducationLevel.TERTIARY
    assert amina.values["phone"] == "+393331112222"
    assert amina.values["birth_year"] == 1988
    assert amina.extra == {"host_cefr": CefrLevel.B1, "host_language": "it"}
    assert amina.values["site_id"] == admin_ctx.actor.site_id
    assert (formulas.values["last_name"], formulas.values["first_name"]) == (HYPERLINK, CMD)


def test_a_level_without_its_language_is_a_problem(admin_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Cognome", "QCER"], ["Rossi", "B1"]])
    plan = dry_run(admin_ctx, "participants", path)
    assert [p.reason for p in plan.rows[0].problems] == ["host_language_missing"]
    path = write_csv(
        tmp_path / "g.csv", [["Cognome", "QCER", "Host language"], ["Rossi", "B1", "it"]]
    )
    assert dry_run(admin_ctx, "participants", path).rows[0].extra["host_language"] == "it"


def test_accepting_duplicates(admin_ctx: Context, existing: str, tmp_path: Path) -> None:
    source = participant_file(tmp_path, "en", "csv")
    plan = dry_run(admin_ctx, "participants", source, host_language="en", accept_duplicates=True)
    assert {r for r in _found(plan, "en") if "duplicate" in r[2]} == set()


def test_a_mapping_chosen_by_hand(admin_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["A", "B", "C"], ["Rossi", "Maria", "Marocco"]])
    mapping = {0: "last_name", 1: "first_name", 2: "nationality"}
    plan = dry_run(admin_ctx, "participants", path, mapping)
    assert plan.ok_rows[0].values["nationality"] == "MA"
    with pytest.raises(BadInput, match="No column is matched to the last name"):
        dry_run(admin_ctx, "participants", path)


def test_sites_by_name_and_the_default(admin_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Cognome", "Sede"], ["Rossi", "milano"],
                                          ["Bianchi", ""], ["Verdi", "Roma"]])  # fmt: skip
    plan = dry_run(admin_ctx, "participants", path, language="it")
    assert plan.rows[0].values["site_id"] == plan.rows[1].values["site_id"] == 1
    assert plan.rows[2].problems[0].message == (
        "non c'è una sede chiamata Roma; le sedi sono: Milano"
    )
    with pytest.raises(BadInput, match="no site called 9"):
        dry_run(admin_ctx, "participants", path, site_id=9)


def test_only_who_may_import_may_check_a_file(
    login_as: object, tmp_path: Path, admin_ctx: Context
) -> None:
    staff = login_as(Role.STAFF, admin_ctx.actor.site_id)  # type: ignore[operator]
    path = write_csv(tmp_path / "f.csv", [["Cognome"], ["Rossi"]])
    with pytest.raises(PermissionDenied):
        dry_run(staff, "participants", path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_rejected_rows_as_a_workbook_of_text(
    admin_ctx: Context, existing: str, tmp_path: Path, language: str
) -> None:
    source = participant_file(tmp_path, language, "xlsx")
    plan = dry_run(admin_ctx, "participants", source, language=language, host_language=language)
    data = rejected_rows_xlsx(plan)
    book = load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:10]) == HEADERS[language]
    assert [r[10] for r in rows[1:]] == [3, 4, 5, 6, 7, 9, 10, 11, 12]
    assert DATE_LINE[language].split(": ", 1)[1] in rows[2][11]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert any(c.value == CMD for c in cells)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert all(b"<f>" not in archive.read(n) and b"<f " not in archive.read(n) for n in sheets)


def test_the_formula_of_a_rejected_row_comes_back_as_text(
    admin_ctx: Context, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "f.csv", [["Cognome", "Data di nascita"], [HYPERLINK, "31/02/1990"]]
    )
    plan = dry_run(admin_ctx, "participants", path)
    sheet = load_workbook(io.BytesIO(rejected_rows_xlsx(plan, "nl"))).worksheets[0]
    assert sheet.title == "Afgewezen rijen"
    cell = sheet["A2"]
    assert (cell.value, cell.data_type) == (HYPERLINK, "s")
