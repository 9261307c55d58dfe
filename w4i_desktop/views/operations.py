"""The one way to run work off the GUI thread, after Anki's CollectionOp and QueryOp.

- `run_waiting`: work the user waits for (a backup, an import, a report). It runs in a worker
  thread behind a window-modal progress dialog; the window keeps painting and its timers keep
  ticking, keys and clicks are held back (Cancel excepted), and the call returns the work's
  result or raises its exception, in the GUI thread.
- `run_in_background`: a read a screen shows when it is ready (dashboard figures, matching
  candidates). It returns at once; the result reaches a callback on the GUI thread later, and a
  newer read for the same screen makes an older one's result stale (dropped).

The work runs its own unit of work (`Store.transaction`) in the worker thread, so it has its own
pooled connection; SQLite's WAL lets such readers run beside the GUI thread's writer.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from w4i_desktop.progress import Cancelled, Progress

T = TypeVar("T")

SHOW_AFTER_MS = 350  # a dialog that flashes for a moment is worse than none
_PROGRESS_EVERY_S = 0.04  # the worker tells the bar at most this often (and at the end)

# ---------------------------------------------------------------------------------------------
# Python's cyclic garbage collector stays off while work runs in a worker thread.

_pause = {"depth": 0, "resume": False}


def pause_collection() -> None:
    """Stop the cyclic collector until the matching `resume_collection` (GUI thread only).

    The collector runs in whichever thread happens to allocate; in a worker it may free Qt
    objects that belong to the GUI thread and crash the process (it did in CI, during an
    automatic backup). Collection resumes, on the GUI thread, once the last worker is done; a
    collector turned off elsewhere stays off."""
    if _pause["depth"] == 0:
        _pause["resume"] = gc.isenabled()
        gc.disable()
    _pause["depth"] += 1


def resume_collection() -> None:
    _pause["depth"] -= 1
    if _pause["depth"] == 0 and _pause["resume"]:
        gc.enable()


def work_under_way() -> bool:
    """Some work still runs in a worker, or its outcome has not reached the GUI thread yet."""
    return _pause["depth"] > 0


@contextmanager
def collection_on_gui_thread() -> Iterator[None]:
    pause_collection()
    try:
        yield
    finally:
        resume_collection()


# ---------------------------------------------------------------------------------------------
# Work the user waits for.

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletRelease,
    }
)


class _InputHold(QObject):
    """Keeps the user's keys and clicks from the window while work runs: a key typed just after
    Sign in (a language switch, a second Sign in) once ran while a backup was half way and
    rebuilt the window under the code waiting for it.

    The window system's input waits in its queue (the wait's event loop excludes it) and
    arrives once the work is done, so what she types ahead is not lost. Once the dialog of a
    cancellable work shows, it takes the input, as a modal dialog does (its Cancel); this
    application event filter then drops any meant for another window, as it drops input sent
    straight to a widget, and refuses the window manager's close."""

    def __init__(
        self, dialog: QProgressDialog, cancellable: bool, shown: Callable[[], None]
    ) -> None:
        super().__init__()
        self.dialog, self.cancellable, self.shown = dialog, cancellable, shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self.dialog:
            self.shown()
            return False
        if kind == QEvent.Type.Close:
            if not event.spontaneous():  # the code's own close() goes through
                return False
            held = True
        elif kind in _INPUT:
            held = not self._in_dialog(watched)
        else:
            return False
        if held and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.Close):
            # An accepted override keeps a menu shortcut from firing; a refused close stays open.
            event.setAccepted(kind == QEvent.Type.ShortcutOverride)
        return held

    def _in_dialog(self, watched: QObject) -> bool:
        if not self.cancellable or not isinstance(watched, QWidget):
            return False
        return watched is self.dialog or self.dialog.isAncestorOf(watched)


class _Relay(QObject):
    """Lives in the GUI thread; the worker's signals reach it queued, and it moves the bar."""

    progressed = Signal(object, object)
    ended = Signal()

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        # The bar itself: QProgressDialog.setValue() of a modal dialog processes every pending
        # event, the user's input too.
        self.bar = dialog.findChild(QProgressBar)
        self.progressed.connect(self._show)

    @Slot(object, object)
    def _show(self, done: object, total: object) -> None:
        if not isinstance(done, int) or not isinstance(total, int) or total <= 0:
            return
        # Large counts (bytes) would overflow the bar's int: the bar shows per mille then.
        scale = 1000 / total if total > 2**31 - 1 else 1.0
        if self.bar is not None:
            self.bar.setMaximum(round(total * scale))
            self.bar.setValue(round(min(done, total) * scale))


class _Waiting(Generic[T]):
    """One `run_waiting` call: the worker's outcome and the dialog's state."""

    def __init__(self, work: Callable[[Progress], T], dialog: QProgressDialog) -> None:
        self.work = work
        self.relay = _Relay(dialog)
        self.cancelled = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None
        self.ended = threading.Event()
        self._told_at = 0.0

    def progress(self, done: int, total: int) -> bool:
        """The worker's Progress: tells the bar now and then, answers whether to go on."""
        now = time.monotonic()
        if now - self._told_at >= _PROGRESS_EVERY_S or (total and done >= total):
            self._told_at = now
            self.relay.progressed.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:  # in the worker thread
        try:
            self.result = self.work(self.progress)
        except BaseException as exc:  # a bug too goes back to the GUI thread, to its crash handler
            self.error = exc
        finally:
            self.ended.set()
            self.relay.ended.emit()


def _progress_dialog(
    parent: QWidget, text: str, cancel_text: str | None, object_name: str
) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName(object_name)
    if cancel_text is not None:
        dialog.setCancelButtonText(cancel_text)
    else:
        dialog.setCancelButton(None)  # a half-made backup is not something to cancel into
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    return dialog


def run_waiting(
    parent: QWidget,
    text: str,
    work: Callable[[Progress], T],
    *,
    cancellable: bool = False,
    object_name: str = "busyDialog",
    cancel_text: str | None = None,
) -> T:
    """`work(progress)` in a worker thread behind a progress dialog showing `text`.

    The dialog shows after ~SHOW_AFTER_MS, as a busy bar until the work reports a total; with
    `cancellable` it has a Cancel button, whose press makes the work's next `progress` call
    answer False (the work then raises `Cancelled`); `cancel_text` names the button otherwise
    ("Stop" where what is done stays done). Returns the work's result, or raises what it
    raised; work that finished despite a late Cancel returns its result (it is done)."""
    if cancellable and cancel_text is None:
        cancel_text = QCoreApplication.translate("operations", "Cancel")
    dialog = _progress_dialog(parent, text, cancel_text if cancellable else None, object_name)
    waiting = _Waiting(work, dialog)

    def cancel() -> None:
        waiting.cancelled.set()
        dialog.setLabelText(QCoreApplication.translate("operations", "Stopping…"))

    loop = QEventLoop()
    waiting.relay.ended.connect(loop.quit)
    dialog.canceled.connect(cancel)
    hold = _InputHold(dialog, cancellable, loop.quit if cancellable else lambda: None)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(hold)
    try:
        with collection_on_gui_thread():
            thread = threading.Thread(target=waiting.run, name="w4i-waiting", daemon=True)
            thread.start()
            # Paints, ticks timers and takes the worker's signals; input waits in its queue.
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            if not waiting.ended.is_set():  # a cancellable work's dialog is showing
                loop.exec()
            thread.join()
    finally:
        app.removeEventFilter(hold)
        dialog.canceled.disconnect(cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
    if waiting.error is not None:
        raise waiting.error
    return waiting.result  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# Reads a screen shows when they are ready.

# A long read (a backup in the background) leaves room for the screens' quick ones.
_readers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="w4i-read")


class _Delivery(QObject):
    """Lives in the GUI thread for the application's life: every read's outcome comes through
    it, so a read whose screen is gone ends cleanly (the collector resumes, nothing is shown)."""

    arrived = Signal(object, object, object)  # BackgroundRead, ticket, (result, error)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.arrived.connect(self._hand_over)

    @Slot(object, object, object)
    def _hand_over(self, read: object, ticket: object, outcome: object) -> None:
        resume_collection()
        if isinstance(read, BackgroundRead) and shiboken6.isValid(read):
            read._arrived(ticket, outcome)


_delivery: list[_Delivery] = []


def _the_delivery() -> _Delivery:
    if not _delivery or not shiboken6.isValid(_delivery[0]):
        _delivery[:] = [_Delivery()]
    return _delivery[0]


class BackgroundRead(QObject):
    """The background reads of one screen (a child of it): only the newest one's result is
    handed on; an older one still queued is not run at all."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("backgroundRead")
        self._ticket = 0
        self._queued: Future[None] | None = None
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}

    @property
    def busy(self) -> bool:
        """A read is under way whose result will be handed on."""
        return self._ticket in self._callbacks

    def start(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        self._ticket += 1
        ticket = self._ticket
        self._callbacks.clear()  # an older read's result is stale from now on
        if self._queued is not None and self._queued.cancel():
            resume_collection()  # it never ran
        self._callbacks[ticket] = (on_done, on_failed or _raise)
        delivery = _the_delivery()

        def read() -> None:  # in a worker thread
            try:
                outcome: tuple[object, Exception | None] = (work(), None)
            except Exception as exc:
                outcome = (None, exc)
            delivery.arrived.emit(self, ticket, outcome)

        pause_collection()
        self._queued = _readers.submit(read)

    def _arrived(self, ticket: object, outcome: object) -> None:
        callbacks = self._callbacks.pop(ticket, None) if isinstance(ticket, int) else None
        if callbacks is None or not isinstance(outcome, tuple):
            return  # superseded
        result, error = outcome
        on_done, on_failed = callbacks
        if error is not None:
            on_failed(error)
        else:
            on_done(result)


def _raise(error: Exception) -> None:
    raise error  # to the crash handler, as an error raised in a slot


def run_in_background(
    parent: QObject,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[Exception], None] | None = None,
) -> BackgroundRead:
    """Run `work()` in a worker thread and hand its result to `on_done` (or its error to
    `on_failed`; without one the error goes to the crash handler) on the GUI thread. Returns at
    once; a newer read for the same `parent` makes this one's result stale."""
    found = parent.findChild(
        BackgroundRead, "backgroundRead", Qt.FindChildOption.FindDirectChildrenOnly
    )
    reads = found if isinstance(found, BackgroundRead) else BackgroundRead(parent)
    reads.start(work, on_done, on_failed)
    return reads


__all__ = [
    "BackgroundRead",
    "Cancelled",
    "collection_on_gui_thread",
    "run_in_background",
    "run_waiting",
    "work_under_way",
]
