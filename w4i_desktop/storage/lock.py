"""One writer per database: an OS-level lock file plus a note of who holds it.

The OS lock (filelock: LockFileEx on Windows, flock elsewhere) is released by the operating system
when the holder dies, so a crashed instance never leaves a lock that blocks the next start; the
note beside it is then stale and simply overwritten.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from w4i_desktop.errors import DatabaseLocked


def _this_holder() -> dict[str, object]:
    try:
        account = getpass.getuser()
    except (OSError, KeyError):  # no login name (service accounts, some containers)
        account = "?"
    return {
        "computer": platform.node() or "?",
        "account": account,
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def describe_holder(note: dict[str, object]) -> str:
    return (
        f"the computer {note.get('computer', '?')} (account {note.get('account', '?')}, "
        f"since {note.get('since', '?')})"
    )


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.lock_path = db_path.with_name(db_path.name + ".lock")
        self.note_path = db_path.with_name(db_path.name + ".lock.json")
        self._lock = FileLock(self.lock_path, timeout=0, is_singleton=False)

    def acquire(self, timeout: float = 0.5) -> None:
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            raise DatabaseLocked(describe_holder(self.read_note())) from None
        self.note_path.write_text(json.dumps(_this_holder()), encoding="utf-8")

    def read_note(self) -> dict[str, object]:
        try:
            note = json.loads(self.note_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return note if isinstance(note, dict) else {}

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            self.note_path.unlink(missing_ok=True)
            self._lock.release()
