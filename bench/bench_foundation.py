"""Foundation benchmark: create a database, fill it with demo data, unlock it, measure it.

    python bench/bench_foundation.py [PARTICIPANTS]      (default 100000)

Runs `w4i init` and `w4i demo` as subprocesses (as a user would, with the real Argon2 cost), then
unlocks the database five times in this process and prints the median, the file size (database
plus write-ahead log) and the number of rows per table. Everything happens in a temporary folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from w4i_desktop.models import Base
from w4i_desktop.services import users

PASSWORD = "bench-password-1"
ADMIN = "admin"


def children_peak_mb() -> float | None:
    """Peak memory of the finished subprocesses (POSIX only; None on Windows)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def w4i(*args: str, env: dict[str, str]) -> tuple[float, str]:
    """Run `w4i ARGS` with the password on standard input; return seconds taken and its output."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "w4i_desktop.cli", *args, "--password-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"w4i {args[0]} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return seconds, done.stdout


def megabytes(path: Path) -> float:
    return path.stat().st_size / 1e6 if path.exists() else 0.0


def main(argv: list[str]) -> int:
    participants = int(argv[1]) if len(argv) > 1 else 100_000
    with tempfile.TemporaryDirectory(prefix="w4i-bench-") as folder:
        db = Path(folder) / "bench.w4i"
        env = {**os.environ, "W4I_HOME": str(Path(folder) / "home")}

        init_s, _ = w4i("init", "--db", str(db), "--admin", ADMIN, env=env)
        demo_s, demo_out = w4i(
            "demo",
            "--db",
            str(db),
            "--user",
            ADMIN,
            "--participants",
            str(participants),
            env=env,
        )
        peak_mb = children_peak_mb()
        wal = db.with_name(db.name + "-wal")
        size_after_demo = megabytes(db) + megabytes(wal)

        unlocks = []
        for _ in range(5):
            started = time.perf_counter()
            ctx = users.login(db, ADMIN, PASSWORD)
            unlocks.append(time.perf_counter() - started)
            ctx.db.close()

        ctx = users.login(db, ADMIN, PASSWORD)
        try:
            with ctx.db.transaction() as session:
                counts = {
                    table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                    for table in Base.metadata.sorted_tables
                }
        finally:
            ctx.db.close()

        print(f"W4I foundation benchmark: {participants} participants, {os.cpu_count()} CPUs")
        print(f"  w4i init                      {init_s:8.1f} s")
        print(f"  w4i demo                      {demo_s:8.1f} s")
        print(f"    {demo_out.strip().splitlines()[-1]}")
        if peak_mb is not None:
            print(f"  peak memory of a subprocess   {peak_mb:8.0f} MB")
        print(
            f"  unlock (users.login), median  {statistics.median(unlocks):8.2f} s   "
            f"(min {min(unlocks):.2f}, max {max(unlocks):.2f}, n=5)"
        )
        print(f"  database + WAL after demo     {size_after_demo:8.1f} MB")
        print(
            f"  database + WAL now            {megabytes(db) + megabytes(wal):8.1f} MB   "
            f"(db {megabytes(db):.1f} MB, wal {megabytes(wal):.1f} MB)"
        )
        print("  rows:")
        for name, count in sorted(counts.items(), key=lambda item: -item[1]):
            print(f"    {name:22} {count:>10,}")
        print(f"    {'total':22} {sum(counts.values()):>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
