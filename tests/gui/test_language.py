"""The interface in the user's language: our translations, Qt's own, and the locale."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import FAST_KDF
from tests.gui.test_participant_record import SHOTS
from w4i_desktop.enums import ClosureReason, Role
from w4i_desktop.services import participant_search, participants, sites, users
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.views import formats
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.language import apply_language, chosen_language, remember_language
from w4i_desktop.views.participant.participant_list import ListFilters
from w4i_desktop.views.window.main_window import SCREENS, MainWindow


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    apply_language("en")


@pytest.mark.parametrize(
    ("language", "participants", "day"),
    [
        ("it", "Partecipanti", "31/01/2026"),
        ("es", "Participantes", "31/1/2026"),
        ("sv", "Deltagare", "2026-01-31"),
        ("nl", "Deelnemers", "31-01-2026"),
    ],
)
def test_screens_built_after_choosing_a_language_speak_it(
    qtbot: QtBot,
    state: AppState,
    back_to_english: None,
    language: str,
    participants: str,
    day: str,
) -> None:
    assert apply_language(language), "compile the translations: python3 dev.py translations"
    window = MainWindow(state)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[SCREENS.index("participants")] == participants
    assert window.participants.record.save_button.text() != "&Save"
    assert formats.short_date(date(2026, 1, 31)) == day  # the country's own way
    assert QLocale().name().startswith(language)
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        for screen in ("dashboard", "employers", "reports"):
            window.nav.setCurrentRow(SCREENS.index(screen))
            qtbot.wait(100)
            window.grab().save(str(SHOTS / f"lang_{language}_{screen}.png"))
        window.new_participant()
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"lang_{language}_record.png"))


def test_the_choice_is_remembered_and_defaults_to_the_system(back_to_english: None) -> None:
    QSettings().remove("ui/language")
    assert chosen_language() in ("en", "it", "es", "sv", "nl")
    remember_language("nl")
    assert chosen_language() == "nl"
    QSettings().setValue("ui/language", "klingon")
    assert chosen_language() != "klingon"


def test_pseudo_translation_stretches_every_screen(
    qtbot: QtBot, state: AppState, back_to_english: None
) -> None:
    from w4i_desktop.views.language import apply_pseudo_translation, pseudo

    assert pseudo("Open since %1") == "[OOpeen siincee %1~]"
    apply_pseudo_translation()
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert all(t.startswith("[") and t.endswith("]") for t in titles)
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        for screen in ("dashboard", "participants", "employers", "pathways", "reports"):
            window.nav.setCurrentRow(SCREENS.index(screen))
            qtbot.wait(100)
            window.grab().save(str(SHOTS / f"pseudo_{screen}.png"))
        window.new_participant()
        qtbot.wait(50)
        window.grab().save(str(SHOTS / "pseudo_record.png"))


def _choose_from_language_menu(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Click the Language menu (the third) in the menu bar, then the language in it."""
    bar = window.menuBar()
    opener = bar.actions()[2]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(opener).center())
    menu = opener.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    (choice,) = [action for action in menu.actions() if action.data() == language]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(choice).center())


def test_choosing_a_language_retranslates_the_open_window_in_place(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, back_to_english: None
) -> None:
    window = main_window
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    window.nav.setCurrentRow(SCREENS.index("participants"))
    window.participants.open_participant(pid)
    window.participants.record.tabs.setCurrentIndex(2)
    old_record = window.participants.record

    _choose_from_language_menu(qtbot, window, "it")
    qtbot.waitUntil(lambda: window.participants.record is not old_record)

    assert chosen_language() == "it"
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[SCREENS.index("participants")] == "Partecipanti"
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Vai" in menus and "&Go" not in menus
    assert len(menus) == 4  # the old menus are gone
    assert window.participants.record.save_button.text() != "&Save"
    # Still on the same screen, record and tab.
    assert window.nav.currentRow() == SCREENS.index("participants")
    assert window.participants.showing_record
    assert window.participants.record.participant_id == pid
    assert window.participants.record.tabs.currentIndex() == 2
    checked = [a.data() for a in window.language_actions.actions() if a.isChecked()]
    assert checked == ["it"]
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        window.grab().save(str(SHOTS / "lang_switched_it_record.png"))

    _choose_from_language_menu(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.nav.item(SCREENS.index("participants")).text() == "Participants")
    assert window.participants.record.participant_id == pid


def test_unsaved_edits_are_not_lost_by_switching_language(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, back_to_english: None
) -> None:
    window = main_window
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    window.nav.setCurrentRow(SCREENS.index("participants"))
    window.participants.open_participant(pid)
    record = window.participants.record
    record.tabs.setCurrentIndex(0)
    first_name = record.fields["first_name"]
    first_name.setFocus()
    first_name.selectAll()
    qtbot.keyClicks(first_name, "Aminata")
    assert record.has_unsaved_changes()

    answers: list[str] = []

    def cancel_the_question() -> None:
        box = QApplication.activeModalWidget()
        answers.append(type(box).__name__)
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(200, cancel_the_question)
    _choose_from_language_menu(qtbot, window, "sv")
    qtbot.waitUntil(lambda: bool(answers))
    qtbot.wait(50)
    assert answers == ["QMessageBox"]
    assert chosen_language() != "sv"
    assert window.participants.record is record  # nothing rebuilt, the text still there
    assert first_name.text() == "Aminata"
    checked = [a.data() for a in window.language_actions.actions() if a.isChecked()]
    assert checked == [chosen_language()]


def test_the_language_chosen_in_settings_applies_at_once(
    qtbot: QtBot, main_window: MainWindow, back_to_english: None
) -> None:
    window = main_window
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    screen = window.settings_screen
    combo = screen.language
    combo.setFocus()
    while combo.currentData() != "nl":
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # through Italiano, Español, Svenska
    assert window.settings_screen is screen  # nothing applied while arrowing
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Deelnemers")
    assert chosen_language() == "nl"
    assert window.nav.currentRow() == SCREENS.index("settings")
    assert window.settings_screen.language.currentData() == "nl"


# --- every screen keeps its state across a language switch -----------------------------------


def _choose(qtbot: QtBot, combo: QComboBox, value: object) -> None:
    """Arrow through a combo box, as a person would, to the item whose data is `value`."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value, value


def _switch(qtbot: QtBot, window: MainWindow, language: str) -> None:
    old = window.participants
    _choose_from_language_menu(qtbot, window, language)
    qtbot.waitUntil(lambda: window.participants is not old)
    assert chosen_language() == language
    # The keyboard stays in the window (its shortcuts work): the focus is on one of its widgets.
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))


def _shown(window: MainWindow) -> tuple[ListFilters, int, list[int]]:
    page = window.participants.list
    ids = [page.model.row_at(r).id for r in range(page.model.rowCount())]
    return page.filters(), page.model.total, ids


def test_the_participant_filters_keep_their_meaning_across_a_language_switch(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, back_to_english: None
) -> None:
    window = main_window
    torino = sites.add_site(admin_ctx, "Torino")
    bruno = users.add_user(
        admin_ctx,
        "bruno",
        "bruno-password",
        Role.STAFF,
        display_name="Bruno Bianchi",
        kdf=FAST_KDF,
    )
    made = []
    for i in range(8):
        values: dict[str, object] = {"first_name": f"Case{i}", "last_name": "Test"}
        if i % 2 == 0:
            values |= {"site_id": torino, "caseworker_id": bruno}
        pid = participants.create(admin_ctx, values)
        if i % 4 < 2:
            participants.close(admin_ctx, pid, date.today(), ClosureReason.EMPLOYED)
        made.append(pid)
    wanted = participant_search.search(
        admin_ctx,
        ParticipantQuery(site_id=torino, caseworker_id=bruno, status="closed"),
    )
    assert len(wanted) == 2  # Case0, Case4: Torino, Bruno, closed

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.participants.list
    _choose(qtbot, page.site, torino)
    _choose(qtbot, page.caseworker, bruno)
    _choose(qtbot, page.status, "closed")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the first row current
    before = _shown(window)
    assert before[0].site_id == torino and before[0].caseworker_id == bruno
    assert before[0].status == "closed"
    assert before[1] == 2 and sorted(before[2]) == sorted(r.id for r in wanted)
    assert before[0].selected_id is not None

    _switch(qtbot, window, "it")
    page = window.participants.list
    assert _shown(window) == before
    assert page.status.currentText() == "Chiuse"
    assert page.site.currentText() == "Torino" and page.caseworker.currentText() == "Bruno Bianchi"
    assert page.count_label.text().startswith("2")
    stages = {page.model.index(r, 6).data() for r in range(page.model.rowCount())}
    assert stages == {"Chiusa"}, stages  # closed cases, said so in Italian

    _switch(qtbot, window, "en")
    assert _shown(window) == before
    assert window.participants.list.status.currentText() == "Closed"
    assert window.participants.list.count_label.text() == "2 participants"


def test_the_employers_and_reports_choices_survive_a_language_switch(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, back_to_english: None
) -> None:
    window = main_window
    torino = sites.add_site(admin_ctx, "Torino")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    employers_list = window.employers.list
    qtbot.keyClicks(employers_list.search, "Coop")
    _choose(qtbot, employers_list.sector, "Q")
    qtbot.mouseClick(employers_list.engaged, Qt.MouseButton.LeftButton)
    assert employers_list.engaged.isChecked()

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    reports = window.reports
    quarter = reports.quarter.itemData(2)
    _choose(qtbot, reports.quarter, quarter)
    _choose(qtbot, reports.site, torino)
    qtbot.mouseClick(reports.pdf, Qt.MouseButton.LeftButton)
    choices = (reports.quarter.currentData(), reports.site.currentData(), reports.pdf.isChecked())
    assert choices == (quarter, torino, True)

    _switch(qtbot, window, "nl")
    assert window.nav.currentRow() == SCREENS.index("reports")
    reports = window.reports
    assert (
        reports.quarter.currentData(),
        reports.site.currentData(),
        reports.pdf.isChecked(),
    ) == choices
    employers_list = window.employers.list
    assert employers_list.search.text() == "Coop"
    assert employers_list.sector.currentData() == "Q"
    assert employers_list.sector.currentText().startswith("Q · ")
    assert employers_list.sector.currentText() != "Q · Human health and social work activities"
    assert employers_list.engaged.isChecked()

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _switch(qtbot, window, "en")
    assert window.nav.currentRow() == SCREENS.index("dashboard")
    assert window.employers.list.sector.currentData() == "Q"
    assert window.reports.site.currentData() == torino
