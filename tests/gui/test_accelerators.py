"""Alt+letter reaches one thing: the menu bar's letters are its own, and no two visible controls
of a screen share a letter, in every language (in Spanish Alt+I opened "&Ir" instead of
"&Idioma", and on the record Alt+P went to the Privacy button instead of the Phone field)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.language import apply_language
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

LANGUAGES = ("en", "it", "es", "sv", "nl")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    apply_language("en")


@pytest.fixture
def amina(admin_ctx: Context) -> int:
    return participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found[1].casefold() if found else None


def menu_letters(window: MainWindow) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if action.isVisible() and (key := letter(action.text())):
            letters[key].append(action.text())
    return letters


def screen_letters(window: MainWindow, screen: QWidget) -> dict[str, list[str]]:
    """The letters of the controls a person can reach with Alt on what is shown now."""
    letters: dict[str, list[str]] = defaultdict(list)
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        for text in texts:
            if key := letter(text):
                letters[key].append(text)
    return letters


def clashes(window: MainWindow, screen: QWidget, where: str) -> list[str]:
    menus = menu_letters(window)
    found = [f"{where}: menus share Alt+{k}: {v}" for k, v in menus.items() if len(v) > 1]
    for key, texts in screen_letters(window, screen).items():
        if key in menus:
            found.append(f"{where}: Alt+{key} is the menu {menus[key][0]!r} and {texts}")
        elif len(texts) > 1:
            found.append(f"{where}: Alt+{key} is shared by {texts}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_alt_letter_reaches_one_thing(
    qtbot: QtBot, state: AppState, amina: int, back_to_english: None, language: str
) -> None:
    apply_language(language)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for name in SCREENS:
        window.nav.setCurrentRow(SCREENS.index(name))
        problems += clashes(window, window.pages.currentWidget(), name)
    window.nav.setCurrentRow(SCREENS.index("participants"))
    window.participants.open_participant(amina)  # an existing record shows Privacy too
    record = window.participants.record
    tabs = record.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += clashes(window, window.pages.currentWidget(), f"record tab {index}")
    assert problems == [], "\n".join(problems)
