from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.intake_wizard import IntakeWizard
from w4i_desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, state: AppState) -> MainWindow:
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_status_bar_names_user_and_role(window: MainWindow) -> None:
    assert window.user_label.text() == "admin (Administrator)"
    assert window.lock_label.text() == "Unlocked"
    assert window.minimumSize().width() >= 1024


def test_ctrl_l_locks_and_login_unlocks_keeping_typed_text(
    qtbot: QtBot, window: MainWindow, state: AppState
) -> None:
    qtbot.keyClicks(window.participants.list.search, "half-typed search")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert state.is_locked
    assert window.stack.currentWidget() is window.login
    assert window.lock_label.text() == "Locked"

    qtbot.keyClicks(window.login.username, "admin")
    qtbot.keyClicks(window.login.password, "wrong-password")
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)
    assert state.is_locked
    assert "wrong" in window.login.error.text()

    qtbot.keyClicks(window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)
    assert not state.is_locked
    assert window.stack.currentIndex() == 0
    assert window.participants.list.search.text() == "half-typed search"


def test_idle_timeout_on_the_wall_clock_locks(qtbot: QtBot, state: AppState) -> None:
    now = [1000.0]
    win = MainWindow(state, lock_minutes=10)
    qtbot.addWidget(win)
    win.idle._clock = lambda: now[0]
    win.idle.start()
    now[0] += 9 * 60
    win.idle.check()
    assert not state.is_locked
    now[0] += 2 * 60  # e.g. the laptop slept: no ticks came, but the wall clock moved on
    win.idle.check()
    assert state.is_locked


def test_ctrl_f_focuses_search_and_typing_filters(
    qtbot: QtBot, window: MainWindow, admin_ctx: Context
) -> None:
    participants.create(admin_ctx, {"first_name": "José", "last_name": "Núñez"})
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    window.participants.list.apply_filters()
    assert window.participants.list.model.rowCount() == 2
    window.nav.setCurrentRow(0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.participants
    assert window.participants.list.search.hasFocus()
    qtbot.keyClicks(window.participants.list.search, "jose")
    qtbot.waitUntil(lambda: window.participants.list.model.rowCount() == 1, timeout=2000)
    assert window.participants.list.model.row_at(0).name == "José Núñez"
    assert window.participants.list.count_label.text() == "1 participant(s)"


def test_geometry_and_screen_restored(qtbot: QtBot, state: AppState, db_path: Path) -> None:
    first = MainWindow(state)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.nav.setCurrentRow(4)
    first.save_settings()
    stored = QSettings().value("window/geometry")
    assert stored == first.saveGeometry()
    second = MainWindow(state)
    qtbot.addWidget(second)
    assert second.nav.currentRow() == 4
    assert second.pages.currentIndex() == 4
    # The offscreen screen is smaller than 1200 px, so Qt clamps the size; the stored
    # geometry is what a real screen restores.


def test_lock_mid_edit_keeps_the_typed_text_and_saves_after_unlock(
    qtbot: QtBot, window: MainWindow, state: AppState, admin_ctx: Context
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    window.participants.list.apply_filters()
    window.participants.open_participant(pid)
    record = window.participants.record
    record.profile.phone.setFocus()
    qtbot.keyClicks(record.profile.phone, "+39 02 555 0101")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert state.is_locked and window.stack.currentWidget() is window.login
    qtbot.keyClicks(window.login.username, "admin")
    qtbot.keyClicks(window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)
    assert not state.is_locked
    assert record.profile.phone.text() == "+39 02 555 0101"
    record.profile.phone.setFocus()
    qtbot.keyClick(record.profile.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert participants.get(state.ctx, pid)["phone"] == "+39 02 555 0101"


def test_status_bar_shows_the_site(window: MainWindow) -> None:
    assert window.site_label.text() == "Milano"


def test_ctrl_i_starts_an_intake_whose_submission_opens_the_record(
    qtbot: QtBot, window: MainWindow, admin_ctx: Context
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizards = [w for w in window.findChildren(IntakeWizard) if w.isVisible()]
    assert len(wizards) == 1
    pid = participants.create(admin_ctx, {"first_name": "Rima", "last_name": "Saleh"})
    wizards[0].submitted.emit(pid)  # the wizard's own walk-through is tested with the wizard
    assert window.participants.showing_record
    assert window.participants.record.profile.first_name.text() == "Rima"
