"""Main windows for GUI tests, signed in as any user (the `main_window` fixture is the admin's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.window.main_window import MainWindow


def close_and_finish(window: QWidget) -> None:
    """Close the window as the application does when it quits: the backup of the last
    changes, made behind the closed window, is waited for (no test leaves one running)."""
    assert isinstance(window, MainWindow)
    window.close()
    window.auto_backup.finish()


def window_as(qtbot: QtBot, ctx: Context, db_path: Path) -> MainWindow:
    """The whole window, shown and active, signed in with `ctx` on the database `db_path`."""
    state = AppState(db_path)
    state.set_context(ctx)
    win = MainWindow(state)
    qtbot.addWidget(win, before_close_func=close_and_finish)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win
