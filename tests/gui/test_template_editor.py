"""Editing the pathway template: rename per language, reorder, add, require; a new version."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from w4i_desktop.enums import Role, StepKind
from w4i_desktop.services import participants, pathways, record_views
from w4i_desktop.services.context import Context
from w4i_desktop.views.admin.template_editor import KIND, OFFSET, REQUIRED, TITLE, TemplateEditor
from w4i_desktop.views.app_state import AppState


@pytest.fixture
def editor(qtbot: QtBot, state: AppState) -> TemplateEditor:
    shown = TemplateEditor(state)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _edit_cell(qtbot: QtBot, editor: TemplateEditor, row: int, column: int, text: str) -> None:
    table = editor.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor_widget = table.focusWidget()
    assert editor_widget is not table
    qtbot.keyClick(editor_widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor_widget, text)
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call: let it run, as a user's would.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    QApplication.processEvents()


def test_edit_reorder_add_and_save_a_new_version(
    qtbot: QtBot, editor: TemplateEditor, admin_ctx: Context
) -> None:
    started = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, started, date(2026, 1, 5), None)
    assert "version 1" in editor.heading.text()
    skills = next(i for i, s in enumerate(editor.steps) if s.kind is StepKind.SKILLS_ASSESSMENT)

    # Rename in Italian only.
    editor.language.setCurrentIndex(editor.language.findData("it"))
    _edit_cell(qtbot, editor, skills, TITLE, "Bilancio delle competenze (nuovo)")
    # Move it one up with the keyboard.
    editor.table.setCurrentCell(skills, TITLE)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.steps[skills - 1].kind is StepKind.SKILLS_ASSESSMENT
    # Add a custom step after it, with an English title, 20 days, required.
    editor.table.setCurrentCell(skills - 1, TITLE)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    _edit_cell(qtbot, editor, skills, TITLE, "Visit the job centre")
    _edit_cell(qtbot, editor, skills, OFFSET, "20")
    required = editor.table.item(skills, REQUIRED)
    editor.table.setCurrentCell(skills, REQUIRED)
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert required.checkState() == Qt.CheckState.Checked
    kind_box = editor.table.cellWidget(skills, KIND)
    assert isinstance(kind_box, QComboBox) and kind_box.currentData() == "custom"
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        editor.grab().save(str(SHOTS / "pathways_template_editor.png"))

    seen = answer_modal(standard(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["QMessageBox"] or (seen and seen[0])
    assert "version 2" in editor.heading.text()

    view = pathways.template_view(admin_ctx)
    kinds = [s.kind for s in view.steps]
    moved = kinds.index(StepKind.SKILLS_ASSESSMENT)
    assert kinds[moved + 1] is StepKind.CUSTOM
    custom = view.steps[moved + 1]
    assert (custom.titles, custom.due_offset_days, custom.required) == (
        {"en": "Visit the job centre"},
        20,
        True,
    )
    assert view.steps[moved].titles["it"] == "Bilancio delle competenze (nuovo)"
    assert view.steps[moved].titles["en"] == "Skills assessment"  # other languages untouched
    # Her pathway, started before, is unchanged.
    mine = record_views.pathway_steps(admin_ctx, started)
    assert not any(s.kind is StepKind.CUSTOM for s in mine)
    assert next(s for s in mine if s.kind is StepKind.SKILLS_ASSESSMENT).title("it") == (
        "Bilancio di competenze"
    )


def test_staff_see_the_template_without_edit_buttons(
    qtbot: QtBot, login_as: UserFactory, db_path: Path
) -> None:
    state = AppState(db_path)
    state.set_context(login_as(Role.STAFF))
    editor = TemplateEditor(state)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.table.rowCount() > 10
    assert not editor.save_button.isVisible()
    assert editor.table.editTriggers() == editor.table.EditTrigger.NoEditTriggers
