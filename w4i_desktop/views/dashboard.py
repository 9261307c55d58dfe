"""The dashboard: this quarter's figures (from the indicator module, as the reports), the
user's overdue and upcoming steps (Enter or double-click opens the record), and a chart of
placements per quarter."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import Role
from w4i_desktop.errors import W4IError
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import indicators_for, placements_started_for
from w4i_desktop.services import dashboard
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import labels, record_labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.record_widgets import RowsModel, read_only_table

CHART_QUARTERS = 8


class Tile(QFrame):
    """One figure with its name and what it means."""

    def __init__(self, name: str, meaning: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#tile { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.value.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.name = QLabel(name)
        self.name.setStyleSheet("font-weight: 600;")
        self.name.setWordWrap(True)
        self.detail = QLabel()  # what a figure is made of, e.g. "7 of 11"
        self.detail.hide()
        self.setToolTip(meaning)
        self.value.setAccessibleName(name)
        self.value.setAccessibleDescription(meaning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)


class DashboardPage(QWidget):
    open_participant = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.tiles = {
            "I2": Tile(self.tr("Active participants"), self.tr("In the programme this quarter.")),
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
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        headers = [self.tr("Due"), self.tr("Participant"), self.tr("Step")]
        self.overdue_model = RowsModel(headers, self)
        self.overdue = read_only_table(self.overdue_model, self.tr("My overdue steps"), 2)
        self.overdue.setObjectName("overdueSteps")
        self.upcoming_model = RowsModel(headers, self)
        self.upcoming = read_only_table(self.upcoming_model, self.tr("My steps due soon"), 2)
        self.upcoming.setObjectName("upcomingSteps")
        self._participants: dict[int, int] = {}
        for table in (self.overdue, self.upcoming):
            table.activated.connect(self._open)
        self.overdue_label = QLabel(self.tr("My &overdue steps"))
        self.overdue_label.setBuddy(self.overdue)
        self.upcoming_label = QLabel(self.tr("Due in the next &two weeks"))
        self.upcoming_label.setBuddy(self.upcoming)

        self.chart = QChart()
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 100:
            # A dark or high-contrast palette: a white chart would glare and lose its text.
            self.chart.setTheme(QChart.ChartTheme.ChartThemeHighContrast)
        self.chart.setTitle(self.tr("Placements started per quarter"))
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("placementsChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.chart_view.setAccessibleName(self.tr("Placements started per quarter"))

        grid = QGridLayout()
        grid.addWidget(self.overdue_label, 0, 0)
        grid.addWidget(self.upcoming_label, 0, 1)
        grid.addWidget(self.overdue, 1, 0)
        grid.addWidget(self.upcoming, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        layout.addWidget(self.chart_view, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked:
            self.refresh()
        super().showEvent(event)

    def refresh(self, today: date | None = None) -> None:
        day = today or date.today()
        ctx = self.state.ctx
        quarter = Period.containing(day)
        # Managers see every site; staff their own (as the indicator service allows).
        site_id = (
            None if allowed(ctx.actor.role, Action.REPORT_PSEUDONYMISED) else ctx.actor.site_id
        )
        self.heading.setText(self.tr("This quarter: %1").replace("%1", quarter.label))
        self.error.hide()
        try:
            self._show_figures(quarter, site_id)
            self._show_steps(day)
        except W4IError as exc:
            self.error.setText(user_message(exc))
            self.error.show()

    def _show_figures(self, quarter: Period, site_id: int | None) -> None:
        ctx = self.state.ctx
        if ctx.actor.role is Role.VOLUNTEER:
            for tile in self.tiles.values():
                tile.hide()
            self.chart_view.hide()
            return
        figures = indicators_for(ctx, quarter, site_id)
        for key, tile in self.tiles.items():
            value = figures.values[key]
            if key == "I7":
                numerator, denominator = figures.ratios[key]
                # The share big, its parts on a line of their own: fits a narrow tile.
                tile.value.setText(
                    self.tr("n/a")
                    if value is None
                    else self.tr("%1 %").replace("%1", labels.decimal(float(value)))
                )
                tile.detail.setText(
                    self.tr("%1 of %2")
                    .replace("%1", str(numerator))
                    .replace("%2", str(denominator))
                )
                tile.detail.setVisible(value is not None)
            else:
                tile.value.setText(str(value))
        quarters = quarter.quarters_back(CHART_QUARTERS)
        by_type = placements_started_for(ctx, quarters, site_id)
        counts = [sum(types.values()) for types in by_type]
        self._draw_chart([q.label for q in quarters], counts)

    def _draw_chart(self, names: list[str], counts: list[int]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Placements"))
        bars.append([float(c) for c in counts])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(names)
        y_axis = QValueAxis()
        top = max([*counts, 1])
        step = max(1, math.ceil(top / 5))  # whole placements: ticks on whole numbers
        y_axis.setRange(0, step * math.ceil((top + 1) / step))
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        y_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.counts = counts

    def _show_steps(self, day: date) -> None:
        ctx = self.state.ctx
        if not allowed(ctx.actor.role, Action.PATHWAY_EDIT):
            self.overdue_model.set_rows([])
            self.upcoming_model.set_rows([])
            return
        overdue, upcoming = dashboard.my_due_steps(ctx, day)
        language = record_labels.ui_language()
        self._participants = {s.step_id: s.participant_id for s in overdue + upcoming}
        for model, rows in ((self.overdue_model, overdue), (self.upcoming_model, upcoming)):
            model.set_rows(
                (
                    s.step_id,
                    (labels.short_date(s.due_on), f"{s.code} · {s.name}", s.title(language)),
                )
                for s in rows
            )
        self.overdue_label.setText(
            self.tr("My &overdue steps (%1)").replace("%1", str(len(overdue)))
        )
        self.upcoming_label.setText(
            self.tr("Due in the next &two weeks (%1)").replace("%1", str(len(upcoming)))
        )

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not index.isValid() or not isinstance(model, RowsModel):
            return
        participant = self._participants.get(model.id_at(index.row()))
        if participant is not None:
            self.open_participant.emit(participant)
