"""The summary tabs of a participant's record: consents (recorded and withdrawn here) and
placements.

They show what other screens record (the intake, the pathway and the employer screens).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import ConsentPurpose
from w4i_desktop.errors import W4IError
from w4i_desktop.services import consents, record_views
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.services.record_views import ConsentRow, PlacementRow
from w4i_desktop.views import formats, labels
from w4i_desktop.views.participant.consent_dialog import ConsentDialog
from w4i_desktop.views.participant.placement_dialog import FollowUpDialog, PlacementDialog
from w4i_desktop.views.widgets import RowsModel, read_only_table


class SummaryTab(QWidget):
    """A read-only table with a line saying where its content is edited."""

    failed = Signal(object)  # W4IError

    def __init__(self, headers: list[str], name: str, note: str, stretch: int = -1) -> None:
        super().__init__()
        self.model = RowsModel(headers, self)
        self.table = read_only_table(self.model, name, stretch)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.table, 1)
        self.box.addWidget(self.note)

    def show_for(
        self, ctx: Context, participant_id: int | None, found: Sequence[Any] | None = None
    ) -> None:
        """Her rows: `found` as the record read them, else read now (after a change here)."""
        rows: list[tuple[int, tuple[str, ...]]] = []
        if participant_id is not None:
            try:
                rows = self.rows(found if found is not None else self.fetch(ctx, participant_id))
            except W4IError as exc:
                self.failed.emit(exc)
        self.model.set_rows(rows)

    def fetch(self, ctx: Context, participant_id: int) -> Sequence[Any]:
        raise NotImplementedError

    def rows(self, found: Sequence[Any]) -> list[tuple[int, tuple[str, ...]]]:
        raise NotImplementedError


class ConsentTab(SummaryTab):
    """Consents as recorded at intake; a consent still in force can be withdrawn here."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Purpose"),
                self.tr("Given on"),
                self.tr("Withdrawn on"),
                self.tr("Privacy notice"),
                self.tr("Recorded by"),
            ],
            self.tr("Consents"),
            self.tr(
                "Consents are recorded in the intake interview, or here when she gives one "
                "later. Select a consent in force to withdraw it."
            ),
            0,
        )
        self._context: Context | None = None
        self._participant_id: int | None = None
        self._in_force: dict[int, ConsentPurpose] = {}
        self._can_edit = False
        self.record_button = QPushButton(self.tr("&Record a consent…"))
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.record_new)
        self.withdraw_button = QPushButton(self.tr("&Withdraw the selected consent…"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self.box.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)

    def show_for(
        self, ctx: Context, participant_id: int | None, found: Sequence[Any] | None = None
    ) -> None:
        self._context, self._participant_id = ctx, participant_id
        role = ctx.actor.role
        self._can_edit = allowed(role, Action.PARTICIPANT_UPDATE) or allowed(
            role, Action.INTAKE_RUN
        )
        super().show_for(ctx, participant_id, found)
        self.record_button.setEnabled(self._can_edit and participant_id is not None)
        self._update_button()

    def fetch(self, ctx: Context, participant_id: int) -> list[ConsentRow]:
        return record_views.consents(ctx, participant_id)

    def rows(self, found: Sequence[ConsentRow]) -> list[tuple[int, tuple[str, ...]]]:
        self._in_force = {c.id: c.purpose for c in found if c.active}
        return [
            (
                c.id,
                (
                    labels.label(c.purpose),
                    formats.short_date(c.given_on),
                    formats.short_date(c.withdrawn_on),
                    c.notice_version,
                    c.recorded_by or "",
                ),
            )
            for c in found
        ]

    def _selected_in_force(self) -> ConsentPurpose | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self._in_force.get(self.model.id_at(index.row()))

    def _update_button(self) -> None:
        self.withdraw_button.setEnabled(self._can_edit and self._selected_in_force() is not None)

    def record_new(self) -> None:
        if self._context is None or self._participant_id is None:
            return
        missing = [p for p in ConsentPurpose if p not in self._in_force.values()]
        if not missing:
            QMessageBox.information(
                self, self.tr("Record a consent"), self.tr("Every consent is already in force.")
            )
            return
        dialog = ConsentDialog(
            self.tr("Record a consent"),
            self.tr("Record a consent she gave after reading the privacy notice."),
            missing,
            recording=True,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._act(
            lambda ctx, pid: consents.record_consent(
                ctx, pid, dialog.chosen_purpose(), dialog.chosen_date(), dialog.chosen_version()
            )
        )

    def withdraw_selected(self) -> None:
        purpose = self._selected_in_force()
        if purpose is None:
            return
        dialog = ConsentDialog(
            self.tr("Withdraw consent"),
            self.tr(
                "Withdraw her consent to “%1”. This cannot be undone; a new consent can be "
                "recorded later."
            ).replace("%1", labels.label(purpose)),
            [purpose],
            recording=False,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._act(
            lambda ctx, pid: consents.withdraw_consent(ctx, pid, purpose, dialog.chosen_date())
        )

    def _act(self, change: Callable[[Context, int], object]) -> None:
        if self._context is None or self._participant_id is None:
            return
        try:
            change(self._context, self._participant_id)
        except W4IError as exc:
            self.failed.emit(exc)
            return
        self.show_for(self._context, self._participant_id)


class PlacementsTab(SummaryTab):
    """Her placements; a new one schedules her follow-ups, recorded here too."""

    changed = Signal()
    matching_requested = Signal(int)  # participant id

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Employer"),
                self.tr("Type"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Hours/week"),
            ],
            self.tr("Placements"),
            self.tr(
                "A new placement schedules her follow-ups after 1, 3, 6 and 12 months on her "
                "pathway."
            ),
            0,
        )
        self._context: Context | None = None
        self._participant_id: int | None = None
        self.new_button = QPushButton(self.tr("&New placement…"))
        self.new_button.setObjectName("newPlacement")
        self.new_button.clicked.connect(self.new_placement)
        self.follow_up_button = QPushButton(self.tr("Record a &follow-up…"))
        self.follow_up_button.setObjectName("recordFollowUp")
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.matching_button = QPushButton(self.tr("&Matching vacancies…"))
        self.matching_button.setObjectName("matchingVacancies")
        self.matching_button.clicked.connect(
            lambda: self.matching_requested.emit(self._participant_id or 0)
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.follow_up_button, self.matching_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.box.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def show_for(
        self, ctx: Context, participant_id: int | None, found: Sequence[Any] | None = None
    ) -> None:
        self._context, self._participant_id = ctx, participant_id
        super().show_for(ctx, participant_id, found)
        role = ctx.actor.role
        can_place = allowed(role, Action.PLACEMENT_EDIT) and participant_id is not None
        self.new_button.setEnabled(can_place)
        self.matching_button.setVisible(allowed(role, Action.EMPLOYER_VIEW))
        self._update_buttons()

    def _selected(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.id_at(index.row())

    def _update_buttons(self) -> None:
        can_place = self._context is not None and allowed(
            self._context.actor.role, Action.PLACEMENT_EDIT
        )
        self.follow_up_button.setEnabled(can_place and self._selected() is not None)

    def new_placement(self) -> None:
        if self._context is None or self._participant_id is None:
            return
        dialog = PlacementDialog(self._context, participant_id=self._participant_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_for(self._context, self._participant_id)
            self.changed.emit()

    def record_follow_up(self) -> None:
        placement_id = self._selected()
        if self._context is None or placement_id is None:
            return
        dialog = FollowUpDialog(self._context, placement_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def fetch(self, ctx: Context, participant_id: int) -> list[PlacementRow]:
        return record_views.placements(ctx, participant_id)

    def rows(self, found: Sequence[PlacementRow]) -> list[tuple[int, tuple[str, ...]]]:
        return [
            (
                p.id,
                (
                    p.employer,
                    labels.label(p.type),
                    formats.short_date(p.start_date),
                    formats.short_date(p.end_date) or self.tr("ongoing"),
                    f"{p.hours_per_week:g}" if p.hours_per_week else "",
                ),
            )
            for p in found
        ]
