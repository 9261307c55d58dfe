"""Matching with many participants: rank candidates for a vacancy, vacancies for a participant.

    python bench/bench_matching.py [N] [--db PATH]      (default 100000 participants)

Builds a demo database with `w4i demo` (as a user would) in a temporary folder, or at PATH,
where an existing database is reused as it is (the password must be `PASSWORD`; the databases
bench_participant_list.py caches in bench/out/ qualify). Then times `candidates_for_vacancy`
for an open vacancy per level asked (as the admin, who sees every site: everyone, with the
excluded, the best 50; and as staff of the largest site), and `vacancies_for_participant`
for a few participants: the median of 5 runs each.
Target: 300 ms for a vacancy against 100,000 participants, all sites (issue 17). The load
average is printed: on a loaded machine every figure grows with it.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

from w4i_desktop.enums import CefrLevel, Role, VacancyStatus
from w4i_desktop.models import Participant, User, Vacancy
from w4i_desktop.services import matching, users
from w4i_desktop.services.context import Actor, Context

PASSWORD = "bench-password"
ADMIN = "admin"
RUNS = 5
T = TypeVar("T")


def build(db: Path, participants: int, env: dict[str, str]) -> None:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "w4i_desktop.cli",
            "demo",
            "--db",
            str(db),
            "--user",
            ADMIN,
            "--participants",
            str(participants),
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        text=True,
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    print(
        f"built a demo database with {participants} participants "
        f"in {time.perf_counter() - started:.1f} s"
    )


def timed(call: Callable[[], T]) -> tuple[float, T]:
    """Median seconds of RUNS calls, and the last result."""
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    assert result is not None
    return statistics.median(times), result


def pick_vacancies(ctx: Context) -> list[tuple[int, str, CefrLevel]]:
    """One open vacancy per level asked, lowest id first: a spread of strict and lax ones."""
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(Vacancy.id, Vacancy.title, Vacancy.required_cefr)
            .where(Vacancy.status == VacancyStatus.OPEN)
            .order_by(Vacancy.id)
        ).all()
    chosen: dict[CefrLevel, tuple[int, str, CefrLevel]] = {}
    for vacancy_id, title, level in rows:
        chosen.setdefault(level, (vacancy_id, title, level))
    return sorted(chosen.values(), key=lambda v: v[2].rank)


def staff_of_largest_site(ctx: Context) -> Context:
    """A staff member of the site with the most participants, as the app would log her in."""
    with ctx.db.transaction() as session:
        site_id = session.scalar(
            select(Participant.site_id)
            .group_by(Participant.site_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        user = session.scalars(
            select(User).where(User.role == Role.STAFF, User.site_id == site_id).limit(1)
        ).one()
        actor = Actor(user.id, user.username, user.role, user.site_id)
    return Context(ctx.db, actor)


def count(ctx: Context, query: Any) -> int:
    with ctx.db.transaction() as session:
        return int(session.scalar(query) or 0)


def report(ctx: Context) -> None:
    people = count(ctx, select(func.count(Participant.id)))
    open_people = count(
        ctx, select(func.count(Participant.id)).where(Participant.closed_on.is_(None))
    )
    vacancies = count(
        ctx, select(func.count(Vacancy.id)).where(Vacancy.status == VacancyStatus.OPEN)
    )
    print(
        f"W4I matching benchmark: {people} participants ({open_people} open), "
        f"{vacancies} open vacancies, median of {RUNS} runs, load average {os.getloadavg()[0]:.2f}"
    )
    staff = staff_of_largest_site(ctx)
    for vacancy_id, title, level in pick_vacancies(ctx):
        print(f"  candidates_for_vacancy #{vacancy_id} ({level.value}, {title[:28]}):")
        for label, who, options in (
            ("admin, all sites", ctx, {}),
            ("admin, include_excluded", ctx, {"include_excluded": True}),
            ("admin, limit=50", ctx, {"limit": 50}),
            ("staff, one site", staff, {}),
        ):
            seconds, found = timed(
                functools.partial(matching.candidates_for_vacancy, who, vacancy_id, **options)
            )
            best = f"best {found[0].score:.0f}" if found else "none"
            print(f"    {label:26} {seconds * 1000:6.0f} ms  {len(found):6} ranked, {best}")
    with ctx.db.transaction() as session:
        sample = list(
            session.scalars(select(Participant.id).where(Participant.closed_on.is_(None)).limit(3))
        )
    for participant_id in sample:
        seconds, ranked = timed(
            functools.partial(matching.vacancies_for_participant, ctx, participant_id)
        )
        print(
            f"  vacancies_for_participant #{participant_id}: {seconds * 1000:6.1f} ms  "
            f"{len(ranked)} vacancies, {sum(m.excluded for m in ranked)} excluded"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("participants", type=int, nargs="?", default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or build and keep) this database")
    args = parser.parse_args(argv[1:])
    with tempfile.TemporaryDirectory(prefix="w4i-bench-") as folder:
        env = {**os.environ, "W4I_HOME": str(Path(folder) / "home")}
        os.environ["W4I_HOME"] = env["W4I_HOME"]
        db: Path = args.db or Path(folder) / "bench.w4i"
        if not db.exists():
            build(db, args.participants, env)
        ctx = users.login(db, ADMIN, PASSWORD)
        try:
            report(ctx)
        finally:
            ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
