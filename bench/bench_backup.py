"""Backup, check and restore of a demo database (default 100,000 participants), and closing
the main window.

    python bench/bench_backup.py [N] [--db PATH] [--closing-only]

Works on a copy of the cached demo database (bench/out/demo-N.db, built by
bench_indicators.py / bench_participant_list.py with `w4i demo`), so the cache stays as it is.
Prints the seconds for: an encrypted, verified backup (SQLCipher export + integrity checks),
the restore drill (verify + counts), and a restore (safety backup + replace + reopen check).

Then closing the main window (offscreen Qt): the time from closeEvent to the window gone,
with no change since the session's last background backup and after a change (the backup of
it then runs behind the closed window: its time until the database is closed is printed too),
the longest stall of the event loop while a background backup runs, and, for comparison, what
closing cost before issue 17 (a forced automatic backup on closing, the window waiting).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from demo_cache import PASSWORD, demo_database  # bench/ is the script's folder

from w4i_desktop.services import backups, users
from w4i_desktop.storage.keyslots import KeyFile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--closing-only", action="store_true")
    args = parser.parse_args()
    source = args.db or demo_database(args.n)
    if not args.closing_only:
        backup_restore(source)
    closing(source)
    return 0


def _copy(source: Path, tmp: str) -> Path:
    db = Path(tmp) / "centre.db"
    shutil.copyfile(source, db)
    shutil.copyfile(KeyFile.path_for(source), KeyFile.path_for(db))
    return db


def backup_restore(source: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = _copy(source, tmp)
        size = db.stat().st_size / 1e6
        ctx = users.login(db, "admin", PASSWORD)
        started = time.perf_counter()
        made = backups.backup_now(ctx, Path(tmp) / "backups")
        backup_s = time.perf_counter() - started
        ctx.db.close()
        started = time.perf_counter()
        counts = backups.verify_backup(made.path, "admin", PASSWORD)
        verify_s = time.perf_counter() - started
        started = time.perf_counter()
        backups.restore(db, made.path, "admin", PASSWORD, Path(tmp) / "backups")
        restore_s = time.perf_counter() - started
    print(f"database {size:.0f} MB, {counts['participant']} participants")
    print(f"backup (export + integrity and cipher checks): {backup_s:.1f} s, "
          f"{made.size / 1e6:.0f} MB")  # fmt: skip
    print(f"restore drill (checks + counts): {verify_s:.1f} s")
    print(f"restore (safety backup + replace): {restore_s:.1f} s")


def closing(source: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from w4i_desktop.services import participants
    from w4i_desktop.views.app_state import AppState
    from w4i_desktop.views.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert app is not None  # kept for the whole measurement
    QCoreApplication.setOrganizationName("W4I-bench")
    QCoreApplication.setApplicationName("w4i-bench-closing")

    def spin_until(done: Callable[[], bool]) -> float:
        """Run the event loop until `done()`; the longest gap between 10 ms ticks, in ms."""
        clock, longest = QElapsedTimer(), [0]
        clock.start()

        def tick() -> None:
            longest[0] = max(longest[0], clock.restart())
            if done():
                loop.quit()

        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        loop.exec()
        timer.stop()
        return max(0, longest[0] - 10)

    def window_on(db: Path) -> MainWindow:
        state = AppState(db)
        state.set_context(users.login(db, "admin", PASSWORD))
        window = MainWindow(state)
        window.show()
        settled = time.perf_counter() + 1.0  # painted, its first reads done: not the backup's
        spin_until(lambda: time.perf_counter() > settled)
        return window

    with tempfile.TemporaryDirectory() as tmp:
        db = _copy(source, tmp)
        # Before issue 17: the window waited for a forced automatic backup, then locked.
        ctx = users.login(db, "admin", PASSWORD)
        started = time.perf_counter()
        backups.automatic_backup(ctx, Path(tmp) / "backups", force=True)
        ctx.db.close()
        before_s = time.perf_counter() - started

        window = window_on(db)
        started = time.perf_counter()
        window.auto_backup.back_up()
        stall_ms = spin_until(lambda: not window.auto_backup.running)
        background_s = time.perf_counter() - started
        spin_until(lambda: True)  # its outcome, recorded in the window's thread
        started = time.perf_counter()
        window.close()
        gone_unchanged_s = time.perf_counter() - started
        assert not window.isVisible() and window.state.is_locked
        window.deleteLater()

        window = window_on(db)
        participants.create(window.state.ctx, {"first_name": "Bench", "last_name": "Closing"})
        started = time.perf_counter()
        window.close()
        gone_changed_s = time.perf_counter() - started
        assert not window.isVisible()
        window.auto_backup.finish()  # what the application does as it quits
        behind_s = time.perf_counter() - started
        assert window.state.is_locked
    print(f"closing before issue 17 (forced backup, window waiting): {before_s:.1f} s")
    print(f"background backup: {background_s:.1f} s, longest event-loop stall {stall_ms} ms")
    print(f"closing, no change since the last backup: window gone in {gone_unchanged_s:.2f} s")
    print(f"closing after a change: window gone in {gone_changed_s:.2f} s, "
          f"its backup done behind it {behind_s:.1f} s after closeEvent")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
