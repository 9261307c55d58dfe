"""Automatic backups in the background; closing the window never waits for one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD
from w4i_desktop.services import backups, participants, session_backups, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.backup import BackupSource
from w4i_desktop.views.admin.backup_dialogs import FOLDER_SETTING
from w4i_desktop.views.window.main_window import MainWindow


def automatic(window: MainWindow) -> list[backups.BackupInfo]:
    return [b for b in backups.list_backups(window.backup_folder()) if b.kind == "automatic"]


def partials(window: MainWindow) -> list[Path]:
    return list(window.backup_folder().glob(".*.partial"))


def participants_in(backup: Path) -> int:
    return backups.verify_backup(backup, "admin", ADMIN_PASSWORD)["participant"]


def quit_app(window: MainWindow) -> None:
    """What the application does when it quits after the window closed (aboutToQuit)."""
    window.auto_backup.finish()


@pytest.fixture
def blocked_backups(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Backups that wait, once started, until the returned event is set."""
    go_on = threading.Event()
    real = BackupSource.backup_to

    def waiting(source: BackupSource, target: Path, keyfile: object) -> Path:
        go_on.wait(30)
        return real(source, target, keyfile)  # type: ignore[arg-type]

    monkeypatch.setattr(BackupSource, "backup_to", waiting)
    return go_on


def back_up_in_background(qtbot: QtBot, window: MainWindow) -> None:
    window.auto_backup.back_up()
    qtbot.waitUntil(lambda: not window.auto_backup.running, timeout=20_000)


def ctrl(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_after_a_change_a_backup_is_made_in_the_background_complete_and_checked(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert automatic(main_window) == []  # none at sign-in: the window never waits for one
    monkeypatch.setattr(session_backups, "QUIET", session_backups.QUIET * 0)
    main_window.auto_backup.timer.setInterval(20)
    qtbot.waitUntil(lambda: len(automatic(main_window)) == 1, timeout=20_000)
    first = automatic(main_window)[0]
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    monkeypatch.setattr(session_backups, "EVERY", session_backups.EVERY * 0)
    qtbot.waitUntil(lambda: automatic(main_window)[0].path != first.path, timeout=20_000)
    qtbot.waitUntil(lambda: not main_window.auto_backup.running, timeout=20_000)
    newest = automatic(main_window)
    assert len(newest) == 1  # the session's newer backup replaced its previous one
    assert participants_in(newest[0].path) == 1
    assert partials(main_window) == []
    assert main_window.isVisible() and not main_window.state.is_locked


def test_closing_with_no_change_since_the_last_backup_makes_none(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    back_up_in_background(qtbot, main_window)
    made = automatic(main_window)
    assert len(made) == 1
    main_window.close()  # as the window's close button does
    assert not main_window.isVisible()
    assert main_window.state.is_locked  # at once: nothing to wait for
    assert main_window.auto_backup.session is None
    assert automatic(main_window) == made


def test_closing_after_a_change_goes_at_once_and_backs_up_behind(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, blocked_backups: threading.Event
) -> None:
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    main_window.close()  # as the window's close button does
    assert not main_window.isVisible()  # gone, while the backup waits to go on
    assert main_window.auto_backup.running and not main_window.state.is_locked
    assert automatic(main_window) == []
    blocked_backups.set()
    quit_app(main_window)
    assert main_window.state.is_locked
    (made,) = automatic(main_window)
    assert participants_in(made.path) == 1
    assert partials(main_window) == []


def test_closing_while_a_backup_runs_waits_for_it_then_backs_up_what_it_missed(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, blocked_backups: threading.Event
) -> None:
    main_window.auto_backup.back_up()
    assert main_window.auto_backup.running
    # A change while the backup is under way (it may or may not hold it).
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    main_window.close()  # as the window's close button does
    assert not main_window.isVisible() and not main_window.state.is_locked
    blocked_backups.set()
    quit_app(main_window)
    assert main_window.state.is_locked
    (made,) = automatic(main_window)  # the one more replaced the one under way at closing
    assert participants_in(made.path) == 1
    assert partials(main_window) == []


def test_locking_waits_for_the_backup_under_way(
    qtbot: QtBot, main_window: MainWindow, blocked_backups: threading.Event
) -> None:
    main_window.auto_backup.back_up()
    QTimer.singleShot(300, blocked_backups.set)  # while the lock waits
    ctrl(qtbot, main_window, Qt.Key.Key_L)
    assert main_window.state.is_locked
    assert not main_window.auto_backup.running
    assert len(automatic(main_window)) == 1 and partials(main_window) == []


def test_a_failed_background_backup_is_said_in_the_status_bar_and_work_goes_on(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    QSettings().setValue(FOLDER_SETTING, str(tmp_path / "stick" / "backups"))  # not plugged in
    main_window.close()  # the session's backups start again with that folder at sign-in
    main_window.auto_backup.finish()
    main_window.state.set_context(users.login(main_window.state.db_path, "admin", ADMIN_PASSWORD))
    main_window.auto_backup.back_up()
    bar = main_window.statusBar()
    qtbot.waitUntil(lambda: "automatic backup failed" in bar.currentMessage(), timeout=20_000)
    assert "is not there" in bar.currentMessage()
    assert not main_window.state.is_locked and not (tmp_path / "stick").exists()
