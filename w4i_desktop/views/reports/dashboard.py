"""The dashboard: this quarter's figures (from the indicator module, as the reports) with what
each is made of, the user's overdue and upcoming steps, for managers and administrators the
team's overdue steps by caseworker and the records waiting for a caseworker, the residence
permits that expire soon, and a chart of placements per quarter. Enter or a double-click on a
participant opens her record; on a caseworker, the participant list of her open records.
A volunteer, who has none of these, is told how to start an interview.

The figures are read off the GUI thread (dashboard_data.py): the page shows the previous ones,
or dashes, with "Loading…" until they arrive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import Role
from w4i_desktop.errors import W4IError
from w4i_desktop.reports.periods import Period
from w4i_desktop.services.context import Context
from w4i_desktop.services.dashboard import DueStep
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.empty_state import EmptyState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_in_background
from w4i_desktop.views.reports.dashboard_data import (
    DashboardData,
    Figures,
    Permits,
    Team,
    read_dashboard,
)
from w4i_desktop.views.reports.dashboard_tables import (
    ListSection,
    QuarterChartView,
    Tile,
    VolunteerWelcome,
)

NO_CASEWORKER = 0  # the team table's row id for the participants without a caseworker


def number(value: int) -> str:
    """A count as the user's locale writes it (1,277 or 1.277)."""
    return QLocale().toString(value)


class DashboardPage(QWidget):
    open_participant = Signal(int)
    show_caseworker = Signal(int)  # her open participants in the list
    start_intake = Signal()
    shown_data = Signal()  # the figures read last are on screen

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setObjectName("dashboardLoading")
        self.loading.hide()
        self.loading_data = False  # a read is under way; the figures on screen are older
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.tiles = {
            "I2": Tile(
                self.tr("Active this quarter"),
                self.tr(
                    "Intake on or before the quarter's last day and not closed before its first"
                    " day: the participants open now and those who left during the quarter."
                    " The participant list's Open counts only those open now, and records"
                    " without an intake date too."
                ),
            ),
            "I1": Tile(self.tr("New this quarter"), self.tr("Intake date in this quarter.")),
            "I6": Tile(
                self.tr("Placed this quarter"),
                self.tr("Participants who started a job, internship or apprenticeship."),
            ),
            "I7": Tile(
                self.tr("Still in work at 6 months"),
                self.tr("Placements that reached 6 months this quarter and were still held."),
            ),
        }
        self.tiles_row = QWidget()
        tiles = QHBoxLayout(self.tiles_row)
        tiles.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        step_headers = [self.tr("Due"), self.tr("Participant"), self.tr("Step")]
        self.my_overdue = ListSection(
            self.tr("My &overdue steps"), step_headers, self.tr("No overdue steps."), 2,
            "overdueSteps",
        )  # fmt: skip
        self.due_soon = ListSection(
            self.tr("Due in the next &two weeks"), step_headers,
            self.tr("Nothing due in the next two weeks."), 2, "upcomingSteps",
        )  # fmt: skip
        self.team = ListSection(
            self.tr("Overdue steps by &caseworker"),
            [self.tr("Caseworker"), self.tr("Overdue"), self.tr("Oldest due")],
            self.tr("No overdue steps in the team."), 0, "teamOverdue",
        )  # fmt: skip
        self.unassigned = ListSection(
            self.tr("To &assign"),
            [self.tr("Participant"), self.tr("Site"), self.tr("Intake")],
            self.tr("Nobody waiting for a caseworker."), 0, "toAssign",
        )  # fmt: skip
        self.permits = ListSection(
            self.tr("&Permits expiring"),
            [self.tr("Permit expires"), self.tr("Participant"), self.tr("Caseworker")],
            "", 1, "expiringPermits",
        )  # fmt: skip
        # The names the tests and older code know the step tables by.
        self.overdue_model, self.overdue = self.my_overdue.model, self.my_overdue.table
        self.upcoming_model, self.upcoming = self.due_soon.model, self.due_soon.table
        self.overdue_label, self.upcoming_label = self.my_overdue.heading, self.due_soon.heading
        self._participants: dict[int, int] = {}  # step id -> participant id
        for section in (self.my_overdue, self.due_soon):
            section.activated.connect(self._open_step)
        for section in (self.unassigned, self.permits):
            section.activated.connect(self.open_participant)
        self.team.activated.connect(self._open_caseworker)

        self.chart = QChart()
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 100:
            # A dark or high-contrast palette: a white chart would glare and lose its text.
            self.chart.setTheme(QChart.ChartTheme.ChartThemeHighContrast)
        self.chart.setTitle(self.tr("Placements started per quarter"))
        self.chart.legend().hide()
        self.chart_view = QuarterChartView(self.chart)
        self.chart_view.setObjectName("placementsChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(260, 220)
        self.chart_view.setAccessibleName(self.tr("Placements started per quarter"))

        self.welcome = VolunteerWelcome()
        self.welcome.start_intake.connect(self.start_intake)
        self.welcome.hide()

        # Below the heading, everything scrolls where it cannot fit (150 % on a small screen)
        # rather than squeezing the lists to a row each.
        body = QWidget()
        self.grid = QGridLayout()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.tiles_row)
        content.addWidget(self.welcome)
        content.addLayout(self.grid, 1)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("dashboardBody")
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.loading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.body_scroll, 1)
        self._arranged_for: Role | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked:
            self.refresh()
        super().showEvent(event)

    # --- what each role sees, and where --------------------------------------------------------

    def _arrange(self, role: Role) -> None:
        """Managers and administrators: three columns (their own steps, the team, the permits
        and the chart); staff two; a volunteer the welcome text only."""
        if role is self._arranged_for:
            return
        self._arranged_for = role
        every = [self.my_overdue, self.due_soon, self.team, self.unassigned, self.permits,
                 self.chart_view]  # fmt: skip
        if allowed(role, Action.PARTICIPANT_VIEW_ALL_SITES):
            shown: list[QWidget] = every
        elif allowed(role, Action.PATHWAY_EDIT):
            shown = [self.my_overdue, self.due_soon, self.permits, self.chart_view]
        else:
            shown = []
        for widget in every:
            self.grid.removeWidget(widget)
            widget.hide()
        columns = 3 if len(shown) > 4 else 2
        for position, widget in enumerate(shown):
            self.grid.addWidget(widget, position // columns, position % columns)
            widget.show()
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(2):
            self.grid.setRowStretch(row, 1)
        self.tiles_row.setVisible(bool(shown))
        self.welcome.setVisible(not shown)

    def refresh(self, today: date | None = None) -> None:
        """Read the figures in the background; they replace those on screen when they come."""
        day = today or date.today()
        ctx = self.state.ctx
        role = ctx.actor.role
        self._arrange(role)
        self.heading.setText(
            self.tr("Welcome")
            if role is Role.VOLUNTEER
            else self.tr("This quarter: %1").replace("%1", Period.containing(day).label)
        )
        self._set_loading(True)
        run_in_background(
            self,
            lambda: read_dashboard(ctx, day),
            lambda data: self._arrived(ctx, data),
            lambda error: self._failed(ctx, error),
        )

    def _set_loading(self, loading: bool) -> None:
        self.loading_data = loading
        self.loading.setVisible(loading)
        for empty in self.findChildren(EmptyState):
            empty.set_waiting(loading)

    def _current(self, ctx: Context) -> bool:
        """Still the session the read was for (not locked since, nor another user's)."""
        return not self.state.is_locked and self.state.ctx is ctx

    def _arrived(self, ctx: Context, data: DashboardData) -> None:
        if not self._current(ctx):
            return
        self._set_loading(False)
        self.error.hide()
        if data.figures is not None:
            self._show_figures(data, data.figures)
        if data.steps is not None:
            self._show_steps(*data.steps)
        if data.team is not None:
            self._show_team(data.team)
        if data.permits is not None:
            self._show_permits(data.day, data.permits)
        self.shown_data.emit()

    def _failed(self, ctx: Context, error: Exception) -> None:
        if not isinstance(error, W4IError):
            raise error  # a bug: the crash dialog
        if not self._current(ctx):
            return
        self._set_loading(False)
        self.error.setText(user_message(error))
        self.error.show()

    def _show_figures(self, data: DashboardData, figures: Figures) -> None:
        quarter, values = data.quarter, figures.indicators.values
        for key, tile in self.tiles.items():
            value = values[key]
            if key == "I7":
                numerator, denominator = figures.indicators.ratios[key]
                # The share big, its parts on a line of their own: fits a narrow tile.
                tile.value.setText(
                    self.tr("n/a")
                    if value is None
                    else self.tr("%1 %").replace("%1", formats.decimal(float(value)))
                )
                tile.set_detail(
                    self.tr("%1 of %2 placements")
                    .replace("%1", number(numerator))
                    .replace("%2", number(denominator))
                    if value is not None
                    else self.tr("no placement reached 6 months")
                )
            else:
                tile.value.setText(number(int(value or 0)))
        self.tiles["I2"].set_detail(
            self.tr("open now %1 + left during the quarter %2")
            .replace("%1", number(figures.split.open_now))
            .replace("%2", number(figures.split.left))
        )
        self.tiles["I1"].set_detail(
            self.tr("intake on or after %1").replace("%1", formats.short_date(quarter.start))
        )
        self.tiles["I6"].set_detail(self.tr("people who started a placement"))
        counts = figures.placements
        self.chart_view.draw(self.tr("Placements"), [q.label for q in figures.quarters], counts)
        self.counts = counts

    def _show_steps(self, overdue: list[DueStep], upcoming: list[DueStep]) -> None:
        language = labels.ui_language()
        self._participants = {s.step_id: s.participant_id for s in overdue + upcoming}
        for section, rows in ((self.my_overdue, overdue), (self.due_soon, upcoming)):
            section.set_rows(
                (
                    s.step_id,
                    (formats.short_date(s.due_on), f"{s.code} · {s.name}", s.title(language)),
                )
                for s in rows
            )
        self.my_overdue.set_heading(
            self.tr("My &overdue steps (%1)").replace("%1", shown(len(overdue), None))
        )
        self.due_soon.set_heading(
            self.tr("Due in the next &two weeks (%1)").replace("%1", shown(len(upcoming), None))
        )

    def _show_team(self, data: Team) -> None:
        team = data.overdue
        self.team.set_rows(
            (
                NO_CASEWORKER if row.caseworker_id is None else row.caseworker_id,
                (
                    row.name or self.tr("No caseworker"),
                    number(row.overdue),
                    formats.short_date(row.oldest_due),
                ),
            )
            for row in team
        )
        self.team.set_heading(
            self.tr("Overdue steps by &caseworker (%1)").replace(
                "%1", number(sum(row.overdue for row in team))
            )
        )
        waiting, total = data.waiting, data.waiting_total
        self.unassigned.set_rows(
            (
                row.participant_id,
                (f"{row.code} · {row.name}", row.site, formats.short_date(row.enrolled_on)),
            )
            for row in waiting
        )
        self.unassigned.set_heading(
            self.tr("To &assign: no caseworker yet (%1)").replace("%1", shown(len(waiting), total))
        )

    def _show_permits(self, day: date, data: Permits) -> None:
        days, permits, total = data.days, data.shown, data.total
        expired = [p.participant_id for p in permits if p.expired(day)]
        self.permits.set_rows(
            (
                (
                    p.participant_id,
                    (
                        self.tr("%1 (expired)").replace("%1", formats.short_date(p.expires_on))
                        if p.expired(day)
                        else formats.short_date(p.expires_on),
                        p.name or p.code,  # the name a caseworker knows her by
                        p.caseworker or self.tr("none"),
                    ),
                )
                for p in permits
            ),
            emphasised=expired,
        )
        self.permits.set_heading(
            self.tr("&Permits expired or expiring within %n day(s) (%1)", "", days).replace(
                "%1", shown(len(permits), total)
            )
        )
        self.permits.empty.set_text(self.tr("No permits expire in the next %n day(s).", "", days))

    def _open_step(self, step_id: int) -> None:
        participant = self._participants.get(step_id)
        if participant is not None:
            self.open_participant.emit(participant)

    def _open_caseworker(self, caseworker_id: int) -> None:
        if caseworker_id != NO_CASEWORKER:
            self.show_caseworker.emit(caseworker_id)


def shown(count: int, total: int | None) -> str:
    """ "12", or "300 of 14,031" where a list shows only its first rows."""
    if total is None or total == count:
        return number(count)
    return (
        QCoreApplication.translate("DashboardPage", "%1 of %2")
        .replace("%1", number(count))
        .replace("%2", number(total))
    )
