"""The pathway checklist on the record, driven from the keyboard."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS, answer_modal, make_record, standard
from tests.pdfs import pdf_text
from w4i_desktop.enums import Role, StepKind, StepStatus
from w4i_desktop.services import participants, pathways, record_views
from w4i_desktop.services.context import Context
from w4i_desktop.views.language import apply_language
from w4i_desktop.views.participant.participant_record import ParticipantRecord
from w4i_desktop.views.participant.pathway_tab import StepDialog
from w4i_desktop.views.window.main_window import SCREENS, MainWindow


@pytest.fixture
def started(admin_ctx: Context) -> int:
    """Started 40 days ago: the needs assessment (due after 14 days) is overdue."""
    pid = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(
            session, pid, date.today() - timedelta(days=40), admin_ctx.actor.user_id
        )
    return pid


@pytest.fixture
def record(qtbot: QtBot, admin_ctx: Context, db_path: Path, started: int) -> ParticipantRecord:
    shown = make_record(qtbot, admin_ctx, db_path)
    assert shown.load(started)
    shown.tabs.setCurrentWidget(shown.pathway)
    return shown


def _step(ctx: Context, pid: int, kind: StepKind) -> record_views.StepRow:
    return next(s for s in record_views.pathway_steps(ctx, pid) if s.kind is kind)


def _go_to_row(qtbot: QtBot, record: ParticipantRecord, row: int) -> None:
    table = record.pathway.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == row


def test_space_marks_the_selected_step_done_and_back(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, started: int
) -> None:
    tab = record.pathway
    needs = _step(admin_ctx, started, StepKind.NEEDS_ASSESSMENT)
    row = tab.model.row_of(needs.id)
    assert row is not None
    assert "(overdue)" in tab.model.index(row, 3).data()  # said in words, not only in colour
    assert tab.model.index(row, 3).data(Qt.ItemDataRole.FontRole).bold()
    # Due after 14 (needs) and 30 days (skills, language assessment): three are late.
    assert tab.summary.text().endswith("; 3 overdue.")
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        record.grab().save(str(SHOTS / "record_pathway.png"))

    _go_to_row(qtbot, record, row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    done = _step(admin_ctx, started, StepKind.NEEDS_ASSESSMENT)
    assert (done.status, done.completed_on, done.completed_by) == (
        StepStatus.DONE,
        date.today(),
        admin_ctx.actor.username,
    )
    assert tab.model.index(row, 2).data() == "Done"
    assert "(overdue)" not in tab.model.index(row, 3).data()
    assert tab.table.currentIndex().row() == row  # the selection stays for the next key
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert _step(admin_ctx, started, StepKind.SKILLS_ASSESSMENT).status is StepStatus.DONE
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)  # undo: back to to do
    assert _step(admin_ctx, started, StepKind.NEEDS_ASSESSMENT).status is StepStatus.TODO


def test_skip_asks_why_and_edit_changes_due_date_and_notes(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, started: int
) -> None:
    tab = record.pathway
    internship = _step(admin_ctx, started, StepKind.INTERNSHIP)
    row = tab.model.row_of(internship.id)
    assert row is not None
    _go_to_row(qtbot, record, row)

    def type_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, type_reason)
            return
        line = dialog.findChild(QLineEdit)
        assert line is not None
        QTest.keyClicks(line, "She found a job first")
        QTest.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_reason)
    qtbot.mouseClick(tab.skip_button, Qt.MouseButton.LeftButton)
    skipped = _step(admin_ctx, started, StepKind.INTERNSHIP)
    assert (skipped.status, skipped.skip_reason) == (StepStatus.SKIPPED, "She found a job first")
    assert "She found a job first" in tab.model.index(row, 2).data()

    def fill_step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StepDialog):
            QTimer.singleShot(10, fill_step)
            return
        dialog.due.set_field_value(date(2027, 1, 15))
        dialog.notes.setFocus()
        QTest.keyClicks(dialog.notes, "Ask the employer again in January")
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        box.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_step)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    edited = _step(admin_ctx, started, StepKind.INTERNSHIP)
    assert (edited.due_on, edited.notes) == (
        date(2027, 1, 15),
        "Ask the employer again in January",
    )


def test_a_volunteer_sees_the_steps_but_cannot_change_them(
    qtbot: QtBot, login_as: UserFactory, db_path: Path, admin_ctx: Context
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    pid = participants.create(volunteer, {"first_name": "Noor", "last_name": "Ali"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, date.today(), None)
    record = make_record(qtbot, volunteer, db_path)
    assert record.load(pid)
    tab = record.pathway
    assert tab.model.rowCount() > 5
    tab.table.setFocus()
    tab.table.selectRow(3)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert not tab.done_button.isEnabled()
    assert all(
        s.status is StepStatus.TODO
        for s in record_views.pathway_steps(admin_ctx, pid)
        if s.position == 3
    )


def test_print_her_summary_in_her_language(
    qtbot: QtBot,
    record: ParticipantRecord,
    admin_ctx: Context,
    started: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    version = participants.get(admin_ctx, started)["version_id"]
    participants.update(admin_ctx, started, {"preferred_language": "es"}, version)
    record.load(started)
    record.tabs.setCurrentWidget(record.pathway)
    target = tmp_path / "summary.pdf"
    proposed: list[str] = []

    def save_dialog(_parent: object, _title: str, where: str, *_a: object) -> tuple[str, str]:
        proposed.append(where)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    seen = answer_modal(standard(QMessageBox.StandardButton.Close))
    qtbot.mouseClick(record.pathway.print_button, Qt.MouseButton.LeftButton)
    assert seen == ["writtenBox"]
    code = participants.get(admin_ctx, started)["code"]
    assert Path(proposed[0]).name == f"{code}-pathway-summary-es.pdf"  # not pathway-summary.pdf
    text = " ".join(pdf_text(target.read_bytes()).split())
    spanish = next(
        s["titles"]["es"]
        for s in pathways.load_template_file()["steps"]
        if s["kind"] == "skills_assessment"
    )
    assert "Ana Silva" in text and spanish in text


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    apply_language("en")


def test_built_in_step_titles_follow_a_language_switch_written_ones_stay(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, back_to_english: None
) -> None:
    """Issue 16: pathway step titles stayed English after a language switch. A built-in step
    stored with its English title only is shown in the new language; a title someone wrote
    stays as typed."""
    view = pathways.template_view(admin_ctx)
    steps = [
        pathways.StepDraft(StepKind.INTAKE, {"en": "Intake interview"}, 0, True),
        pathways.StepDraft(StepKind.CUSTOM, {"en": "Cooking course"}, 20, False),
    ]
    pathways.save_template(admin_ctx, view.key, steps, view.version)
    pid = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, date.today(), admin_ctx.actor.user_id)
    main_window.nav.setCurrentRow(SCREENS.index("participants"))
    main_window.participants.open_participant(pid)
    old = main_window.participants
    main_window.choose_language("es")
    qtbot.waitUntil(lambda: main_window.participants is not old)
    model = main_window.participants.record.pathway.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Entrevista de acogida",
        "Cooking course",
    ]
    # The template editor (Pathways) shows the titles in the interface's language too.
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    editor = main_window.pathways
    assert editor.language.currentData() == "es"
