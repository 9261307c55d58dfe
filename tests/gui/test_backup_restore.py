"""Back up now, then restore it from the File menu: the later work is gone, the earlier kept."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from w4i_desktop.services import backups, participant_search, participants, privacy
from w4i_desktop.services.context import Context
from w4i_desktop.views.admin.backup_dialogs import FOLDER_SETTING, RestoreDialog
from w4i_desktop.views.window.main_window import MainWindow


def answer_restored_message(seen: list[str], shot: str = "") -> None:
    """Once the restore is done, note the message that says what it did and click OK."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "restoredMessage":
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        if shot:
            box.grab().save(shot)
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


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
        answer_restored_message(steps)
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
    assert "is restored from" in steps[2] and "Applied again" not in steps[2]
    assert main_window.state.is_locked
    assert "Restored from" in main_window.login.error.text()

    assert main_window.login.username.text() == "admin"  # offered again after the lock
    main_window.login.username.clear()
    qtbot.keyClicks(main_window.login.username, "admin")
    qtbot.keyClicks(main_window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(main_window.login.password, Qt.Key.Key_Return)
    ctx = main_window.state.ctx
    assert participant_search.count(ctx, participant_search.ParticipantQuery()) == 1
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
        answer_restored_message(messages)
        dialog.restore_button.click()

    steps: list[str] = []
    messages: list[str] = []
    QTimer.singleShot(0, in_restore_dialog)
    qtbot.mouseClick(login.restore_button, Qt.MouseButton.LeftButton)
    assert steps == [str(made.path)]  # the newest good backup was offered first
    assert len(messages) == 1 and "damaged" in messages[0]  # where the damaged file is kept
    assert "Restored from" in login.error.text()
    assert not login.restore_button.isVisible()
    damaged = [b for b in backups.list_backups(main_window.backup_folder()) if b.kind == "damaged"]
    assert len(damaged) == 1  # the damaged file is kept, not thrown away
    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert not main_window.state.is_locked
    assert (
        participant_search.count(main_window.state.ctx, participant_search.ParticipantQuery()) == 40
    )


def test_the_restore_says_the_erasures_made_after_the_backup_were_applied_again(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, tmp_path: Path
) -> None:
    amina = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    participants.create(admin_ctx, {"first_name": "Oksana", "last_name": "Test"})
    answer_modal(standard(QMessageBox.StandardButton.Ok))
    main_window.backup_action.trigger()
    (manual,) = [b for b in backups.list_backups(main_window.backup_folder()) if b.kind == "manual"]
    privacy.erase_participant(admin_ctx, amina, "Request 2026/7")

    messages: list[str] = []
    shot = SHOTS / "restore_message.png" if os.environ.get("W4I_SCREENSHOTS") == "1" else None

    def in_restore_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(10, in_restore_dialog)
            return
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == str(manual.path):
                dialog.list.setCurrentRow(row)
        QTest.keyClicks(dialog.secret, ADMIN_PASSWORD)
        QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        answer_restored_message(messages, str(shot or tmp_path / "restore_message.png"))
        QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, confirm)
            return
        QTimer.singleShot(0, in_restore_dialog)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    main_window.restore_action.trigger()
    assert len(messages) == 1
    assert "Applied again: 1 erasure made after this backup" in messages[0]
    assert "before-restore" in messages[0]  # where the state before it is kept

    qtbot.keyClicks(main_window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(main_window.login.password, Qt.Key.Key_Return)
    ctx = main_window.state.ctx
    names = [r.name for r in participant_search.search(ctx, participant_search.ParticipantQuery())]
    assert names and not any("Amina" in name for name in names)  # erased again, Oksana kept


def test_back_up_now_to_a_missing_stick_says_so_and_writes_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "E" / "W4I backups"
    QSettings().setValue(FOLDER_SETTING, str(stick))
    texts: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        texts.append(box.text())
        if os.environ.get("W4I_SCREENSHOTS") == "1":
            box.grab().save(str(SHOTS / "backup_missing_stick.png"))
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    main_window.backup_action.trigger()
    assert texts == [f"The folder {stick} is not there. Is the USB stick plugged in?"]
    assert not (tmp_path / "E").exists()
