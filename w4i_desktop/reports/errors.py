"""Errors of report generation."""

from __future__ import annotations

from w4i_desktop.errors import W4IError


class Cancelled(W4IError):
    """The user stopped a report while it was being written; nothing was saved."""

    def __init__(self) -> None:
        super().__init__("The report was cancelled; no file was written.")
