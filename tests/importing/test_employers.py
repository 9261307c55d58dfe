"""Employers with their contact persons: one row per contact, rows grouped by employer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.helpers import dump, write_csv, write_xlsx
from w4i_desktop.enums import EmployerSize
from w4i_desktop.errors import BadInput
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.run import run_import
from w4i_desktop.services import employers
from w4i_desktop.services.context import Context

HEADERS = ["Ragione sociale", "Settore", "Dipendenti", "Comune", "Referente", "Ruolo",
           "Telefono", "E-mail"]  # fmt: skip


def _file(tmp_path: Path, rows: list[list[str]]) -> Path:
    return write_csv(tmp_path / "aziende.csv", [HEADERS, *rows], delimiter=";")


def test_rows_of_one_employer_add_its_contacts(admin_ctx: Context, tmp_path: Path) -> None:
    path = _file(tmp_path, [
        ["Trattoria Da Gino S.r.l.", "I", "12", "Milano", "Lucia Bianchi", "HR", "02 1234 5678",
         "lucia@example.org"],
        ["Trattoria da Gino SRL", "", "", "", "Marco Rossi", "Chef", "", ""],
        ["Sartoria Amal", "attività manifatturiere", "3", "Monza", "", "", "", ""],
    ])  # fmt: skip
    plan = dry_run(admin_ctx, "employers", path, language="it")
    assert plan.rejected_rows == []
    assert [row.employer_line for row in plan.rows] == [2, 2, 4]
    result = run_import(admin_ctx, plan)
    assert (result.created, result.contacts) == (2, 2)
    gino, amal = (employers.get_employer(admin_ctx, i) for i in result.ids)
    assert (gino["name"], gino["sector"], gino["size_band"]) == (
        "Trattoria Da Gino S.r.l.", "I", EmployerSize.SMALL
    )  # fmt: skip
    assert (amal["sector"], amal["size_band"]) == ("C", EmployerSize.MICRO)
    contacts = employers.contacts(admin_ctx, result.ids[0])
    assert [(c.name, c.job_title, c.phone) for c in contacts] == [
        ("Lucia Bianchi", "HR", "0212345678"),
        ("Marco Rossi", "Chef", None),
    ]
    assert employers.contacts(admin_ctx, result.ids[1]) == []


def test_later_rows_may_fill_in_but_not_contradict(admin_ctx: Context, tmp_path: Path) -> None:
    path = _file(tmp_path, [
        ["Rossi Srl", "", "", "", "Anna", "", "", ""],
        ["ROSSI S.R.L.", "F", "", "", "Bea", "", "", ""],
        ["Rossi srl", "G", "", "", "Carla", "", "", ""],
        ["Rossi", "", "", "", "anna", "", "", ""],
        ["Rossi", "", "", "", "", "", "", ""],
    ])  # fmt: skip
    plan = dry_run(admin_ctx, "employers", path, language="en")
    problems = {(row.line, p.reason) for row in plan.rejected_rows for p in row.problems}
    assert problems == {
        (4, "employer_conflict"),
        (5, "contact_duplicate"),
        (6, "employer_repeated"),
    }
    assert "row 4, column 'Settore': G differs from row 2" in "\n".join(plan.report_lines())
    result = run_import(admin_ctx, plan, skip_rejected=True)
    assert (result.created, result.contacts, result.skipped) == (1, 2, 3)
    assert employers.get_employer(admin_ctx, result.ids[0])["sector"] == "F"


def test_an_employer_already_registered_is_a_duplicate(admin_ctx: Context, tmp_path: Path) -> None:
    employers.create_employer(admin_ctx, {"name": "Café de Jong B.V."})
    path = _file(tmp_path, [["Cafe de Jong", "", "", "", "", "", "", ""]])
    plan = dry_run(admin_ctx, "employers", path, language="nl")
    [problem] = plan.rows[0].problems
    assert problem.message == "er is al een werkgever met de naam Café de Jong B.V. ingeschreven"
    assert dry_run(admin_ctx, "employers", path, accept_duplicates=True).rejected_rows == []


def test_bad_employer_rows(admin_ctx: Context, tmp_path: Path) -> None:
    path = _file(tmp_path, [
        ["", "I", "", "", "", "", "", ""],
        ["Rossi", "Z", "", "", "", "", "", ""],
        ["Bianchi", "", "tanti", "", "", "", "", ""],
        ["Verdi", "", "", "", "", "", "333 1", "verdi@example.org"],
        ["Neri", "", "", "", "Ugo", "", "", "ugo at neri"],
    ])  # fmt: skip
    plan = dry_run(admin_ctx, "employers", path, language="es")
    reasons = [[p.reason for p in row.problems] for row in plan.rows]
    assert reasons == [
        ["employer_name_required"], ["not_a_sector"], ["not_a_size"],
        ["not_a_phone"], ["not_an_email"],
    ]  # fmt: skip
    assert (
        plan.rows[2]
        .problems[0]
        .message.startswith(
            "tanti no es ni un número de empleados ni uno de estos: Micro (menos de 10); "
        )
    )


def test_a_contact_needs_a_name(admin_ctx: Context, tmp_path: Path) -> None:
    path = _file(tmp_path, [["Verdi", "", "", "", "", "Titolare", "", "verdi@example.org"]])
    plan = dry_run(admin_ctx, "employers", path)
    assert [(p.header, p.reason) for p in plan.rows[0].problems] == [
        ("Referente", "contact_name_missing")
    ]


def test_employers_from_a_workbook_all_or_nothing(admin_ctx: Context, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "w.xlsx", [
        ["Company", "Contact person", "Phone"],
        ["Green Kitchen Ltd", "Sarah Jones", "+44 161 496 0000"],
        ["Blue Shop", "Tom", "=1+1"],
    ])  # fmt: skip
    plan = dry_run(admin_ctx, "employers", path)
    assert plan.rows[1].problems[0].message == "=1+1 is not a phone number"
    before = dump(admin_ctx)
    with pytest.raises(BadInput, match="1 rows were rejected"):
        run_import(admin_ctx, plan)
    assert dump(admin_ctx) == before
