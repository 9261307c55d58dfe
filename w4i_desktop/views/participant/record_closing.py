"""Closing her record, and reopening it when she comes back (the same record continues)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from w4i_desktop.errors import W4IError
from w4i_desktop.services import participants, settings
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.participant.closure_dialog import ClosureDialog
from w4i_desktop.views.participant.permit_banner import PermitBanner
from w4i_desktop.views.participant.reopen_dialog import ReopenDialog


class RecordClosing:
    """Mixed into the participant record, which provides what is declared here."""

    state: AppState
    participant_id: int | None
    title: QLabel
    status: QLabel
    _record: dict[str, Any]
    close_button: QPushButton
    reopen_button: QPushButton
    permit_banner: PermitBanner
    closed_record: Any  # Signal(int)
    saved: Any  # Signal(int)

    def maybe_discard(self) -> bool:
        raise NotImplementedError

    def load(self, participant_id: int) -> bool:
        raise NotImplementedError

    def show_error(self, exc: W4IError, focus: bool = True) -> None:
        raise NotImplementedError

    def show_info(self, text: str) -> None:
        raise NotImplementedError

    def _status_text(self) -> str:
        """Closed (when, why) or open (since when)."""
        record = self._record
        if record.get("closed_on"):
            return (
                QCoreApplication.translate("ParticipantRecord", "Closed on %1: %2")
                .replace("%1", formats.short_date(record["closed_on"]))
                .replace("%2", labels.closure_reason(record["closure_reason"]))
            )
        if record.get("enrolled_on"):
            return QCoreApplication.translate("ParticipantRecord", "Open since %1").replace(
                "%1", formats.short_date(record["enrolled_on"])
            )
        return QCoreApplication.translate("ParticipantRecord", "Open")

    def _show_closure(self, existing: bool) -> None:
        """Close or Reopen, for whoever may close; the permit banner while the record is open."""
        ctx = self.state.ctx
        closed = self._record.get("closed_on") is not None
        may_close = existing and allowed(ctx.actor.role, Action.PARTICIPANT_CLOSE)
        self.close_button.setVisible(may_close and not closed)
        self.reopen_button.setVisible(may_close and closed)
        expires = None if closed or not existing else self._record.get("permit_expires_on")
        days = settings.permit_warning_days(ctx) if expires is not None else 0
        self.permit_banner.show_for(expires, days, date.today())

    def _her_name(self) -> str:
        return self.title.text().partition(" · ")[2]

    def _as_parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def close_record(self) -> None:
        if self.participant_id is None or not self.maybe_discard():
            return
        dialog = ClosureDialog(self._her_name(), self._record.get("enrolled_on"), self._as_parent())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        closed_on, reason = dialog.result_values()
        try:
            participants.close(self.state.ctx, self.participant_id, closed_on, reason)
        except W4IError as exc:
            self.show_error(exc)
            return
        self.load(self.participant_id)
        self.show_info(QCoreApplication.translate("ParticipantRecord", "The record was closed."))
        self.closed_record.emit(self.participant_id)

    def reopen_record(self) -> None:
        """She comes back: the reason is asked and kept as a note in her timeline."""
        if self.participant_id is None or not self.maybe_discard():
            return
        dialog = ReopenDialog(self._her_name(), self.status.text(), self._as_parent())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note = QCoreApplication.translate("ParticipantRecord", "Record reopened: %1").replace(
            "%1", dialog.reason_text()
        )
        try:
            participants.reopen_participant(self.state.ctx, self.participant_id, note)
        except W4IError as exc:
            self.show_error(exc)
            return
        self.load(self.participant_id)
        self.show_info(QCoreApplication.translate("ParticipantRecord", "The record is open again."))
        self.saved.emit(self.participant_id)
