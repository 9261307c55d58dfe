"""An employer's Placements tab: her name and the vacancy; double-click or Enter edits."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_employers_screen import choose, fill_form_dialog
from tests.gui.test_participant_record import SHOTS, answer_modal
from w4i_desktop.enums import PlacementType, StepKind
from w4i_desktop.services import (
    employers,
    participants,
    pathways,
    placements,
    record_views,
    vacancies,
)
from w4i_desktop.services.context import Context
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def placed(admin_ctx: Context) -> tuple[int, int, int]:
    """An employer with two placements: Zahra in a vacancy, Oksana in none. Returns the
    employer's id, Zahra's placement and Zahra's id."""
    eid = employers.create_employer(admin_ctx, {"name": "Bakery Sol"})
    vacancy = vacancies.create_vacancy(admin_ctx, eid, {"title": "Baker's assistant"})
    zahra = participants.create(admin_ctx, {"first_name": "Zahra", "last_name": "Karimi"})
    oksana = participants.create(admin_ctx, {"first_name": "Oksana", "last_name": "Koval"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, zahra, date(2025, 9, 1), admin_ctx.actor.user_id)
    first = placements.create_placement(
        admin_ctx, zahra, eid, PlacementType.FIXED_TERM, date(2026, 3, 2), vacancy_id=vacancy
    )
    placements.create_placement(admin_ctx, oksana, eid, PlacementType.INTERNSHIP, date(2026, 1, 12))
    return eid, first, zahra


def _rows(main_window: MainWindow) -> list[list[str]]:
    model = main_window.employers.record.placements.model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def test_names_codes_and_vacancies_show(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, placed: tuple[int, int, int]
) -> None:
    eid, _, zahra = placed
    screen = main_window.employers
    screen.open_employer(eid)
    record = screen.record
    record.tabs.setCurrentWidget(record.placements)
    code = participants.get(admin_ctx, zahra)["code"]
    rows = _rows(main_window)
    assert rows[0] == ["Zahra Karimi", code, "Baker's assistant"]
    assert rows[1][0] == "Oksana Koval"
    assert rows[1][2] == "No particular vacancy"  # said, not an empty cell
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "employer_placements.png"))


def test_double_click_edits_the_placement_and_its_follow_ups_follow(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, placed: tuple[int, int, int]
) -> None:
    eid, first, zahra = placed
    screen = main_window.employers
    screen.open_employer(eid)
    tab = screen.record.placements
    screen.record.tabs.setCurrentWidget(tab)
    seen: list[str] = []
    titles: list[str] = []

    def later_start(d: FormDialog) -> None:
        titles.append(d.windowTitle())
        assert d.fields["vacancy_id"].currentText() == "Baker's assistant"  # type: ignore[attr-defined]
        d.fields["start_date"].set_field_value(date(2026, 3, 31))  # type: ignore[attr-defined]
        choose(d.fields["type"], "Permanent")

    fill_form_dialog("placementDialog", later_start, seen)
    rect = tab.table.visualRect(tab.model.index(0, 0))
    # A real double click is a press, a release, then the double-click event.
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), LEFT, pos=rect.center())
    assert seen == ["placementDialog"]
    assert titles == ["Edit the placement"]
    details = placements.get_placement(admin_ctx, first)
    assert (details.start_date, details.type) == (date(2026, 3, 31), PlacementType.PERMANENT)
    due = {s.kind: s.due_on for s in record_views.pathway_steps(admin_ctx, zahra)}
    assert due[StepKind.FOLLOW_UP_3M] == date(2026, 6, 30)
    assert due[StepKind.FOLLOW_UP_12M] == date(2027, 3, 31)


def test_enter_edits_too_and_her_record_opens_from_the_tab(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, placed: tuple[int, int, int]
) -> None:
    eid, first, zahra = placed
    screen = main_window.employers
    screen.open_employer(eid)
    tab = screen.record.placements
    screen.record.tabs.setCurrentWidget(tab)
    assert not tab.open_button.isEnabled()  # nothing chosen yet
    rect = tab.table.visualRect(tab.model.index(1, 0))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)  # to Zahra's row by keyboard
    assert tab.open_button.isEnabled()

    def cancel(window: QWidget) -> QAbstractButton | None:
        assert isinstance(window, FormDialog)
        return window.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    seen = answer_modal(cancel)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert seen == ["placementDialog"]
    assert placements.get_placement(admin_ctx, first).start_date == date(2026, 3, 2)

    qtbot.mouseClick(tab.open_button, LEFT)
    assert main_window.nav.currentRow() == SCREENS.index("participants")
    assert main_window.participants.record.participant_id == zahra
