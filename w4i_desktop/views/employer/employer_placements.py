"""The Placements tab of an employer's record: who works there, in which vacancy, since when.

Her name shows to whoever may see her record (the service lists only those); double-click or
Enter edits the placement, and "Open her record" goes to her record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from w4i_desktop.enums import PlacementType
from w4i_desktop.errors import W4IError
from w4i_desktop.services import employers
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.participant.placement_dialog import PlacementDialog
from w4i_desktop.views.widgets import RowsModel, read_only_table


class EmployerPlacementsTab(QWidget):
    failed = Signal(object)  # W4IError
    changed = Signal()  # a placement was edited
    new_requested = Signal()
    open_participant = Signal(int)  # participant id

    def __init__(self) -> None:
        super().__init__()
        self.model = RowsModel(
            [
                self.tr("Participant"),
                self.tr("Code"),
                self.tr("Vacancy"),
                self.tr("Type"),
                self.tr("Start"),
                self.tr("End"),
            ],
            self,
        )
        self.table = read_only_table(self.model, self.tr("Placements"), 2)
        self.table.setObjectName("employerPlacements")
        self.table.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            edit = QAction(self.tr("Edit the placement"), self.table)
            edit.setShortcut(QKeySequence(key))
            edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            edit.triggered.connect(self.edit_selected)
            self.table.addAction(edit)
        self._context: Context | None = None
        self._employer_id: int | None = None
        self._participants: dict[int, int] = {}  # placement id -> participant id

        self.new_button = self._button(self.tr("New &placement…"), "newPlacement")
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = self._button(self.tr("Edit the p&lacement…"), "editPlacement")
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button = self._button(self.tr("Open her &record"), "openParticipant")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def show_for(self, ctx: Context, employer_id: int | None) -> None:
        self._context, self._employer_id = ctx, employer_id
        rows = []
        if employer_id is not None:
            try:
                rows = employers.placements_of(ctx, employer_id)
            except W4IError as exc:
                self.failed.emit(exc)
        self._participants = {p.id: p.participant_id for p in rows}
        self.model.set_rows(
            (
                p.id,
                (
                    p.participant_name or p.participant_code,
                    p.participant_code,
                    p.vacancy or self.tr("No particular vacancy"),
                    labels.label(PlacementType(p.type)),
                    formats.short_date(p.start_date),
                    formats.short_date(p.end_date) or self.tr("ongoing"),
                ),
            )
            for p in rows
        )
        self.new_button.setEnabled(allowed(ctx.actor.role, Action.PLACEMENT_EDIT))
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.id_at(index.row())

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        can_edit = self._context is not None and allowed(
            self._context.actor.role, Action.PLACEMENT_EDIT
        )
        self.edit_button.setEnabled(chosen and can_edit)
        self.open_button.setEnabled(chosen)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_selected()

    def edit_selected(self) -> None:
        placement_id = self.selected_id()
        ctx = self._context
        if placement_id is None or ctx is None:
            return
        if not allowed(ctx.actor.role, Action.PLACEMENT_EDIT):
            self.open_selected()  # nothing to edit for this role: her record instead
            return
        try:
            dialog = PlacementDialog(ctx, placement_id=placement_id, parent=self)
        except W4IError as exc:
            self.failed.emit(exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_for(ctx, self._employer_id)
            row = self.model.row_of(placement_id)
            if row is not None:
                self.table.selectRow(row)
            self.changed.emit()

    def open_selected(self) -> None:
        placement_id = self.selected_id()
        if placement_id is not None:
            self.open_participant.emit(self._participants[placement_id])
