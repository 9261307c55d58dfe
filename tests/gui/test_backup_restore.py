"""Back up now, then restore it from the File menu: the later work is gone, the earlier kept."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from w4i_desktop.services import backups, participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.backup_dialogs import RestoreDialog
from w4i_desktop.views.main_window import MainWindow


def test_back_up_then_restore_from_the_file_menu(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    seen = answer_modal(standard(QMessageBox.StandardButton.Ok))
    main_window.backup_action.trigger()
    assert seen == ["QMessageBox"]
    folder = main_window.backup_folder()
    manual = [b for b in backups.list_backups(folder) if b.kind == "manual"]
    assert len(manual) == 1
    later = participants.create(admin_ctx, {"first_name": "Later", "last_name": "One"})

    steps: list[str] = []

    def in_restore_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(10, in_restore_dialog)
            return
        steps.append("dialog")
        # The newest complete backup is first: the manual one (the daily automatic one was
        # made at login, before Amina).
        dialog.list.setCurrentRow(
            next(
                i
                for i in range(dialog.list.count())
                if str(manual[0].path) == dialog.list.item(i).data(Qt.ItemDataRole.UserRole)
            )
        )
        assert dialog.username.text() == "admin"
        QTest.keyClicks(dialog.secret, ADMIN_PASSWORD)
        dialog.check_button.click()
        steps.append(dialog.counts.text())
        if os.environ.get("W4I_SCREENSHOTS") == "1":
            dialog.grab().save(str(SHOTS / "restore_dialog.png"))
        dialog.restore_button.click()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, confirm)
            return
        QTimer.singleShot(0, in_restore_dialog)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    main_window.restore_action.trigger()
    assert steps[0] == "dialog" and "intact" in steps[1] and "1 participants" in steps[1]
    assert main_window.state.is_locked
    assert "Restored from" in main_window.login.error.text()

    assert main_window.login.username.text() == "admin"  # offered again after the lock
    main_window.login.username.clear()
    qtbot.keyClicks(main_window.login.username, "admin")
    qtbot.keyClicks(main_window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(main_window.login.password, Qt.Key.Key_Return)
    ctx = main_window.state.ctx
    assert participants.count(ctx, participants.ParticipantQuery()) == 1
    kept = [b for b in backups.list_backups(folder) if b.kind == "before-restore"]
    assert len(kept) == 1 and later > 0


def test_a_damaged_database_offers_the_newest_backup_at_sign_in(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    for i in range(40):
        participants.create(admin_ctx, {"first_name": f"Name{i}", "last_name": "Test" * 20})
    made = backups.backup_now(admin_ctx, main_window.backup_folder())
    main_window.lock()
    db = main_window.state.db_path
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF  # the first page: nothing can be read
    db.write_bytes(bytes(data))

    login = main_window.login
    login.username.clear()
    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert main_window.state.is_locked
    assert "damaged" in login.error.text()
    assert login.restore_button.isVisible()

    def in_restore_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(10, in_restore_dialog)
            return
        steps.append(str(dialog.chosen()))  # checked below: a failed assert here would hang
        QTest.keyClicks(dialog.secret, ADMIN_PASSWORD)
        dialog.check_button.click()
        dialog.restore_button.click()

    steps: list[str] = []
    QTimer.singleShot(0, in_restore_dialog)
    qtbot.mouseClick(login.restore_button, Qt.MouseButton.LeftButton)
    assert steps == [str(made.path)]  # the newest good backup was offered first
    assert "Restored from" in login.error.text()
    assert not login.restore_button.isVisible()
    damaged = [b for b in backups.list_backups(main_window.backup_folder()) if b.kind == "damaged"]
    assert len(damaged) == 1  # the damaged file is kept, not thrown away
    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert not main_window.state.is_locked
    assert participants.count(main_window.state.ctx, participants.ParticipantQuery()) == 40
