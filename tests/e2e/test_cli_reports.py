"""`w4i report excel|pdf` as a manager's script runs it: real processes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.conftest import FAST_KDF
from tests.e2e.test_cli import w4i
from tests.pdfs import pdf_text
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.texts import ReportTexts
from w4i_desktop.services import demo, users

PASSWORD = "coordinator-pass-7"
LAST_QUARTER = Period.containing(date.today()).previous()


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("reports") / "centre.db"
    created = users.create_database(
        db, "coordinator", PASSWORD, organisation="Casa Donne", site_name="Milano", kdf=FAST_KDF
    )
    try:
        demo.generate(created.context, 300, seed=7)
    finally:
        created.context.db.close()
    return db


def _exports(db: Path) -> list[dict[str, object]]:
    """The details of the report exports in the audit log."""
    ctx = users.login(db, "coordinator", PASSWORD)
    try:
        with ctx.db.transaction() as session:
            found = session.scalars(
                select(AuditEvent.detail).where(
                    AuditEvent.action == AuditAction.EXPORT, AuditEvent.entity == "report"
                )
            )
            return [dict(detail or {}) for detail in found]
    finally:
        ctx.db.close()


def _run(*args: str) -> tuple[int, str, str]:
    result = w4i(*args, "--user", "coordinator", "--password-stdin", stdin=PASSWORD + "\n")
    return result.returncode, result.stdout, result.stderr


def test_excel_in_italian_with_translated_sheets(centre: Path, tmp_path: Path) -> None:
    target = tmp_path / "q.xlsx"
    before = len(_exports(centre))
    rc, stdout, stderr = _run(
        "report", "excel", "--period", LAST_QUARTER.label, "--out", str(target),
        "--lang", "it", "--db", str(centre),
    )  # fmt: skip
    assert rc == 0, stderr
    assert str(target) in stdout
    book = load_workbook(io.BytesIO(target.read_bytes()))
    summary = book.worksheets[0]
    assert summary.title == ReportTexts.for_language("it")("sheet.summary")
    assert any(cell.value == "Casa Donne" for row in summary.iter_rows() for cell in row)
    assert [p.name for p in tmp_path.iterdir()] == ["q.xlsx"]  # nothing left beside it
    [entry] = _exports(centre)[before:]  # the export, audited once the file was in place
    assert isinstance(entry.pop("count"), int)
    assert entry == {
        "format": "xlsx",
        "named": False,
        "period": LAST_QUARTER.label,
        "site_id": None,
    }


def test_pdf_for_one_site_and_the_refusals(centre: Path, tmp_path: Path) -> None:
    target = tmp_path / "q.pdf"
    rc, _, stderr = _run(
        "report", "pdf", "--period", LAST_QUARTER.label, "--out", str(target),
        "--site", "milano", "--db", str(centre),
    )  # fmt: skip
    assert rc == 0, stderr
    text = pdf_text(target.read_bytes())
    assert "Casa Donne" in text and "Milano" in text
    exported = _exports(centre)
    assert exported[-1]["format"] == "pdf" and exported[-1]["site_id"] is not None
    for args, message in (
        (("--site", "Atlantis"), "no site"),
        (("--named",), "reason for a report with names"),  # the core's rule and words
        (("--named", "--reason", "  "), "reason for a report with names"),
    ):
        rc, _, stderr = _run(
            "report", "pdf", "--period", LAST_QUARTER.label, "--out", str(tmp_path / "x.pdf"),
            "--db", str(centre), *args,
        )  # fmt: skip
        assert rc == 2 and message in stderr, stderr
    rc, _, stderr = _run(
        "report", "excel", "--period", "2026Q5", "--out", str(tmp_path / "x.xlsx"),
        "--db", str(centre),
    )  # fmt: skip
    assert rc == 2, stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()
    assert _exports(centre) == exported  # what was refused is not in the log
