"""The help pages, the help window, the Getting started page and the About dialog."""

from __future__ import annotations

import os
import platform
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QPoint, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import SHOTS
from w4i_desktop import __version__, config, licences
from w4i_desktop.views.language import UI_LANGUAGES, apply_language, remember_language
from w4i_desktop.views.window import getting_started, help_viewer
from w4i_desktop.views.window.about_dialog import AboutDialog
from w4i_desktop.views.window.getting_started import (
    SEEN_SETTING,
    GettingStartedDialog,
    maybe_show_getting_started,
    show_getting_started,
)
from w4i_desktop.views.window.help_viewer import (
    HELP_PAGES,
    PAGES,
    HelpWindow,
    help_dir,
    page_for,
    show_help,
)
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

ROOT = Path(__file__).resolve().parents[2]
SHOOT = os.environ.get("W4I_SCREENSHOTS") == "1"


@pytest.fixture(autouse=True)
def _never_seen() -> None:
    """As on a new computer: the GUI fixtures mark Getting started seen for other tests."""
    QSettings().remove(SEEN_SETTING)


def parse(path: Path) -> ET.Element:
    """The pages are well-formed XHTML, so a plain XML parser reads them."""
    return ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", path.read_text(encoding="utf-8")))


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


@pytest.fixture(autouse=True)
def _fresh_windows() -> Iterator[None]:
    """Each test starts without a help window or Getting started page from the one before."""
    yield
    help_viewer._windows.forget()
    getting_started._dialogs.forget()


@pytest.fixture
def italian() -> None:
    QSettings().setValue("ui/language", "it")


# --- the pages ---------------------------------------------------------------------------------


def test_every_page_exists_in_every_language() -> None:
    for language in UI_LANGUAGES:
        found = {p.stem for p in (help_dir() / language).glob("*.html")}
        assert found == set(PAGES), language
    assert set(HELP_PAGES) == set(SCREENS)  # F1 has a page on every screen
    assert all(page_for(screen) in PAGES for screen in SCREENS)
    assert page_for("no such screen") == "getting_started"


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_pages_are_well_formed_titled_and_every_link_resolves(language: str) -> None:
    for page in PAGES:
        path = help_dir() / language / f"{page}.html"
        html = parse(path)
        assert html.get("lang") == language, path
        assert text_of(html.find("head/title")), path  # the name in the list of pages
        assert html.find("body/h2") is not None, path
        for link in html.iter("a"):
            href = link.get("href") or ""
            if href.startswith(("https://", "mailto:")):
                continue
            target, _, anchor = href.partition("#")
            assert (path.parent / target).is_file(), f"{path.name}: {href}"
            if anchor:
                names = {a.get("name") for a in parse(path.parent / target).iter("a")}
                assert anchor in names, f"{path.name}: {href}"


@pytest.mark.parametrize("language", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_translations_keep_the_links_and_the_keys_of_the_english_pages(language: str) -> None:
    for page in PAGES:
        english = parse(help_dir() / "en" / f"{page}.html")
        translated = parse(help_dir() / language / f"{page}.html")
        for tag, key in (("a", lambda e: e.get("href")), ("kbd", text_of)):
            assert Counter(map(key, translated.iter(tag))) == Counter(
                map(key, english.iter(tag))
            ), f"{language}/{page}.html: <{tag}>"


def _plain(label: str, accelerators: bool) -> str:
    if accelerators:  # "&Save" -> "Save", "Family && availability" -> "Family & availability"
        label = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    label = label.replace("…", "")
    label = re.sub(r"\s*\((Space|Ctrl\+\w+|Alt\+\w+)\)\s*$", "", label)
    return label.strip().strip("<>").strip()


QT_WORDS = [
    ("QWizard", "&Next >"),
    ("QWizard", "< &Back"),
    ("QWizard", "Cancel"),
    ("QPlatformTheme", "Cancel"),
    ("QPlatformTheme", "OK"),
]


def _words_on_screen(language: str) -> set[str]:
    """Every text of our interface in `language`, and the few of Qt's own the help names."""
    root = ET.parse(ROOT / "translations" / f"w4i_{'it' if language == 'en' else language}.ts")
    words = set()
    for message in root.getroot().iter("message"):
        if language == "en":
            words.add(_plain(message.findtext("source") or "", True))
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform") or [translation]
        words.update(_plain(form.text or "", True) for form in forms)
    qt = QTranslator()
    if language != "en":
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert qt.load(f"qtbase_{language}", path)
    for context, source in QT_WORDS:
        words.add(_plain(qt.translate(context, source) or source, True))
    return words


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_the_buttons_and_menus_the_help_names_are_the_ones_on_screen(language: str) -> None:
    """<b> marks the words of the interface: each must be a text the user sees in that
    language (our translations, or Qt's for its own buttons)."""
    words = _words_on_screen(language)
    unknown = [
        f"{page}: {text_of(bold)!r}"
        for page in PAGES
        for bold in parse(help_dir() / language / f"{page}.html").iter("b")
        if _plain(text_of(bold), False) not in words
    ]
    assert unknown == []


# --- the help window ---------------------------------------------------------------------------


def _shown_page(window: HelpWindow) -> Path:
    return Path(window.browser.source().toLocalFile())


def _link_position(browser: QTextBrowser, href: str) -> QPoint:
    """The middle of the first link to `href`, scrolled into view."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_f1_opens_the_page_in_the_language_of_the_interface(qtbot: QtBot, italian: None) -> None:
    window = show_help(None, "participants")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert _shown_page(window) == help_dir() / "it" / "participants.html"
    assert window.browser.documentTitle() == "Partecipanti"
    assert window.pages.currentItem().text() == "Partecipanti"
    titles = [window.pages.item(row).text() for row in range(window.pages.count())]
    assert titles[0] == "Per iniziare" and "Copie di sicurezza" in titles
    # One window: asking again shows the other page in it.
    assert show_help(None, "backups") is window
    assert _shown_page(window).name == "backups.html"
    assert window.pages.currentItem().text() == "Copie di sicurezza"
    if SHOOT:
        show_help(None, "participants")
        window.grab().save(str(SHOTS / "help_it.png"))


def test_a_page_missing_in_a_language_is_shown_in_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(help_dir(), tmp_path / "help")
    (tmp_path / "help" / "sv" / "backups.html").unlink()
    monkeypatch.setattr(config, "resources_dir", lambda: tmp_path)
    window = show_help(None, "settings", "sv")
    qtbot.addWidget(window)
    assert _shown_page(window) == tmp_path / "help" / "sv" / "settings.html"
    qtbot.mouseClick(
        window.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_link_position(window.browser, "backups.html"),
    )
    assert _shown_page(window) == tmp_path / "help" / "en" / "backups.html"
    assert window.pages.currentItem().text() == "Backups"  # its English title


def test_clicking_a_link_opens_its_page_and_back_returns(qtbot: QtBot) -> None:
    window = show_help(None, "participants", "en")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert not window.back_button.isEnabled()
    qtbot.mouseClick(
        window.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_link_position(window.browser, "privacy.html"),
    )
    assert _shown_page(window).name == "privacy.html"
    assert window.pages.currentItem().text() == "Privacy"
    assert window.back_button.isEnabled()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert _shown_page(window).name == "participants.html"
    assert window.pages.currentItem().text() == "Participants"
    qtbot.mouseClick(window.forward_button, Qt.MouseButton.LeftButton)
    assert _shown_page(window).name == "privacy.html"
    window.activateWindow()
    qtbot.keyClick(window.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _shown_page(window).name == "participants.html"
    # The list on the left is the table of contents.
    row = help_viewer.PAGES.index("backups")
    rect = window.pages.visualItemRect(window.pages.item(row))
    qtbot.mouseClick(window.pages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _shown_page(window).name == "backups.html"
    if SHOOT:
        show_help(None, "participants", "en")
        window.grab().save(str(SHOTS / "help_en.png"))


def test_escape_closes_the_help_and_f1_brings_the_same_window_back(qtbot: QtBot) -> None:
    window = show_help(None, "dashboard", "en")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.keyClick(window.browser, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert show_help(None, "reports", "en") is window
    assert window.isVisible() and _shown_page(window).name == "reports.html"
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_the_help_follows_a_change_of_language(qtbot: QtBot) -> None:
    remember_language("en")
    window = show_help(None, "privacy")
    qtbot.addWidget(window)
    show_help(None, "backups")
    assert window.back_button.isEnabled()
    dialog = show_getting_started(None)
    qtbot.addWidget(dialog)
    try:
        remember_language("nl")
        apply_language("nl")  # as the Language menu does
        qtbot.waitUntil(lambda: _shown_page(window) == help_dir() / "nl" / "backups.html")
        assert window.pages.item(0).text() == "Aan de slag"
        assert "Back-ups" in window.windowTitle()
        assert not window.back_button.isEnabled()  # no way back to the English pages
        qtbot.waitUntil(lambda: dialog.browser.documentTitle() == "Aan de slag")
    finally:
        remember_language("en")
        apply_language("en")


# --- Getting started ---------------------------------------------------------------------------


def _close(dialog: GettingStartedDialog) -> None:
    dialog.close()
    dialog.deleteLater()


def test_getting_started_is_shown_once_per_computer(qtbot: QtBot) -> None:
    assert QSettings().value(SEEN_SETTING) is None
    dialog = maybe_show_getting_started(None, "en")
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.browser.documentTitle() == "Getting started"
    assert not dialog.show_at_start.isChecked()
    if SHOOT:
        dialog.grab().save(str(SHOTS / "getting_started.png"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert maybe_show_getting_started(None, "en") is None  # seen: not again
    # The Help menu shows it whenever asked.
    again = show_getting_started(None, "en")
    assert again.isVisible()
    _close(again)


def test_ticking_show_at_start_brings_it_back_at_the_next_start(qtbot: QtBot) -> None:
    dialog = maybe_show_getting_started(None, "en")
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.show_at_start, Qt.MouseButton.LeftButton)
    assert dialog.show_at_start.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    shown = maybe_show_getting_started(None, "en")
    assert shown is not None and shown.show_at_start.isChecked()
    qtbot.mouseClick(shown.show_at_start, Qt.MouseButton.LeftButton)  # untick: once more only
    _close(shown)
    assert maybe_show_getting_started(None, "en") is None


def test_getting_started_speaks_the_language_and_its_links_open_the_help(
    qtbot: QtBot, italian: None
) -> None:
    dialog = maybe_show_getting_started(None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.browser.documentTitle() == "Per iniziare"
    qtbot.mouseClick(
        dialog.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_link_position(dialog.browser, "backups.html"),
    )
    window = help_viewer.help_window()
    assert window is not None and window.isVisible()
    assert _shown_page(window) == help_dir() / "it" / "backups.html"
    _close(dialog)


# --- About -------------------------------------------------------------------------------------


def _cell(dialog: AboutDialog, name: str, column: int) -> str:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == name:
            return dialog.table.item(row, column).text()
    raise AssertionError(name)


def test_about_lists_every_component_with_its_licence_and_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.version.text()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names == [c.name for c in licences.components()]
    assert {c.name for c in licences.BUNDLED if not c.optional} <= set(names)
    for row in range(dialog.table.rowCount()):
        assert dialog.table.item(row, 2).text().strip()
    assert _cell(dialog, "SQLAlchemy", 1) == metadata.version("SQLAlchemy")
    assert _cell(dialog, "SQLAlchemy", 2) == "MIT"
    assert "GPL-3.0-or-later" in dialog.findChild(type(dialog.version), "appLicence").text()


def test_selecting_a_component_shows_its_licence_text(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = [c.name for c in dialog.components].index("DejaVu fonts")
    dialog.table.scrollToItem(dialog.table.item(row, 0))
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = dialog.licence_text.toPlainText()
    assert "Bitstream Vera" in text and "DejaVu" in text
    # No text shipped (Qt's wheels carry none): its licence and where to read it.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert dialog.select("Qt for Python (PySide6)")
    text = dialog.licence_text.toPlainText()
    assert "LGPL-3.0-only" in text and "https://www.qt.io/qt-for-python" in text
    assert dialog.select("SQLAlchemy")
    assert "Permission is hereby granted" in dialog.licence_text.toPlainText()
    if SHOOT:
        dialog.table.scrollToTop()
        dialog.grab().save(str(SHOTS / "about.png"))


def test_copy_version_information_copies_versions_and_nothing_personal(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"W4I Desktop {__version__}" in copied
    assert "Qt " in copied and f"Python {platform.python_version()}" in copied
    assert "Operating system: " in copied
    host = platform.node()
    if len(host) > 3:
        assert host not in copied
    assert dialog.copied.text()


def test_about_without_metadata_shows_dashes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def gone(name: str) -> metadata.Distribution:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(licences.metadata, "distribution", gone)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert _cell(dialog, "SQLAlchemy", 1) == "—"
    assert _cell(dialog, "DejaVu fonts", 1) == "2.37"
    assert dialog.select("SQLAlchemy")
    assert "https://www.sqlalchemy.org/" in dialog.licence_text.toPlainText()


def test_f1_opens_the_page_of_the_screen_or_wizard_at_hand(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from w4i_desktop.views.window.help_viewer import help_window

    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.nav.currentRow() == SCREENS.index("participants")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    window = help_window()
    assert window is not None and window.isVisible()
    assert window.current_page() == "participants"
    window.close()

    wizard = main_window.start_intake(None)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: help_window() is not None and help_window().isVisible())
    assert help_window().current_page() == "intake"
    help_window().close()
    wizard.reject()
