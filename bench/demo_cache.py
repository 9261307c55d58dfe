"""The demo databases the benchmarks share, built once with `w4i demo` and cached in
bench/out/ (user admin, password PASSWORD). Built in a subprocess, so the benchmark's own
process keeps SQLCipher's memory security on, as the application does."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

PASSWORD = "bench-password"
OUT = Path(__file__).resolve().parent / "out"


def demo_database(n: int) -> Path:
    db = OUT / f"demo-{n}.db"
    if not db.exists():
        OUT.mkdir(exist_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "w4i_desktop.cli", "demo", "--db", str(db),
             "--participants", str(n), "--password-stdin"],
            input=PASSWORD + "\n",
            text=True,
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        print(f"built demo database with {n} participants in {time.perf_counter() - started:.1f} s")
    return db
