"""The dashboard: figures from the indicator module and what they are made of, my steps, the
team's overdue steps, records to assign, expiring permits, empty states, the chart."""

from __future__ import annotations

import os
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.conftest import shown_dialog
from tests.gui.test_employers_screen import LEFT, choose, fill_form_dialog
from tests.gui.test_participant_record import SHOTS
from w4i_desktop.enums import ClosureReason, Role
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import indicators_for
from w4i_desktop.services import employers, participant_search, participants, pathways, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.views import formats
from w4i_desktop.views.admin.settings_screen import general_spin_boxes
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.intake.intake_wizard import IntakeWizard
from w4i_desktop.views.reports import dashboard as dashboard_view
from w4i_desktop.views.reports.dashboard import DashboardPage
from w4i_desktop.views.reports.dashboard_data import DashboardData
from w4i_desktop.views.reports.dashboard_tables import ListSection
from w4i_desktop.views.window.main_window import SCREENS, MainWindow


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
    qtbot.waitUntil(lambda: not board.loading_data)  # read in the background
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


# --- what the figures are made of, the team lists, empty states, the permits setting ----------


def go_to_dashboard(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.dashboard
    board = window.dashboard
    qtbot.waitUntil(lambda: not board.loading_data)  # read in the background
    assert not board.loading.isVisible()
    return board


def test_the_figures_are_read_off_the_gui_thread_and_the_old_ones_stay_meanwhile(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = go_to_dashboard(qtbot, main_window)
    assert board.tiles["I2"].value.text() == "0"
    participants.create(
        admin_ctx, {"first_name": "Ana", "last_name": "New", "enrolled_on": date.today()}
    )
    release, readers = threading.Event(), []
    real = dashboard_view.read_dashboard

    def slow_read(ctx: Context, day: date) -> DashboardData:
        readers.append(threading.current_thread())
        assert release.wait(10)
        return real(ctx, day)

    monkeypatch.setattr(dashboard_view, "read_dashboard", slow_read)
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert board.isVisible() and board.loading.isVisible()
    assert board.loading.text() == "Loading…"
    assert board.tiles["I2"].value.text() == "0"  # the previous figure until the new one comes
    # An empty list says nothing until its rows are read: "No overdue steps." may be untrue.
    assert not board.my_overdue.empty.is_showing()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.pages.currentWidget() is main_window.participants  # not waiting
    qtbot.keyClick(main_window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    release.set()
    with qtbot.waitSignal(board.shown_data):
        pass
    qtbot.waitUntil(lambda: not board.loading_data)
    assert not board.loading.isVisible()
    assert board.tiles["I2"].value.text() == "1"
    assert board.my_overdue.empty.is_showing()
    assert readers and all(t is not threading.main_thread() for t in readers)


def cells(section: ListSection) -> list[list[str]]:
    model = section.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_active_tile_says_what_it_counts(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    today = date.today()
    quarter = Period.containing(today)
    for first in ("Ana", "Bea"):
        participants.create(
            admin_ctx, {"first_name": first, "last_name": "Open", "enrolled_on": quarter.start}
        )
    left = participants.create(
        admin_ctx, {"first_name": "Cora", "last_name": "Left", "enrolled_on": quarter.start}
    )
    participants.close(admin_ctx, left, today, ClosureReason.EMPLOYED)

    board = go_to_dashboard(qtbot, main_window)
    tile = board.tiles["I2"]
    assert tile.value.text() == "3" == str(indicators_for(admin_ctx, quarter, None).values["I2"])
    assert tile.name.text() == "Active this quarter"
    assert tile.detail.isVisible()
    assert tile.detail.text() == "open now 2 + left during the quarter 1"
    assert "open now" in tile.value.accessibleDescription()
    assert "Open counts only those open now" in tile.toolTip()
    # The list's Open count is the tile's "open now".
    assert participant_search.count(admin_ctx, ParticipantQuery(status="open")) == 2
    for key in ("I1", "I6", "I7"):
        assert board.tiles[key].detail.isVisible() and board.tiles[key].detail.text()


def test_an_administrator_sees_the_team_and_who_waits_for_a_caseworker(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, login_as: UserFactory
) -> None:
    rosa = login_as(Role.STAFF, admin_ctx.actor.site_id)
    started = date.today() - timedelta(days=20)  # needs assessment due 6 days ago
    for first in ("Ana", "Bea"):
        pid = participants.create(
            admin_ctx,
            {"first_name": first, "last_name": "Rosa's", "caseworker_id": rosa.actor.user_id},
        )
        with admin_ctx.db.transaction() as session:
            pathways.start_default_pathway(session, pid, started, None)
    waiting = participants.create(
        admin_ctx, {"first_name": "Dana", "last_name": "Waits", "enrolled_on": date.today()}
    )

    board = go_to_dashboard(qtbot, main_window)
    assert board.team.isVisible() and board.unassigned.isVisible()
    due = formats.short_date(started + timedelta(days=14))
    assert cells(board.team) == [[rosa.actor.username, "2", due]]
    assert board.team.heading.text() == "Overdue steps by &caseworker (2)"
    code = participants.get(admin_ctx, waiting)["code"]
    assert cells(board.unassigned) == [
        [f"{code} · Dana Waits", "Milano", formats.short_date(date.today())]
    ]
    assert not board.unassigned.empty.is_showing()

    # Enter on a caseworker: the list of her open participants.
    board.team.table.setFocus()
    board.team.table.selectRow(0)
    qtbot.keyClick(board.team.table, Qt.Key.Key_Return)
    listing = main_window.participants.list
    assert main_window.pages.currentWidget() is main_window.participants
    assert listing.caseworker.currentData() == rosa.actor.user_id
    assert listing.status.currentData() == "open"
    assert listing.model.total == 2

    # Enter on a waiting record opens it.
    board = go_to_dashboard(qtbot, main_window)
    board.unassigned.table.setFocus()
    board.unassigned.table.selectRow(0)
    qtbot.keyClick(board.unassigned.table, Qt.Key.Key_Return)
    assert main_window.participants.record.participant_id == waiting


def test_empty_lists_say_so(qtbot: QtBot, main_window: MainWindow) -> None:
    board = go_to_dashboard(qtbot, main_window)
    expected = {
        board.my_overdue: "No overdue steps.",
        board.due_soon: "Nothing due in the next two weeks.",
        board.team: "No overdue steps in the team.",
        board.unassigned: "Nobody waiting for a caseworker.",
        board.permits: "No permits expire in the next 60 days.",
    }
    for section, sentence in expected.items():
        assert section.model.rowCount() == 0
        label = section.empty.label
        assert label.isVisible() and label.text() == sentence
        assert label.geometry() == section.table.viewport().rect()  # over the whole table
        assert section.table.accessibleDescription() == sentence
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "dashboard_empty.png"))


def test_a_volunteer_is_told_how_to_start(
    qtbot: QtBot, login_as: UserFactory, db_path: Path
) -> None:
    state = AppState(db_path)
    state.set_context(login_as(Role.VOLUNTEER))
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    board = go_to_dashboard(qtbot, window)
    assert board.welcome.isVisible()
    assert "Start an intake interview with Ctrl+I" in board.welcome.text.text()
    for widget in (board.tiles_row, board.my_overdue, board.team, board.permits,
                   board.chart_view):  # fmt: skip
        assert not widget.isVisible()
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        window.grab().save(str(SHOTS / "dashboard_volunteer.png"))
    qtbot.mouseClick(board.welcome.button, LEFT)
    wizard = shown_dialog(IntakeWizard)
    wizard.reject()


def test_the_permit_setting_changes_the_dashboard_list(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    in_75_days = date.today() + timedelta(days=75)
    pid = participants.create(
        admin_ctx,
        {"first_name": "Hana", "last_name": "Permit", "permit_expires_on": in_75_days},
    )
    expired = participants.create(
        admin_ctx,
        {
            "first_name": "Ida",
            "last_name": "Expired",
            "permit_expires_on": date.today() - timedelta(days=1),
        },
    )
    board = go_to_dashboard(qtbot, main_window)
    assert [board.permits.model.id_at(r) for r in range(board.permits.model.rowCount())] == [
        expired
    ]
    assert cells(board.permits)[0][0].endswith("(expired)")
    assert board.permits.heading.text().startswith("&Permits expired or expiring within 60 days")

    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    screen = main_window.settings_screen
    assert screen.permit_days.value() == 60
    screen.permit_days.setFocus()
    screen.permit_days.selectAll()
    qtbot.keyClicks(screen.permit_days, "90")
    qtbot.mouseClick(screen.save_button, LEFT)
    assert screen.message.text() == "The settings are saved."  # on the page, no box
    assert settings.permit_warning_days(admin_ctx) == 90

    main_window.activateWindow()  # back from the message
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    board = go_to_dashboard(qtbot, main_window)
    ids = [board.permits.model.id_at(r) for r in range(board.permits.model.rowCount())]
    assert ids == [expired, pid]
    assert cells(board.permits)[1] == [formats.short_date(in_75_days), "Hana Permit", "none"]
    assert board.permits.heading.text() == "&Permits expired or expiring within 90 days (2)"


def test_settings_number_boxes_are_not_stretched(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.nav.setCurrentRow(SCREENS.index("settings"))
    screen = main_window.settings_screen
    qtbot.waitUntil(lambda: screen.organisation.width() > 300)  # laid out across the window
    wide = screen.organisation.width()
    spins = general_spin_boxes(screen)
    # As wide as its text needs (once the suffixes follow the loaded values), not as wide as
    # the text boxes (stretched, they were exactly that).
    qtbot.waitUntil(lambda: all(s.width() == s.sizeHint().width() for s in spins))
    for spin in spins:
        assert spin.width() < wide * 0.7, spin.objectName()
