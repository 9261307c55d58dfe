"""The dashboard's parts: a figure tile, a list with its heading and empty-state sentence, and
the first screen of a volunteer (who has no figures or steps: what to do instead)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from w4i_desktop.views.empty_state import show_when_empty
from w4i_desktop.views.widgets import RowsModel, read_only_table

INTAKE_SHORTCUT = "Ctrl+I"  # File > New intake interview (views/window/main_menus.py)
PARTICIPANTS_SHORTCUT = "Ctrl+2"  # Go > Participants, the second screen
DRAFTS_SHORTCUT = "Ctrl+Shift+I"  # File > Intake drafts
MAX_COLUMN_CHARACTERS = 30


def shortcut_text(keys: str) -> str:
    """A shortcut as this platform writes it (Ctrl+I, or ⌘I on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class Tile(QFrame):
    """One figure with its name, what it is made of (a line under it) and what it means (its
    tooltip and accessible description)."""

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
        self.detail = QLabel()  # what the figure is made of, e.g. "7 of 11 placements"
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        self.setToolTip(meaning)
        self.value.setAccessibleName(name)
        self.value.setAccessibleDescription(meaning)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
        self.value.setAccessibleDescription(f"{text}. {self.toolTip()}" if text else self.toolTip())


class ListSection(QWidget):
    """A heading (the table's buddy: Alt+its letter goes to the table), a read-only table, and
    a sentence in it while it is empty. `activated` gives the id of the row opened with Enter
    or a double-click."""

    activated = Signal(int)

    def __init__(
        self,
        name: str,
        headers: Sequence[str],
        empty: str,
        stretch_column: int,
        object_name: str,
    ) -> None:
        super().__init__()
        self.heading = QLabel(name)
        self.heading.setWordWrap(True)
        self.model = RowsModel(headers, self)
        self.table = read_only_table(self.model, name.replace("&", ""), stretch_column)
        self.table.setObjectName(object_name)
        # One line a row, long names elided (the whole text is the cell's tooltip), and no
        # column wider than a long name: three lists side by side fit 1366 pixels.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setMaximumSectionSize(
            self.table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARACTERS
        )
        # Some rows and the width of a date and a name even where space is short (the page
        # scrolls then).
        self.table.setMinimumSize(
            self.table.fontMetrics().averageCharWidth() * 36, self.table.fontMetrics().height() * 8
        )
        self.heading.setBuddy(self.table)
        self.empty = show_when_empty(self.table, empty)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def set_rows(
        self, rows: Iterable[tuple[int, Sequence[str]]], emphasised: Iterable[int] = ()
    ) -> None:
        self.model.set_rows(rows, emphasised)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.table.setAccessibleName(text.replace("&", ""))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.row() < self.model.rowCount():
            self.activated.emit(self.model.id_at(index.row()))


class QuarterChartView(QChartView):
    """A bar chart by quarter whose labels ("2026Q4") stand upright where the bars are
    narrow: QtCharts cuts a level label to "2…" long before it fills its bar's width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_labels()

    def draw(self, bars_name: str, names: list[str], counts: list[int]) -> None:
        """One bar per quarter (`names`), the value axis on whole numbers."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(bars_name)
        bars.append([float(c) for c in counts])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
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
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.fit_labels()

    def fit_labels(self) -> None:
        axes = self.chart().axes(Qt.Orientation.Horizontal)
        if not axes or not isinstance(axes[0], QBarCategoryAxis):
            return
        axis = axes[0]
        metrics = QFontMetrics(axis.labelsFont())
        widest = max((metrics.horizontalAdvance(c) for c in axis.categories()), default=0)
        # The value axis and the margins take about 110 pixels of the width.
        band = (self.width() - 110) / max(axis.count(), 1)
        angle = 0 if band >= 2 * widest + 10 else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)


class VolunteerWelcome(QFrame):
    """A volunteer's first screen: no figures or steps are hers to see, so what to do."""

    start_intake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("volunteerWelcome")
        self.text = QLabel(
            self.tr(
                "Start an intake interview with %1 (File menu, New intake interview). "
                "Interviews you have not finished are under Intake drafts (%2); the people "
                "you have interviewed are on the Participants screen (%3)."
            )
            .replace("%1", shortcut_text(INTAKE_SHORTCUT))
            .replace("%2", shortcut_text(DRAFTS_SHORTCUT))
            .replace("%3", shortcut_text(PARTICIPANTS_SHORTCUT))
        )
        self.text.setObjectName("volunteerHint")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 12pt;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Start an &intake interview"))
        self.button.setObjectName("startIntake")
        self.button.clicked.connect(self.start_intake)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)
