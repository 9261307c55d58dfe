from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, UserFactory
from tests.gui.windows import window_as
from w4i_desktop.enums import Role
from w4i_desktop.services import participant_search, participants, sites, users
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.intake.intake_wizard import IntakeWizard
from w4i_desktop.views.participant.participant_list import ListFilters
from w4i_desktop.views.window.main_window import SCREENS, MainWindow


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
    # Her name is offered again, the keys go to the password.
    assert window.login.username.text() == "admin"
    assert window.login.password.hasFocus()

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
    assert window.participants.list.count_label.text() == "1 participant"


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
    assert window.login.username.text() == "admin"
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


def _sign_in(qtbot: QtBot, window: MainWindow, username: str, password: str) -> None:
    login = window.login
    login.username.setFocus()
    login.username.selectAll()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Return)  # on to the password
    assert login.password.hasFocus()
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    # The keyboard stays in the window: its shortcuts (Ctrl+L) work.
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))


def test_another_user_after_a_lock_starts_with_fresh_filters_the_same_user_keeps_hers(
    qtbot: QtBot, window: MainWindow, state: AppState, admin_ctx: Context
) -> None:
    torino = sites.add_site(admin_ctx, "Torino")
    users.add_user(admin_ctx, "bruno", "bruno-password", Role.STAFF, kdf=FAST_KDF)
    for i in range(3):
        participants.create(admin_ctx, {"first_name": f"Case{i}", "last_name": "Test"})
    window.nav.setCurrentRow(SCREENS.index("participants"))
    page = window.participants.list
    page.on_unlocked()  # Torino was added after the window was built
    qtbot.keyClicks(page.search, "Case1")
    page.site.setFocus()
    while page.site.currentData() != torino:
        qtbot.keyClick(page.site, Qt.Key.Key_Down)
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # Closed
    assert page.status.currentData() == "closed"
    admin_filters = page.filters()

    # The same user, after a lock: everything as she left it.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert state.is_locked and window.login.password.hasFocus()
    qtbot.keyClicks(window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)
    assert not state.is_locked
    assert window.participants.list.filters() == admin_filters

    # Another user: nothing of the admin's.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert state.is_locked
    _sign_in(qtbot, window, "bruno", "bruno-password")
    assert not state.is_locked and state.ctx.actor.username == "bruno"
    page = window.participants.list
    assert page.search.text() == ""
    assert page.filters() == ListFilters()  # all sites, open cases, any caseworker
    assert page.model.total == participant_search.count(
        state.ctx, participant_search.ParticipantQuery(status="open")
    )
    assert window.nav.currentRow() == SCREENS.index("participants")
    assert window.user_label.text().startswith("bruno")

    # Locked by bruno: his name is offered, the focus is on the password.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.login.username.text() == "bruno"
    assert window.login.password.hasFocus()


def test_another_user_does_not_get_the_open_record(
    qtbot: QtBot, window: MainWindow, state: AppState, admin_ctx: Context
) -> None:
    users.add_user(admin_ctx, "bruno", "bruno-password", Role.STAFF, kdf=FAST_KDF)
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    window.nav.setCurrentRow(SCREENS.index("participants"))
    window.participants.open_participant(pid)
    record = window.participants.record
    record.profile.phone.setFocus()
    qtbot.keyClicks(record.profile.phone, "+39 02 555 0101")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _sign_in(qtbot, window, "bruno", "bruno-password")
    assert state.ctx.actor.username == "bruno"
    assert not window.participants.showing_record
    assert window.participants.record.profile.phone.text() == ""
    assert participants.get(state.ctx, pid)["phone"] in (None, "")


def test_the_remembered_user_name_sends_the_focus_to_the_password(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    QSettings().setValue("login/last_user", "admin")
    admin_ctx.db.close()
    state = AppState(db_path)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.login.password.hasFocus())
    assert win.login.username.text() == "admin"
    qtbot.keyClicks(win.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(win.login.password, Qt.Key.Key_Return)
    assert not state.is_locked
    state.lock()


@pytest.mark.parametrize("signed_in_after", ["admin", "again"])
def test_the_file_menu_follows_the_role_after_every_sign_in(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, signed_in_after: str
) -> None:
    # Locking disabled Import, Back up now and Retention review, and signing in never gave
    # them back: nobody could make a manual backup in a normal day (issue 16).
    admin_ctx.db.close()
    state = AppState(db_path)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    for _ in range(2 if signed_in_after == "again" else 1):
        win.login.username.setText("admin")
        qtbot.keyClicks(win.login.password, ADMIN_PASSWORD)
        qtbot.keyClick(win.login.password, Qt.Key.Key_Return)
        assert not state.is_locked
        state.lock()
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.login)
    qtbot.keyClicks(win.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(win.login.password, Qt.Key.Key_Return)
    assert not state.is_locked
    for action in (win.backup_action, win.import_action, win.retention_action):
        assert action.isVisible() and action.isEnabled(), action.text()


def test_a_volunteer_is_not_offered_employers_or_pathways(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    """Issue 16: volunteers saw a refusal popup and then the Employers screen anyway, and the
    Pathways page showed the refusal as its title. What a role may not open is not offered."""
    QSettings().setValue("window/screen", "employers")  # where the last user left the window
    win = window_as(qtbot, login_as(Role.VOLUNTEER, admin_ctx.actor.site_id), db_path)
    assert SCREENS[win.nav.currentRow()] == "participants"
    for key in ("employers", "pathways", "reports"):
        row = SCREENS.index(key)
        assert win.nav.isRowHidden(row)
        assert not win.go_actions[row].isVisible()
        qtbot.keyClick(win, getattr(Qt.Key, f"Key_{row + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert SCREENS[win.nav.currentRow()] == "participants"
        assert QApplication.activeModalWidget() is None  # no refusal popup
    qtbot.keyClick(win, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert SCREENS[win.nav.currentRow()] == "settings"  # what she may open still works


def test_staff_are_offered_employers_and_pathways_not_reports(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    win = window_as(qtbot, login_as(Role.STAFF, admin_ctx.actor.site_id), db_path)
    assert win.nav.isRowHidden(SCREENS.index("reports"))  # made by managers
    for key in ("employers", "pathways"):
        row = SCREENS.index(key)
        assert not win.nav.isRowHidden(row)
        assert win.go_actions[row].isVisible() and win.go_actions[row].isEnabled()
        qtbot.keyClick(win, getattr(Qt.Key, f"Key_{row + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert SCREENS[win.nav.currentRow()] == key


def test_each_screen_is_built_when_it_is_first_opened(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    # Issue 17: the sign-in window shows without building the screens behind it.
    admin_ctx.db.close()
    state = AppState(db_path)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    assert win.screens.built == {}
    qtbot.keyClicks(win.login.username, "admin")
    qtbot.keyClicks(win.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(win.login.password, Qt.Key.Key_Return)
    assert not state.is_locked
    assert set(win.screens.built) == {SCREENS[win.nav.currentRow()]}  # the one on show
    reports = win.nav.visualItemRect(win.nav.item(SCREENS.index("reports")))
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=reports.center())
    assert SCREENS[win.nav.currentRow()] == "reports"
    assert "reports" in win.screens.built
    assert win.pages.currentWidget() is win.screens.built["reports"]
    assert "dashboard" not in win.screens.built and "employers" not in win.screens.built
    state.lock()
