from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from w4i_desktop.enums import ClosureReason, Role
from w4i_desktop.errors import NotFound
from w4i_desktop.services import participant_search, participants, settings
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
