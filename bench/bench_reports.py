"""The quarterly report on a demo database: reading its data, then Excel and PDF.

    python bench/bench_reports.py [N] [--db PATH] [--period 2026Q3] [--runs 3]

Without --db, builds once (cached in bench/out/, like bench_indicators.py) a demo database of
N participants (default 100000) with `w4i demo`, in a subprocess. With --db, uses that database
(user admin, password "bench-password"). The period defaults to the last complete quarter.
For a pseudonymised and a named report it prints the median seconds of `build_report_data`
(one unit of work: indicators, placements, participants; no audit entry) for a workbook and
for a PDF (which reads no list), of `excel_report` and `pdf_report`, each end to end, the sizes
of the files and the rows listed, then the process's peak memory. Each figure is wall-clock
time with the process's CPU time beside it: on a loaded machine the CPU time is the steadier.
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
from w4i_desktop.reports.request import OUTPUTS, Output, ReportRequest
from w4i_desktop.services import users

T = TypeVar("T")


Seconds = tuple[float, float]  # (wall clock, CPU of this process)


def timed(runs: int, work: Callable[[], T]) -> tuple[Seconds, T]:
    """Median seconds (wall, CPU) of `runs` calls, and the last result."""
    walls: list[float] = []
    cpus: list[float] = []
    result: T | None = None
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    assert result is not None
    return (statistics.median(walls), statistics.median(cpus)), result


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
            requests = {
                output: ReportRequest(period, named=named, reason=reason, output=output)
                for output in OUTPUTS
            }
            reads = {
                output: timed(args.runs, partial(build_report_data, ctx, request))
                for output, request in requests.items()
            }
            show(label, reads, args.runs)
    finally:
        ctx.db.close()
    peak = peak_mb()
    if peak is not None:
        print(f"peak memory of this process: {peak:.0f} MB")


def show(label: str, reads: dict[Output, tuple[Seconds, ReportData]], runs: int) -> None:
    xlsx_read, workbook_data = reads["xlsx"]
    pdf_read, pdf_data = reads["pdf"]
    excel_s, workbook = timed(runs, lambda: excel_report(workbook_data))
    pdf_s, document = timed(runs, lambda: pdf_report(pdf_data))
    values = workbook_data.indicators.values
    print(
        f"  {label:14} {len(workbook_data.participants):>7,} participants, "
        f"{len(workbook_data.placements):>6,} placements listed (I2={values['I2']}, "
        f"I5={values['I5']})"
    )
    lines = [
        ("xlsx read", xlsx_read, ""),
        ("xlsx write", excel_s, f"{len(workbook) / 1e6:6.2f} MB"),
        ("xlsx in all", _sum(xlsx_read, excel_s), ""),
        ("pdf read", pdf_read, ""),
        ("pdf write", pdf_s, f"{len(document) / 1e3:6.0f} kB"),
        ("pdf in all", _sum(pdf_read, pdf_s), ""),
    ]
    for name, (wall, cpu), size in lines:
        print(f"  {'':14} {name:11} {wall:6.2f} s (cpu {cpu:5.2f} s)   {size}")


def _sum(one: Seconds, other: Seconds) -> Seconds:
    return one[0] + other[0], one[1] + other[1]


if __name__ == "__main__":
    main()
