"""The Participants screen: search as you type, filters, a paged sortable table."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import Role, StepKind
from w4i_desktop.services import users
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.participant.participant_table import (
    COL_NAME,
    ID_ROLE,
    ParticipantTableModel,
    ParticipantTableView,
)

SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class ListFilters:
    """What the list shows, by value (ids and keys, never the translated text of a choice): it
    survives building the screen again in another language."""

    text: str = ""
    site_id: int | None = None
    status: str | None = "open"
    caseworker_id: int | None = None
    stage: str | None = None
    sort_column: int = COL_NAME
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    selected_id: int | None = None


class ParticipantListPage(QWidget):
    open_participant = Signal(int)
    new_participant = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = ParticipantTableModel(state, self)
        self.model.total_changed.connect(self._show_total)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, code, phone or e-mail (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setClearButtonEnabled(True)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Site"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for text, value in (
            (self.tr("Open and closed"), None),
            (self.tr("Open"), "open"),
            (self.tr("Closed"), "closed"),
        ):
            self.status.addItem(text, value)
        self.status.setCurrentIndex(1)
        self.caseworker = QComboBox()
        self.caseworker.setAccessibleName(self.tr("Caseworker"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Pathway stage"))
        self.stage.addItem(self.tr("Any stage"), None)
        for kind in StepKind:
            self.stage.addItem(labels.step_kind(kind), kind.value)
        self.new_button = QPushButton(self.tr("&New participant"))
        self.new_button.clicked.connect(self.new_participant)
        self.count_label = QLabel()
        self.count_label.setObjectName("participantCount")

        # The model asks for what the filters say from its first query on (its own default
        # query would list closed cases under "Open").
        self.model.query = self.current_query()
        self.table = ParticipantTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights keep scrolling through 100,000 rows cheap and the list even.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self.open_participant)

        # The choices give way to the search box on a narrow window (their lists show the
        # whole names), rather than pushing the window wider.
        for combo in (self.site, self.status, self.caseworker, self.stage):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.search.setMinimumWidth(22 * self.fontMetrics().averageCharWidth())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.site, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.caseworker, 1)
        filters.addWidget(self.stage, 1)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._focus_results)
        for combo in (self.site, self.status, self.caseworker, self.stage):
            combo.currentIndexChanged.connect(self.apply_filters)

        # The site and caseworker to choose once their lists are filled (by set_filters).
        self._wanted: tuple[int | None, int | None] | None = None
        state.unlocked.connect(self.on_unlocked)
        state.locked.connect(self.model.clear)
        if not state.is_locked:  # built during a session (a language switch): fill it now
            self.on_unlocked()

    # --- session -------------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.refresh_choices()
        self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        # Sites and caseworkers added meanwhile (Settings) are offered; the list is queried
        # again only if a choice went away.
        if not self.state.is_locked:
            before = (self.site.currentData(), self.caseworker.currentData())
            self.refresh_choices()
            if (self.site.currentData(), self.caseworker.currentData()) != before:
                self.apply_filters()
        super().showEvent(event)

    def refresh_choices(self) -> None:
        """Fill the site and caseworker choices for who signed in, keeping the ones chosen
        (by id) when they are still offered."""
        ctx = self.state.ctx
        volunteer = ctx.actor.role is Role.VOLUNTEER
        chosen = self._wanted or (self.site.currentData(), self.caseworker.currentData())
        self._wanted = None
        for combo in (self.site, self.caseworker):
            combo.blockSignals(True)
            combo.clear()
        self.site.addItem(self.tr("All sites"), None)
        self.caseworker.addItem(self.tr("Any caseworker"), None)
        if not volunteer:
            for site_id, name in users.list_sites(ctx):
                self.site.addItem(name, site_id)
            for user_id, name in users.list_caseworkers(ctx):
                self.caseworker.addItem(name, user_id)
        for combo, value in zip((self.site, self.caseworker), chosen, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.setVisible(not volunteer)
            combo.blockSignals(False)

    # --- what the list shows -------------------------------------------------------------------

    def filters(self) -> ListFilters:
        header = self.table.horizontalHeader()
        current = self.table.currentIndex()
        return ListFilters(
            text=self.search.text(),
            site_id=self.site.currentData(),
            status=self.status.currentData(),
            caseworker_id=self.caseworker.currentData(),
            stage=self.stage.currentData(),
            sort_column=header.sortIndicatorSection(),
            sort_order=header.sortIndicatorOrder(),
            selected_id=int(current.data(ID_ROLE)) if current.isValid() else None,
        )

    def set_filters(self, filters: ListFilters) -> None:
        """Choose by value what `filters` says (a choice no longer offered falls back to the
        first, "All"), then query once. While locked, the site and caseworker are chosen when
        their lists are filled, at the sign-in."""
        if self.state.is_locked:
            self._wanted = (filters.site_id, filters.caseworker_id)
        combos = (
            (self.site, filters.site_id),
            (self.status, filters.status),
            (self.caseworker, filters.caseworker_id),
            (self.stage, filters.stage),
        )
        for combo, value in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(filters.text)
        self.search.blockSignals(False)
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # the sort is applied by the query below, once
        header.setSortIndicator(filters.sort_column, filters.sort_order)
        header.blockSignals(False)
        self.model.query = self.model.sorted_query(filters.sort_column, filters.sort_order)
        self.apply_filters()
        if filters.selected_id is not None:
            self.select_participant(filters.selected_id)

    def select_participant(self, participant_id: int) -> None:
        """Make the participant's row current, when it is among the rows loaded."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == participant_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_NAME))
                return

    # --- filtering -----------------------------------------------------------------------------

    def current_query(self) -> ParticipantQuery:
        stage = self.stage.currentData()
        return dataclasses.replace(
            self.model.query,
            text=self.search.text(),
            site_id=self.site.currentData(),
            caseworker_id=self.caseworker.currentData(),
            status=self.status.currentData(),
            stage=StepKind(stage) if stage else None,
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        if self.state.is_locked:
            return
        self.model.set_query(self.current_query())

    def _show_total(self) -> None:
        total = self.model.total
        self.count_label.setText("" if total is None else self.tr("%n participant(s)", "", total))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_results(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_participant.emit(int(index.data(ID_ROLE)))
