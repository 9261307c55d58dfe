"""Backup, check and restore of a demo database (default 100,000 participants).

    python bench/bench_backup.py [N] [--db PATH]

Works on a copy of the cached demo database (bench/out/demo-N.db, built by
bench_indicators.py / bench_participant_list.py with `w4i demo`), so the cache stays as it is.
Prints the seconds for: an encrypted, verified backup (SQLCipher export + integrity checks),
the restore drill (verify + counts), and a restore (safety backup + replace + reopen check).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from demo_cache import PASSWORD, demo_database  # bench/ is the script's folder

from w4i_desktop.services import backups, users
from w4i_desktop.storage.keyslots import KeyFile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    source = args.db or demo_database(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "centre.db"
        shutil.copyfile(source, db)
        shutil.copyfile(KeyFile.path_for(source), KeyFile.path_for(db))
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
