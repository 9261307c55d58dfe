"""A participant's record: the header, the tabs and their fields, shown from one read model
(services/record_views.RecordScreen). Saving is in record_saving.py, closing in
record_closing.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import BadInput, StaleEdit, W4IError
from w4i_desktop.services import record_views
from w4i_desktop.services import validation as v
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.services.record_views import RecordChoices, RecordScreen
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.message_bar import MessageBar
from w4i_desktop.views.messages import field_message
from w4i_desktop.views.participant.pathway_tab import PathwayTab
from w4i_desktop.views.participant.permit_banner import PermitBanner
from w4i_desktop.views.participant.privacy_actions import PrivacyButton
from w4i_desktop.views.participant.record_closing import RecordClosing
from w4i_desktop.views.participant.record_fields import FieldMarks
from w4i_desktop.views.participant.record_lists import DocumentsTab, TimelineTab
from w4i_desktop.views.participant.record_saving import RecordSaving
from w4i_desktop.views.participant.record_summaries import ConsentTab, PlacementsTab
from w4i_desktop.views.participant.record_tabs import BackgroundTab, FamilyTab, FormTab, ProfileTab
from w4i_desktop.views.widgets import RECORD_STYLE, read_value, write_value

# Checked when the user leaves the field, with the same rules the service applies on save.
INLINE_CHECKS: dict[str, Callable[[Any, str], Any]] = {
    "email": v.email,
    "phone": v.phone,
    "available_from": v.clock_time,
    "available_until": v.clock_time,
}
NEW_DEFAULTS = {
    "education_level": "unknown",
    "employment_status": "unknown",
    "childcare_need": "none",
}


class ParticipantRecord(RecordSaving, RecordClosing, FieldMarks, QWidget):
    saved = Signal(int)
    closed_record = Signal(int)
    loaded = Signal(int)
    activity_added = Signal(int)
    erased = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.participant_id: int | None = None
        self._record: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}
        self._hidden: set[str] = set()
        self._actor_id: int | None = None  # who the form was filled for
        # A role that may not change the record reads it: no Save, no unsaved changes.
        self.read_only = False
        self.setStyleSheet(RECORD_STYLE)

        self.title = QLabel(self.tr("Participant"))
        self.title.setObjectName("recordTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.read_only_note = QLabel(
            self.tr("You can read this record; your role does not allow changing it.")
        )
        self.read_only_note.setObjectName("hint")
        self.read_only_note.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the record (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Cl&ose record…"))
        self.close_button.clicked.connect(self.close_record)
        self.reopen_button = QPushButton(self.tr("R&eopen record…"))
        self.reopen_button.setObjectName("reopenRecord")
        self.reopen_button.setToolTip(self.tr("She is back: continue this record"))
        self.reopen_button.clicked.connect(self.reopen_record)
        self.privacy = PrivacyButton(state)
        self.privacy.failed.connect(self.show_error)
        self.privacy.erased.connect(self._on_erased)
        self.message = MessageBar()
        self.message.reload_requested.connect(self.reload)
        self.permit_banner = PermitBanner()

        self.profile = ProfileTab()
        self.background = BackgroundTab()
        self.family = FamilyTab()
        self.consent = ConsentTab()
        self.pathway = PathwayTab()
        self.placements = PlacementsTab()
        self.timeline = TimelineTab(state)
        self.documents = DocumentsTab(state)
        self.tabs = QTabWidget()
        for tab, name in (
            (self.profile, self.tr("Profile")),
            (self.background, self.tr("Background")),
            (self.family, self.tr("Family && availability")),
            (self.consent, self.tr("Consent")),
            (self.pathway, self.tr("Pathway")),
            (self.placements, self.tr("Placements")),
            (self.timeline, self.tr("Timeline")),
            (self.documents, self.tr("Documents")),
        ):
            self.tabs.addTab(tab, name)
        self.list_tabs: tuple[QWidget, ...] = (
            self.consent,
            self.pathway,
            self.placements,
            self.timeline,
            self.documents,
        )
        self.form_tabs: tuple[FormTab, ...] = (self.profile, self.background, self.family)
        self.fields = {k: w for tab in self.form_tabs for k, w in tab.fields.items()}
        self.field_labels = {k: t for tab in self.form_tabs for k, t in tab.labels.items()}
        self._tab_of = {k: tab for tab in self.form_tabs for k in tab.fields}

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.status)
        titles.addWidget(self.read_only_note)
        header.addLayout(titles, 1)
        header.addWidget(self.privacy, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.permit_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        for key, check in INLINE_CHECKS.items():
            widget = self.fields[key]
            widget.editingFinished.connect(  # type: ignore[attr-defined]
                lambda key=key, check=check: self._check_field(key, check)
            )
        for tab in (self.consent, self.pathway, self.placements, self.timeline, self.documents):
            tab.failed.connect(self.show_error)
        self.timeline.changed.connect(lambda: self.activity_added.emit(self.participant_id or 0))
        # Her stage in the list follows her steps; placements schedule steps.
        self.pathway.changed.connect(lambda: self.saved.emit(self.participant_id or 0))
        self.placements.changed.connect(self._steps_changed)
        self.pathway.placement_recorded.connect(
            lambda: self.placements.show_for(self.state.ctx, self.participant_id)
        )
        state.unlocked.connect(self._on_unlocked)

    # --- loading ------------------------------------------------------------------------------

    def load(self, participant_id: int) -> bool:
        """Open her record: all it shows is read at once, and audited as a view once."""
        try:
            screen = record_views.record_screen(self.state.ctx, participant_id)
        except W4IError as exc:
            self.show_error(exc)
            return False
        self.show_screen(screen)
        self.loaded.emit(participant_id)
        return True

    def show_screen(self, screen: RecordScreen) -> None:
        """Her record as read (opened, or saved and read back), every tab from `screen`."""
        self.participant_id = screen.participant_id
        self._record = screen.record
        self._prepare(screen.choices, existing=True)
        for key, widget in self.fields.items():
            if key in screen.record:
                write_value(widget, screen.record[key])
        self.profile.sync_birth_year()
        self._baseline = self._collect()
        self._show_lists(screen)

    def new(self) -> None:
        """An empty form; the record is created on the first save."""
        failure: W4IError | None = None
        try:
            choices = record_views.record_choices(self.state.ctx)
        except W4IError as exc:
            failure, choices = exc, RecordChoices([], [], [])
        self.participant_id = None
        self._record = {}
        self._prepare(choices, existing=False)
        if failure is not None:
            self.show_error(failure)
        actor = self.state.ctx.actor
        for key, widget in self.fields.items():
            write_value(widget, NEW_DEFAULTS.get(key))
        write_value(self.profile.site, actor.site_id)
        write_value(self.profile.caseworker, actor.user_id)
        self.profile.enrolled_on.set_field_value(date.today())
        self.profile.sync_birth_year()
        self._baseline = self._collect()
        self._show_lists(None)
        self.tabs.setCurrentWidget(self.profile)
        self.profile.first_name.setFocus()

    def _steps_changed(self) -> None:
        self.pathway.show_for(self.state.ctx, self.participant_id)
        self.saved.emit(self.participant_id or 0)

    def _on_erased(self, participant_id: int) -> None:
        """Nothing of her may stay on screen, and there is nothing left to save."""
        self.new()
        self.erased.emit(participant_id)

    def reload(self) -> None:
        if self.participant_id is not None:
            self.load(self.participant_id)

    def _on_unlocked(self) -> None:
        """The same user keeps the form as it was; another user never sees what it held."""
        if self._actor_id is None or self._actor_id == self.state.ctx.actor.user_id:
            return
        if self.participant_id is None or not self.load(self.participant_id):
            self.new()

    def _prepare(self, choices: RecordChoices, existing: bool) -> None:
        ctx = self.state.ctx
        role = ctx.actor.role
        self._actor_id = ctx.actor.user_id
        self.clear_message()
        self.profile.set_choices(choices.sites, choices.caseworkers)
        self.background.skills.set_entries(choices.skills)
        sees_sensitive = allowed(role, Action.SENSITIVE_NOTES_VIEW)
        self.profile.show_sensitive(sees_sensitive)
        self._hidden = set() if sees_sensitive else {"sensitive_notes"}
        editable = allowed(
            role, Action.PARTICIPANT_UPDATE if existing else Action.PARTICIPANT_CREATE
        )
        self.read_only = not editable
        self.profile.editable = editable  # the year of birth stays disabled too
        for widget in self.fields.values():
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.save_action.setEnabled(editable)
        self.read_only_note.setVisible(not editable)
        self._show_closure(existing)
        for tab in self.list_tabs:
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), existing)
        self.privacy.show_for(
            self.participant_id if existing else None, self._record.get("code", "")
        )
        self.pathway.name_files_after(
            self._record.get("code", ""), self._record.get("preferred_language")
        )
        self._show_header()

    def _show_header(self) -> None:
        record = self._record
        if not record:
            self.title.setText(self.tr("New participant"))
            self.status.setText(self.tr("Fill in what you know; you can complete the rest later."))
            return
        name = " ".join(n for n in (record.get("first_name"), record.get("last_name")) if n)
        self.title.setText(f"{record['code']} · {name}")
        self.status.setText(self._status_text())

    def _show_lists(self, screen: RecordScreen | None) -> None:
        """The tabs' rows from `screen` (none for a new record): nothing read again."""
        ctx, pid = self.state.ctx, self.participant_id
        can_update = allowed(ctx.actor.role, Action.PARTICIPANT_UPDATE)
        self.timeline.set_participant(pid, can_update, screen.activities if screen else [])
        self.documents.set_participant(pid, can_update, screen.documents if screen else [])
        self.consent.show_for(ctx, pid, screen.consents if screen else [])
        self.pathway.show_for(
            ctx, pid, screen.steps if screen else [], bool(screen and screen.placements)
        )
        self.placements.show_for(ctx, pid, screen.placements if screen else [])
        self.background.set_assessments(screen.assessments if screen else [])

    # --- messages -----------------------------------------------------------------------------

    def show_error(self, exc: W4IError, focus: bool = True) -> None:
        """The error at the top of the form, after the label of the field it names; a bad
        field is outlined (and focused)."""
        key = self._field_of(exc)
        if key is not None:
            self._mark_invalid(key, focus)
        self._error_field = exc.field if isinstance(exc, BadInput) else None
        text = field_message(exc, self.field_labels)
        self.message.show_error(text, offer_reload=isinstance(exc, StaleEdit))

    def show_info(self, text: str) -> None:
        self.message.show_info(text)

    def clear_message(self) -> None:
        self.message.clear()

    def _check_field(self, key: str, check: Callable[[Any, str], Any]) -> None:
        try:
            check(read_value(self.fields[key]), key)
        except BadInput as exc:
            self.show_error(exc, focus=False)  # never trap the focus in a field
            return
        self._set_invalid(key, False)
        if self.message.is_error and self._error_field == key:
            self.clear_message()
