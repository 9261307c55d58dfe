"""The record's Privacy menu: export all her data, erase her personal data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import (
    SHOTS,
    answer_modal,
    make_record,
    standard,
)
from tests.pdfs import pdf_text
from w4i_desktop.enums import Role
from w4i_desktop.errors import NotFound
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.participant.participant_record import ParticipantRecord
from w4i_desktop.views.participant.privacy_actions import EraseDialog


def choose_in_menu(qtbot: QtBot, record: ParticipantRecord, object_name: str) -> None:
    """Open the Privacy menu from the keyboard and pick an entry with arrows and Return."""
    menu = record.privacy.menu()
    wanted = next(a for a in menu.actions() if a.objectName() == object_name)
    visible = [a for a in menu.actions() if a.isVisible()]

    def pick() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(10, pick)
            return
        for _ in range(visible.index(wanted) + 1):
            QTest.keyClick(popup, Qt.Key.Key_Down)
        assert popup.activeAction() is wanted
        QTest.keyClick(popup, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    record.privacy.setFocus()
    qtbot.keyClick(record.privacy, Qt.Key.Key_Space)


@pytest.fixture
def manager_record(
    qtbot: QtBot, login_as: UserFactory, admin_ctx: Context, db_path: Path
) -> ParticipantRecord:
    return make_record(qtbot, login_as(Role.MANAGER), db_path)


@pytest.fixture
def amina(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx,
        {"first_name": "Amina", "last_name": "Diallo", "phone": "+39 333 1234567"},
    )


def test_export_all_her_data_writes_json_and_pdf(
    qtbot: QtBot,
    manager_record: ParticipantRecord,
    amina: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = manager_record
    assert record.load(amina)
    assert record.privacy.isVisible()
    out = tmp_path / "export"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    seen = answer_modal(standard(QMessageBox.StandardButton.Close))
    choose_in_menu(qtbot, record, "exportAll")
    qtbot.waitUntil(lambda: seen == ["writtenBox"])
    code = participants.get(record.state.ctx, amina)["code"]
    folder = out / f"{code}-access-request"  # her files together, named after their content
    assert [p.name for p in out.iterdir()] == [folder.name]
    assert sorted(p.name for p in folder.iterdir()) == [f"{code}.json", f"{code}.pdf"]
    assert "Diallo" in pdf_text((folder / f"{code}.pdf").read_bytes())


def test_erase_asks_for_a_reason_then_leaves_nothing_of_her_on_screen(
    qtbot: QtBot,
    manager_record: ParticipantRecord,
    amina: int,
    admin_ctx: Context,
) -> None:
    record = manager_record
    assert record.load(amina)
    seen: list[str] = []

    def fill_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseDialog):
            QTimer.singleShot(10, fill_reason)
            return
        seen.append(dialog.objectName())
        assert not dialog.erase_button.isEnabled()  # no erasure without a reason
        QTest.keyClicks(dialog.reason, "Her request by e-mail")
        assert dialog.erase_button.isEnabled()
        if os.environ.get("W4I_SCREENSHOTS") == "1":
            dialog.grab().save(str(SHOTS / "record_erase_dialog.png"))
        answer_modal(standard(QMessageBox.StandardButton.Ok))  # the "erased" message
        dialog.erase_button.click()

    QTimer.singleShot(0, fill_reason)
    with qtbot.waitSignal(record.erased, timeout=5000):
        choose_in_menu(qtbot, record, "erasePersonal")
    assert seen == ["eraseDialog"]
    with pytest.raises(NotFound):
        participants.get(admin_ctx, amina)
    assert "Diallo" not in record.title.text()
    assert record.fields["last_name"].text() == ""  # type: ignore[attr-defined]
    assert not record.has_unsaved_changes()


def test_cancelling_the_erasure_keeps_her(
    qtbot: QtBot, manager_record: ParticipantRecord, amina: int, admin_ctx: Context
) -> None:
    record = manager_record
    assert record.load(amina)
    answer_modal(_cancel)
    choose_in_menu(qtbot, record, "erasePersonal")
    assert participants.get(admin_ctx, amina)["last_name"] == "Diallo"


def _cancel(window: QWidget) -> QAbstractButton | None:
    assert isinstance(window, EraseDialog)
    return window.buttons.button(QDialogButtonBox.StandardButton.Cancel)


@pytest.mark.parametrize("role", [Role.STAFF, Role.VOLUNTEER])
def test_staff_and_volunteers_have_no_privacy_menu(
    qtbot: QtBot, login_as: UserFactory, db_path: Path, admin_ctx: Context, role: Role
) -> None:
    ctx = login_as(role)
    pid = participants.create(ctx, {"first_name": "Fatou", "last_name": "Sow"})
    record = make_record(qtbot, ctx, db_path)
    assert record.load(pid)
    assert not record.privacy.isVisible()
