"""Help ▸ Check the database, from the keyboard: one message with what was found."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD, UserFactory
from tests.gui.test_participant_record import answer_modal, standard
from tests.gui.windows import window_as
from tests.services.test_health import damage_a_page, fill
from w4i_desktop.enums import Role
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.views.window.main_window import MainWindow

pytestmark = pytest.mark.sqlcipher_only(reason="the GUI opens a database file")


def _check_from_the_help_menu(qtbot: QtBot, win: MainWindow) -> list[str]:
    """Alt+H, then C: the report's box is read and closed."""
    texts: list[str] = []

    def read(box: object) -> object:
        assert isinstance(box, QMessageBox)
        texts.extend([box.text(), box.detailedText()])
        return standard(QMessageBox.StandardButton.Ok)(box)

    seen = answer_modal(read)  # type: ignore[arg-type]
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_C)
    qtbot.waitUntil(lambda: seen == ["healthBox"])
    return texts


def test_a_sound_database_is_said_to_be_sound(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    fill(admin_ctx, 3)
    win = window_as(qtbot, admin_ctx, db_path)
    text, details = _check_from_the_help_menu(qtbot, win)
    assert text.startswith("The database is sound.")
    assert details == ""


def test_a_damaged_page_is_reported_with_what_to_do(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    fill(admin_ctx)
    damage_a_page(admin_ctx, db_path, "participant_fts_data")
    ctx = users.login(db_path, "admin", ADMIN_PASSWORD)
    win = window_as(qtbot, ctx, db_path)
    text, details = _check_from_the_help_menu(qtbot, win)
    assert "The database is damaged" in text and "Restore a backup" in text
    assert "HMAC verification failed" in details


def test_staff_are_not_offered_the_check(
    qtbot: QtBot, login_as: UserFactory, db_path: Path
) -> None:
    win = window_as(qtbot, login_as(Role.STAFF), db_path)
    assert not win.check_action.isVisible()
