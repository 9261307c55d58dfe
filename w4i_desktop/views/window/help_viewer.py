"""The help: short task-oriented pages (resources/help/<lang>/<page>.html) in a window beside
the work, with a list of pages, Back and Forward. One window, reused; F1 opens the page of the
screen in front, in the language of the interface (English when a page is missing)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop import config
from w4i_desktop.views.language import UI_LANGUAGES, chosen_language
from w4i_desktop.views.one_window import OneWindow

FALLBACK = "en"
# In the order of the list on the left.
PAGES = (
    "getting_started",
    "dashboard",
    "participants",
    "intake",
    "pathways",
    "employers",
    "reports",
    "import",
    "backups",
    "privacy",
    "settings",
)
# The main window's screens (main_window.SCREENS) and the page F1 opens on each.
HELP_PAGES: dict[str, str] = {
    "dashboard": "dashboard",
    "participants": "participants",
    "employers": "employers",
    "pathways": "pathways",
    "reports": "reports",
    "settings": "settings",
}
PAGE_ROLE = Qt.ItemDataRole.UserRole
GEOMETRY_SETTING = "help/geometry"
# Qt's rich text knows these tags; the style makes keys and headings stand out a little.
STYLE = """
h2 { color: #1f4e79; }
h3 { color: #1f4e79; margin-top: 14px; }
kbd { font-family: monospace; background-color: #eceff3; }
li { margin-bottom: 3px; }
"""
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def help_dir() -> Path:
    """resources/help, in the source tree or in the bundle."""
    return config.resources_dir() / "help"


def page_for(screen: str) -> str:
    """The help page of a main-window screen; the Getting started page for anything else."""
    return HELP_PAGES.get(screen, "getting_started")


def page_path(language: str, page: str) -> Path:
    """The page in `language`, else in English. Raises KeyError for a page that does not
    exist at all."""
    for lang in (language, FALLBACK):
        path = help_dir() / lang / f"{page}.html"
        if path.is_file():
            return path
    raise KeyError(page)


@cache
def _title_in(path: Path) -> str:
    try:
        found = _TITLE.search(path.read_text(encoding="utf-8"))
    except OSError:
        return path.stem
    return " ".join(found.group(1).split()) if found else path.stem


def page_title(language: str, page: str) -> str:
    """The page's <title> in `language` (the words of the list on the left)."""
    try:
        return _title_in(page_path(language, page))
    except KeyError:
        return page


class HelpWindow(QDialog):
    """Not modal: the help stays open beside the screen it explains. Esc closes it."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.language = FALLBACK

        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setStyleSheet(
            "QListWidget#helpPages { outline: 0; }"
            " QListWidget#helpPages::item { padding: 5px 8px; }"
        )
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # followed here: pages fall back to English
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setDocumentMargin(12)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._source_changed)

        self.back_button = QPushButton()
        self.back_button.setObjectName("helpBack")
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("helpForward")
        self.forward_button.setEnabled(False)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.close_button = QPushButton()
        self.close_button.setObjectName("helpClose")
        self.close_button.clicked.connect(self.close)
        for button in (self.back_button, self.forward_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the list or on a link is not "Close"
        for key, slot in (
            (QKeySequence.StandardKey.Back, self.browser.backward),
            (QKeySequence.StandardKey.Forward, self.browser.forward),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)

        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 670])
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.pages.currentItemChanged.connect(self._page_chosen)
        self.resize(920, 660)
        geometry = QSettings().value(GEOMETRY_SETTING)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._retranslate()
        self.set_language(language or chosen_language())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("W4I Desktop help"))
        self.pages.setAccessibleName(self.tr("Help pages"))
        self.browser.setAccessibleName(self.tr("Help page"))
        self.back_button.setText(self.tr("← &Back"))
        self.back_button.setToolTip(self.tr("The page before (Alt+Left)"))
        self.forward_button.setText(self.tr("&Forward →"))
        self.forward_button.setToolTip(self.tr("The page after (Alt+Right)"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        """The interface changed language: so do the buttons and the pages."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.set_language(chosen_language())
            if self.current_page() is not None:
                self._source_changed(self.browser.source())  # the title names the page
        super().changeEvent(event)

    # --- pages ---------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Titles and pages in `language` (English for a language we do not have)."""
        language = language if language in UI_LANGUAGES else FALLBACK
        if language == self.language and self.pages.count():
            return
        self.language = language
        self.browser.setSearchPaths([str(help_dir() / language), str(help_dir() / FALLBACK)])
        current = self.current_page()
        self.pages.blockSignals(True)
        self.pages.clear()
        for page in PAGES:
            item = QListWidgetItem(page_title(language, page))
            item.setData(PAGE_ROLE, page)
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        if current is not None:
            self.show_page(current)
            self.browser.clearHistory()  # Back would lead to pages in the other language
            self._source_changed(self.browser.source())

    def current_page(self) -> str | None:
        """The name of the page shown (e.g. "backups"), None before the first."""
        source = self.browser.source()
        if source.isEmpty():
            return None
        name = Path(source.path()).stem
        return name if name in PAGES else None

    def show_page(self, page: str, anchor: str | None = None) -> None:
        """Show `page` (a name from PAGES); unknown pages show the Getting started page."""
        if page not in PAGES:
            page = "getting_started"
        url = QUrl.fromLocalFile(str(page_path(self.language, page)))
        if anchor:
            url.setFragment(anchor)
        if url == self.browser.source():
            return
        self.browser.setSource(url)

    def follow(self, url: QUrl) -> None:
        """A link was clicked: another page here, a place on this page, or the web."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = Path(url.path()).stem
        if name in PAGES:
            self.show_page(name, url.fragment() or None)
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    def _source_changed(self, url: QUrl) -> None:
        page = Path(url.path()).stem
        self.pages.blockSignals(True)
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PAGE_ROLE) == page:
                self.pages.setCurrentRow(row)
        self.pages.blockSignals(False)
        self.setWindowTitle(
            self.tr("%1 – W4I Desktop help").replace("%1", page_title(self.language, page))
        )

    def _page_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_page(str(item.data(PAGE_ROLE)))

    def done(self, result: int) -> None:  # Esc, Close and the window's own close button
        QSettings().setValue(GEOMETRY_SETTING, self.saveGeometry())
        super().done(result)


_windows: OneWindow[HelpWindow] = OneWindow(HelpWindow)


def help_window() -> HelpWindow | None:
    """The help window if one exists (shown or not)."""
    return _windows.current()


def show_help(parent: QWidget | None, page: str, language: str | None = None) -> HelpWindow:
    """Open the help at `page` in the interface's language (or `language`), reusing the help
    window of `parent` if it has one; brought to the front."""
    window = _windows.show(parent, language)
    window.show_page(page)
    return window


def help_key(window: QWidget, page: str) -> QAction:
    """F1 in `window` (a wizard or dialog of its own) opens `page`, over that window."""
    action = QAction(window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_help(window, page))
    window.addAction(action)
    return action
