"""An employer's record: details (saved with row versions), contact persons, the log of
contacts, vacancies (with their candidates) and placements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import EmployerSize
from w4i_desktop.errors import StaleEdit, W4IError
from w4i_desktop.services import employers, vacancies
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.employer.employer_dialogs import (
    ContactDialog,
    InteractionDialog,
    VacancyDialog,
)
from w4i_desktop.views.employer.employer_placements import EmployerPlacementsTab
from w4i_desktop.views.message_bar import MessageBar
from w4i_desktop.views.messages import changed_meanwhile, field_message, stale_message, user_message
from w4i_desktop.views.widgets import (
    RowsModel,
    enum_items,
    fill_combo,
    read_only_table,
    read_value,
    write_value,
)


class ListTab(QWidget):
    """A table with its buttons underneath."""

    def __init__(self, headers: list[str], name: str, stretch: int) -> None:
        super().__init__()
        self.model = RowsModel(headers, self)
        self.table = read_only_table(self.model, name, stretch)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.id_at(index.row())


class EmployerRecord(QWidget):
    saved = Signal(int)
    find_candidates = Signal(int)  # vacancy id
    new_placement = Signal(int, object)  # employer id, vacancy id or None
    open_participant = Signal(int)  # participant id

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.employer_id: int | None = None
        self._version = 0
        self._baseline: dict[str, Any] = {}
        self._loaded: dict[str, Any] = {}  # the record as loaded, to tell what others changed

        self.title = QLabel(self.tr("Employer"))
        self.title.setObjectName("recordTitle")
        self.title.setStyleSheet("QLabel#recordTitle { font-size: 16pt; font-weight: 600; }")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveEmployer")
        self.save_button.clicked.connect(self.save)
        self.message = MessageBar()
        self.message.reload_requested.connect(self.reload)

        self.fields: dict[str, QWidget] = {}
        self.field_labels: dict[str, str] = {}  # named in front of an error about the field
        details = QWidget()
        form = QFormLayout(details)
        name = QLineEdit()
        sector = QComboBox()
        fill_combo(sector, labels.sectors(), self.tr("Not known"))
        size = QComboBox()
        fill_combo(size, enum_items(EmployerSize))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        for key, label, widget in (
            ("name", self.tr("&Name"), name),
            ("sector", self.tr("S&ector (NACE)"), sector),
            ("size_band", self.tr("Si&ze"), size),
            ("municipality", self.tr("&Municipality"), QLineEdit()),
            ("website", self.tr("&Website"), QLineEdit()),
            ("notes", self.tr("N&otes"), notes),
        ):
            widget.setObjectName(key)
            self.fields[key] = widget
            self.field_labels[key] = label.replace("&", "")
            form.addRow(label, widget)

        self.contacts = ListTab(
            [self.tr("Name"), self.tr("Job title"), self.tr("Phone"), self.tr("E-mail")],
            self.tr("Contact persons"),
            0,
        )
        self.add_contact_button = self.contacts.button(
            self.tr("&Add a contact person…"), "addContact", self.add_contact
        )
        self.remove_contact_button = self.contacts.button(
            self.tr("&Remove"), "removeContact", self.remove_contact
        )
        self.contacts.buttons.addStretch(1)

        self.log = ListTab(
            [self.tr("Date"), self.tr("Kind"), self.tr("Summary"), self.tr("By")],
            self.tr("Contacts with the employer"),
            2,
        )
        self.log_button = self.log.button(
            self.tr("&Log a contact…"), "logInteraction", self.log_interaction
        )
        self.log.buttons.addStretch(1)

        self.vacancies = ListTab(
            [
                self.tr("Title"),
                self.tr("Municipality"),
                self.tr("Hours/week"),
                self.tr("Language"),
                self.tr("Status"),
                self.tr("Opened"),
            ],
            self.tr("Vacancies"),
            0,
        )
        self.new_vacancy_button = self.vacancies.button(
            self.tr("&New vacancy…"), "newVacancy", self.new_vacancy
        )
        self.edit_vacancy_button = self.vacancies.button(
            self.tr("&Edit…"), "editVacancy", self.edit_vacancy
        )
        self.candidates_button = self.vacancies.button(
            self.tr("Find &candidates…"), "findCandidates", self._find_candidates
        )
        self.vacancies.table.doubleClicked.connect(lambda _i: self.edit_vacancy())

        self.place_button = self.vacancies.button(
            self.tr("Record a &placement…"), "placeInVacancy", self._place_in_vacancy
        )
        self.placements = EmployerPlacementsTab()
        self.placements.new_requested.connect(self._new_placement)
        self.placements.failed.connect(lambda exc: self.message.show_error(user_message(exc)))
        self.placements.open_participant.connect(self.open_participant)
        self.new_placement_button = self.placements.new_button

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.contacts, self.tr("Contact persons"))
        self.tabs.addTab(self.log, self.tr("Contacts log"))
        self.tabs.addTab(self.vacancies, self.tr("Vacancies"))
        self.vacancies.buttons.addStretch(1)
        self.tabs.addTab(self.placements, self.tr("Placements"))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

    # --- loading -------------------------------------------------------------------------------

    def load(self, employer_id: int) -> bool:
        try:
            record = employers.get_employer(self.state.ctx, employer_id)
        except W4IError as exc:
            self.message.show_error(user_message(exc))
            return False
        self.employer_id = employer_id
        self._version = record["version_id"]
        self._loaded = record
        for key, widget in self.fields.items():
            write_value(widget, record[key])
        self._baseline = self._collect()
        self.title.setText(record["name"])
        self.message.clear()
        self._enable(True)
        self.refresh_lists()
        return True

    def new(self) -> None:
        self.employer_id = None
        self._version = 0
        for key, widget in self.fields.items():
            write_value(widget, "unknown" if key == "size_band" else None)
        self._baseline = self._collect()
        self.title.setText(self.tr("New employer"))
        self.message.clear()
        self._enable(False)
        self.refresh_lists()
        self.tabs.setCurrentIndex(0)
        self.fields["name"].setFocus()

    def reload(self) -> None:
        if self.employer_id is not None:
            self.load(self.employer_id)

    def _enable(self, existing: bool) -> None:
        can_edit = allowed(self.state.ctx.actor.role, Action.EMPLOYER_EDIT)
        can_place = allowed(self.state.ctx.actor.role, Action.PLACEMENT_EDIT)
        for widget in self.fields.values():
            widget.setEnabled(can_edit)
        self.save_button.setEnabled(can_edit)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, existing)
        for button in (
            self.add_contact_button,
            self.remove_contact_button,
            self.log_button,
            self.new_vacancy_button,
            self.edit_vacancy_button,
        ):
            button.setEnabled(can_edit)
        self.new_placement_button.setEnabled(can_place)
        self.place_button.setEnabled(can_place)

    def refresh_lists(self) -> None:
        eid, ctx = self.employer_id, self.state.ctx
        if eid is None:
            for tab in (self.contacts, self.log, self.vacancies):
                tab.model.set_rows([])
            self.placements.show_for(ctx, None)
            return
        try:
            self.contacts.model.set_rows(
                (c.id, (c.name, c.job_title or "", c.phone or "", c.email or ""))
                for c in employers.contacts(ctx, eid)
            )
            self.log.model.set_rows(
                (
                    i.id,
                    (
                        formats.short_date(i.occurred_on),
                        labels.label(i.kind),
                        i.summary or "",
                        i.by or "",
                    ),
                )
                for i in employers.interactions(ctx, eid)
            )
            self.vacancies.model.set_rows(
                (
                    v.id,
                    (
                        v.title,
                        v.municipality or "",
                        f"{v.hours_per_week:g}" if v.hours_per_week else "",
                        labels.label(v.required_cefr),
                        labels.label(v.status),
                        formats.short_date(v.opened_on),
                    ),
                )
                for v in vacancies.vacancies(ctx, eid)
            )
        except W4IError as exc:
            self.message.show_error(user_message(exc))
        self.placements.show_for(ctx, eid)

    # --- saving --------------------------------------------------------------------------------

    def _collect(self) -> dict[str, Any]:
        return {key: read_value(widget) for key, widget in self.fields.items()}

    def has_unsaved_changes(self) -> bool:
        return self._collect() != self._baseline

    def save(self) -> bool:
        values = self._collect()
        ctx = self.state.ctx
        try:
            if self.employer_id is None:
                self.employer_id = employers.create_employer(ctx, values)
            else:
                changes = {k: v for k, v in values.items() if v != self._baseline.get(k)}
                if changes:
                    employers.update_employer(ctx, self.employer_id, changes, self._version)
        except StaleEdit:
            self.message.show_error(stale_message(self._changed_meanwhile()), offer_reload=True)
            return False
        except W4IError as exc:
            self.message.show_error(field_message(exc, self.field_labels))
            return False
        self.load(self.employer_id)
        self.message.show_info(self.tr("Saved."))
        self.saved.emit(self.employer_id)
        return True

    def _changed_meanwhile(self) -> list[str]:
        try:
            now = employers.get_employer(self.state.ctx, self.employer_id or 0)
        except W4IError:
            return []
        return changed_meanwhile(self._loaded, now, self.field_labels)

    # --- list actions --------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()
            if self.employer_id is not None:
                self.saved.emit(self.employer_id)

    def add_contact(self) -> None:
        if self.employer_id is not None:
            self._run(ContactDialog(self.state.ctx, self.employer_id, self))

    def remove_contact(self) -> None:
        contact_id = self.contacts.selected_id()
        if contact_id is None:
            return
        try:
            employers.delete_contact(self.state.ctx, contact_id)
        except W4IError as exc:
            self.message.show_error(user_message(exc))
        self.refresh_lists()

    def log_interaction(self) -> None:
        if self.employer_id is not None:
            self._run(InteractionDialog(self.state.ctx, self.employer_id, self))

    def new_vacancy(self) -> None:
        if self.employer_id is not None:
            self._run(VacancyDialog(self.state.ctx, self.employer_id, None, self))

    def edit_vacancy(self) -> None:
        vacancy_id = self.vacancies.selected_id()
        if self.employer_id is None or vacancy_id is None:
            return
        try:
            dialog = VacancyDialog(self.state.ctx, self.employer_id, vacancy_id, self)
        except W4IError as exc:
            self.message.show_error(user_message(exc))
            return
        self._run(dialog)

    def _find_candidates(self) -> None:
        vacancy_id = self.vacancies.selected_id()
        if vacancy_id is not None:
            self.find_candidates.emit(vacancy_id)

    def _new_placement(self) -> None:
        if self.employer_id is not None:
            self.new_placement.emit(self.employer_id, None)

    def _place_in_vacancy(self) -> None:
        """A placement in the vacancy selected: the dialog starts with it chosen."""
        if self.employer_id is not None:
            self.new_placement.emit(self.employer_id, self.vacancies.selected_id())
