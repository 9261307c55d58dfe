"""The participant list as a Qt item model that pages rows in as the view scrolls."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from w4i_desktop.services import participants
from w4i_desktop.services.participants import ParticipantQuery, ParticipantRow
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState

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
PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, state: AppState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.query = ParticipantQuery(limit=PAGE_SIZE)
        self._rows: list[ParticipantRow] = []
        self._exhausted = True
        self._today = date.today()
        self.total = 0  # rows in the whole list, of which the model holds the first pages

    # --- loading -------------------------------------------------------------------------------

    def set_query(self, query: ParticipantQuery) -> None:
        self.query = dataclasses.replace(query, offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        """Start again from the first page, loaded within the reset (one signal, not two)."""
        first_page: list[ParticipantRow] = []
        self.total = 0
        if not self.state.is_locked:
            page_query = dataclasses.replace(self.query, offset=0, limit=PAGE_SIZE)
            first_page, total = participants.search_with_total(self.state.ctx, page_query)
            self.total = total or 0
        self.beginResetModel()
        self._rows = first_page
        self._exhausted = len(first_page) < PAGE_SIZE
        self._today = date.today()
        self.endResetModel()

    def _page(self, offset: int) -> list[ParticipantRow]:
        page_query = dataclasses.replace(self.query, offset=offset, limit=PAGE_SIZE)
        return participants.search(self.state.ctx, page_query)

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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_COUNTRY:
            return row.country_of_birth
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
            return labels.short_date(row.last_activity_at)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_AGE:  # the oldest have the smallest birth year
            descending = not descending
        self.set_query(dataclasses.replace(self.query, order_by=key, descending=descending))
