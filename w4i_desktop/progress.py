"""How long work tells how far it got, and hears that it should stop.

A use case that takes seconds (a report, an import, a backup) takes a `Progress`: it calls it
with (done, total) as it goes, and stops with `Cancelled` when the call answers False. The GUI
passes one that moves a progress bar and reads its Cancel button; the CLI and tests pass
`no_progress`, or one of their own."""

from __future__ import annotations

from collections.abc import Callable

from w4i_desktop.errors import W4IError

# (done, total) -> go on? A total of 0 means "not known yet" (a busy bar).
Progress = Callable[[int, int], bool]


class Cancelled(W4IError):
    """The user stopped the work; nothing of it was kept."""


def no_progress(_done: int, _total: int) -> bool:
    return True


def step(progress: Progress, done: int, total: int) -> None:
    """Report (done, total); raise Cancelled when the user asked to stop."""
    if not progress(done, total):
        raise Cancelled("Cancelled.")
