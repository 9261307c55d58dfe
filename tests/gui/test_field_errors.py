"""A field error on the participant record names the field by its label, in the user's
language, and outlines the field."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import make_record
from tests.i18n.test_core_messages import italian_translator
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context


def test_a_field_error_names_the_field_by_its_label_in_italian(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, tmp_path: Path
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    with italian_translator(tmp_path):
        record = make_record(qtbot, admin_ctx, db_path)
        record.load(pid)
        record.profile.email.setText("not-an-address")
        assert record.save() is False
        label = record.field_labels["email"]
        assert label == "E-mail"  # the record's own label (its words have no Italian here)
        assert record.message.text() == "E-mail — questo non è un indirizzo e-mail."
        assert "email" not in record.message.text()
        assert record.profile.email.property("invalid") is True


def test_a_message_about_a_field_it_does_not_name_outlines_that_field(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    record = make_record(qtbot, admin_ctx, db_path)
    record.new()
    qtbot.keyClicks(record.profile.municipality, "Milano")
    assert record.save() is False
    assert record.message.text() == "A participant needs a first or last name."
    assert record.profile.first_name.property("invalid") is True
