"""The Employers screen: a filtered list, and an employer's record in its place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.reports.periods import Period
from w4i_desktop.services import employers
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.employer.employer_record import EmployerRecord
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.widgets import RowsModel, fill_combo, read_only_table


class EmployerList(QWidget):
    open_employer = Signal(int)
    new_employer = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.search = QLineEdit()
        self.search.setObjectName("employerSearch")
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search employers"))
        self.search.setClearButtonEnabled(True)
        self.sector = QComboBox()
        self.sector.setObjectName("sectorFilter")
        self.sector.setAccessibleName(self.tr("Sector"))
        fill_combo(self.sector, labels.sectors(), self.tr("All sectors"))
        self.municipality = QComboBox()
        self.municipality.setObjectName("municipalityFilter")
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.engaged = QCheckBox(self.tr("&Engaged this quarter"))
        self.engaged.setObjectName("engagedFilter")
        self.new_button = QPushButton(self.tr("&New employer"))
        self.new_button.setObjectName("newEmployer")
        self.new_button.clicked.connect(self.new_employer)
        self.count = QLabel()
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Sector"),
                self.tr("Municipality"),
                self.tr("Open vacancies"),
                self.tr("Last contact"),
                self.tr("This quarter"),
            ],
            self,
        )
        self.table = read_only_table(self.model, self.tr("Employers"), 0)
        self.table.setObjectName("employerTable")
        self.table.activated.connect(self._open)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.sector, 1)
        filters.addWidget(self.municipality, 1)
        filters.addWidget(self.engaged)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.sector, self.municipality):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.engaged.toggled.connect(lambda _b: self.apply_filters())
        self.search.returnPressed.connect(self.table.setFocus)

    def refresh_choices(self) -> None:
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        try:
            names = employers.municipalities(self.state.ctx)
        except W4IError:
            names = []
        fill_combo(self.municipality, [(m, m) for m in names], self.tr("All municipalities"))
        index = self.municipality.findData(current)
        self.municipality.setCurrentIndex(max(index, 0))
        self.municipality.blockSignals(False)
        self.new_button.setEnabled(allowed(self.state.ctx.actor.role, Action.EMPLOYER_EDIT))

    def apply_filters(self) -> None:
        this_quarter = Period.containing(date.today())
        try:
            rows = employers.list_employers(
                self.state.ctx,
                text=self.search.text(),
                sector=self.sector.currentData(),
                municipality=self.municipality.currentData(),
                period=(this_quarter.start, this_quarter.end),
                engaged_only=self.engaged.isChecked(),
            )
        except W4IError as exc:
            QMessageBox.warning(self, self.tr("Employers"), user_message(exc))
            return
        self.model.set_rows(
            (
                r.id,
                (
                    r.name,
                    labels.sector(r.sector),
                    r.municipality or "",
                    str(r.open_vacancies) if r.open_vacancies else "",
                    formats.short_date(r.last_contact),
                    self.tr("Engaged") if r.engaged else "",
                ),
            )
            for r in rows
        )
        self.count.setText(self.tr("%n employer(s)", "", len(rows)))

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_employer.emit(self.model.id_at(index.row()))


class EmployersScreen(QWidget):
    find_candidates = Signal(int)
    new_placement = Signal(int, object)
    open_participant = Signal(int)  # from the Placements tab

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.list = EmployerList(state)
        self.record = EmployerRecord(state)
        back = QPushButton(self.tr("← Back to the list"))
        back.setObjectName("employersBack")
        back.clicked.connect(self.show_list)
        record_page = QWidget()
        record_layout = QVBoxLayout(record_page)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        record_layout.addWidget(self.record, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(record_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        back_action = QAction(self)
        back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_action.triggered.connect(self.show_list)
        self.addAction(back_action)

        self.list.open_employer.connect(self.open_employer)
        self.list.new_employer.connect(self.new_employer)
        self.record.saved.connect(lambda _id: self.list.apply_filters())
        self.record.find_candidates.connect(self.find_candidates)
        self.record.new_placement.connect(self.new_placement)
        self.record.open_participant.connect(self.open_participant)

    def showEvent(self, event: QShowEvent) -> None:
        # The main window offers this screen only to roles that may see employers.
        if not self.state.is_locked and allowed(self.state.ctx.actor.role, Action.EMPLOYER_VIEW):
            self.list.refresh_choices()
            self.list.apply_filters()
        super().showEvent(event)

    def open_employer(self, employer_id: int) -> None:
        if self.may_leave() and self.record.load(employer_id):
            self.stack.setCurrentIndex(1)

    def new_employer(self) -> None:
        if self.may_leave():
            self.record.new()
            self.stack.setCurrentIndex(1)

    def show_list(self) -> None:
        if self.may_leave():
            self.stack.setCurrentIndex(0)
            self.list.refresh_choices()
            self.list.apply_filters()
            self.list.table.setFocus()

    @property
    def showing_record(self) -> bool:
        return self.stack.currentIndex() == 1

    def has_unsaved_changes(self) -> bool:
        return self.showing_record and self.record.has_unsaved_changes()

    def may_leave(self) -> bool:
        """True when nothing unsaved is open, or it was saved or discarded on request."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this employer?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.record.save()
        return answer == QMessageBox.StandardButton.Discard
