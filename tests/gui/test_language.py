"""The interface in the user's language: our translations, Qt's own, and the locale."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import SHOTS
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.language import apply_language, chosen_language, remember_language
from w4i_desktop.views.main_window import SCREENS, MainWindow


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    apply_language("en")


@pytest.mark.parametrize(
    ("language", "participants", "day"),
    [
        ("it", "Partecipanti", "31/01/26"),
        ("es", "Participantes", "31/1/26"),
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
    assert labels.short_date(date(2026, 1, 31)) == day  # the country's own way
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
