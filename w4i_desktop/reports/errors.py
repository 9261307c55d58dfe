"""Errors of report generation."""

from __future__ import annotations

from w4i_desktop import progress


class Cancelled(progress.Cancelled):
    """The user stopped a report while it was being written; nothing was saved (a
    `progress.Cancelled`, so one `except` stops every long use case)."""

    def __init__(self) -> None:
        super().__init__("The report was cancelled; no file was written.")
