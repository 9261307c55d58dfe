"""What the dashboard computes when it is shown, on a demo database, for an administrator and
for a caseworker (staff) of the busiest site.

    python bench/bench_dashboard.py [N] [--db PATH]      (default N = 100000)

Without --db, builds once (cached in bench/out/, shared with the other benchmarks) a demo
database of N participants with `w4i demo`; with --db, uses that database (user admin, password
"bench-password"). Each line is the median of 5 runs after one warm-up run, each in a fresh unit
of work. "figures" (the four the dashboard shows) and "chart" are the indicator module's part;
"all of I1-I13" is what a report computes (bench_indicators.py), for comparison, and no part
of the dashboard. "my steps" are the caseworker's own lists; the others are the team lists and
the explanation of the "active" figure. Targets: figures and chart together 0.5 s (issue 17);
the lists together well under that.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from demo_cache import PASSWORD, demo_database  # bench/ is the script's folder
from sqlalchemy import func, select

from w4i_desktop.enums import Role
from w4i_desktop.models import Participant, User
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import indicators_for, placements_started_for
from w4i_desktop.services import dashboard, users
from w4i_desktop.services.context import Actor, Context

RUNS = 5
CHART_QUARTERS = 8


def median_ms(work: Callable[[], object]) -> tuple[float, object]:
    result = work()  # warm-up
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def summary(result: object) -> str:
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int):
        return f"{len(result[0])} rows of {result[1]}"
    if isinstance(result, tuple):
        return " + ".join(f"{len(part)} rows" for part in result)
    if isinstance(result, list):
        return f"{len(result)} rows"
    return ""


def measure(label: str, ctx: Context, today: date, period: Period) -> None:
    site = None if ctx.actor.role is Role.ADMIN else ctx.actor.site_id
    quarters = period.quarters_back(CHART_QUARTERS)
    work: dict[str, Callable[[], object]] = {
        "figures (I1 I2 I6 I7)": lambda: dashboard.headline_figures(ctx, period, site),
        "all of I1-I13": lambda: indicators_for(ctx, period, site),
        "chart (I5 x 8)": lambda: placements_started_for(ctx, quarters, site),
        "my steps": lambda: dashboard.my_due_steps(ctx, today),
        "active split": lambda: dashboard.active_split(ctx, period, site, 0),
        "permits expiring": lambda: dashboard.expiring_permits(ctx, today),
    }
    if ctx.actor.role is Role.ADMIN:
        work["team overdue"] = lambda: dashboard.team_overdue(ctx, today)
        work["to assign"] = lambda: dashboard.to_assign(ctx)
    print(label)
    for name, call in work.items():
        ms, result = median_ms(call)
        print(f"  {name:22} median {ms:7.0f} ms   {summary(result)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("participants", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = args.db or demo_database(args.participants)
    admin = users.login(db, "admin", PASSWORD)
    today = date.today()
    period = Period.containing(today)
    try:
        with admin.db.transaction() as session:
            people = session.scalar(select(func.count()).select_from(Participant))
            # The caseworker with most participants, at her site.
            busiest = session.execute(
                select(User.id, User.username, User.site_id)
                .join(Participant, Participant.caseworker_id == User.id)
                .where(User.role == Role.STAFF)
                .group_by(User.id)
                .order_by(func.count().desc())
            ).first()
        assert busiest is not None, "the demo database has no caseworker"
        staff = Context(admin.db, Actor(busiest[0], busiest[1], Role.STAFF, busiest[2]))
        print(f"{people} participants, period {period.label}, today {today}")
        for label, ctx in (("admin (all sites)", admin), (f"staff {busiest[1]}", staff)):
            measure(label, ctx, today, period)
    finally:
        admin.db.close()


if __name__ == "__main__":
    main()
