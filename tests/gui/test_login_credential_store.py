"""The sign-in page offers "Remember me" as this computer's credential store was at the last
sign-in, without loading the keyring library to show it (issue 17: start to sign-in <= 0.8 s);
each sign-in asks the store again for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD
from w4i_desktop.services.context import Context
from w4i_desktop.storage import device_keyring
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.window.login import CREDENTIAL_STORE_SETTING
from w4i_desktop.views.window.main_window import MainWindow


def test_remember_me_is_offered_as_at_the_last_sign_in_and_asked_again_at_sign_in(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def gone() -> bool:  # the credential store went away since the last sign-in
        asked.append(False)
        return False

    monkeypatch.setattr(device_keyring, "available", gone)
    QSettings().setValue(CREDENTIAL_STORE_SETTING, "yes")
    admin_ctx.db.close()
    state = AppState(db_path)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.login
    assert page.remember.isVisible()
    assert asked == []  # the page shown without asking the store

    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClick(page.username, Qt.Key.Key_Return)
    qtbot.keyClicks(page.password, ADMIN_PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not state.is_locked)
    assert asked  # asked at the sign-in, for the next start
    assert QSettings().value(CREDENTIAL_STORE_SETTING) == "no"

    state.lock()  # the sign-in page again: now as the store is
    assert not window.login.remember.isVisibleTo(window.login)


def test_the_first_start_asks_the_credential_store(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(device_keyring, "available", lambda: True)
    admin_ctx.db.close()
    window = MainWindow(AppState(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.login.remember.isVisible()
    assert QSettings().value(CREDENTIAL_STORE_SETTING) == "yes"
