"""The record's Privacy menu: "Delete record created by mistake…", administrators only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import answer_modal, make_record, standard
from tests.gui.test_privacy_actions import choose_in_menu
from w4i_desktop.enums import Role
from w4i_desktop.errors import NotFound
from w4i_desktop.models import AuditEvent, Participant
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import participant_search, participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.views.participant.delete_record_dialog import DeleteRecordDialog
from w4i_desktop.views.participant.participant_record import ParticipantRecord
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

SHOTS = Path("/tmp/deletion")


@pytest.fixture
def amina(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx, {"first_name": "Amina", "last_name": "Diallo", "phone": "+39 333 1234567"}
    )


@pytest.fixture
def admin_record(qtbot: QtBot, admin_ctx: Context, db_path: Path) -> ParticipantRecord:
    return make_record(qtbot, admin_ctx, db_path)


def _acknowledge(seen: list[str]) -> None:
    """Note the name of the next message box and press its OK."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _acknowledge(seen))
        return
    seen.append(box.objectName())
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _fill_and_delete(reason: str, seen: list[str], shot: str | None = None) -> None:
    """In the deletion dialog when it opens: no deletion without a reason; type one, delete."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeleteRecordDialog):
            QTimer.singleShot(10, fill)
            return
        seen.append(dialog.objectName())
        assert dialog.focusWidget() is dialog.reason
        assert not dialog.delete_button.isEnabled()
        QTest.keyClicks(dialog.reason, "   ")
        assert not dialog.delete_button.isEnabled()  # blanks are no reason
        QTest.keyClicks(dialog.reason, reason)
        assert dialog.delete_button.isEnabled()
        if shot:
            SHOTS.mkdir(exist_ok=True)
            dialog.grab().save(str(SHOTS / shot))
        QTimer.singleShot(0, lambda: _acknowledge(seen))  # the "deleted" message
        QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def test_an_administrator_deletes_a_record_created_by_mistake(
    qtbot: QtBot, admin_record: ParticipantRecord, amina: int, admin_ctx: Context
) -> None:
    record = admin_record
    assert record.load(amina)
    assert record.privacy.delete_action.isVisible()
    seen: list[str] = []
    _fill_and_delete("Entered twice", seen, "delete_dialog.png")
    with qtbot.waitSignal(record.erased, timeout=5000):
        choose_in_menu(qtbot, record, "deleteRecord")
    assert seen[0] == "deleteRecordDialog"
    qtbot.waitUntil(lambda: "deletedBox" in seen)
    with pytest.raises(NotFound):
        participants.get(admin_ctx, amina)
    with admin_ctx.db.transaction() as session:
        assert session.get(Participant, amina) is None
        event = session.query(AuditEvent).order_by(AuditEvent.seq.desc()).first()
        assert event is not None
        assert (event.action.value, event.entity_id, event.detail) == (
            "delete",
            amina,
            {"reason": len("Entered twice")},
        )
    assert "Diallo" not in record.title.text()
    assert not record.has_unsaved_changes()


def test_cancelling_keeps_her(
    qtbot: QtBot, admin_record: ParticipantRecord, amina: int, admin_ctx: Context
) -> None:
    record = admin_record
    assert record.load(amina)
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeleteRecordDialog):
            QTimer.singleShot(10, cancel)
            return
        seen.append(dialog.objectName())
        QTest.keyClicks(dialog.reason, "Entered twice")
        cancel_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QTest.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, cancel)
    choose_in_menu(qtbot, record, "deleteRecord")
    qtbot.waitUntil(lambda: seen == ["deleteRecordDialog"])
    assert participants.get(admin_ctx, amina)["last_name"] == "Diallo"


def test_too_late_is_explained_and_she_stays(
    qtbot: QtBot, admin_record: ParticipantRecord, amina: int, admin_ctx: Context
) -> None:
    with admin_ctx.db.transaction() as session:
        person = session.get(Participant, amina)
        assert person is not None
        person.created_at = utcnow() - timedelta(days=20)
    record = admin_record
    assert record.load(amina)
    seen = answer_modal(standard(QMessageBox.StandardButton.Ok))
    explained: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            explained.append(box.text())
            SHOTS.mkdir(exist_ok=True)
            box.grab().save(str(SHOTS / "delete_refused.png"))
        else:
            QTimer.singleShot(5, read_box)

    QTimer.singleShot(0, read_box)
    choose_in_menu(qtbot, record, "deleteRecord")
    qtbot.waitUntil(lambda: seen == ["deleteRefusedBox"])
    assert explained and "more than 14 days ago" in explained[0]
    assert "more than 14 days ago" in record.privacy.delete_action.toolTip()
    assert participants.get(admin_ctx, amina)["last_name"] == "Diallo"


@pytest.mark.parametrize("role", [Role.MANAGER, Role.STAFF])
def test_not_offered_to_others_than_administrators(
    qtbot: QtBot,
    login_as: UserFactory,
    db_path: Path,
    amina: int,
    role: Role,
) -> None:
    record = make_record(qtbot, login_as(role, site_id=1), db_path)
    assert record.load(amina)
    assert not record.privacy.delete_action.isVisible()


def test_after_deletion_the_list_no_longer_shows_her(
    qtbot: QtBot, main_window: MainWindow, amina: int, admin_ctx: Context
) -> None:
    participants.create(admin_ctx, {"first_name": "Oksana", "last_name": "Kovalenko"})
    main_window.nav.setCurrentRow(SCREENS.index("participants"))
    screen = main_window.participants
    screen.list.apply_filters()
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 2)
    screen.open_participant(amina)
    assert screen.showing_record
    seen: list[str] = []
    _fill_and_delete("Test entry", seen)
    with qtbot.waitSignal(screen.record.erased, timeout=5000):
        choose_in_menu(qtbot, screen.record, "deleteRecord")
    qtbot.waitUntil(lambda: not screen.showing_record)
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 1)
    assert participant_search.count(admin_ctx, ParticipantQuery()) == 1
