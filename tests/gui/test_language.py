"""The interface in the user's language: our translations, Qt's own, and the locale."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import SHOTS
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
