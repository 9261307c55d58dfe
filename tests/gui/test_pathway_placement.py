"""The job placement step is done by recording her placement; follow-ups follow its start."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_employers_screen import choose, fill_form_dialog
from tests.gui.test_participant_record import SHOTS, answer_modal, make_record
from w4i_desktop.enums import PlacementType, StepKind, StepStatus
from w4i_desktop.services import employers, participants, pathways, placements, record_views
from w4i_desktop.services.context import Context
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.participant.participant_record import ParticipantRecord


@pytest.fixture
def started(admin_ctx: Context) -> int:
    pid = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(
            session, pid, date.today() - timedelta(days=200), admin_ctx.actor.user_id
        )
    return pid


@pytest.fixture
def employer(admin_ctx: Context) -> int:
    return employers.create_employer(admin_ctx, {"name": "Hotel Bellavista"})


@pytest.fixture
def record(qtbot: QtBot, admin_ctx: Context, db_path: Path, started: int) -> ParticipantRecord:
    shown = make_record(qtbot, admin_ctx, db_path)
    assert shown.load(started)
    shown.tabs.setCurrentWidget(shown.pathway)
    return shown


def _step(ctx: Context, pid: int, kind: StepKind) -> record_views.StepRow:
    return next(s for s in record_views.pathway_steps(ctx, pid) if s.kind is kind)


def _select_placement_step(qtbot: QtBot, record: ParticipantRecord, ctx: Context, pid: int) -> int:
    """Walk down to the job placement step with the keyboard; returns its row."""
    tab = record.pathway
    row = tab.model.row_of(_step(ctx, pid, StepKind.PLACEMENT).id)
    assert row is not None
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.table.currentIndex().row() == row
    return row


def test_space_on_the_placement_step_records_her_placement(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, started: int, employer: int
) -> None:
    tab = record.pathway
    row = _select_placement_step(qtbot, record, admin_ctx, started)
    assert tab.done_button.text().replace("&", "") == "Record her placement… (Space)"
    start = date.today() - timedelta(days=10)
    seen: list[str] = []
    titles: list[str] = []

    def fill(d: FormDialog) -> None:
        titles.append(d.windowTitle())
        assert "code" not in d.fields  # it is for her: no code to type
        choose(d.fields["employer_id"], "Hotel Bellavista")
        choose(d.fields["type"], "Fixed-term")
        d.fields["start_date"].set_field_value(start)  # type: ignore[attr-defined]
        if os.environ.get("W4I_SCREENSHOTS") == "1":
            d.grab().save(str(SHOTS / "record_placement_from_step.png"))

    fill_form_dialog("placementDialog", fill, seen)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert seen == ["placementDialog"]
    assert titles == ["Record her placement"]
    (placed,) = record_views.placements(admin_ctx, started)
    assert (placed.employer, placed.type, placed.start_date) == (
        "Hotel Bellavista",
        PlacementType.FIXED_TERM,
        start,
    )
    step = _step(admin_ctx, started, StepKind.PLACEMENT)
    assert step.status is StepStatus.DONE
    assert tab.model.index(row, 2).data() == "Done"
    assert tab.table.currentIndex().row() == row
    # Her follow-ups are due 1, 3, 6 and 12 months after the real start, not her enrolment.
    three = _step(admin_ctx, started, StepKind.FOLLOW_UP_3M)
    assert three.due_on == placements.add_months(start, 3)
    assert record.placements.model.rowCount() == 1  # her Placements tab shows it at once
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        record.tabs.setCurrentWidget(record.placements)
        record.grab().save(str(SHOTS / "record_placements.png"))
        record.tabs.setCurrentWidget(record.pathway)
        record.grab().save(str(SHOTS / "record_pathway_placed.png"))


def test_cancelling_the_placement_dialog_leaves_the_step_to_do(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, started: int, employer: int
) -> None:
    tab = record.pathway
    _select_placement_step(qtbot, record, admin_ctx, started)

    def cancel(window: QWidget) -> QWidget | None:
        assert isinstance(window, FormDialog)
        return window.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    seen = answer_modal(cancel)  # type: ignore[arg-type]
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert seen == ["placementDialog"]
    assert _step(admin_ctx, started, StepKind.PLACEMENT).status is StepStatus.TODO
    assert record_views.placements(admin_ctx, started) == []
    # Without a placement her follow-ups have no date yet, and the table says why.
    follow_up = tab.model.row_of(_step(admin_ctx, started, StepKind.FOLLOW_UP_6M).id)
    assert follow_up is not None
    assert tab.model.index(follow_up, 3).data() == "after her placement"
    seen = answer_modal(cancel)  # type: ignore[arg-type]
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)  # the button does the same
    assert seen == ["placementDialog"]
    assert _step(admin_ctx, started, StepKind.PLACEMENT).status is StepStatus.TODO


def test_with_a_placement_on_record_space_just_ticks_the_step(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, started: int, employer: int
) -> None:
    placement = placements.create_placement(
        admin_ctx, started, employer, PlacementType.PERMANENT, date.today() - timedelta(days=5)
    )
    step = _step(admin_ctx, started, StepKind.PLACEMENT)
    pathways.set_step_status(admin_ctx, step.id, StepStatus.TODO)  # ticked back by mistake
    record.pathway.show_for(admin_ctx, started)
    assert placement
    _select_placement_step(qtbot, record, admin_ctx, started)
    qtbot.keyClick(record.pathway.table, Qt.Key.Key_Space)  # no dialog: it is just done
    assert _step(admin_ctx, started, StepKind.PLACEMENT).status is StepStatus.DONE
    assert len(record_views.placements(admin_ctx, started)) == 1
