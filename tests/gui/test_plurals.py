"""Counted texts in English say "1 participant" and "2 participants", never "1 participant(s)"
or "1 minutes"; a language's own numerus forms still answer first."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.language import apply_language
from w4i_desktop.views.plurals import english_plural
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

translate = QCoreApplication.translate

# (context, source) of every counted text: the translators fill both forms of each.
COUNTED = [
    ("ParticipantListPage", "%n participant(s)", "participant"),
    ("EmployerList", "%n employer(s)", "employer"),
    ("RetentionDialog", "%n participant(s) anonymised.", "participant"),
    ("SettingsScreen", " minute(s) without use", "minute"),
    ("MatchingDialog", "%1 at %2: %n candidate(s) who agreed to share their profile.", "candidate"),
    ("RetentionDialog", "&Anonymise %n participant(s)…", "participant"),
]


@pytest.fixture
def english() -> Iterator[None]:
    apply_language("en")
    yield
    apply_language("en")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("context", "source", "word"), COUNTED)
def test_one_and_two_in_english(context: str, source: str, word: str) -> None:
    one, two = translate(context, source, "", 1), translate(context, source, "", 2)
    assert "(s)" not in one + two
    assert re.search(rf"\b{word}\b", one) and f"{word}s" not in one
    assert f"{word}s" in two
    assert translate(context, "%n participant(s)", "", 0) == "0 participants"
    assert translate(context, "no count: participant(s)") == "no count: participant(s)"


def test_the_rule() -> None:
    assert english_plural("%n year(s) after a participant's closure", 1) == (
        "%n year after a participant's closure"
    )
    assert english_plural("Anonymise %n participant(s) now?", 3) == "Anonymise %n participants now?"
    assert english_plural("No count here (s)", 2) == "No count here (s)"


@pytest.mark.usefixtures("english")
def test_a_translation_answers_first() -> None:
    assert apply_language("it"), "compile the translations: python3 dev.py translations"
    assert translate("ParticipantListPage", "%n participant(s)", "", 1) == "1 partecipante"
    assert translate("ParticipantListPage", "%n participant(s)", "", 2) == "2 partecipanti"


@pytest.mark.usefixtures("english")
def test_the_list_counts_one_then_two_participants(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    window = main_window
    participants.create(admin_ctx, {"first_name": "José", "last_name": "Núñez"})
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == SCREENS.index("participants")
    page = window.participants.list
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count_label.text() == "1 participant"
    participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.count_label.text() == "2 participants"
    if os.environ.get("H7_SHOTS"):
        window.grab().save(os.environ["H7_SHOTS"])


@pytest.mark.usefixtures("english")
def test_the_lock_delay_says_minute_for_one(qtbot: QtBot, main_window: MainWindow) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    box = main_window.settings_screen.lock
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "1")
    assert box.value() == 1 and box.text() == "1 minute without use"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 2 and box.text() == "2 minutes without use"
