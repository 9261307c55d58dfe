"""Where the user is in the main window: the screen, the record open on it and its tab, and
the search typed. Building the screens again in another language puts her back there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from w4i_desktop.views.main_window import MainWindow


@dataclass(frozen=True)
class WorkPlace:
    screen_row: int
    participant_id: int | None
    participant_tab: int
    participant_search: str
    employer_id: int | None
    employer_tab: int
    employer_search: str

    @classmethod
    def of(cls, window: MainWindow) -> WorkPlace:
        participants, employers = window.participants, window.employers
        return cls(
            screen_row=window.nav.currentRow(),
            participant_id=(
                participants.record.participant_id if participants.showing_record else None
            ),
            participant_tab=participants.record.tabs.currentIndex(),
            participant_search=participants.list.search.text(),
            employer_id=employers.record.employer_id if employers.showing_record else None,
            employer_tab=employers.record.tabs.currentIndex(),
            employer_search=employers.list.search.text(),
        )

    def restore(self, window: MainWindow) -> None:
        participants, employers = window.participants, window.employers
        participants.list.search.setText(self.participant_search)
        employers.list.search.setText(self.employer_search)
        if not window.state.is_locked:
            if self.participant_id is not None:
                participants.open_participant(self.participant_id)
                participants.record.tabs.setCurrentIndex(self.participant_tab)
            if self.employer_id is not None:
                employers.open_employer(self.employer_id)
                employers.record.tabs.setCurrentIndex(self.employer_tab)
        window.nav.setCurrentRow(max(self.screen_row, 0))
