"""Start to the sign-in window: the time from starting the application's process to its main
window shown (painted) with the sign-in page, and what the process has imported by then.

    python bench/bench_start.py [RUNS] [--db PATH] [--source DIR]      (default 7 runs)

Runs `python -m w4i_desktop --db PATH` RUNS times with W4I_BENCH_EXIT_ON_SHOW=1 (app.py then
prints a line once the window is painted and quits) in a fresh W4I_HOME (no remembered user,
so the sign-in page is shown), and reports the median and the slowest run, measured from just
before the process is started until that line arrives, and the CPU time the process used
(user + system: on a loaded machine, closer than the wall time to what an idle one sees).
Without --db, uses the cached 100,000 participant demo database (bench/out/, demo_cache.py).
With --source DIR (a copy of another version's w4i_desktop/, resources/ and translations/,
whose app.py has the same W4I_BENCH_EXIT_ON_SHOW hook), that version runs too, in turn with
this one, for a comparison under the same load. A last run under `-X importtime` lists the
slowest imports. QT_QPA_PLATFORM defaults to offscreen; the runs write and use bytecode
(__pycache__) even where PYTHONDONTWRITEBYTECODE is set, as an installed application does.
Target (issue 17): <= 0.8 s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from demo_cache import demo_database  # bench/ is the script's folder

SHOWN = "W4I window shown"
HEAVY = ("openpyxl", "reportlab", "alembic", "psycopg", "babel", "keyring")
HERE = Path(__file__).resolve().parent.parent


def start_once(
    db: Path, env: dict[str, str], cwd: Path, importtime: bool = False
) -> tuple[float, float | None, str]:
    """Seconds to the window shown (wall clock), the CPU seconds the process used (it quits
    right after; None where os.wait4 is missing: Windows), and what it wrote to stderr."""
    command = [sys.executable, *(["-X", "importtime"] if importtime else [])]
    command += ["-m", "w4i_desktop", "--db", str(db)]
    env = {**env, "PYTHONPATH": str(cwd)}  # this source, before an installed one
    # stderr in a file: -X importtime writes more than a pipe holds before the window shows.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert process.stdout is not None
        seconds = None
        for line in process.stdout:
            if line.strip() == SHOWN:
                seconds = time.perf_counter() - started
                break
        cpu = None
        if hasattr(os, "wait4"):
            _, _, usage = os.wait4(process.pid, 0)
            process.returncode = 0
            cpu = usage.ru_utime + usage.ru_stime
        else:
            process.wait(timeout=60)
        errors.seek(0)
        stderr = errors.read()
    if seconds is None:
        raise SystemExit(f"the window was never shown: {stderr[-2000:]}")
    return seconds, cpu, stderr


def imports(stderr: str) -> list[tuple[int, int, str]]:
    """(cumulative µs, depth, module) of every import -X importtime reported."""
    found = []
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if match:
            found.append((int(match.group(1)), len(match.group(2)) // 2, match.group(3)))
    return found


def slowest_imports(stderr: str, count: int = 10) -> list[tuple[int, str]]:
    """Top-level imports (cumulative µs), slowest first."""
    top = [(micros, name) for micros, depth, name in imports(stderr) if depth <= 1]
    return sorted(top, reverse=True)[:count]


def report(label: str, runs: list[tuple[float, float | None, str]], stderr: str) -> None:
    times = [wall for wall, _, _ in runs]
    cpus = [cpu for _, cpu, _ in runs if cpu is not None]
    print(f"{label}:")
    print(
        f"  start to sign-in window: median {statistics.median(times) * 1000:.0f} ms, "
        f"slowest {max(times) * 1000:.0f} ms ({len(runs)} runs; target <= 800 ms)"
    )
    if cpus:
        print(f"  CPU time of the process (to the window, then quit): median "
              f"{statistics.median(cpus) * 1000:.0f} ms")  # fmt: skip
    imported = {name.split(".")[0] for _, _, name in imports(stderr)}
    loaded = [name for name in HEAVY if name in imported]
    print("  heavy modules imported before the window: " + (", ".join(loaded) or "none"))
    print("  slowest top-level imports (under -X importtime):")
    for micros, name in slowest_imports(stderr):
        print(f"    {micros / 1000:7.1f} ms  {name}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("runs", type=int, nargs="?", default=7)
    parser.add_argument("--db", type=Path, help="an existing database (default: the demo one)")
    parser.add_argument("--source", type=Path, help="another version's source, to compare")
    args = parser.parse_args(argv[1:])
    db: Path = args.db or demo_database(100_000)
    sources = {"this version": HERE}
    if args.source:
        sources["--source " + str(args.source)] = args.source.resolve()
    with tempfile.TemporaryDirectory(prefix="w4i-bench-start-") as home:
        # An installed application runs from bytecode: let this one write and use __pycache__.
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "W4I_HOME": home,
            "W4I_BENCH_EXIT_ON_SHOW": "1",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        runs: dict[str, list[tuple[float, float | None, str]]] = {label: [] for label in sources}
        for source in sources.values():
            start_once(db, env, source)  # bytecode written, files cached
        for _ in range(args.runs):
            for label, source in sources.items():  # in turn: the same load for each
                runs[label].append(start_once(db, env, source))
        if hasattr(os, "getloadavg"):
            print(f"load average {os.getloadavg()[0]:.2f} (wall times grow with it, CPU less)")
        for label, source in sources.items():
            report(label, runs[label], start_once(db, env, source, importtime=True)[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
