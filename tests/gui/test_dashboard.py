"""The dashboard: figures from the indicator module, my steps, the chart."""

from __future__ import annotations

import os
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.test_employers_screen import LEFT, choose, fill_form_dialog
from tests.gui.test_participant_record import SHOTS
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import indicators_for
from w4i_desktop.services import employers, participants, pathways
from w4i_desktop.services.context import Context
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.main_window import SCREENS, MainWindow


def test_a_placement_made_on_her_record_shows_its_follow_up_on_the_dashboard(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    start = date.today() - timedelta(days=20)
    pid = participants.create(
        admin_ctx,
        {
            "first_name": "Oksana",
            "last_name": "Koval",
            "enrolled_on": start,
            "caseworker_id": admin_ctx.actor.user_id,
        },
    )
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, start, admin_ctx.actor.user_id)
    employers.create_employer(admin_ctx, {"name": "Trattoria Da Nonna"})

    main_window._show_participant(pid)
    record = main_window.participants.record
    record.tabs.setCurrentWidget(record.placements)
    seen: list[str] = []

    def placement(d: FormDialog) -> None:
        choose(d.fields["employer_id"], "Trattoria")
        choose(d.fields["type"], "Internship")
        d.fields["start_date"].set_field_value(start)  # type: ignore[attr-defined]

    fill_form_dialog("placementDialog", placement, seen)
    qtbot.mouseClick(record.placements.new_button, LEFT)
    assert seen == ["placementDialog"]

    main_window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    board = main_window.dashboard
    assert main_window.pages.currentWidget() is board
    rows = [board.upcoming_model.index(r, 2).data() for r in range(board.upcoming_model.rowCount())]
    assert "Follow-up after 1 month" in rows  # due 10 days from now
    overdue = [
        board.overdue_model.index(r, 2).data() for r in range(board.overdue_model.rowCount())
    ]
    assert "Needs assessment" in overdue  # due 14 days after the start, 6 days ago

    figures = indicators_for(admin_ctx, Period.containing(date.today()), None)
    assert board.tiles["I2"].value.text() == str(figures.values["I2"])
    assert board.tiles["I6"].value.text() == str(figures.values["I6"])
    in_this_quarter = start >= Period.containing(date.today()).start
    assert board.counts[-1] == (1 if in_this_quarter else 0)
    assert sum(board.counts) == 1
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        qtbot.wait(200)  # the chart lays out its axes on the next events
        main_window.grab().save(str(SHOTS / "dashboard.png"))

    follow_up_row = rows.index("Follow-up after 1 month")
    board.upcoming.setFocus()
    board.upcoming.selectRow(follow_up_row)
    qtbot.keyClick(board.upcoming, Qt.Key.Key_Return)
    assert main_window.nav.currentRow() == SCREENS.index("participants")
    assert main_window.participants.record.participant_id == pid
