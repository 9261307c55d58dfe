"""The main window's screens: the sidebar and the pages it shows. Each screen is built the first
time it is opened (or asked for), so that the sign-in window shows without loading the code
and the data of screens nobody has opened yet; until then its page holds an empty widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget

from w4i_desktop.views import widgets

if TYPE_CHECKING:
    from w4i_desktop.views.admin.settings_screen import SettingsScreen
    from w4i_desktop.views.admin.template_editor import TemplateEditor
    from w4i_desktop.views.employer.employers_screen import EmployersScreen
    from w4i_desktop.views.participant.participants_screen import ParticipantsScreen
    from w4i_desktop.views.reports.dashboard import DashboardPage
    from w4i_desktop.views.reports.reports_screen import ReportsScreen
    from w4i_desktop.views.window.main_window import MainWindow

SCREENS = ("dashboard", "participants", "employers", "pathways", "reports", "settings")
TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    "participants": QT_TRANSLATE_NOOP("MainWindow", "Participants"),
    "employers": QT_TRANSLATE_NOOP("MainWindow", "Employers"),
    "pathways": QT_TRANSLATE_NOOP("MainWindow", "Pathways"),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


def participants_screen(window: MainWindow) -> ParticipantsScreen:
    from w4i_desktop.views.participant.participants_screen import ParticipantsScreen

    screen = ParticipantsScreen(window.state)
    screen.record.placements.matching_requested.connect(window.vacancies_for)
    return screen


def employers_screen(window: MainWindow) -> EmployersScreen:
    from w4i_desktop.views.employer.employers_screen import EmployersScreen

    screen = EmployersScreen(window.state)
    screen.new_placement.connect(window.new_placement_with)
    screen.find_candidates.connect(window.candidates_for)
    screen.open_participant.connect(window._show_participant)
    return screen


def pathways_screen(window: MainWindow) -> TemplateEditor:
    from w4i_desktop.views.admin.template_editor import TemplateEditor

    return TemplateEditor(window.state)


def dashboard_screen(window: MainWindow) -> DashboardPage:
    from w4i_desktop.views.reports.dashboard import DashboardPage

    screen = DashboardPage(window.state)
    screen.open_participant.connect(window._show_participant)
    screen.show_caseworker.connect(window._show_caseworker)
    screen.start_intake.connect(lambda: window.start_intake(None))
    return screen


def reports_screen(window: MainWindow) -> ReportsScreen:
    from w4i_desktop.views.reports.reports_screen import ReportsScreen

    return ReportsScreen(window.state)


def settings_screen(window: MainWindow) -> SettingsScreen:
    from w4i_desktop.views.admin.settings_screen import SettingsScreen

    screen = SettingsScreen(window.state)
    screen.lock_minutes_changed.connect(
        lambda minutes: setattr(window.idle, "limit_seconds", minutes * 60)
    )
    screen.language_chosen.connect(window.choose_language)
    return screen


BUILDERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "dashboard": dashboard_screen,
    "participants": participants_screen,
    "employers": employers_screen,
    "pathways": pathways_screen,
    "reports": reports_screen,
    "settings": settings_screen,
}


class Screens:
    """The sidebar (`nav`) and the pages (`pages`, one per row of SCREENS), in the current
    language; built again, empty, when the language changes or another user signs in."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Screens"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 12px; }")
        self.pages = QStackedWidget()
        for key in SCREENS:
            self.nav.addItem(QCoreApplication.translate("MainWindow", str(TITLES[key])))
            placeholder = QWidget()
            placeholder.setObjectName(f"unbuilt_{key}")
            self.pages.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self.show_row)

    def show_row(self, row: int) -> None:
        """The sidebar's choice: its screen, built first if the session shows the screens
        (under the sign-in page, its empty page waits for the sign-in)."""
        if 0 <= row < len(SCREENS) and not self.window.state.is_locked:
            self.screen(SCREENS[row])
        self.pages.setCurrentIndex(row)

    def show_current(self) -> None:
        """The session's screens are shown (after a sign-in): build the one on show."""
        self.show_row(self.nav.currentRow())

    def screen(self, key: str) -> QWidget:
        """The screen `key`, built now if it was not yet (in the place of its empty page)."""
        page = self.built.get(key)
        if page is not None:
            return page
        page = BUILDERS[key](self.window)
        page.setObjectName(f"page_{key}")
        self.built[key] = page
        row = SCREENS.index(key)
        placeholder = self.pages.widget(row)
        assert placeholder is not None
        self.pages.insertWidget(row, page)
        if self.pages.currentWidget() is placeholder:
            self.pages.setCurrentWidget(page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        widgets.keep_labels_whole(page)  # "Telefono", not "Telefonc"
        return page

    def if_built(self, key: str) -> QWidget | None:
        return self.built.get(key)
