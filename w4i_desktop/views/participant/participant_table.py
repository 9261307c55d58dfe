"""The participant list as a Qt item model that pages rows in as the view scrolls, and the
table view that shows it."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

from w4i_desktop.services import participant_search
from w4i_desktop.services.participant_search import ParticipantQuery, ParticipantRow
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.operations import run_in_background

COL_CODE, COL_NAME, COL_AGE, COL_COUNTRY, COL_SITE, COL_CASEWORKER, COL_STAGE, COL_ACTIVITY = range(
    8
)
HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("ParticipantTable", "Code"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Name"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Age"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Country of origin"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Site"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Caseworker"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Pathway stage"),
    QT_TRANSLATE_NOOP("ParticipantTable", "Last activity"),
)
# The service's sort keys, by column; columns without one are not sortable.
SORT_KEYS = {
    COL_CODE: "code",
    COL_NAME: "name",
    COL_AGE: "birth",
    COL_COUNTRY: "country",
    COL_SITE: "site",
    COL_ACTIVITY: "last_activity",
}
# How the spare width is shared (name, stage and caseworker take most), and the characters of
# content a column shows whole at least (a code, an age, a date).
WEIGHTS = (2, 10, 1, 4, 4, 5, 7, 2)
MIN_CHARS = (12, 8, 3, 6, 6, 8, 8, 10)
PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    # `total` is known (it may be counted in the background, after the rows are shown).
    total_changed = Signal()

    def __init__(self, state: AppState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.query = ParticipantQuery(limit=PAGE_SIZE)
        self._rows: list[ParticipantRow] = []
        self._exhausted = True
        self._today = date.today()
        # Rows in the whole list, of which the model holds the first pages; None while a long
        # list is still being counted.
        self.total: int | None = 0

    # --- loading -------------------------------------------------------------------------------

    def set_query(self, query: ParticipantQuery) -> None:
        self.query = dataclasses.replace(query, offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        """Start again from the first page, loaded within the reset (one signal, not two).
        A list longer than the page is counted in the background: the rows do not wait for
        the count (issue 17: a keystroke's rows within 20 ms at 100,000 participants)."""
        first_page: list[ParticipantRow] = []
        self.total = 0
        if not self.state.is_locked:
            ctx = self.state.ctx
            page_query = dataclasses.replace(self.query, offset=0, limit=PAGE_SIZE)
            first_page = participant_search.search(ctx, page_query)
            if len(first_page) < PAGE_SIZE:
                self.total = len(first_page)  # the whole list
            else:
                self.total = None
                run_in_background(
                    self,
                    lambda: participant_search.count(ctx, page_query),
                    self._counted,
                    self._not_counted,
                )
        self.beginResetModel()
        self._rows = first_page
        self._exhausted = len(first_page) < PAGE_SIZE
        self._today = date.today()
        self.endResetModel()
        self.total_changed.emit()

    def _counted(self, total: int) -> None:
        self.total = total
        self.total_changed.emit()

    def _not_counted(self, error: Exception) -> None:
        if not self.state.is_locked:  # locked meanwhile: the count no longer matters
            raise error

    def _page(self, offset: int) -> list[ParticipantRow]:
        page_query = dataclasses.replace(self.query, offset=offset, limit=PAGE_SIZE)
        return participant_search.search(self.state.ctx, page_query)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows))
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    # --- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("ParticipantTable", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a cell the column may elide (a long stage or name).
            if index.column() == COL_COUNTRY:
                return f"{self._display(row, COL_COUNTRY)} ({row.country_of_birth})"
            return self._display(row, index.column()) or None
        return None

    def _display(self, row: ParticipantRow, column: int) -> str | None:
        if column == COL_CODE:
            return row.code
        if column == COL_NAME:
            return row.name
        if column == COL_AGE:
            age = row.age_on(self._today)
            return "" if age is None else str(age)
        if column == COL_COUNTRY:
            return labels.country(row.country_of_birth)
        if column == COL_SITE:
            return row.site
        if column == COL_CASEWORKER:
            return row.caseworker or ""
        if column == COL_STAGE:
            if row.closed_on is not None:
                return QCoreApplication.translate("ParticipantTable", "Closed")
            return labels.step_kind(row.stage)
        if column == COL_ACTIVITY:
            return formats.short_date(row.last_activity_at)
        return None

    def sorted_query(self, column: int, order: Qt.SortOrder) -> ParticipantQuery:
        """The query sorted by `column` (unchanged for a column that does not sort)."""
        key = SORT_KEYS.get(column)
        if key is None:
            return self.query
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_AGE:  # the oldest have the smallest birth year
            descending = not descending
        return dataclasses.replace(self.query, order_by=key, descending=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in SORT_KEYS:
            self.set_query(self.sorted_query(column, order))


class ParticipantTableView(QTableView):
    """The list's table: Enter opens the current row; the columns share the width (no
    horizontal scrollbar while the longest word of each heading fits), headings wrap onto a
    second line rather than being cut, and a long cell is elided with its full text as a
    tooltip."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.user_sized = False  # once she drags a column, the widths are hers
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.sectionResized.connect(self._section_resized)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(int(self.currentIndex().data(ID_ROLE)))
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.fit_columns()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        last = self.horizontalHeader().count() - 1
        if not self._fitting and column != last and self.isVisible():
            self.user_sized = True
        if not self._fitting:
            self._fit_header_height()

    def _fit_header_height(self) -> None:
        """Tall enough for a heading wrapped onto two lines at its column's width (the
        header's own size hint counts one line)."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        arrow_room = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 2 * margin
        lines = 1
        for column in range(header.count()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            # The style's margins, and the sort arrow beside the text of the sorted column.
            arrow = arrow_room if column == header.sortIndicatorSection() else 0
            width = max(header.sectionSize(column) - 2 * margin - 6 - arrow, 1)
            box = metrics.boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            lines = max(lines, round(box.height() / metrics.lineSpacing()))
        header.setMinimumHeight(lines * metrics.lineSpacing() + 2 * margin + 4)

    def minimum_widths(self) -> list[int]:
        """Per column: its heading's longest word, or the content that must show whole."""
        model = self.model()
        metrics = self.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        widths = []
        for column in range(model.columnCount() if model is not None else 0):
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = [metrics.horizontalAdvance(word) for word in heading.split()] or [0]
            content = metrics.horizontalAdvance("0" * MIN_CHARS[column])
            widths.append(max(*words, content) + padding)
        return widths

    def fit_columns(self) -> None:
        """Share the viewport's width by the columns' weights, each at least its minimum."""
        model = self.model()
        if model is None or self.user_sized or model.columnCount() != len(WEIGHTS):
            return
        header = self.horizontalHeader()
        minimum = self.minimum_widths()
        spare = max(self.viewport().width() - sum(minimum), 0)
        total = sum(WEIGHTS)
        self._fitting = True
        try:
            for column, weight in enumerate(WEIGHTS):
                header.resizeSection(column, minimum[column] + spare * weight // total)
        finally:
            self._fitting = False
        self._fit_header_height()
