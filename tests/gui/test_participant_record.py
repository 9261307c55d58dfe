from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.services.test_record_views import _fill, counting_transactions
from tests.services.test_record_views import _views as _view_audits
from w4i_desktop.enums import ActivityKind, ClosureReason, Role
from w4i_desktop.services import attachments, participant_search, participants, timeline
from w4i_desktop.services.context import Context
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.language import apply_language
from w4i_desktop.views.participant.closure_dialog import ClosureDialog
from w4i_desktop.views.participant.consent_dialog import ConsentDialog
from w4i_desktop.views.participant.participant_record import ParticipantRecord
from w4i_desktop.views.widgets import RowsModel
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

LEFT = Qt.MouseButton.LeftButton


def make_record(qtbot: QtBot, ctx: Context, db_path: Path) -> ParticipantRecord:
    state = AppState(db_path)
    state.set_context(ctx)  # the fixture that made ctx closes its database
    record = ParticipantRecord(state)
    qtbot.addWidget(record)
    record.resize(1100, 720)
    record.show()
    qtbot.waitExposed(record)
    record.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is record)
    return record


@pytest.fixture
def record(qtbot: QtBot, admin_ctx: Context, db_path: Path) -> ParticipantRecord:
    return make_record(qtbot, admin_ctx, db_path)


@pytest.fixture
def amina(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx,
        {"first_name": "Amina", "last_name": "Diallo", "birth_date": "1990-04-02"},
    )


def answer_modal(choose: Callable[[QWidget], QAbstractButton | None]) -> list[str]:
    """Click, in the next modal window, the button `choose` picks; returns the window's name."""
    seen: list[str] = []

    def click() -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            QTimer.singleShot(10, click)
            return
        seen.append(window.objectName() or type(window).__name__)
        button = choose(window)
        assert button is not None
        button.click()

    QTimer.singleShot(0, click)
    return seen


def standard(which: QMessageBox.StandardButton) -> Callable[[QWidget], QAbstractButton | None]:
    def pick(window: QWidget) -> QAbstractButton | None:
        assert isinstance(window, QMessageBox)
        return window.button(which)

    return pick


def named(name: str) -> Callable[[QWidget], QAbstractButton | None]:
    return lambda window: window.findChild(QAbstractButton, name)


def test_create_a_participant_through_the_form(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context
) -> None:
    record.new()
    assert record.title.text() == "New participant"
    assert not record.has_unsaved_changes()
    assert not record.tabs.isTabEnabled(record.tabs.indexOf(record.timeline))
    qtbot.keyClicks(record.profile.first_name, "Oksana")
    qtbot.keyClicks(record.profile.last_name, "Kovalenko")
    qtbot.keyClicks(record.profile.email, "oksana.k@example.org")
    record.background.languages.edit.setFocus()
    qtbot.keyClicks(record.background.languages.edit, "uk, ru")
    assert record.background.languages.names.text() == "Ukrainian, Russian"
    record.family.available_days.boxes[next(iter(record.family.available_days.boxes))].click()
    assert record.has_unsaved_changes()

    with qtbot.waitSignal(record.saved) as saved:
        qtbot.mouseClick(record.save_button, LEFT)
    pid = saved.args[0]
    stored = participants.get(admin_ctx, pid)
    assert (stored["first_name"], stored["last_name"]) == ("Oksana", "Kovalenko")
    assert stored["languages"] == ["uk", "ru"]
    assert stored["available_days"] == ["mon"]
    assert stored["enrolled_on"] == date.today()
    assert stored["site_id"] == admin_ctx.actor.site_id
    assert record.participant_id == pid
    assert record.title.text() == f"{stored['code']} · Oksana Kovalenko"
    assert record.message.text() == f"{stored['code']} was created."
    assert not record.has_unsaved_changes()
    assert record.tabs.isTabEnabled(record.tabs.indexOf(record.timeline))


def test_edit_a_field_and_save_with_ctrl_s(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    assert record.load(amina)
    phone = record.profile.phone
    phone.setFocus()
    qtbot.keyClicks(phone, "+39 333 123 4567")
    assert record.changed_fields() == {"phone": "+39 333 123 4567"}
    with qtbot.waitSignal(record.saved):
        qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = participants.get(admin_ctx, amina)
    assert stored["phone"] == "+39 333 123 4567"
    assert stored["version_id"] == 2
    assert record.message.text() == "Saved."
    assert not record.has_unsaved_changes()


def test_saving_is_one_unit_of_work_and_every_tab_stays_filled(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    """Saving used to take about twelve transactions (the save, the reload with a VIEW audit,
    sites, caseworkers, skills, every tab): now the save and the read back are one."""
    _fill(admin_ctx, amina)
    timeline.add_activity(admin_ctx, amina, ActivityKind.CALL, "Called about the course")
    assert record.load(amina)
    views = _view_audits(admin_ctx, amina)
    phone = record.profile.phone
    phone.setFocus()
    qtbot.keyClicks(phone, "+39 333 123 4567")
    with counting_transactions(admin_ctx) as begun, qtbot.waitSignal(record.saved):
        qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(begun) == 1
    assert _view_audits(admin_ctx, amina) == views  # saving is not opening again
    assert participants.get(admin_ctx, amina)["phone"] == "+39 333 123 4567"
    assert record.message.text() == "Saved."
    assert (record.consent.model.rowCount(), record.pathway.model.rowCount()) == (2, 2)
    assert (record.placements.model.rowCount(), record.timeline.model.rowCount()) == (1, 1)
    assert record.background.assessments.rowCount() == 2
    assert record.profile.site.count() > 0 and record.profile.caseworker.count() > 0


def test_a_stale_edit_is_refused_and_says_what_the_other_person_changed(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    participants.update(admin_ctx, amina, {"municipality": "Milano"}, 1)  # someone else
    qtbot.keyClicks(record.profile.neighbourhood, "Giambellino")
    qtbot.keyClick(record.profile.neighbourhood, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "changed: Municipality." in record.message.text()
    assert "Neighbourhood" not in record.message.text()  # hers, not theirs
    assert record.message.is_error
    assert record.message.reload_button.isVisibleTo(record)
    assert participants.get(admin_ctx, amina)["neighbourhood"] is None
    assert record.has_unsaved_changes()  # the user's typing is kept

    qtbot.mouseClick(record.message.reload_button, LEFT)
    assert record.profile.municipality.text() == "Milano"
    assert not record.message.isVisibleTo(record)


def test_a_bad_email_is_shown_on_the_field_and_nothing_is_saved(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    record.tabs.setCurrentWidget(record.family)
    qtbot.keyClicks(record.profile.email, "not-an-address")
    assert record.save() is False
    assert record.message.text() == "E-mail: this is not an e-mail address."
    assert record.profile.email.property("invalid") is True
    assert record.tabs.currentWidget() is record.profile
    assert record.profile.email.hasFocus()
    assert participants.get(admin_ctx, amina)["version_id"] == 1

    record.profile.email.clear()
    qtbot.keyClicks(record.profile.email, "amina@example.org")
    assert record.save() is True
    assert record.profile.email.property("invalid") is False
    assert participants.get(admin_ctx, amina)["email"] == "amina@example.org"


def test_inline_validation_when_leaving_a_field(
    qtbot: QtBot, record: ParticipantRecord, amina: int
) -> None:
    record.load(amina)
    record.tabs.setCurrentWidget(record.family)
    until = record.family.available_until
    until.setFocus()
    qtbot.keyClicks(until, "25")  # the validator refuses an hour past 23
    assert until.text() == "2"
    qtbot.keyClick(until, Qt.Key.Key_Return)
    assert until.text() == "02:00"
    phone = record.profile.phone
    phone.setText("call me")
    phone.editingFinished.emit()
    assert record.message.text() == "Phone: this is not a phone number."
    assert phone.property("invalid") is True
    phone.setText("+39 02 1234567")
    phone.editingFinished.emit()
    assert not record.message.isVisibleTo(record)
    assert phone.property("invalid") is False


def test_birth_year_alone_when_the_date_is_not_known(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    profile = record.profile
    assert profile.birth_date.field_value() == date(1990, 4, 2)
    assert not profile.birth_year.isEnabled()
    assert profile.birth_year.value() == 1990
    clear = profile.birth_date.parentWidget().findChild(QAbstractButton)
    qtbot.mouseClick(clear, LEFT)
    assert profile.birth_date.text() == ""  # empty: not known
    assert profile.birth_year.isEnabled()
    profile.birth_year.setValue(1989)
    assert record.save()
    stored = participants.get(admin_ctx, amina)
    assert (stored["birth_date"], stored["birth_year"]) == (None, 1989)


def test_volunteers_never_see_sensitive_notes(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    record = make_record(qtbot, volunteer, db_path)
    record.new()
    assert record.profile.sensitive_box.isHidden()
    assert "sensitive_notes" not in record._collect()
    qtbot.keyClicks(record.profile.first_name, "Fatima")
    with qtbot.waitSignal(record.saved) as saved:
        record.save()
    pid = saved.args[0]
    participants.update(admin_ctx, pid, {"sensitive_notes": "not for volunteers"}, 1)

    assert record.load(pid)
    assert record.profile.sensitive_box.isHidden()
    assert record.profile.sensitive_notes.toPlainText() == ""
    assert not record.save_button.isEnabled()  # volunteers do not edit after the intake
    assert not record.close_button.isVisibleTo(record)
    assert not record.timeline.add_box.isVisibleTo(record.timeline)


def test_staff_see_sensitive_notes(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path, amina: int
) -> None:
    participants.update(admin_ctx, amina, {"sensitive_notes": "Asked for discretion."}, 1)
    record = make_record(qtbot, login_as(Role.STAFF, admin_ctx.actor.site_id), db_path)
    record.load(amina)
    assert not record.profile.sensitive_box.isHidden()
    assert record.profile.sensitive_notes.toPlainText() == "Asked for discretion."


@pytest.fixture
def jose(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx, {"first_name": "José", "last_name": "Núñez", "birth_date": "1991-05-17"}
    )


def _type_jose(qtbot: QtBot, record: ParticipantRecord) -> None:
    record.new()
    qtbot.keyClicks(record.profile.first_name, "Jose")
    qtbot.keyClicks(record.profile.last_name, "Nunez")
    record.profile.birth_date.set_field_value(date(1991, 5, 17))


def test_duplicate_warning_opens_the_existing_record(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, jose: int
) -> None:
    _type_jose(qtbot, record)
    seen = answer_modal(named("openExisting"))
    assert record.save() is False
    assert seen == ["duplicateWarning"]
    assert record.participant_id == jose
    assert record.profile.first_name.text() == "José"
    assert participant_search.count(admin_ctx, participant_search.ParticipantQuery()) == 1


def test_duplicate_warning_can_create_anyway_or_cancel(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, jose: int
) -> None:
    _type_jose(qtbot, record)
    answer_modal(standard(QMessageBox.StandardButton.Cancel))
    assert record.save() is False
    assert record.participant_id is None
    assert record.has_unsaved_changes()

    answer_modal(named("createAnyway"))
    assert record.save() is True
    assert record.participant_id not in (None, jose)
    assert participant_search.count(admin_ctx, participant_search.ParticipantQuery()) == 2


def test_add_a_note_to_the_timeline(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    record.tabs.setCurrentWidget(record.timeline)
    tab = record.timeline
    qtbot.mouseClick(tab.add_button, LEFT)
    assert record.message.text() == "Write the note before adding it."
    qtbot.keyClicks(tab.text, "Wants to work in a kitchen.")
    with qtbot.waitSignal(record.activity_added):
        qtbot.mouseClick(tab.add_button, LEFT)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 3).data() == "Wants to work in a kitchen."
    assert tab.model.index(0, 2).data() == "admin"
    assert tab.text.toPlainText() == ""
    [row] = timeline.list_activities(admin_ctx, amina)
    assert (row.kind, row.text) == (ActivityKind.NOTE, "Wants to work in a kitchen.")
    assert not record.has_unsaved_changes()


def test_attach_a_document_and_save_it_elsewhere(
    qtbot: QtBot,
    record: ParticipantRecord,
    admin_ctx: Context,
    amina: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "permesso di soggiorno.pdf"
    source.write_bytes(b"%PDF-1.4 permit scan")
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    record.load(amina)
    record.tabs.setCurrentWidget(record.documents)
    tab = record.documents
    assert not tab.save_button.isEnabled()

    qtbot.mouseClick(tab.add_button, LEFT)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == "permesso di soggiorno.pdf"
    assert tab.model.index(0, 1).data() == "application/pdf"
    tab.table.selectRow(0)
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, LEFT)
    assert target.read_bytes() == b"%PDF-1.4 permit scan"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, LEFT)
    assert tab.model.rowCount() == 0
    assert attachments.list_attachments(admin_ctx, amina) == []


def test_documents_over_20_mb_are_refused_clearly(
    qtbot: QtBot,
    record: ParticipantRecord,
    admin_ctx: Context,
    amina: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = tmp_path / "scan.tiff"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: no 21 MB written to the test disk
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    record.load(amina)
    record.tabs.setCurrentWidget(record.documents)
    qtbot.mouseClick(record.documents.add_button, LEFT)
    assert record.message.text().startswith("scan.tiff is 21.0 MB. Documents can be at most 20 MB")
    assert attachments.list_attachments(admin_ctx, amina) == []


def test_unsaved_changes_are_detected_and_can_be_discarded_or_kept(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    assert record.maybe_discard() is True  # nothing to ask
    record.family.children_count.setValue(2)
    record.profile.needs_and_goals.setPlainText("Find part-time work.")
    assert record.has_unsaved_changes()
    assert set(record.changed_fields()) == {"children_count", "needs_and_goals"}

    seen = answer_modal(standard(QMessageBox.StandardButton.Cancel))
    assert record.maybe_discard() is False
    assert seen == ["unsavedChanges"]
    assert record.has_unsaved_changes()

    answer_modal(standard(QMessageBox.StandardButton.Discard))
    assert record.maybe_discard() is True
    assert not record.has_unsaved_changes()
    assert record.family.children_count.value() == 0

    record.family.children_count.setValue(3)
    answer_modal(standard(QMessageBox.StandardButton.Save))
    assert record.maybe_discard() is True
    assert participants.get(admin_ctx, amina)["children_count"] == 3

    record.family.children_count.setValue(3)  # the same value again is no change
    assert not record.has_unsaved_changes()


def test_close_the_record_with_a_reason(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)

    def fill(window: QWidget) -> QAbstractButton | None:
        assert isinstance(window, ClosureDialog)
        assert not window.ok_button.isEnabled()
        window.reason.setCurrentIndex(window.reason.findData(ClosureReason.EMPLOYED.value))
        return window.ok_button

    answer_modal(fill)
    with qtbot.waitSignal(record.closed_record):
        qtbot.mouseClick(record.close_button, LEFT)
    stored = participants.get(admin_ctx, amina)
    assert stored["closed_on"] == date.today()
    assert stored["closure_reason"] is ClosureReason.EMPLOYED
    assert record.status.text().startswith("Closed on")
    assert record.status.text().endswith(": Employed")
    assert not record.close_button.isVisibleTo(record)  # Reopen takes its place
    assert record.reopen_button.isVisibleTo(record)


def test_closing_can_be_cancelled(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    answer_modal(_cancel)
    qtbot.mouseClick(record.close_button, LEFT)
    assert participants.get(admin_ctx, amina)["closed_on"] is None


def _cancel(window: QWidget) -> QAbstractButton | None:
    assert isinstance(window, ClosureDialog)
    return window.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def test_summaries_show_what_the_services_return(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    _fill(admin_ctx, amina)
    record.load(amina)
    assert record.consent.model.rowCount() == 2
    assert record.consent.model.index(0, 0).data() == "Processing of personal data"
    assert record.pathway.model.rowCount() == 2
    assert record.pathway.model.index(1, 2).data() == "To do"
    assert record.placements.model.index(0, 0).data() == "Cooperativa Sole"
    assert record.placements.model.index(0, 3).data() == "ongoing"
    assert record.background.assessments.rowCount() == 2
    assert record.background.assessments.index(0, 1).data() == "Italian"


def test_an_invisible_record_shows_a_message(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path, amina: int
) -> None:
    record = make_record(qtbot, login_as(Role.VOLUNTEER), db_path)
    assert record.load(amina) is False
    assert record.message.text() == "This record does not exist or is not visible to you."


@pytest.fixture
def rows_model() -> Iterator[RowsModel]:
    model = RowsModel(["A", "B"])
    model.set_rows([(1, ("x", "y")), (2, ("z", "w"))])
    yield model


def test_rows_model_is_a_valid_qt_model(qtmodeltester: object, rows_model: RowsModel) -> None:
    qtmodeltester.check(rows_model)  # type: ignore[attr-defined]


def test_another_user_after_a_lock_never_sees_the_form(
    qtbot: QtBot, record: ParticipantRecord, login_as: UserFactory, amina: int
) -> None:
    record.load(amina)
    record.profile.needs_and_goals.setPlainText("Unsaved words about Amina")
    volunteer = login_as(Role.VOLUNTEER)
    # As after a lock and a login by someone else (set_context would close the shared db).
    record.state._ctx = volunteer
    record.state.unlocked.emit(volunteer)
    assert record.participant_id is None
    assert record.profile.first_name.text() == ""
    assert record.profile.needs_and_goals.toPlainText() == ""


def test_the_same_user_after_a_lock_keeps_the_unsaved_form(
    qtbot: QtBot, record: ParticipantRecord, admin_ctx: Context, amina: int
) -> None:
    record.load(amina)
    record.profile.needs_and_goals.setPlainText("Half-typed")
    record.state.unlocked.emit(admin_ctx)
    assert record.profile.needs_and_goals.toPlainText() == "Half-typed"
    assert record.has_unsaved_changes()


def test_every_field_has_a_label_with_a_mnemonic_and_an_accessible_name(
    record: ParticipantRecord,
) -> None:
    record.new()
    for key, widget in record.fields.items():
        assert widget.accessibleName() or getattr(widget, "edit", widget).accessibleName(), key
    for tab in record.form_tabs:
        for label in tab.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()
    header = [record.save_button.text(), record.close_button.text()]
    for tab in record.form_tabs:
        texts = header + [w.text() for w in tab.findChildren(QLabel)]
        texts += [box.title() for box in tab.findChildren(QGroupBox)]
        keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
        assert len(keys) == len(set(keys)), texts  # no mnemonic used twice on one tab


def test_every_enumeration_value_has_a_label() -> None:
    for enum_cls, table in labels.LABELS.items():
        assert set(table) == set(enum_cls), enum_cls


def _consent_dialog_answer(
    on: date, purpose_text: str | None = None
) -> Callable[[QWidget], QAbstractButton | None]:
    """Fill the consent dialog like a user (purpose by typing, date by keyboard), then OK."""

    def fill(window: QWidget) -> QAbstractButton | None:
        assert isinstance(window, ConsentDialog)
        if purpose_text is not None:
            QTest.keyClicks(window.purpose, purpose_text)
        window.on.setFocus()
        window.on.setDate(QDate(on))
        box = window.findChild(QDialogButtonBox)
        assert box is not None
        return box.button(QDialogButtonBox.StandardButton.Ok)

    return fill


def test_record_and_withdraw_consents_with_their_dates(
    qtbot: QtBot, record: ParticipantRecord, amina: int, admin_ctx: Context
) -> None:
    from w4i_desktop.enums import ConsentPurpose
    from w4i_desktop.services import consents

    for purpose in (ConsentPurpose.PROCESSING, ConsentPurpose.PHOTOS):
        consents.record_consent(admin_ctx, amina, purpose, date(2026, 1, 10), "2026-1")
    record.load(amina)
    record.tabs.setCurrentWidget(record.consent)
    tab = record.consent
    assert not tab.withdraw_button.isEnabled()  # nothing selected yet

    # She agrees later to her profile being shown to employers.
    seen = answer_modal(_consent_dialog_answer(date(2026, 2, 1), "Sharing"))
    qtbot.mouseClick(tab.record_button, LEFT)
    assert seen == ["consentDialog"]
    with admin_ctx.db.transaction() as session:
        sharing = ConsentPurpose.SHARING_WITH_EMPLOYERS
        assert consents.has_consent(session, amina, sharing, date(2026, 2, 1))
        assert not consents.has_consent(session, amina, sharing, date(2026, 1, 31))
    assert tab.model.rowCount() == 3

    photos_row = next(
        r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == "Photos"
    )
    rect = tab.table.visualRect(tab.model.index(photos_row, 0))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    assert tab.withdraw_button.isEnabled()
    seen = answer_modal(_consent_dialog_answer(date(2026, 3, 1)))
    qtbot.mouseClick(tab.withdraw_button, LEFT)
    assert seen == ["consentDialog"]
    state = consents.current_consents(admin_ctx, amina)
    assert state[ConsentPurpose.PHOTOS] is False
    assert state[ConsentPurpose.PROCESSING] is True
    with admin_ctx.db.transaction() as session:
        assert consents.has_consent(session, amina, ConsentPurpose.PHOTOS, date(2026, 2, 28))
        assert not consents.has_consent(session, amina, ConsentPurpose.PHOTOS, date(2026, 3, 1))
    # The withdrawn consent shows its date and can no longer be withdrawn.
    assert tab.model.index(photos_row, 2).data() == formats.short_date(date(2026, 3, 1))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    assert not tab.withdraw_button.isEnabled()
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        record.grab().save(str(SHOTS / "record_consent.png"))


def test_a_volunteers_read_only_record_has_no_save_and_nothing_unsaved(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    """Issue 16: Save did nothing and "save changes?" came back until Discard. Without a date
    of birth the year of birth was enabled for her (it follows the date), so typing in it made
    the record "changed" with nothing she could save."""
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    pid = participants.create(volunteer, {"first_name": "Noor", "last_name": "Ali"})
    record = make_record(qtbot, volunteer, db_path)
    assert record.load(pid)
    year = record.profile.birth_year
    assert not year.isEnabled()
    year.setFocus()
    qtbot.keyClicks(year, "1985")
    assert not record.has_unsaved_changes()
    assert not record.save_button.isVisibleTo(record)
    assert record.read_only_note.isVisibleTo(record)
    assert record.maybe_discard()  # leaving asks nothing
    qtbot.keyClick(record, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert participants.get(admin_ctx, pid)["birth_year"] is None
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        record.grab().save(str(SHOTS / "record_volunteer.png"))


def test_staff_keep_save_and_unsaved_changes(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path, amina: int
) -> None:
    record = make_record(qtbot, login_as(Role.STAFF, admin_ctx.actor.site_id), db_path)
    assert record.load(amina)
    assert record.save_button.isVisibleTo(record) and record.save_button.isEnabled()
    assert not record.read_only_note.isVisibleTo(record)
    qtbot.keyClicks(record.profile.preferred_name, "Mina")
    assert record.has_unsaved_changes()


def test_cote_divoire_is_translated_in_spanish(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    """Issue 16: "Côte d'Ivoire" stayed untranslated in Spanish (CLDR's standard Spanish name is
    the country's own; the name Spanish speakers use is only its variant)."""
    pid = participants.create(
        admin_ctx, {"first_name": "Awa", "last_name": "Koné", "country_of_birth": "CI"}
    )
    old = main_window.participants
    main_window.choose_language("es")
    qtbot.waitUntil(lambda: main_window.participants is not old)
    try:
        main_window.nav.setCurrentRow(SCREENS.index("participants"))
        main_window.participants.open_participant(pid)
        combo = main_window.participants.record.background.country_of_birth
        assert combo.currentText() == "Costa de Marfil"
        assert labels.country("CI") == "Costa de Marfil"  # the list's column
        assert labels.country("IT") == "Italia"
    finally:
        apply_language("en")
