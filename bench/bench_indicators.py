"""Indicators I1-I13 for the current quarter on a demo database: all sites, then one site.

    python bench/bench_indicators.py [N] [--db PATH]      (default N = 100000)

Without --db, builds once (cached in bench/out/, shared with bench_participant_list.py) a demo
database of N participants with `w4i demo`, in a subprocess, so that this process keeps
SQLCipher's memory security on, as the application does. With --db, uses that database (user
admin, password "bench-password"). Each figure is the median of 5 runs, each in a fresh unit of
work after one warm-up run; the first (cold) run is shown too, and the median CPU time of
this process (steadier than the wall clock on a loaded machine). Target: 0.5 s (issue 17).
Then the placements started (I5) in each of the last 8 quarters, as the dashboard's chart
needs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from demo_cache import PASSWORD, demo_database  # bench/ is the script's folder
from sqlalchemy import func, select

from w4i_desktop.models import Participant, Site
from w4i_desktop.reports.indicators import compute, placements_started
from w4i_desktop.reports.periods import Period
from w4i_desktop.services import users
from w4i_desktop.services.context import Context

RUNS = 5
CHART_QUARTERS = 8


def timed(
    ctx: Context, period: Period, site_id: int | None
) -> tuple[float, float, dict[str, object]]:
    """(wall seconds, CPU seconds of this process, the values)."""
    with ctx.db.transaction() as session:
        started, cpu = time.perf_counter(), time.process_time()
        result = compute(session, period, site_id)
        wall = time.perf_counter() - started
        return wall, time.process_time() - cpu, dict(result.values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("participants", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = args.db or demo_database(args.participants)
    ctx = users.login(db, "admin", PASSWORD)
    try:
        with ctx.db.transaction() as session:
            people = session.scalar(select(func.count()).select_from(Participant))
            busiest = session.execute(
                select(Participant.site_id, func.count())
                .group_by(Participant.site_id)
                .order_by(func.count().desc())
            ).first()
            site = session.get(Site, busiest[0]) if busiest else None
            site_id, site_name = (site.id, site.name) if site else (None, "-")
        period = Period.containing(date.today())
        print(f"{people} participants, period {period.label}")
        for label, scope in (("all sites", None), (f"site {site_id} ({site_name})", site_id)):
            cold, _, values = timed(ctx, period, scope)
            runs = [timed(ctx, period, scope) for _ in range(RUNS)]
            times = [wall for wall, _, _ in runs]
            cpu = statistics.median(cpu for _, cpu, _ in runs)
            print(
                f"  {label:24} median {statistics.median(times) * 1000:7.0f} ms   "
                f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, n={RUNS}; "
                f"cold {cold * 1000:.0f} ms; cpu {cpu * 1000:.0f} ms)"
            )
            print("   ", "  ".join(f"{key}={value}" for key, value in values.items()))
            chart = []
            for _ in range(RUNS):
                with ctx.db.transaction() as session:
                    started = time.perf_counter()
                    placements_started(session, period.quarters_back(CHART_QUARTERS), scope)
                    chart.append(time.perf_counter() - started)
            print(
                f"  {'':24} I5 for {CHART_QUARTERS} quarters (chart): median "
                f"{statistics.median(chart) * 1000:.0f} ms"
            )
    finally:
        ctx.db.close()


if __name__ == "__main__":
    main()
