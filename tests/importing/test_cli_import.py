"""`w4i template` and `w4i import` as scripts use them: real processes of the real `w4i`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import FAST_KDF
from tests.e2e.test_cli import w4i
from tests.importing.fixtures import EXISTING, participant_file
from tests.importing.helpers import write_csv
from w4i_desktop.enums import Role, StepKind, StepStatus
from w4i_desktop.services import participant_search, participants, record_views, users

PASSWORD = "quiet harbour lantern 42"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return w4i(*args, "--user", "coordinator", "--password-stdin", stdin=PASSWORD + "\n")


@pytest.fixture
def centre(tmp_path: Path) -> Path:
    db = tmp_path / "centre.db"
    created = users.create_database(db, "coordinator", PASSWORD, site_name="Milano", kdf=FAST_KDF)
    try:
        participants.create(created.context, EXISTING)
    finally:
        created.context.db.close()
    return db


def _count(db: Path) -> int:
    ctx = users.login(db, "coordinator", PASSWORD)
    try:
        return participant_search.count(ctx, participant_search.ParticipantQuery())
    finally:
        ctx.db.close()


def test_template(tmp_path: Path) -> None:
    out = tmp_path / "modello.xlsx"
    result = w4i("template", "participants", "--out", str(out), "--lang", "it")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {out}\n"
    assert load_workbook(out).worksheets[0]["A1"].value == "Cognome"
    missing = w4i("template", "employers", "--out", str(tmp_path / "no" / "x.xlsx"))
    assert missing.returncode == 2
    assert missing.stderr.startswith("w4i: ") and missing.stderr.count("\n") == 1


def test_dry_run_reports_every_problem_and_imports_nothing(centre: Path, tmp_path: Path) -> None:
    source = participant_file(tmp_path, "it", "csv")
    result = _run("import", "participants", str(source), "--db", str(centre), "--dry-run",
                  "--lang", "it", "--host-language", "it")  # fmt: skip
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "partecipanti-it.csv: 11 righe lette, 2 pronte da importare, 9 scartate."
    assert "riga 4, colonna 'Data di nascita': 31/02/1990 non è una data" in lines
    assert lines[-1] == "Prova: non è stato importato nulla."
    assert _count(centre) == 1


def test_rejected_rows_stop_the_import_unless_left_out(centre: Path, tmp_path: Path) -> None:
    source = participant_file(tmp_path, "es", "xlsx")
    rejected = tmp_path / "rechazadas.xlsx"
    args = ["import", "participants", str(source), "--db", str(centre), "--lang", "es",
            "--host-language", "es", "--rejected-out", str(rejected)]  # fmt: skip
    refused = _run(*args)
    assert refused.returncode == 1
    assert refused.stdout.splitlines()[-1].startswith("No se ha importado nada porque se han")
    assert _count(centre) == 1
    sheet = load_workbook(rejected).worksheets[0]
    assert sheet.max_row == 10  # the header and the nine rejected rows
    partial = _run(*args, "--skip-rejected")
    assert partial.returncode == 1
    assert partial.stdout.splitlines()[-2:] == [
        "Se han importado 2 participantes.",
        "Se han dejado fuera 9 filas rechazadas.",
    ]
    assert _count(centre) == 3


def test_a_clean_file_imports_with_exit_code_0(centre: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ok.csv", [["Efternamn", "Förnamn", "Födelseland"],
                                            ["Okafor", "Grace", "Nigeria"]])  # fmt: skip
    result = _run("import", "participants", str(path), "--db", str(centre), "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "ok.csv: 1 rader lästa, 1 klara att importera, 0 avvisade.",
        "1 deltagare importerades.",
    ]


def test_employers(centre: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "werkgevers.csv", [
        ["Bedrijfsnaam", "Contactpersoon", "Telefoon"],
        ["De Groene Keuken B.V.", "Sanne de Vries", "+31 10 123 4567"],
        ["De Groene Keuken", "Daan Bakker", ""],
    ], delimiter=";")  # fmt: skip
    result = _run("import", "employers", str(path), "--db", str(centre), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1 werkgevers geïmporteerd met 2 contactpersonen."


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--site", "Roma"], "w4i: there is no site called Roma; the sites are: Milano\n"),
        (["--host-language", "klingon"], "w4i: klingon is not a language name or code we know\n"),
    ],
)
def test_bad_options_are_exit_code_2(
    centre: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    path = write_csv(tmp_path / "f.csv", [["Cognome"], ["Rossi"]])
    result = _run("import", "participants", str(path), "--db", str(centre), *extra)
    assert (result.returncode, result.stderr) == (2, message)


def test_a_missing_file_is_exit_code_2_before_any_password(tmp_path: Path) -> None:
    result = w4i("import", "participants", str(tmp_path / "nope.csv"), "--db", "x.db")
    assert (result.returncode, result.stderr) == (2, "w4i: There is no file nope.csv.\n")


def test_a_wrong_password_is_exit_code_1(centre: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Cognome"], ["Rossi"]])
    result = w4i("import", "participants", str(path), "--db", str(centre), "--user",
                 "coordinator", "--password-stdin", stdin="wrong\n")  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == ""


def test_caseworker_and_pathway_of_imported_participants(centre: Path, tmp_path: Path) -> None:
    ctx = users.login(centre, "coordinator", PASSWORD)
    try:
        giulia = users.add_user(ctx, "giulia", "velvet comet orchard 77", Role.STAFF,
                                site_id=ctx.actor.site_id, kdf=FAST_KDF)  # fmt: skip
    finally:
        ctx.db.close()
    path = write_csv(tmp_path / "p.csv", [["Cognome", "Nome"], ["Okafor", "Grace"]])
    unknown = _run("import", "participants", str(path), "--db", str(centre),
                   "--caseworker", "nobody")  # fmt: skip
    assert (unknown.returncode, unknown.stderr) == (
        2, "w4i: There is no active user named nobody who can be a caseworker.\n"
    )  # fmt: skip
    result = _run("import", "participants", str(path), "--db", str(centre),
                  "--caseworker", "giulia")  # fmt: skip
    assert result.returncode == 0, result.stderr
    path = write_csv(tmp_path / "q.csv", [["Cognome", "Nome"], ["Mensah", "Abena"]])
    assert _run("import", "participants", str(path), "--db", str(centre)).returncode == 0
    ctx = users.login(centre, "coordinator", PASSWORD)
    try:
        found = participant_search.search(ctx, participant_search.ParticipantQuery())
        by_name = {row.name: participants.get(ctx, row.id) for row in found}
        assert by_name["Grace Okafor"]["caseworker_id"] == giulia
        assert by_name["Abena Mensah"]["caseworker_id"] is None  # to assign
        for name in ("Grace Okafor", "Abena Mensah"):
            steps = record_views.pathway_steps(ctx, by_name[name]["id"])
            assert [s.kind for s in steps][:2] == [StepKind.INTAKE, StepKind.CONSENT]
            assert steps[0].status is StepStatus.DONE and steps[1].status is StepStatus.TODO
    finally:
        ctx.db.close()
