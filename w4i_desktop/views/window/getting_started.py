"""The Getting started page: shown once per computer after the first sign-in (unless "Show
this page at start" is ticked), and again whenever asked for from the Help menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.views.language import UI_LANGUAGES, chosen_language
from w4i_desktop.views.one_window import OneWindow
from w4i_desktop.views.window.help_viewer import (
    FALLBACK,
    PAGES,
    STYLE,
    help_dir,
    page_path,
    show_help,
)

PAGE = "getting_started"
SEEN_SETTING = "help/getting_started_seen"  # shown once on this computer
AT_START_SETTING = "help/getting_started_at_start"  # "Show this page at start" ticked


def _flag(key: str) -> bool:
    return bool(QSettings().value(key, False, type=bool))


def seen() -> bool:
    """True once the page was shown on this computer."""
    return _flag(SEEN_SETTING)


def wanted_at_start() -> bool:
    """True while "Show this page at start" is ticked."""
    return _flag(AT_START_SETTING)


class GettingStartedDialog(QDialog):
    """The page, a "Show this page at start" box, the way into the rest of the help. Links
    open their page in the help window."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        chosen = language or chosen_language()
        self.language = chosen if chosen in UI_LANGUAGES else FALLBACK

        self.browser = QTextBrowser()
        self.browser.setObjectName("gettingStartedPage")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setDocumentMargin(14)
        self.browser.anchorClicked.connect(self.follow)

        self.show_at_start = QCheckBox()
        self.show_at_start.setObjectName("showAtStart")
        self.show_at_start.setChecked(wanted_at_start())
        self.show_at_start.toggled.connect(
            lambda on: QSettings().setValue(AT_START_SETTING, bool(on))
        )
        self.help_button = QPushButton()
        self.help_button.setObjectName("openHelp")
        self.help_button.clicked.connect(lambda: self.open_help(PAGE))
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeGettingStarted")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_at_start)
        buttons.addStretch(1)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(760, 680)
        self._retranslate()
        self._load()
        self.close_button.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started with W4I Desktop"))
        self.browser.setAccessibleName(self.tr("Getting started"))
        self.show_at_start.setText(self.tr("&Show this page at start"))
        self.help_button.setText(self.tr("All the &help pages…"))
        self.close_button.setText(self.tr("&Close"))

    def _load(self) -> None:
        self.browser.setSearchPaths([str(help_dir() / self.language), str(help_dir() / FALLBACK)])
        self.browser.setSource(QUrl.fromLocalFile(str(page_path(self.language, PAGE))))

    def set_language(self, language: str) -> None:
        """The page in `language` (English for a language we do not have)."""
        language = language if language in UI_LANGUAGES else FALLBACK
        if language != self.language:
            self.language = language
            self._load()

    def changeEvent(self, event: QEvent) -> None:
        """The interface changed language: so does the page."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.set_language(chosen_language())
        super().changeEvent(event)

    def open_help(self, page: str) -> None:
        show_help(self.parentWidget(), page, self.language)

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = Path(url.path()).stem
        if name in PAGES:
            self.open_help(name)
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())


_dialogs: OneWindow[GettingStartedDialog] = OneWindow(GettingStartedDialog)


def show_getting_started(
    parent: QWidget | None, language: str | None = None
) -> GettingStartedDialog:
    """Show the page (the Help menu's Getting started), reusing the open one of `parent`."""
    return _dialogs.show(parent, language)


def maybe_show_getting_started(
    parent: QWidget | None, language: str | None = None
) -> GettingStartedDialog | None:
    """After signing in: the first time on this computer, or while "Show this page at start"
    is ticked, show the page and return it; otherwise None."""
    if seen() and not wanted_at_start():
        return None
    QSettings().setValue(SEEN_SETTING, True)
    return show_getting_started(parent, language)
