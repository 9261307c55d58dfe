"""Saving a participant's record: only what changed, a stale edit refused with what the other
person changed, the duplicate question before creating, and the unsaved-changes prompt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from w4i_desktop.errors import StaleEdit, W4IError
from w4i_desktop.services import participants, record_views, registration
from w4i_desktop.services.record_views import RecordScreen
from w4i_desktop.services.registration import Created, PossibleDuplicates
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.message_bar import MessageBar
from w4i_desktop.views.messages import changed_meanwhile, stale_message
from w4i_desktop.views.participant import record_prompts
from w4i_desktop.views.participant.record_fields import FieldMarks
from w4i_desktop.views.participant.record_prompts import DuplicateChoice
from w4i_desktop.views.widgets import read_value, write_value

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate


class RecordSaving(FieldMarks):
    """Mixed into the participant record, which provides what is declared here."""

    state: AppState
    participant_id: int | None
    read_only: bool
    field_labels: dict[str, str]
    message: MessageBar
    saved: Any  # Signal(int)
    _record: dict[str, Any]
    _baseline: dict[str, Any]
    _hidden: set[str]

    def load(self, participant_id: int) -> bool:
        raise NotImplementedError

    def show_screen(self, screen: RecordScreen) -> None:
        raise NotImplementedError

    def show_error(self, exc: W4IError, focus: bool = True) -> None:
        raise NotImplementedError

    def show_info(self, text: str) -> None:
        raise NotImplementedError

    def clear_message(self) -> None:
        raise NotImplementedError

    # --- comparing ----------------------------------------------------------------------------

    def _collect(self) -> dict[str, Any]:
        return {k: read_value(w) for k, w in self.fields.items() if k not in self._hidden}

    def has_unsaved_changes(self) -> bool:
        """Never for a role that only reads the record: there is nothing she could save."""
        if self.read_only:
            return False
        return bool(self._baseline) and self._collect() != self._baseline

    def changed_fields(self) -> dict[str, Any]:
        values = self._collect()
        changes = {k: val for k, val in values.items() if val != self._baseline.get(k)}
        if values.get("birth_date") is not None:
            changes.pop("birth_year", None)  # the service derives it from the date
        return changes

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.state.is_locked or self.read_only:
            return False
        self._clear_invalid()
        self.clear_message()
        for key, widget in self.fields.items():
            check = getattr(widget, "field_problem", None)  # a date that does not exist
            problem = check() if callable(check) else None
            if problem:
                self._mark_invalid(key, True)
                self.message.show_error(f"{self.field_labels[key]} — {problem}")
                return False
        if self.participant_id is None:
            return self._create()
        changes = self.changed_fields()
        if not changes:
            self.show_info(translate("ParticipantRecord", "There are no changes to save."))
            return True
        try:  # the save and the record read back: one unit of work
            screen = record_views.save_record(
                self.state.ctx, self.participant_id, changes, self._record["version_id"]
            )
        except StaleEdit:
            self.message.show_error(stale_message(self._changed_meanwhile()), offer_reload=True)
            return False
        except W4IError as exc:
            self.show_error(exc)
            return False
        self.show_screen(screen)
        self.show_info(translate("ParticipantRecord", "Saved."))
        self.saved.emit(self.participant_id)
        return True

    def _changed_meanwhile(self) -> list[str]:
        assert self.participant_id is not None
        try:
            now = participants.get(self.state.ctx, self.participant_id)
        except W4IError:
            return []
        return changed_meanwhile(self._record, now, self.field_labels)

    def _create(self) -> bool:
        ctx = self.state.ctx
        values = self._collect()
        if values.get("birth_date") is not None:
            values.pop("birth_year", None)
        try:
            outcome = registration.create_checked(ctx, values)
            if isinstance(outcome, PossibleDuplicates):
                assert isinstance(self, QWidget)
                choice = record_prompts.ask_duplicates(self, outcome.found)
                if choice is DuplicateChoice.OPEN_EXISTING:
                    self.load(outcome.found[0].participant_id)
                    return False
                if choice is DuplicateChoice.CANCEL:
                    return False
                outcome = registration.create_checked(ctx, values, confirmed_not_duplicate=True)
        except W4IError as exc:
            self.show_error(exc)
            return False
        assert isinstance(outcome, Created)  # confirmed: never asks again
        self.load(outcome.participant_id)
        self.show_info(
            translate("ParticipantRecord", "%1 was created.").replace("%1", self._record["code"])
        )
        self.saved.emit(outcome.participant_id)
        return True

    def revert(self) -> None:
        for key, value in self._baseline.items():
            write_value(self.fields[key], value)
        self._clear_invalid()
        self.clear_message()

    def maybe_discard(self) -> bool:
        """True when it is fine to leave the record: nothing changed, saved, or discarded."""
        if not self.has_unsaved_changes():
            return True
        assert isinstance(self, QWidget)
        answer = record_prompts.ask_unsaved(self)
        buttons = QMessageBox.StandardButton
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self.revert()
            return True
        return False
