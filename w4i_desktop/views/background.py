"""Running one long call (a backup, a restore check) off the GUI thread behind a busy progress
dialog, so the window keeps painting; the call's result or its W4IError comes back."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")


@contextmanager
def collection_on_gui_thread() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running while a worker thread runs.

    The collector runs in whichever thread happens to allocate; in a worker it may free Qt
    objects that belong to the GUI thread and crash the process (it did in CI, during an
    automatic backup). Collection resumes, on the GUI thread, once the worker is done."""
    was_enabled = gc.isenabled()  # False inside another pause: only the outer one re-enables
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Call(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[], object]) -> None:
        super().__init__()
        self._call = call

    @Slot()
    def run(self) -> None:
        try:
            self.done.emit(self._call())
        except Exception as exc:  # a bug too goes back to the GUI thread, to its crash handler
            self.failed.emit(exc)


class _Outcome(QObject):
    """Lives in the GUI thread: the worker's signals reach it queued."""

    def __init__(self) -> None:
        super().__init__()
        self.value: object = None
        self.error: Exception | None = None

    @Slot(object)
    def done(self, value: object) -> None:
        self.value = value

    @Slot(object)
    def failed(self, error: object) -> None:
        self.error = error if isinstance(error, Exception) else None


def run_busy(parent: QWidget, text: str, call: Callable[[], T]) -> T:
    """`call()` in a worker thread while a busy dialog shows `text`; raises what it raised."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("busyDialog")
    dialog.setCancelButton(None)  # a half-made backup is not something to cancel into
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    worker, outcome, thread = _Call(call), _Outcome(), QThread(parent)
    worker.moveToThread(thread)
    worker.done.connect(outcome.done)
    worker.failed.connect(outcome.failed)
    worker.done.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.started.connect(worker.run)
    with collection_on_gui_thread():
        thread.start()
        # Paint and take the worker's signals, but hold keys and clicks back until the call is
        # done: a key typed just after Sign in (a language switch, a second Sign in) used to run
        # while the backup was half way, and rebuilt the window under the code waiting here.
        held = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        while not thread.wait(30):
            QApplication.processEvents(held)
        QApplication.processEvents(held)  # the last queued signals
    dialog.reset()
    thread.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.value  # type: ignore[return-value]
