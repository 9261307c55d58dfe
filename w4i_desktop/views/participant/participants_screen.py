"""The Participants screen: the list, and the record opened from it, one at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.participant.participant_list import ParticipantListPage
from w4i_desktop.views.participant.participant_record import ParticipantRecord


class ParticipantsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.list = ParticipantListPage(state)
        self.record = ParticipantRecord(state)
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.show_list)

        record_page = QWidget()
        record_layout = QVBoxLayout(record_page)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        record_layout.addWidget(self.record, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(record_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        back = QAction(self)
        back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.show_list)
        self.addAction(back)

        self.list.open_participant.connect(self.open_participant)
        self.list.new_participant.connect(self.new_participant)
        self.record.saved.connect(lambda _pid: self.list.apply_filters())
        self.record.closed_record.connect(lambda _pid: self.list.apply_filters())
        self.record.activity_added.connect(lambda _pid: self.list.apply_filters())
        self.record.erased.connect(self._after_erasure)

    @property
    def showing_record(self) -> bool:
        return self.stack.currentIndex() == 1

    def may_leave(self) -> bool:
        """True when nothing unsaved is open, or it was saved or discarded on request."""
        return not self.showing_record or self.record.maybe_discard()

    def open_participant(self, participant_id: int) -> None:
        if self.showing_record and not self.record.maybe_discard():
            return
        self.record.load(participant_id)
        self.stack.setCurrentIndex(1)

    def new_participant(self) -> None:
        if self.showing_record and not self.record.maybe_discard():
            return
        self.record.new()
        self.stack.setCurrentIndex(1)

    def _after_erasure(self, _participant_id: int) -> None:
        self.list.apply_filters()
        self.show_list()

    def show_list(self) -> None:
        if self.showing_record and not self.record.maybe_discard():
            return
        self.stack.setCurrentIndex(0)
        self.list.table.setFocus()

    def focus_search(self) -> None:
        self.show_list()
        if not self.showing_record:
            self.list.focus_search()
