"""The Settings screen: organisation name and logo, retention, backups kept, lock minutes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from tests.services.test_settings import _png
from w4i_desktop.enums import Role
from w4i_desktop.services import backups, settings
from w4i_desktop.services.context import Context
from w4i_desktop.views.main_window import SCREENS, MainWindow


def test_a_manager_changes_the_settings(
    qtbot: QtBot,
    main_window: MainWindow,
    admin_ctx: Context,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main_window.nav.setCurrentRow(SCREENS.index("settings"))
    screen = main_window.settings_screen
    assert screen.organisation.text() == "Test Org"
    screen.organisation.selectAll()
    qtbot.keyClicks(screen.organisation, "Casa delle Donne")
    for spin, value in ((screen.retention, "7"), (screen.keep, "3"), (screen.lock, "15")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, value)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    qtbot.mouseClick(screen.logo_button, Qt.MouseButton.LeftButton)
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "settings.png"))
    seen = answer_modal(standard(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["QMessageBox"]
    assert settings.organisation_name(admin_ctx) == "Casa delle Donne"
    assert settings.retention_years(admin_ctx) == 7
    assert backups.keep_count(admin_ctx) == 3
    assert settings.organisation_logo(admin_ctx) == _png()
    assert int(QSettings().value("security/lock_minutes")) == 15
    assert main_window.idle.limit_seconds == 15 * 60  # at once, no restart


def test_staff_see_but_cannot_change(qtbot: QtBot, login_as: UserFactory, db_path: Path) -> None:
    from w4i_desktop.views.app_state import AppState
    from w4i_desktop.views.settings_screen import SettingsScreen

    state = AppState(db_path)
    state.set_context(login_as(Role.STAFF))
    screen = SettingsScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert not screen.save_button.isEnabled()
    assert "managers" in screen.refusal.text()
