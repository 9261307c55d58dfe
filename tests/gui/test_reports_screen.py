"""The Reports screen: choose, ask where to save, export in the background (with progress and
Cancel), offer to open; the audit entry only for a report that was saved."""

from __future__ import annotations

import gc
import io
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS
from tests.pdfs import pdf_text
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.models import AuditEvent
from w4i_desktop.progress import Progress, step
from w4i_desktop.reports import export
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.report_data import ReportData
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
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


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> None:
    """The save dialog answers `target`, or is cancelled (None)."""
    name = "" if target is None else str(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (name, ""))


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text) or 0)
    return warned


def _close_the_box() -> list[str]:
    """Close the next message box (the progress dialog, if it shows first, is passed over);
    returns its name."""
    seen: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close)
            return
        seen.append(box.objectName())
        button = box.button(QMessageBox.StandardButton.Close)
        assert button is not None
        button.click()

    QTimer.singleShot(0, close)
    return seen


def _exports(ctx: Context) -> list[AuditEvent]:
    with ctx.db.transaction() as session:
        found = session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT))
        return list(found)


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
    real_render = export.render

    def watched(data: ReportData, request: ReportRequest, progress: Progress) -> bytes:
        # The garbage collector must not run in the worker: it may free the GUI's objects there.
        rendering.append((threading.current_thread() is threading.main_thread(), gc.isenabled()))
        return real_render(data, request, progress)

    monkeypatch.setattr(export, "render", watched)
    seen = _close_the_box()
    qtbot.mouseClick(screen.create_button, LEFT)
    assert seen == ["writtenBox"]
    assert rendering == [(False, False)]
    assert gc.isenabled()
    assert screen.last_path == target
    book = load_workbook(io.BytesIO(target.read_bytes()))
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "Amina" not in " ".join(cells)  # pseudonymised: codes only
    [event] = _exports(admin_ctx)
    assert event.detail is not None and event.detail["format"] == "xlsx"
    assert event.detail["period"] == last.label and event.detail["named"] is False


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
    asked = _warnings(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    qtbot.mouseClick(screen.create_button, LEFT)
    # The core's rule and its words (reports/request.py), before anything is asked.
    assert asked == ["Give the reason for a report with names (e.g. the funder's audit)."]
    assert not target.exists()
    _save_to(monkeypatch, target)
    qtbot.keyClicks(screen.reason, "Funder audit, AMIF 2026")
    seen = _close_the_box()
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
    warned = _warnings(monkeypatch)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert warned == [
        "The file W4I-report.xlsx is open in another program (Excel?). Close it there, or "
        "save under another name."
    ]
    assert screen.last_path is None
    assert target.read_bytes() == b"last quarter's workbook"
    assert [p.name for p in folder.iterdir()] == ["W4I-report.xlsx"]
    assert _exports(screen.state.ctx) == []  # not saved, not audited


def test_cancelling_the_save_dialog_leaves_no_export_in_the_log(
    qtbot: QtBot, screen: ReportsScreen, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_to(monkeypatch, None)
    read: list[object] = []
    monkeypatch.setattr(export, "build_report_data", lambda *a: read.append(a))
    warned = _warnings(monkeypatch)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert (read, warned, screen.last_path) == ([], [], None)  # nothing read, nothing said
    assert _exports(admin_ctx) == []


def test_cancelling_the_progress_dialog_leaves_no_file_and_no_export(
    qtbot: QtBot,
    screen: ReportsScreen,
    admin_ctx: Context,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The render waits until Cancel has been clicked in the real progress dialog; its next
    progress call then hears "stop"."""
    target = tmp_path / "cancelled.xlsx"
    _save_to(monkeypatch, target)
    clicked = threading.Event()
    real_render = export.render

    def waits_for_cancel(data: ReportData, request: ReportRequest, progress: Progress) -> bytes:
        assert clicked.wait(timeout=20), "Cancel was never clicked"
        step(progress, 1, 2)  # raises Cancelled: the user said stop
        return real_render(data, request, progress)

    monkeypatch.setattr(export, "render", waits_for_cancel)
    shown: list[str] = []

    def progress_dialog() -> QProgressDialog | None:
        found = screen.findChild(QProgressDialog, "reportProgress")
        return found if isinstance(found, QProgressDialog) and found.isVisible() else None

    def cancel_when_shown() -> None:  # runs while the export waits in run_waiting
        qtbot.waitUntil(lambda: progress_dialog() is not None)
        dialog = progress_dialog()
        assert dialog is not None
        shown.append(dialog.labelText())
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.isVisible()
        qtbot.mouseClick(cancel, LEFT)
        shown.append(dialog.labelText())
        clicked.set()

    QTimer.singleShot(0, cancel_when_shown)
    warned = _warnings(monkeypatch)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert clicked.is_set()
    assert shown == ["Building the report…", "Stopping…"]
    assert (warned, screen.last_path) == ([], None)  # a cancel is not a problem to report
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")] == []
    assert _exports(admin_ctx) == []
