"""Where the user is in the main window: the screen, the record open on it and its tab, and
what each list shows. Building the screens again in another language puts her back there.
(And where the window opens the first time.)

Every choice is kept by its value (an id, a key, a date), never by its position or its
translated text, so that "Closed" is still "closed" in Italian and a site is still that site."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from w4i_desktop.views.date_field import qdate
from w4i_desktop.views.window.screens import SCREENS

if TYPE_CHECKING:
    from w4i_desktop.views.employer.employers_screen import EmployerList, EmployersScreen
    from w4i_desktop.views.participant.participant_list import ListFilters
    from w4i_desktop.views.participant.participants_screen import ParticipantsScreen
    from w4i_desktop.views.reports.reports_screen import ReportsScreen
    from w4i_desktop.views.window.main_window import MainWindow


def choose(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is `value`; the first when none is."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


@dataclass(frozen=True)
class EmployerFilters:
    text: str
    sector: Any
    municipality: Any
    engaged: bool

    @classmethod
    def of(cls, page: EmployerList) -> EmployerFilters:
        return cls(
            page.search.text(),
            page.sector.currentData(),
            page.municipality.currentData(),
            page.engaged.isChecked(),
        )

    def restore(self, page: EmployerList, unlocked: bool) -> None:
        widgets = (page.search, page.sector, page.municipality, page.engaged)
        for widget in widgets:
            widget.blockSignals(True)
        if unlocked:
            page.refresh_choices()  # the municipalities, to choose from
        page.search.setText(self.text)
        choose(page.sector, self.sector)
        choose(page.municipality, self.municipality)
        page.engaged.setChecked(self.engaged)
        for widget in widgets:
            widget.blockSignals(False)
        if unlocked:
            page.apply_filters()


@dataclass(frozen=True)
class ReportChoices:
    by_quarter: bool
    quarter: Any
    start: date
    end: date
    site: Any
    named: bool
    reason: str
    language: Any
    pdf: bool

    @classmethod
    def of(cls, screen: ReportsScreen) -> ReportChoices | None:
        if not screen._filled:  # never shown: nothing chosen yet
            return None
        start: date = screen.start.date().toPython()  # type: ignore[assignment]
        end: date = screen.end.date().toPython()  # type: ignore[assignment]
        return cls(
            screen.by_quarter.isChecked(),
            screen.quarter.currentData(),
            start,
            end,
            screen.site.currentData(),
            screen.named.isChecked(),
            screen.reason.text(),
            screen.language.currentData(),
            screen.pdf.isChecked(),
        )

    def restore(self, screen: ReportsScreen) -> None:
        screen.fill()
        if not screen._filled:
            return
        (screen.by_quarter if self.by_quarter else screen.by_dates).setChecked(True)
        choose(screen.quarter, self.quarter)
        screen.start.setDate(qdate(self.start))
        screen.end.setDate(qdate(self.end))
        choose(screen.site, self.site)
        (screen.named if self.named else screen.pseudonymised).setChecked(True)
        screen.reason.setText(self.reason)
        choose(screen.language, self.language)
        (screen.pdf if self.pdf else screen.excel).setChecked(True)


@dataclass(frozen=True)
class ParticipantsPlace:
    participant_id: int | None
    tab: int
    filters: ListFilters

    @classmethod
    def of(cls, screen: ParticipantsScreen) -> ParticipantsPlace:
        return cls(
            screen.record.participant_id if screen.showing_record else None,
            screen.record.tabs.currentIndex(),
            screen.list.filters(),
        )

    def restore(self, screen: ParticipantsScreen, unlocked: bool) -> None:
        screen.list.set_filters(self.filters)
        if unlocked and self.participant_id is not None:
            screen.open_participant(self.participant_id)
            screen.record.tabs.setCurrentIndex(self.tab)


@dataclass(frozen=True)
class EmployersPlace:
    employer_id: int | None
    tab: int
    filters: EmployerFilters

    @classmethod
    def of(cls, screen: EmployersScreen) -> EmployersPlace:
        return cls(
            screen.record.employer_id if screen.showing_record else None,
            screen.record.tabs.currentIndex(),
            EmployerFilters.of(screen.list),
        )

    def restore(self, screen: EmployersScreen, unlocked: bool) -> None:
        self.filters.restore(screen.list, unlocked)
        if unlocked and self.employer_id is not None:
            screen.open_employer(self.employer_id)
            screen.record.tabs.setCurrentIndex(self.tab)


@dataclass(frozen=True)
class WorkPlace:
    """The screen on show, and what the screens opened so far showed (a screen never opened
    is built afresh when it is first opened)."""

    screen_row: int
    participants: ParticipantsPlace | None
    employers: EmployersPlace | None
    report_choices: ReportChoices | None

    @classmethod
    def of(cls, window: MainWindow) -> WorkPlace:
        built = window.screens.if_built
        return cls(
            screen_row=window.nav.currentRow(),
            participants=(
                ParticipantsPlace.of(window.participants) if built("participants") else None
            ),
            employers=EmployersPlace.of(window.employers) if built("employers") else None,
            report_choices=ReportChoices.of(window.reports) if built("reports") else None,
        )

    def restore(self, window: MainWindow) -> None:
        unlocked = not window.state.is_locked
        if self.participants is not None:
            self.participants.restore(window.participants, unlocked)
        if self.employers is not None:
            self.employers.restore(window.employers, unlocked)
        if unlocked and self.report_choices is not None:
            self.report_choices.restore(window.reports)
        window.nav.setCurrentRow(max(self.screen_row, 0))


DEFAULT_SIZE = QSize(1280, 800)
# A screen whose free area is smaller than this gets the window maximised at first.
SMALL_SCREEN = QSize(1440, 880)


def default_geometry(available: QRect, minimum: QSize) -> tuple[QRect, bool]:
    """Where the window opens the first time on a computer: DEFAULT_SIZE, or 90 % of a smaller
    screen's free area (never below `minimum`), centred in it; and whether to maximise it (a
    small screen, such as a 1366×768 laptop's)."""
    width = max(min(DEFAULT_SIZE.width(), available.width() * 9 // 10), minimum.width())
    height = max(min(DEFAULT_SIZE.height(), available.height() * 9 // 10), minimum.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    small = available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()
    return rect, small


def restore_window_settings(window: MainWindow) -> None:
    """The window's place and size, and the screen it showed, as it was closed last (or the
    default place on this computer's screen)."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            rect, maximised = default_geometry(screen.availableGeometry(), window.minimumSize())
            window.setGeometry(rect)
            if maximised:
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    key = settings.value("window/screen", "participants")
    window.nav.setCurrentRow(SCREENS.index(key) if key in SCREENS else 1)


def save_window_settings(window: MainWindow) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/screen", SCREENS[max(window.nav.currentRow(), 0)])
