"""A language switch rebuilds the windows on screen at once and a closed one only when it is
shown again: closed windows waiting to be deleted were rebuilt at every switch, which made a
run of switches slower and slower."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.language import apply_language
from w4i_desktop.views.window.main_window import SCREENS, MainWindow


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    apply_language("en")


def test_a_closed_window_is_rebuilt_only_when_shown_again(
    qtbot: QtBot, state: AppState, back_to_english: None
) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown_page = window.pages.widget(SCREENS.index("participants"))
    window.hide()
    apply_language("it")
    for _ in range(5):
        QApplication.processEvents()
    assert window.pages.widget(SCREENS.index("participants")) is shown_page  # not rebuilt
    window.show()
    qtbot.waitUntil(lambda: window.pages.widget(SCREENS.index("participants")) is not shown_page)
    assert window.nav.item(SCREENS.index("participants")).text() == "Partecipanti"


def test_a_window_on_screen_is_rebuilt_in_the_new_language(
    qtbot: QtBot, state: AppState, back_to_english: None
) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    apply_language("it")
    qtbot.waitUntil(lambda: window.nav.item(SCREENS.index("participants")).text() == "Partecipanti")
