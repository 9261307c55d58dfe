"""GUI fixtures: an AppState over the test database, QSettings kept out of the user's."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.windows import close_and_finish
from w4i_desktop.services.context import Context
from w4i_desktop.views import language
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.operations import work_under_way
from w4i_desktop.views.plurals import install_english_plurals
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("W4I-tests")
    QCoreApplication.setApplicationName("w4i-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    # The Getting started page opens by itself at a first sign-in and would take the focus;
    # tests/gui/test_help.py clears this to test exactly that.
    QSettings().setValue("help/getting_started_seen", True)
    # English as the app shows it ("1 participant"), whatever a previous test installed.
    install_english_plurals(list(language._installed))
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _background_work_ends(qapp: QApplication) -> Iterator[None]:
    """Each test ends with its background work: a read still under way would otherwise hand its
    outcome (and the garbage collector's resumption) to whichever test runs next."""
    yield
    deadline = time.monotonic() + 60
    while work_under_way() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert not work_under_way(), "background work still running a minute after the test"
    assert gc.isenabled()


@pytest.fixture
def state(admin_ctx: Context, db_path: Path) -> AppState:
    app_state = AppState(db_path)
    app_state.set_context(admin_ctx)
    return app_state


@pytest.fixture
def main_window(qtbot: QtBot, state: AppState) -> MainWindow:
    """The whole window, logged in as admin, on the Employers screen."""
    window = MainWindow(state)
    qtbot.addWidget(window, before_close_func=close_and_finish)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # its shortcuts (Ctrl+1…6, Ctrl+S) work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setCurrentRow(SCREENS.index("employers"))
    return window


def shown_dialog(kind: type[W]) -> W:
    """The visible top-level window of this class (dialogs opened without blocking)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]
