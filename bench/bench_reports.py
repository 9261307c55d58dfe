"""The quarterly report on a demo database: reading its data, then Excel and PDF.

    python bench/bench_reports.py [N] [--db PATH] [--period 2026Q3] [--runs 3]

Without --db, builds once (cached in bench/out/, like bench_indicators.py) a demo database of
N participants (default 100000) with `w4i demo`, in a subprocess. With --db, uses that database
(user admin, password "bench-password"). The period defaults to the last complete quarter.
For a pseudonymised and a named report it prints the median seconds of `build_report_data`
(one unit of work: indicators, placements, participants, audit entry), `excel_report` and
`pdf_report`, the sizes of the files and the rows listed, then the process's peak memory.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from demo_cache import PASSWORD, demo_database  # bench/ is the script's folder

from w4i_desktop.reports.excel import excel_report
from w4i_desktop.reports.pdf_report import pdf_report
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.report_data import ReportData, build_report_data
from w4i_desktop.services import users

T = TypeVar("T")


def timed(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    """Median seconds of `runs` calls, and the last result."""
    times: list[float] = []
    result: T | None = None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    assert result is not None
    return statistics.median(times), result


def peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("participants", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--period", help="a quarter such as 2026Q2 (default: the last one)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = args.db or demo_database(args.participants)
    period = (
        Period.quarter(args.period) if args.period else Period.containing(date.today()).previous()
    )
    ctx = users.login(db, "admin", PASSWORD)
    try:
        print(f"period {period.label}, {args.runs} runs each (median)")
        for named in (False, True):
            label = "named" if named else "pseudonymised"
            reason = "benchmark" if named else None
            build = partial(build_report_data, ctx, period, None, "en", named, reason)
            read_s, data = timed(args.runs, build)
            show(label, data, read_s, args.runs)
    finally:
        ctx.db.close()
    peak = peak_mb()
    if peak is not None:
        print(f"peak memory of this process: {peak:.0f} MB")


def show(label: str, data: ReportData, read_s: float, runs: int) -> None:
    excel_s, workbook = timed(runs, lambda: excel_report(data))
    pdf_s, document = timed(runs, lambda: pdf_report(data))
    print(
        f"  {label:14} {len(data.participants):>7,} participants, {len(data.placements):>6,} "
        f"placements listed (I2={data.indicators.values['I2']}, I5={data.indicators.values['I5']})"
    )
    print(f"  {'':14} read {read_s:6.2f} s")
    print(f"  {'':14} xlsx {excel_s:6.2f} s   {len(workbook) / 1e6:6.2f} MB")
    print(f"  {'':14} pdf  {pdf_s:6.2f} s   {len(document) / 1e3:6.0f} kB")


if __name__ == "__main__":
    main()
