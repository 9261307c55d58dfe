"""Date fields take a date typed in the locale's order, with '/', '.' or '-', or in ISO form;
a separator never moves the focus, Tab leaves the field, and a day that does not exist is
refused under the field with the typed text kept (issue 15: a typed 14/05/1985 used to become
14/01/1990 and push '05/1985' into Phone)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import LEFT, make_record
from w4i_desktop.enums import Role
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.date_field import OptionalDateEdit
from w4i_desktop.views.intake.intake_pages import IdentityPage
from w4i_desktop.views.participant.participant_record import ParticipantRecord

PHONE = "+39 333 123 4567"


@pytest.fixture
def locale_of() -> Iterator[object]:
    """Set the default locale for the test (the date fields read it when built)."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    use("en_GB")
    yield use
    QLocale.setDefault(before)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_here(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as a person does (the focus may move meanwhile)."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def tab(qtbot: QtBot, back: bool = False) -> None:
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(focused(), key, modifier)


def show_identity(qtbot: QtBot) -> IdentityPage:
    page = IdentityPage()
    qtbot.addWidget(page)
    page.resize(640, 360)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


@pytest.fixture
def amina(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx, {"first_name": "Amina", "last_name": "Diallo", "birth_date": "1990-04-02"}
    )


# --- typing, then Tab, then the next field ----------------------------------------------------


def test_record_birth_date_typed_then_tab_then_phone(
    qtbot: QtBot, locale_of: object, admin_ctx: Context, db_path: Path
) -> None:
    record = make_record(qtbot, admin_ctx, db_path)
    record.new()
    profile = record.profile
    qtbot.keyClicks(profile.first_name, "Fatima")
    profile.birth_date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is profile.birth_date.edit)
    type_here(qtbot, "14/05/1985")
    assert focused() is profile.birth_date.edit  # '/' is a character, not a Tab
    tab(qtbot)
    assert focused() is profile.phone
    type_here(qtbot, PHONE)
    assert profile.birth_date.field_value() == date(1985, 5, 14)
    assert profile.birth_date.text() == "14/05/1985"
    assert profile.phone.text() == PHONE
    assert profile.email.text() == ""
    with qtbot.waitSignal(record.saved) as saved:
        qtbot.mouseClick(record.save_button, LEFT)
    stored = participants.get(admin_ctx, saved.args[0])
    assert (stored["birth_date"], stored["birth_year"]) == (date(1985, 5, 14), 1985)
    assert stored["phone"] == PHONE
    assert stored["email"] is None


def test_intake_identity_typed_with_tab_only(qtbot: QtBot, locale_of: object) -> None:
    page = show_identity(qtbot)
    page.first_name.setFocus()
    type_here(qtbot, "Amal")
    tab(qtbot)
    type_here(qtbot, "Haddad")
    tab(qtbot)
    assert focused() is page.birth_date.edit
    type_here(qtbot, "14/05/1985")
    tab(qtbot)
    assert focused() is page.phone
    type_here(qtbot, PHONE)
    tab(qtbot)
    assert focused() is page.email
    values = page.values()
    assert values["birth_date"] == "1985-05-14"
    assert (values["phone"], values["email"]) == (PHONE, "")
    assert (values["first_name"], values["last_name"]) == ("Amal", "Haddad")


def test_shift_tab_goes_back_and_tab_order_is_unchanged(qtbot: QtBot, locale_of: object) -> None:
    page = show_identity(qtbot)
    page.birth_date.setFocus()
    tab(qtbot, back=True)
    assert focused() is page.last_name
    tab(qtbot)
    assert focused() is page.birth_date.edit
    tab(qtbot)
    assert focused() is page.phone


@pytest.mark.parametrize(
    "typed", ["14/05/1985", "14/5/1985", "14.05.1985", "14.5.1985", "14-05-1985", "1985-05-14"]
)
def test_separators_leading_zeros_and_iso(qtbot: QtBot, locale_of: object, typed: str) -> None:
    page = show_identity(qtbot)
    page.birth_date.setFocus()
    type_here(qtbot, typed)
    assert focused() is page.birth_date.edit
    tab(qtbot)
    assert focused() is page.phone
    assert page.birth_date.field_value() == date(1985, 5, 14)
    assert page.birth_date.text() == "14/05/1985"  # written back in the locale's form
    assert not page.birth_date.problem.isVisibleTo(page)


@pytest.mark.parametrize(
    ("locale", "typed", "shown"),
    [
        ("it_IT", "14/5/1985", "14/05/1985"),
        ("it_IT", "3/4/2020", "03/04/2020"),  # 3 April
        ("en_US", "5/14/1985", "5/14/1985"),
        ("nl_NL", "14-05-1985", "14-05-1985"),
        ("sv_SE", "1985-05-14", "1985-05-14"),
    ],
)
def test_the_order_of_the_locale(
    qtbot: QtBot, locale_of: object, locale: str, typed: str, shown: str
) -> None:
    locale_of(locale)  # type: ignore[operator]
    page = show_identity(qtbot)
    page.birth_date.setFocus()
    type_here(qtbot, typed)
    tab(qtbot)
    expected = date(2020, 4, 3) if typed == "3/4/2020" else date(1985, 5, 14)
    assert page.birth_date.field_value() == expected
    assert page.birth_date.text() == shown
    assert focused() is page.phone


# --- what is not a date -----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["31/02/2020", "14/13/1985", "14/05/85", "soon"])
def test_an_impossible_date_is_refused_at_the_field_and_not_saved(
    qtbot: QtBot, locale_of: object, admin_ctx: Context, db_path: Path, amina: int, typed: str
) -> None:
    record = make_record(qtbot, admin_ctx, db_path)
    record.load(amina)
    field = record.profile.birth_date
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, typed)
    tab(qtbot)
    assert focused() is record.profile.phone  # the focus is never trapped
    assert field.text() == typed  # kept as typed, not replaced
    assert field.problem.isVisibleTo(record)
    assert field.problem.text().startswith("This is not a date. Type it like 14/05/1985")
    assert field.edit.property("invalid") is True
    assert record.profile.phone.text() == ""  # nothing typed landed elsewhere
    qtbot.mouseClick(record.save_button, LEFT)
    assert record.message.text().startswith("Date of birth — This is not a date.")
    assert focused() is field.edit
    assert participants.get(admin_ctx, amina)["birth_date"] == date(1990, 4, 2)
    # Put right, the message goes and the date is saved.
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, "2.4.1991")
    assert not field.problem.isVisibleTo(record)
    assert field.edit.property("invalid") is False
    with qtbot.waitSignal(record.saved):
        qtbot.mouseClick(record.save_button, LEFT)
    assert participants.get(admin_ctx, amina)["birth_date"] == date(1991, 4, 2)


def test_emptying_the_text_means_not_known(
    qtbot: QtBot, locale_of: object, admin_ctx: Context, db_path: Path, amina: int
) -> None:
    record = make_record(qtbot, admin_ctx, db_path)
    record.load(amina)
    field = record.profile.birth_date
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    tab(qtbot)
    assert field.field_value() is None
    assert not field.problem.isVisibleTo(record)
    assert record.profile.birth_year.isEnabled()  # the year alone may then be given
    with qtbot.waitSignal(record.saved):
        qtbot.mouseClick(record.save_button, LEFT)
    assert participants.get(admin_ctx, amina)["birth_date"] is None


def test_a_dialog_refuses_an_impossible_date(qtbot: QtBot, locale_of: object) -> None:
    from w4i_desktop.views.form_dialog import FormDialog

    dialog = FormDialog("test", "Test")
    qtbot.addWidget(dialog)
    field = OptionalDateEdit()
    dialog.add("on", "&Date", field)
    submitted: list[dict[str, object]] = []
    dialog.finish(submitted.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(field.edit, "30/02/2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert submitted == [] and dialog.isVisible()
    assert field.problem.isVisibleTo(dialog)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, "28/02/2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert submitted == [{"on": date(2026, 2, 28)}]


# --- the calendar ------------------------------------------------------------------------------


def test_the_calendar_opens_from_the_keyboard_and_picks(qtbot: QtBot, locale_of: object) -> None:
    page = show_identity(qtbot)
    page.birth_date.setFocus()
    qtbot.keyClick(page.birth_date.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = page.birth_date._popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.calendar.selectedDate().toPython() == date(1990, 1, 1)  # the field's default
    view = popup.calendar.focusProxy() or popup.calendar  # its table of days
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert page.birth_date.field_value() == date(1990, 1, 2)
    assert page.birth_date.text() == "02/01/1990"


# --- read-only --------------------------------------------------------------------------------


def test_a_volunteers_read_only_record_cannot_clear_the_birth_date(
    qtbot: QtBot,
    locale_of: object,
    admin_ctx: Context,
    login_as: UserFactory,
    db_path: Path,
) -> None:
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    amina = participants.create(  # at the intake: afterwards, volunteers only read the record
        volunteer, {"first_name": "Amina", "last_name": "Diallo", "birth_date": "1990-04-02"}
    )
    record: ParticipantRecord = make_record(qtbot, volunteer, db_path)
    assert record.load(amina)
    assert not record.save_button.isEnabled()
    field = record.profile.birth_date
    clear = field.findChild(QWidget, "clearDate")
    assert clear is not None and clear.isVisibleTo(record)
    assert not clear.isEnabled()
    assert not field.calendar_action.isEnabled() or not field.isEnabled()
    qtbot.mouseClick(clear, LEFT)
    assert field.field_value() == date(1990, 4, 2)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field._popup is None  # no calendar either
    assert participants.get(admin_ctx, amina)["birth_date"] == date(1990, 4, 2)


def test_a_read_only_date_field_keeps_its_date(qtbot: QtBot, locale_of: object) -> None:
    from w4i_desktop.views.date_field import with_clear_button

    field = OptionalDateEdit()
    box = with_clear_button(field, "date of birth")
    qtbot.addWidget(box)
    field.set_field_value(date(1985, 5, 14))
    field.setReadOnly(True)
    box.show()
    qtbot.waitExposed(box)
    clear = field.findChild(QWidget, "clearDate")
    assert clear is not None and not clear.isEnabled()
    assert not field.calendar_action.isEnabled()
    qtbot.mouseClick(clear, LEFT)
    field.setFocus()
    qtbot.keyClicks(field.edit, "1")
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.field_value() == date(1985, 5, 14)
    assert field._popup is None
    field.setReadOnly(False)
    assert clear.isEnabled()
    qtbot.mouseClick(clear, LEFT)
    assert field.field_value() is None


# --- dates that must be given (the dialogs that had a QDateEdit) ------------------------------


def test_a_closing_date_must_be_a_real_day_within_the_record(
    qtbot: QtBot, locale_of: object
) -> None:
    from w4i_desktop.enums import ClosureReason
    from w4i_desktop.views.participant.closure_dialog import ClosureDialog

    enrolled = date.today() - timedelta(days=40)
    dialog = ClosureDialog("Amina", enrolled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = dialog.closed_on
    assert field.date().toPython() == date.today()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.EMPLOYED.value))
    for typed, words in [
        ("31/02/2026", "This is not a date."),
        ("", "Type a date, e.g. 14/05/1985."),
        ((enrolled - timedelta(days=1)).strftime("%d/%m/%Y"), "Choose a date from "),
        ((date.today() + timedelta(days=1)).strftime("%d.%m.%Y"), "Choose a date from "),
    ]:
        field.setFocus()
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(field.edit, typed)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        assert dialog.isVisible(), typed
        assert field.problem.isVisibleTo(dialog) and field.problem.text().startswith(words)
        assert focused() is field.edit
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, enrolled.strftime("%-d-%-m-%Y"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert dialog.result_values() == (enrolled, ClosureReason.EMPLOYED)


def test_a_language_switch_rewrites_the_date_in_the_new_order(
    qtbot: QtBot, locale_of: object
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.set_field_value(date(1985, 5, 14))
    assert field.text() == "14/05/1985"
    locale_of("en_US")  # type: ignore[operator]
    QCoreApplication.sendEvent(field, QEvent(QEvent.Type.LanguageChange))
    assert field.text() == "5/14/1985"
    assert field.field_value() == date(1985, 5, 14)
    assert field.edit.placeholderText() == "e.g. 5/14/1985"


def test_the_intake_page_is_not_left_with_an_impossible_date(
    qtbot: QtBot, locale_of: object
) -> None:
    page = show_identity(qtbot)
    qtbot.keyClicks(page.first_name, "Amal")
    page.birth_date.setFocus()
    type_here(qtbot, "29/02/2023")
    tab(qtbot)
    type_here(qtbot, PHONE)
    assert not page.validatePage()
    assert focused() is page.birth_date.edit
    assert page.birth_date.problem.text().startswith("This is not a date.")
    assert page.birth_date.text() == "29/02/2023" and page.phone.text() == PHONE
    type_here(qtbot, "\b\b\b\b\b\b\b\b\b\b28/02/2023")
    assert page.validatePage()
    assert page.values()["birth_date"] == "2023-02-28"


def test_a_steps_due_date_must_exist(qtbot: QtBot, locale_of: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from w4i_desktop.enums import StepKind, StepStatus
    from w4i_desktop.services.record_views import StepRow
    from w4i_desktop.views.participant.pathway_tab import StepDialog

    step = StepRow(
        1,
        1,
        next(iter(StepKind)),
        {"en": "Step"},
        True,
        StepStatus.TODO,
        date(2027, 1, 15),
        None,
    )
    dialog = StepDialog("Edit the step", step, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.due.text() == "15/01/2027"
    qtbot.keyClick(dialog.due.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.due.edit, "32/01/2027")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible() and dialog.due.problem.isVisibleTo(dialog)
    qtbot.keyClick(dialog.due.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.due.edit, "31/01/2027")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.due.field_value() == date(2027, 1, 31)
