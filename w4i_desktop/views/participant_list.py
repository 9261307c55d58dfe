"""The Participants screen: search as you type, filters, a paged sortable table."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import Role, StepKind
from w4i_desktop.services import users
from w4i_desktop.services.participants import ParticipantQuery
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.participant_table import ID_ROLE, ParticipantTableModel

SEARCH_DELAY_MS = 150
# Starting widths in average characters: code, name, age, country, site, caseworker, stage.
COLUMN_CHARS = (11, 28, 5, 18, 14, 20, 22)


class ParticipantTableView(QTableView):
    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(int(self.currentIndex().data(ID_ROLE)))
            return
        super().keyPressEvent(event)


class ParticipantListPage(QWidget):
    open_participant = Signal(int)
    new_participant = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = ParticipantTableModel(state, self)

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

        self.table = ParticipantTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate(COLUMN_CHARS):
            header.resizeSection(column, chars * char + 16)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self.open_participant)

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

        state.unlocked.connect(self.on_unlocked)
        state.locked.connect(self.model.clear)

    # --- session -------------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        ctx = self.state.ctx
        volunteer = ctx.actor.role is Role.VOLUNTEER
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
        for combo in (self.site, self.caseworker):
            combo.setVisible(not volunteer)
            combo.blockSignals(False)
        self.apply_filters()

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
        self.count_label.setText(self.tr("%n participant(s)", "", self.model.total))

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
