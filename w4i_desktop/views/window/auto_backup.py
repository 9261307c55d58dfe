"""The automatic backups while the window is open, and on closing without making anyone wait.

The Qt side of services/session_backups.py. A timer looks now and then (a query of
microseconds) whether the database changed since the session's last backup; when one is due (a
quiet minute after changes, at most every ten minutes) it is made in the background, on a
connection of its own, while the window works on.

Closing: when nothing changed since the last backup, the database closes at once. Otherwise
the window goes at once and the backup runs behind it (or the one under way ends); the
database closes once it is done. When the application quits meanwhile, it waits for that
backup before the process ends (`finish`, on aboutToQuit): the window is gone, and no backup is
lost or left half made. Locking waits for a backup under way, behind a busy dialog.
"""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from w4i_desktop.errors import W4IError
from w4i_desktop.services import backups
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.services.session_backups import SessionBackups
from w4i_desktop.views.admin.backup_dialogs import backup_folder
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import BackgroundRead, run_in_background, run_waiting

LOOK_EVERY_MS = 15_000


class AutoBackup(QObject):
    def __init__(self, state: AppState, window: QMainWindow) -> None:
        super().__init__(window)
        self.state, self.window = state, window
        self.session: SessionBackups | None = None
        self._ended: threading.Event | None = None  # set when the backup under way has ended
        self._lock_when_done = False  # the window closed: lock once the backup is done
        self._one_more = False  # the one more backup of the closing is made
        self._reads: BackgroundRead | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        state.locking.connect(self.stop)
        app = QCoreApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self.finish)

    @property
    def running(self) -> bool:
        return self._ended is not None and not self._ended.is_set()

    def start(self) -> None:
        """At a sign-in: the session's backups, for a role that makes them, on a file."""
        state = self.state
        if self.session is not None or state.is_locked or state.is_server:
            return
        if not allowed(state.ctx.actor.role, Action.BACKUP_RUN):
            return
        try:
            self.session = SessionBackups(state.ctx, backup_folder(state.db_path))
        except W4IError as exc:
            self._failed(exc)
            return
        self.timer.start()

    def look(self) -> None:
        """The timer: a background backup when one is due."""
        session = self.session
        if session is not None and not self.running and session.due_now(datetime.now(UTC)):
            self.back_up()

    def back_up(self) -> None:
        """Start a backup in the background (nothing when nothing changed since the last)."""
        session = self.session
        if session is None or self.running:
            return
        keep = backups.keep_count(self.state.ctx)
        ended = threading.Event()
        self._ended = ended

        def work() -> object:  # in a worker thread
            try:
                return session.back_up(keep)
            finally:
                ended.set()

        self._reads = run_in_background(
            self, work, lambda _made: self._done(session), lambda exc: self._done(session, exc)
        )

    def _done(self, session: SessionBackups, error: Exception | None = None) -> None:
        if session is not self.session:
            return  # the session closed meanwhile (it waited for this backup)
        if error is None:
            try:
                session.record()
            except W4IError as exc:
                error = exc
        if self._lock_when_done:
            self._after_closing()
        if error is not None:
            if not isinstance(error, W4IError):
                raise error  # a bug: the crash dialog
            self._failed(error)

    def _failed(self, error: W4IError) -> None:
        # Work goes on; the user hears why there is no fresh backup.
        self.window.statusBar().showMessage(
            self.tr("The automatic backup failed: %1").replace("%1", user_message(error))
        )

    # --- closing and locking -------------------------------------------------------------------

    def close_window(self) -> None:
        """The window closes (it goes at once): lock now when the last backup holds every
        change, else once the backup under way, or one made now in the background, is done."""
        session = self.session
        if session is None:
            self.state.lock()
            return
        self.timer.stop()
        if not self.running and not session.changed():
            self.state.lock()
            return
        self._lock_when_done, self._one_more = True, not self.running
        if not self.running:
            self.back_up()

    def _after_closing(self) -> None:
        """The backup under way at closing is done: one more if changes were made while it
        ran (once), else lock."""
        session = self.session
        if session is not None and not self._one_more and session.changed():
            self._one_more = True
            self.back_up()
            return
        self._lock_when_done = False
        self.state.lock()

    def finish(self) -> None:
        """The application quits (the window is gone): wait for the backup of the closing, and
        lock. Blocks: nothing is on screen any more."""
        while self._lock_when_done and self.session is not None:
            if self._ended is not None:
                self._ended.wait()
            # The backup's outcome is queued for the GUI thread: take it (_done), which may
            # start one more backup (waited for at the next turn) or lock.
            QCoreApplication.processEvents()
            if self._reads is not None and self._reads.busy:
                time.sleep(0.005)  # the outcome is on its way from the worker thread
            elif self._lock_when_done and not self.running:
                self._after_closing()  # no outcome comes (its receiver is gone)

    def stop(self) -> None:
        """Before the database closes (AppState.locking): a backup under way ends first."""
        session = self.session
        if session is None:
            return
        self.timer.stop()
        ended = self._ended
        if ended is not None and not ended.is_set():
            if self.window.isVisible():
                run_waiting(
                    self.window, self.tr("Making the automatic backup…"), lambda _p: ended.wait()
                )
            else:
                ended.wait()
        with contextlib.suppress(W4IError):
            session.record()  # its outcome may still be on its way: audited now
        self.session = None
        self._lock_when_done = False
        session.close()
