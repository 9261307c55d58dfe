"""The Reports screen: choose, build in the background, save atomically, offer to open."""

from __future__ import annotations

import gc
import io
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from tests.pdfs import pdf_text
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.models import AuditEvent
from w4i_desktop.reports.periods import Period
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.reports import reports_screen
from w4i_desktop.views.reports.reports_screen import ReportsScreen

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot: QtBot, state: AppState) -> ReportsScreen:
    shown = ReportsScreen(state)
    qtbot.addWidget(shown)
    shown.resize(900, 520)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_an_excel_report_for_the_last_quarter(
    qtbot: QtBot,
    screen: ReportsScreen,
    admin_ctx: Context,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    last = Period.containing(date.today()).previous()
    participants.create(
        admin_ctx, {"first_name": "Amina", "last_name": "Diallo", "enrolled_on": last.start}
    )
    assert screen.quarter.currentData() == last.label  # what funders ask for
    screen.language.setFocus()
    screen.language.setCurrentIndex(screen.language.findData("nl"))
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        screen.grab().save(str(SHOTS / "reports_screen.png"))
    target = tmp_path / "report.xlsx"
    _save_to(monkeypatch, target)
    rendering: list[tuple[bool, bool]] = []
    real_excel_report = reports_screen.excel_report

    def watched(*args: object) -> bytes:
        # The garbage collector must not run in the worker: it may free the GUI's objects there.
        rendering.append((threading.current_thread() is threading.main_thread(), gc.isenabled()))
        return real_excel_report(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reports_screen, "excel_report", watched)
    seen = answer_modal(standard(QMessageBox.StandardButton.Close))
    qtbot.mouseClick(screen.create_button, LEFT)
    assert seen == ["writtenBox"]
    assert rendering == [(False, False)]
    assert gc.isenabled()
    assert screen.last_path == target
    book = load_workbook(io.BytesIO(target.read_bytes()))
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "Amina" not in " ".join(cells)  # pseudonymised: codes only
    with admin_ctx.db.transaction() as session:
        last_event = session.query(AuditEvent).order_by(AuditEvent.seq.desc()).first()
        assert last_event is not None and last_event.action is AuditAction.EXPORT


def test_a_named_pdf_needs_a_reason(
    qtbot: QtBot,
    screen: ReportsScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "named.pdf"
    _save_to(monkeypatch, target)
    screen.pdf.setFocus()
    qtbot.keyClick(screen.pdf, Qt.Key.Key_Space)
    screen.named.setFocus()
    qtbot.keyClick(screen.named, Qt.Key.Key_Space)
    assert screen.reason.isEnabled()
    assert screen.by_quarter.isChecked()  # the other choices are untouched
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: asked.append(text) or 0)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert asked == ["Say why a named report is needed."]
    assert not target.exists()
    qtbot.keyClicks(screen.reason, "Funder audit, AMIF 2026")
    seen = answer_modal(standard(QMessageBox.StandardButton.Close))
    qtbot.mouseClick(screen.create_button, LEFT)
    assert seen == ["writtenBox"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF"), (len(data), data[:20])
    assert "Funder audit, AMIF 2026" in " ".join(pdf_text(data).split())


def test_staff_are_told_reports_are_for_managers(
    qtbot: QtBot, login_as: UserFactory, db_path: Path
) -> None:
    state = AppState(db_path)
    state.set_context(login_as(Role.STAFF))
    shown = ReportsScreen(state)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert not shown.create_button.isEnabled()
    assert "managers" in shown.refusal.text()


def test_a_workbook_open_in_excel_is_named_and_kept(
    qtbot: QtBot,
    screen: ReportsScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows refuses to replace a workbook open in Excel: one sentence says so, the old
    file stays, and no crash dialog or temp file is left (the lock simulated by the rename's
    PermissionError, since CI is Linux)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "W4I-report.xlsx"
    target.write_bytes(b"last quarter's workbook")
    _save_to(monkeypatch, target)

    def locked(self: Path, where: str | os.PathLike[str]) -> Path:
        raise PermissionError(13, "The process cannot access the file", str(where))

    monkeypatch.setattr(Path, "replace", locked)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text) or 0)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert warned == [
        "The file W4I-report.xlsx is open in another program (Excel?). Close it there, or "
        "save under another name."
    ]
    assert screen.last_path is None
    assert target.read_bytes() == b"last quarter's workbook"
    assert [p.name for p in folder.iterdir()] == ["W4I-report.xlsx"]
