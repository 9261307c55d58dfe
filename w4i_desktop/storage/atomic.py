"""Atomic file writes: a temp file in the same folder, flushed to disk, then renamed over.

When the rename is refused (Windows will not replace a file another program holds open, such
as a workbook still open in Excel), the temp file is removed, the old file stays as it was, and
`FileInUse` says which file to close."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from w4i_desktop.errors import FileInUse, StorageFull


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    renaming = False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        renaming = True
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if renaming and isinstance(exc, PermissionError):
            raise FileInUse(path.name) from exc
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(f"The disk is full; {path.name} was not changed.") from exc
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, and NTFS
    # journals the rename, so there is nothing to do there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
