from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from w4i_desktop.enums import ClosureReason, Role
from w4i_desktop.errors import NotFound
from w4i_desktop.services import participant_search, participants, privacy, settings
from w4i_desktop.services.context import Context
from w4i_desktop.views.admin.retention_dialog import RetentionDialog
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.window.main_window import MainWindow


def _closed(ctx: Context, name: str, years_ago: int) -> int:
    today = date.today()
    enrolled = date(today.year - years_ago - 1, 1, 10)
    pid = participants.create(
        ctx, {"first_name": name, "last_name": "Test", "enrolled_on": enrolled}
    )
    participants.close(ctx, pid, date(today.year - years_ago, 1, 5), ClosureReason.MOVED_AWAY)
    return pid


def test_anonymise_everyone_past_retention(
    qtbot: QtBot, state: AppState, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _closed(admin_ctx, "Oldclosure", 7)
    recent = _closed(admin_ctx, "Recentclosure", 2)
    settings.set_retention_years(admin_ctx, 5)
    dialog = RetentionDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert dialog.anonymise.text() == "&Anonymise 1 participant…"
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0 and not dialog.anonymise.isEnabled()
    assert "1 participant anonymised." in dialog.explanation.text()
    names = {
        r.name
        for r in participant_search.search(
            admin_ctx, participant_search.ParticipantQuery(status=None)
        )
    }
    assert names == {"Recentclosure Test"}
    assert participants.get(admin_ctx, recent)["first_name"] == "Recentclosure"
    with pytest.raises(NotFound):  # anonymised records are no longer opened
        participants.get(admin_ctx, old)


def test_stop_keeps_those_anonymised_so_far_and_the_rest_untouched(
    qtbot: QtBot, state: AppState, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Firstdue", "Seconddue", "Thirddue"):
        _closed(admin_ctx, name, 8)
    dialog = RetentionDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    pressed = threading.Event()
    real = privacy.anonymise_past_retention

    def held_after_the_first(
        ctx: Context, years: int, today: date, progress: Callable[[int, int], bool]
    ) -> int:
        assert threading.current_thread() is not threading.main_thread()

        def told(done: int, total: int) -> bool:
            if done == 1:  # the user presses Stop while the first one is done
                assert pressed.wait(10)
            return progress(done, total)

        return real(ctx, years, today, progress=told)

    monkeypatch.setattr(privacy, "anonymise_past_retention", held_after_the_first)

    def press_stop() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if not shown:
            return
        button = shown[0].findChild(QPushButton)
        assert button is not None and button.text() == "Stop"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        pressed.set()
        timer.stop()

    timer = QTimer()
    timer.timeout.connect(press_stop)
    timer.start(10)
    qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
    timer.stop()
    assert pressed.is_set()
    assert "1 participant anonymised." in dialog.explanation.text()
    assert dialog.model.rowCount() == 2
    assert dialog.anonymise.text() == "&Anonymise 2 participants…"


def test_saying_no_changes_nothing(
    qtbot: QtBot, state: AppState, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _closed(admin_ctx, "Keepme", 9)
    dialog = RetentionDialog(state)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
    assert participants.get(admin_ctx, old)["first_name"] == "Keepme"


def test_the_menu_entry_is_only_for_roles_that_may_erase(
    qtbot: QtBot, state: AppState, login_as: UserFactory
) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert window.retention_action.isVisible()
    staff = login_as(Role.STAFF)
    state._ctx = staff  # the same open database, another user
    state.unlocked.emit(staff)
    assert not window.retention_action.isVisible()
