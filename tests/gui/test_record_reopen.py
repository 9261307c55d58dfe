"""Reopening a closed record from the record itself, and the residence permit banner."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS, answer_modal, make_record
from w4i_desktop.enums import ActivityKind, ClosureReason, Role
from w4i_desktop.services import participants, timeline
from w4i_desktop.services.context import Context
from w4i_desktop.views import formats
from w4i_desktop.views.participant.permit_banner import PermitBanner, long_date
from w4i_desktop.views.participant.reopen_dialog import ReopenDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def closed(admin_ctx: Context) -> int:
    pid = participants.create(
        admin_ctx, {"first_name": "Mia", "last_name": "Jansen", "enrolled_on": "2026-01-12"}
    )
    participants.close(admin_ctx, pid, date(2026, 3, 20), ClosureReason.MOVED_AWAY)
    return pid


def test_reopen_asks_why_and_the_same_record_continues(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, closed: int
) -> None:
    record = make_record(qtbot, admin_ctx, db_path)
    assert record.load(closed)
    assert not record.close_button.isVisibleTo(record)
    assert record.reopen_button.isVisibleTo(record)
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        record.grab().save(str(SHOTS / "record_closed.png"))

    def type_reason(window: QWidget) -> QAbstractButton | None:
        assert isinstance(window, ReopenDialog)
        assert not window.ok_button.isEnabled()  # no reason, no reopening
        window.reason.setFocus()
        qtbot.keyClicks(window.reason, "Back from Lyon")
        assert window.ok_button.isEnabled()
        if os.environ.get("W4I_SCREENSHOTS") == "1":
            window.grab().save(str(SHOTS / "record_reopen_dialog.png"))
        return window.ok_button

    seen = answer_modal(type_reason)
    with qtbot.waitSignal(record.saved):
        qtbot.mouseClick(record.reopen_button, LEFT)
    assert seen == ["reopenDialog"]
    stored = participants.get(admin_ctx, closed)
    assert (stored["closed_on"], stored["closure_reason"]) == (None, None)
    assert record.status.text() == f"Open since {formats.short_date(date(2026, 1, 12))}"
    assert record.close_button.isVisibleTo(record)
    assert not record.reopen_button.isVisibleTo(record)
    assert record.message.text() == "The record is open again."
    (note,) = timeline.list_activities(admin_ctx, closed)
    assert (note.kind, note.text) == (ActivityKind.NOTE, "Record reopened: Back from Lyon")


def test_reopening_can_be_cancelled(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, closed: int
) -> None:
    record = make_record(qtbot, admin_ctx, db_path)
    assert record.load(closed)

    def cancel(window: QWidget) -> QAbstractButton | None:
        assert isinstance(window, ReopenDialog)
        return window.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    seen = answer_modal(cancel)
    qtbot.mouseClick(record.reopen_button, LEFT)
    assert seen == ["reopenDialog"]
    assert participants.get(admin_ctx, closed)["closed_on"] == date(2026, 3, 20)
    assert timeline.list_activities(admin_ctx, closed) == []


def test_a_volunteer_is_not_offered_reopen(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, login_as: UserFactory
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    pid = participants.create(volunteer, {"first_name": "Noor", "last_name": "Ali"})
    participants.close(admin_ctx, pid, date.today(), ClosureReason.OTHER)
    record = make_record(qtbot, volunteer, db_path)
    assert record.load(pid)
    assert not record.reopen_button.isVisibleTo(record)
    assert not record.close_button.isVisibleTo(record)


def test_a_permit_expiring_soon_or_expired_shows_a_banner(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    soon = date.today() + timedelta(days=58)
    pid = participants.create(
        admin_ctx,
        {
            "first_name": "Lina",
            "last_name": "Haddad",
            "permit_type": "work",
            "permit_expires_on": soon,
        },
    )
    record = make_record(qtbot, admin_ctx, db_path)
    assert record.load(pid)
    banner = record.permit_banner
    assert banner.isVisibleTo(record)
    assert banner.text() == f"Her residence permit expires on {long_date(soon)} (in 58 days)."
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        record.grab().save(str(SHOTS / "record_permit_banner.png"))

    # Far enough away (the setting's 60 days): no banner.
    record.fields["permit_expires_on"].set_field_value(date.today() + timedelta(days=61))
    assert record.save()
    assert not banner.isVisibleTo(record)
    # Expired: said so.
    gone = date.today() - timedelta(days=3)
    record.fields["permit_expires_on"].set_field_value(gone)
    assert record.save()
    assert banner.text() == f"Her residence permit expired on {long_date(gone)} (3 days ago)."
    # A closed record is no longer warned about.
    participants.close(admin_ctx, pid, date.today(), ClosureReason.MOVED_AWAY)
    assert record.load(pid)
    assert not banner.isVisibleTo(record)


def test_the_banner_reads_the_warning_days_setting() -> None:
    banner = PermitBanner()
    today = date(2026, 12, 7)
    assert banner.message(date(2027, 2, 3), 60, today) == (
        "Her residence permit expires on 3 February 2027 (in 58 days)."
    )
    assert banner.message(date(2027, 2, 3), 30, today) == ""
    assert banner.message(today, 60, today).startswith("Her residence permit expires today")
    assert banner.message(date(2026, 12, 8), 60, today).startswith(
        "Her residence permit expires tomorrow"
    )
    assert banner.message(None, 60, today) == ""
