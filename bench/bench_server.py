"""Concurrent use of one shared PostgreSQL server: throughput, latency, no lost update.

    python bench/bench_server.py [--clients 8] [--ops 500] [--participants 300] [--hot 16]
                                 [--url URL] [--quick] [--seed 1]

Issue 10's load test. Uses the server at --url (or W4I_BENCH_DATABASE_URL): a role that may
create databases, e.g. postgresql+psycopg://postgres@127.0.0.1:5433/postgres. Without one, it
starts a throw-away PostgreSQL cluster on the loopback address in a temporary folder (the newest
/usr/lib/postgresql/*/bin; PostgreSQL's own defaults, so fsync and synchronous commit are on),
and stops and deletes it at the end.

On that server it makes a new database (dropped at the end), creates a W4I database in it
through the services, enrols --participants women through the intake service (with their
pathway; the demo generator writes local files only), plus one "counter" record, adds one
staff user per client and runs ANALYZE (as autovacuum would soon after). Then --clients
separate processes (multiprocessing, spawn: as separate laptops), each logged in as its own
user and released together, each do --ops operations:

  reads (60 %)   search the participant list (as the screen does, with its total), open a
                 record (participants.get, audited as a view), list a record's timeline or
                 pathway steps;
  writes (40 %)  change a field of a record (phone, municipality or neighbourhood) on the
                 version just read, add a timeline note, move a pathway step (on the step's
                 version), and add one to the client's own counter in the counter record's
                 needs_and_goals field ("c0=12;c1=9;..."), read-modify-write.

Every write that needs a version goes to a small shared set of records (--hot), so saves
collide; a StaleEdit is answered as a person would: reload, save again (counted as a retry;
the latency of an operation includes its retries). Afterwards it checks:

- no error other than StaleEdit retries;
- the counter record holds, for each client, the number of increments it was told succeeded;
- every acknowledged save of a record or step is exactly one row version (the final version
  is the first plus the number of acknowledged saves: none overwrote another), and each field
  holds the value of the save with the highest version;
- the timeline has every acknowledged note;
- the audit chain verifies, and it grew by exactly the logins plus the audited operations.

Prints throughput and p50/p95/p99 latency (overall, reads, writes, each kind), how many
clients were inside the server and waiting for a lock (pg_stat_activity, sampled every 50 ms),
and writes them with the checks to bench/out/bench_server.json and .txt. --quick (2 clients
x 20 operations on 40 participants) is what tests/server/test_load_smoke.py runs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import platform
import queue
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from w4i_desktop.enums import ActivityKind, AuditAction, Role, StepKind, StepStatus
from w4i_desktop.errors import StaleEdit
from w4i_desktop.models import Activity, AuditEvent, Participant, PathwayStep
from w4i_desktop.services import (
    audit,
    intake,
    participant_search,
    participants,
    record_views,
    timeline,
    users,
)
from w4i_desktop.services.context import Context
from w4i_desktop.services.pathways import set_step_status
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.storage.server import check_server_url

OUT = Path(__file__).resolve().parent / "out"
ADMIN_PASSWORD = "bench-admin-password"
CLIENT_PASSWORD = "bench-client-password"
# Logins are not what is measured: a cheap Argon2id cost keeps 8 processes from waiting on it.
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
MAX_ATTEMPTS = 200  # saves of one operation before a client gives up (reported as an error)
COUNTER_FIELD = "needs_and_goals"
EDITED_FIELDS = ("phone", "municipality", "neighbourhood")

# (kind, read or write, weight in percent)
MIX: tuple[tuple[str, str, int], ...] = (
    ("search", "read", 25),
    ("open", "read", 25),
    ("history", "read", 10),
    ("edit", "write", 12),
    ("note", "write", 10),
    ("step", "write", 8),
    ("counter", "write", 10),
)
KIND_CATEGORY = {kind: category for kind, category, _ in MIX}
# Sampled every 50 ms while the clients run.
ACTIVITY = text(
    "SELECT count(*) FILTER (WHERE state = 'active'), "
    "count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock'), "
    "count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock' "
    "AND query LIKE '%FROM audit_head%') "
    "FROM pg_stat_activity WHERE datname = current_database() "
    "AND application_name = 'W4I Desktop'"
)

FIRST_NAMES = (
    "Amina", "Fatima", "Oksana", "Maria", "Ayşe", "Nguyen", "Samira", "Leila", "Olena",
    "Ana", "Mariam", "Zainab", "Svetlana", "Rosa", "Hanna", "Aisha", "Elena", "Noura",
    "Thi Lan", "Dilnoza",
)  # fmt: skip
LAST_NAMES = (
    "Haddad", "Kovalenko", "Yılmaz", "Pereira", "Nguyen", "Rahimi", "Bondarenko", "Diallo",
    "Hussein", "Petrova", "Mensah", "Okafor", "Karimi", "Santos", "Shevchenko", "Tran", "Ali",
    "Popescu", "Abdi", "Morales",
)  # fmt: skip
COUNTRIES = ("UA", "SY", "AF", "NG", "MA", "VN", "PE", "ER", "TR", "RO")
MUNICIPALITIES = ("Milano", "Monza", "Sesto San Giovanni", "Cinisello Balsamo", "Rho")
SEARCHES = ("", "h", "k", "ha", "kov", "nguyen", "maria", "amina", "petr", "sant", "W4I-")


# --- a throw-away server -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def local_server() -> Iterator[URL]:
    """A PostgreSQL cluster of its own on 127.0.0.1 (trust, loopback only), deleted after."""
    bindirs = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not bindirs or not (bindirs[-1] / "initdb").exists():
        sys.exit(
            "No PostgreSQL server here: give --url, or install postgresql (see .ci/postgres.sh)"
        )
    bindir = bindirs[-1]
    as_owner: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="w4i-bench-pg."))
    if os.geteuid() == 0:  # initdb and the server refuse to run as root
        as_owner = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    try:
        subprocess.run(
            [*as_owner, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
             "--locale=C.UTF-8", "--auth=trust"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
        subprocess.run(
            [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
             "-w", "-t", "60", "-o", options, "start"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            yield make_url(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres")
        finally:
            subprocess.run(
                [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                check=False, stdout=subprocess.DEVNULL,
            )  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def new_database(server: URL) -> Iterator[URL]:
    """A new, empty database on `server` (whose role may create databases), dropped after."""
    name = f"w4i_bench_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield server.set(database=name)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


# --- the database's contents ---------------------------------------------------------------------


@dataclass
class Plan:
    """What the clients share: the url, every record, the hot ones, the counter's record."""

    url: str  # with any password: spawned processes get it as an argument, never printed
    everyone: list[int]
    hot: list[int]
    counter_id: int
    ops: int
    seed: int
    usernames: list[str]


def seed_database(url: URL, people: int, hot: int, clients: int, ops: int, seed: int) -> Plan:
    rng = random.Random(seed)
    admin = users.create_database(
        url, "admin", ADMIN_PASSWORD, organisation="Bench", site_name="Milano", kdf=BENCH_KDF
    ).context
    try:
        site = admin.actor.site_id
        everyone = []
        for _ in range(people):
            born = date(rng.randint(1965, 2004), rng.randint(1, 12), rng.randint(1, 28))
            data = {
                "first_name": rng.choice(FIRST_NAMES),
                "last_name": rng.choice(LAST_NAMES),
                "birth_date": born.isoformat(),
                "country_of_birth": rng.choice(COUNTRIES),
                "municipality": rng.choice(MUNICIPALITIES),
                "phone": f"+39 3{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
                "consents": ["processing", "follow_up_contact"],
                "host_language": "it",
                "host_cefr": rng.choice(["A1", "A2", "B1"]),
            }
            everyone.append(intake.submit(admin, None, data))
        counter_id = participants.create(
            admin, {"first_name": "Counter", "last_name": "Record", COUNTER_FIELD: ""}
        )
        names = [f"bench{n:02d}" for n in range(clients)]
        for name in names:
            users.add_user(admin, name, CLIENT_PASSWORD, Role.STAFF, site_id=site, kdf=BENCH_KDF)
    finally:
        admin.db.close()
    return Plan(
        url=url.render_as_string(hide_password=False),
        everyone=everyone,
        hot=rng.sample(everyone, min(hot, len(everyone))),
        counter_id=counter_id,
        ops=ops,
        seed=seed,
        usernames=names,
    )


# --- one client ----------------------------------------------------------------------------------


@dataclass
class ClientResult:
    number: int
    latencies: list[tuple[str, float]] = field(default_factory=list)  # (kind, ms)
    retries: Counter[str] = field(default_factory=Counter)
    audited: int = 0  # audit entries its acknowledged work wrote (login included)
    increments: int = 0
    notes: int = 0
    # Acknowledged saves: (participant id, version it made, field, value).
    saves: list[tuple[int, int, str, str]] = field(default_factory=list)
    step_saves: Counter[int] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0


class GaveUpError(Exception):
    pass


class Client:
    def __init__(self, number: int, ctx: Context, plan: Plan) -> None:
        self.number = number
        self.ctx = ctx
        self.plan = plan
        self.rng = random.Random(plan.seed * 1000 + number)
        self.result = ClientResult(number, audited=1)  # its login
        self.done = 0

    def run(self) -> None:
        kinds = [kind for kind, _, _ in MIX]
        weights = [weight for _, _, weight in MIX]
        for number in range(self.plan.ops):
            self.done = number
            kind = self.rng.choices(kinds, weights)[0]
            started = time.perf_counter()
            try:
                getattr(self, kind)()
            except Exception as exc:
                self.result.errors.append(
                    f"{kind}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=6)}"
                )
                continue
            self.result.latencies.append((kind, (time.perf_counter() - started) * 1000))

    def _retrying(self, kind: str, attempt_save: Any) -> None:
        for _ in range(MAX_ATTEMPTS):
            try:
                attempt_save()
                return
            except StaleEdit:
                self.result.retries[kind] += 1
        raise GaveUpError(f"{MAX_ATTEMPTS} saves refused in a row")

    def _open(self, pid: int) -> dict[str, Any]:
        record = participants.get(self.ctx, pid)
        self.result.audited += 1  # a view
        return record

    # --- reads -----------------------------------------------------------------------------

    def search(self) -> None:
        query = participant_search.ParticipantQuery(text=self.rng.choice(SEARCHES), limit=50)
        participant_search.search_with_total(self.ctx, query)

    def open(self) -> None:
        pool = self.plan.hot if self.rng.random() < 0.5 else self.plan.everyone
        self._open(self.rng.choice(pool))

    def history(self) -> None:
        pid = self.rng.choice(self.plan.hot)
        if self.rng.random() < 0.5:
            timeline.list_activities(self.ctx, pid)
        else:
            record_views.pathway_steps(self.ctx, pid)

    # --- writes ----------------------------------------------------------------------------

    def edit(self) -> None:
        pid = self.rng.choice(self.plan.hot)
        name = self.rng.choice(EDITED_FIELDS)
        attempts = iter(range(MAX_ATTEMPTS))

        def save() -> None:
            record = self._open(pid)
            n = next(attempts)
            value = {
                "phone": f"+39 02 {self.number:02d}{self.done:04d}{n:03d}",
                "municipality": f"Comune {self.number}-{self.done}-{n}",
                "neighbourhood": f"Quartiere {self.number}-{self.done}-{n}",
            }[name]
            version = participants.update(self.ctx, pid, {name: value}, record["version_id"])
            self.result.audited += 1
            self.result.saves.append((pid, version, name, value))

        self._retrying("edit", save)

    def note(self) -> None:
        pid = self.rng.choice(self.plan.hot)
        text = f"bench note from client {self.number}, operation {self.done}"
        timeline.add_activity(self.ctx, pid, ActivityKind.NOTE, text)
        self.result.audited += 1
        self.result.notes += 1

    def step(self) -> None:
        pid = self.rng.choice(self.plan.hot)
        # Steps after intake and consent, as a caseworker moves them.
        choices = [StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.DONE]

        def save() -> None:
            steps = [
                s
                for s in record_views.pathway_steps(self.ctx, pid)
                if s.kind not in (StepKind.INTAKE, StepKind.CONSENT)
            ]
            chosen = self.rng.choice(steps)
            status = self.rng.choice([s for s in choices if s != chosen.status])
            set_step_status(self.ctx, chosen.id, status, expected_version=chosen.version_id)
            self.result.audited += 1
            self.result.step_saves[chosen.id] += 1

        self._retrying("step", save)

    def counter(self) -> None:
        pid = self.plan.counter_id
        key = f"c{self.number}"

        def save() -> None:
            record = self._open(pid)
            counts = parse_counters(record[COUNTER_FIELD])
            counts[key] = counts.get(key, 0) + 1
            value = format_counters(counts)
            version = participants.update(
                self.ctx, pid, {COUNTER_FIELD: value}, record["version_id"]
            )
            self.result.audited += 1
            self.result.increments += 1
            self.result.saves.append((pid, version, COUNTER_FIELD, value))

        self._retrying("counter", save)


def parse_counters(text: str | None) -> dict[str, int]:
    pairs = (part.split("=") for part in (text or "").split(";") if part)
    return {key: int(value) for key, value in pairs}


def format_counters(counts: dict[str, int]) -> str:
    return ";".join(f"{key}={counts[key]}" for key in sorted(counts, key=lambda k: int(k[1:])))


def client_main(number: int, plan: Plan, ready: Any, results: Any) -> None:
    """One client process: log in, wait for the others, work, report."""
    outcome: ClientResult | str
    try:
        ctx = users.login(plan.url, plan.usernames[number], CLIENT_PASSWORD)
    except Exception as exc:
        ready.abort()
        results.put((number, f"login failed: {type(exc).__name__}: {exc}"))
        return
    try:
        ready.wait(timeout=300)
        client = Client(number, ctx, plan)
        client.result.started = time.time()
        client.run()
        client.result.ended = time.time()
        outcome = client.result
    except Exception:
        outcome = traceback.format_exc()
    finally:
        ctx.db.close()
    results.put((number, outcome))


# --- running and checking ------------------------------------------------------------------------


@dataclass
class BenchResult:
    clients: int
    ops_per_client: int
    participants: int
    hot: int
    server: str
    wall_s: float
    operations: int
    throughput: float
    latency_ms: dict[str, dict[str, float]]  # "all", "read", "write" and each kind
    retries: dict[str, int]
    errors: list[str]
    checks: dict[str, tuple[bool, str]]
    seed_s: float
    busy: float = 0.0  # clients running a statement on the server, on average
    lock_waits: float = 0.0  # of them, waiting for a lock
    audit_head_waits: float = 0.0  # of those, for the audit log's head row

    @property
    def ok(self) -> bool:
        return all(ok for ok, _ in self.checks.values())


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"count": 0, "p50": 0.0, "p95": 0.0, "p99": 0.0, "max": 0.0, "mean": 0.0}
    return {
        "count": len(values),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values),
        "mean": statistics.fmean(values),
    }


def run(
    url: URL | str,
    *,
    clients: int = 8,
    ops: int = 500,
    people: int = 300,
    hot: int = 16,
    seed: int = 1,
) -> BenchResult:
    """The whole benchmark on `url`, an empty (or migrated, user-less) database on a server."""
    url = check_server_url(url)
    started = time.perf_counter()
    plan = seed_database(url, people, hot, clients, ops, seed)
    seed_s = time.perf_counter() - started
    # Statistics, as autovacuum gathers them on a live server within a minute: without them
    # the list's stage subquery is planned blind (a scan of every step per listed row).
    observer = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with observer.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    before = _audit_state(plan)

    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(clients + 1)
    results = spawn.Queue()
    processes = [
        spawn.Process(target=client_main, args=(n, plan, ready, results), name=f"client{n}")
        for n in range(clients)
    ]
    for process in processes:
        process.start()
    outcomes: dict[int, ClientResult | str] = {}
    # (clients running a statement, of them waiting for a lock, of those for the audit head)
    samples: list[tuple[int, int, int]] = []
    try:
        ready.wait(timeout=300)  # every client logged in
        released = time.perf_counter()
        with observer.connect() as conn:
            while len(outcomes) < clients:
                try:
                    number, outcome = results.get(timeout=0.05)
                    outcomes[number] = outcome
                except queue.Empty:
                    if time.perf_counter() - released > 1800:
                        raise TimeoutError("the clients did not finish in 30 minutes") from None
                    samples.append(tuple(conn.execute(ACTIVITY).one()))  # type: ignore[arg-type]
        wall_s = time.perf_counter() - released
    finally:
        observer.dispose()
        for process in processes:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()
                process.join()
        results.close()
        results.join_thread()
    failed = {n: o for n, o in outcomes.items() if isinstance(o, str)}
    if failed:
        raise RuntimeError("clients failed:\n" + "\n".join(f"{n}: {o}" for n, o in failed.items()))
    done = [o for o in outcomes.values() if isinstance(o, ClientResult)]
    result = _report(plan, done, before, wall_s, seed_s, url, clients, ops, people, hot)
    if samples:
        result.busy = statistics.fmean(a for a, _, _ in samples)
        result.lock_waits = statistics.fmean(w for _, w, _ in samples)
        result.audit_head_waits = statistics.fmean(h for _, _, h in samples)
    return result


@dataclass
class AuditState:
    entries: int
    versions: dict[int, int]  # participant id -> version_id (the hot ones and the counter)
    step_versions: dict[int, int]


def _pairs(rows: Any) -> dict[int, int]:
    return {int(key): int(value) for key, value in rows}


def _audit_state(plan: Plan) -> AuditState:
    ctx = users.login(plan.url, "admin", ADMIN_PASSWORD)
    try:
        with ctx.db.transaction() as session:
            ids = [*plan.hot, plan.counter_id]
            entries = int(session.scalar(select(func.count(AuditEvent.seq))) or 0)
            versions = _pairs(
                session.execute(
                    select(Participant.id, Participant.version_id).where(Participant.id.in_(ids))
                )
            )
            steps = _pairs(session.execute(select(PathwayStep.id, PathwayStep.version_id)))
    finally:
        ctx.db.close()
    return AuditState(entries, versions, steps)


def _report(
    plan: Plan,
    done: list[ClientResult],
    before: AuditState,
    wall_s: float,
    seed_s: float,
    url: URL,
    clients: int,
    ops: int,
    people: int,
    hot: int,
) -> BenchResult:
    checks: dict[str, tuple[bool, str]] = {}
    errors = [e for r in done for e in r.errors]
    retries: Counter[str] = Counter()
    for r in done:
        retries.update(r.retries)
    checks["no errors but StaleEdit retries"] = (
        not errors,
        f"{len(errors)} errors, {sum(retries.values())} StaleEdit retries",
    )

    admin = users.login(plan.url, "admin", ADMIN_PASSWORD)  # one more audited login
    try:
        with admin.db.transaction() as session:
            ids = [*plan.hot, plan.counter_id]
            stored = {
                p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))
            }
            step_versions = _pairs(session.execute(select(PathwayStep.id, PathwayStep.version_id)))
            notes = int(
                session.scalar(
                    select(func.count(Activity.id)).where(Activity.text.like("bench note from %"))
                )
                or 0
            )
            verified = audit.verify(session)
            entries = int(session.scalar(select(func.count(AuditEvent.seq))) or 0)
            logins = int(
                session.scalar(
                    select(func.count(AuditEvent.seq)).where(AuditEvent.action == AuditAction.LOGIN)
                )
                or 0
            )
            server = str(session.scalar(select(func.version()))).split(" on ")[0]
    finally:
        admin.db.close()

    counts = parse_counters(getattr(stored[plan.counter_id], COUNTER_FIELD))
    told = {f"c{r.number}": r.increments for r in done}
    wrong = {k: (counts.get(k, 0), n) for k, n in told.items() if counts.get(k, 0) != n}
    checks["per-client counters (read-modify-write) all kept"] = (
        not wrong and set(counts) <= set(told),
        f"stored {format_counters(counts) or '(none)'}; told succeeded "
        f"{format_counters(told)}" + (f"; WRONG {wrong}" if wrong else ""),
    )

    saves: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for r in done:
        for pid, version, name, value in r.saves:
            saves[pid].append((version, name, value))
    version_problems = []
    value_problems = []
    for pid, made in saves.items():
        versions = [v for v, _, _ in made]
        expected = before.versions[pid] + len(made)
        if len(set(versions)) != len(versions) or stored[pid].version_id != expected:
            version_problems.append(
                f"participant {pid}: version {stored[pid].version_id}, expected {expected}"
            )
        last: dict[str, tuple[int, str]] = {}
        for version, name, value in made:
            if name not in last or version > last[name][0]:
                last[name] = (version, value)
        for name, (_, value) in last.items():
            if getattr(stored[pid], name) != value:
                value_problems.append(f"participant {pid}.{name}")
    step_saves: Counter[int] = Counter()
    for r in done:
        step_saves.update(r.step_saves)
    for step_id, count in step_saves.items():
        if step_versions[step_id] != before.step_versions[step_id] + count:
            version_problems.append(
                f"step {step_id}: version {step_versions[step_id]}, "
                f"expected {before.step_versions[step_id] + count}"
            )
    acknowledged = sum(len(m) for m in saves.values()) + sum(step_saves.values())
    checks["every acknowledged save is one row version (no lost update)"] = (
        not version_problems,
        f"{acknowledged} saves on {len(saves)} records and {len(step_saves)} steps"
        + (f"; {version_problems[:5]}" if version_problems else ""),
    )
    checks["each field holds its latest acknowledged save"] = (
        not value_problems,
        f"{sum(len({n for _, n, _ in m}) for m in saves.values())} fields checked"
        + (f"; WRONG {value_problems[:5]}" if value_problems else ""),
    )
    told_notes = sum(r.notes for r in done)
    checks["every acknowledged timeline note is stored"] = (
        notes == told_notes,
        f"{notes} stored, {told_notes} acknowledged",
    )
    checks["audit chain verifies"] = (
        verified.ok,
        f"{verified.entries} entries"
        + (f"; {list(verified.problems[:3])}" if verified.problems else ""),
    )
    audited = sum(r.audited for r in done)
    expected_entries = before.entries + audited + 1  # + the admin's login just now
    checks["audit rows = before + logins + audited operations"] = (
        entries == expected_entries,
        f"{entries} = {before.entries} + {audited} (incl. {clients} client logins) + 1 "
        f"check login"
        + ("" if entries == expected_entries else f" (expected {expected_entries})")
        + f"; {logins} logins in all",
    )

    latencies: dict[str, list[float]] = defaultdict(list)
    for r in done:
        for kind, ms in r.latencies:
            latencies[kind].append(ms)
            latencies[KIND_CATEGORY[kind]].append(ms)
            latencies["all"].append(ms)
    operations = len(latencies["all"])
    return BenchResult(
        clients=clients,
        ops_per_client=ops,
        participants=people,
        hot=hot,
        server=f"{server}, {url.host}:{url.port}",
        wall_s=wall_s,
        operations=operations,
        throughput=operations / wall_s if wall_s else 0.0,
        latency_ms={k: summary(v) for k, v in latencies.items()},
        retries=dict(retries),
        errors=errors,
        checks=checks,
        seed_s=seed_s,
    )


def render(result: BenchResult) -> str:
    lines = [
        f"W4I shared server: {result.clients} clients x {result.ops_per_client} operations "
        f"(separate processes), {result.participants} participants, {result.hot} hot records",
        f"server: {result.server}; this computer: {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}",
        f"seeded in {result.seed_s:.1f} s",
        "",
        f"{'operations':<12}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
        f"{'retries':>9}",
    ]
    order = ["all", "read", *[k for k, c, _ in MIX if c == "read"], "write"]
    order += [k for k, c, _ in MIX if c == "write"]
    for key in order:
        s = result.latency_ms.get(key)
        if s is None:
            continue
        indent = "  " if key in KIND_CATEGORY else ""
        retried = result.retries.get(key, "") if key in KIND_CATEGORY else ""
        if key == "all":
            retried = sum(result.retries.values())
        lines.append(
            f"{indent + key:<12}{s['count']:>7}{s['p50']:>9.1f}{s['p95']:>9.1f}{s['p99']:>9.1f}"
            f"{s['max']:>9.1f}{retried!s:>9}"
        )
    lines += [
        "",
        f"wall time {result.wall_s:.2f} s, {result.operations} operations, "
        f"throughput {result.throughput:.0f} operations/s",
        f"StaleEdit retries: {sum(result.retries.values())} "
        + str(dict(sorted(result.retries.items()))),
        f"server side, sampled every 50 ms: {result.busy:.1f} clients running a statement on "
        f"average, {result.lock_waits:.1f} of them waiting for a lock, "
        f"{result.audit_head_waits:.1f} for the audit log's head row",
        "",
        "checks:",
    ]
    for name, (ok, detail) in result.checks.items():
        lines.append(f"  [{'ok' if ok else 'FAILED'}] {name}: {detail}")
    for error in result.errors[:5]:
        lines.append("  error: " + error.splitlines()[0])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--url",
        default=os.environ.get("W4I_BENCH_DATABASE_URL"),
        help="a PostgreSQL server whose role may create databases "
        "(default: W4I_BENCH_DATABASE_URL, else a throw-away local cluster)",
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--ops", type=int, default=500, help="operations per client")
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--hot", type=int, default=16, help="records the writes share")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="2 clients x 20 operations")
    parser.add_argument("--no-save", action="store_true", help="do not write bench/out/")
    args = parser.parse_args()
    if args.quick:
        args.clients, args.ops, args.participants, args.hot = 2, 20, 40, 6

    with contextlib.ExitStack() as stack:
        server = check_server_url(args.url) if args.url else stack.enter_context(local_server())
        database = stack.enter_context(new_database(server))
        result = run(
            database,
            clients=args.clients,
            ops=args.ops,
            people=args.participants,
            hot=args.hot,
            seed=args.seed,
        )
    text = render(result)
    print(text)
    if not args.no_save:
        OUT.mkdir(exist_ok=True)
        (OUT / "bench_server.txt").write_text(text + "\n", encoding="utf-8")
        (OUT / "bench_server.json").write_text(
            json.dumps(asdict(result), indent=2, default=str) + "\n", encoding="utf-8"
        )
    sys.exit(0 if result.ok else 1)


if __name__ == "__main__":
    main()
