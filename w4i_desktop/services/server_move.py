"""Moving a local database to a shared PostgreSQL server (`w4i migrate-to-server`).

What happens, in order:

1. The local file is never opened in place. Its writer lock is taken (nobody may work in it
   during the move, and a file being written is never copied half-way), the file, its `.keys`
   and any `-wal` are copied into a temporary folder while being hashed, and the copy is
   unlocked with the administrator's password (the key slot is the password check). Opening
   the real file would write to it: a login adds an audit entry, an unlock may move failed
   attempts out of the key file, closing runs PRAGMA optimize and an older schema is upgraded.
   The copy is as encrypted as the original and is deleted at the end; the original's hashes
   are compared again before its lock is released.
2. On the server, one transaction (storage.server.ServerDatabase.create, under the migration
   lock): the schema, a new recovery key, then every row of every table in foreign-key order
   (the models' tables; the full-text index is filled on the server by its own triggers),
   primary keys kept, the sequences moved past the highest ids. The audit log is copied as it
   is: its hashes cover values, not how an engine stores them, so it verifies on the server.
3. Still in that transaction: the row counts of every table, the indicators I1-I13 for the
   last four quarters (all sites and each site) and the audit chain are compared with the
   copy. Any difference raises MoveFailed and the server keeps nothing. When all match, one
   audit entry (MIGRATE) records the move, and the transaction commits.

Passwords: key slots wrap the database key and cannot become the server's password hashes.
The administrator who runs the move keeps her password (she has just typed it, and the key
slot proved it); every other user is copied without one and cannot log in on the server until
an administrator sets one (Settings > Users, or `w4i users reset-password`). The server gets
its own recovery key, shown once; the local file's recovery key does not open the server.

The server's database must be empty, or hold only the W4I tables (an administrator may have
run the migrations): a database that already holds W4I data is refused and left unchanged.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import (
    URL,
    ColumnElement,
    Connection,
    Integer,
    LargeBinary,
    Table,
    func,
    insert,
    select,
    text,
)
from sqlalchemy import table as table_clause
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, NotADatabase, PermissionDenied, W4IError
from w4i_desktop.models import Base, Setting, Site, User
from w4i_desktop.reports.indicators import compute
from w4i_desktop.reports.periods import Period
from w4i_desktop.services import audit
from w4i_desktop.storage.database import Database
from w4i_desktop.storage.keyslots import KdfParams, KeyFile
from w4i_desktop.storage.lock import WriterLock
from w4i_desktop.storage.search import SEARCH_TABLE
from w4i_desktop.storage.server import (
    RECOVERY_SETTING,
    ServerDatabase,
    check_server_url,
    server_label,
)

CHUNK = 2_000  # rows read and written at a time
BLOB_CHUNK = 20  # rows at a time of tables holding documents (attachments, the logo)
QUARTERS = 4
Progress = Callable[[str], None]


class MoveFailed(W4IError):
    """The copy on the server differed from the local database: nothing was kept there."""

    def __init__(self, report: MoveReport) -> None:
        super().__init__(
            "The copy on the server did not match the local database; the server was left as "
            "it was: " + "; ".join(report.problems)
        )
        self.report = report


@dataclass(frozen=True)
class TableCount:
    table: str
    local: int
    server: int


@dataclass
class MoveReport:
    """What the move did and what it checked; `problems` is empty when everything matched."""

    source: str
    server: str
    recovery_code: str = ""
    administrator: str = ""
    counts: list[TableCount] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    sites: int = 0
    indicator_checks: int = 0
    audit_entries: int = 0
    users_without_password: list[str] = field(default_factory=list)
    local_unchanged: bool = False
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(count.local for count in self.counts)

    @property
    def ok(self) -> bool:
        return not self.problems


def move_to_server(
    db_path: Path,
    username: str,
    password: str,
    server: URL | str,
    *,
    server_password: str | None = None,
    kdf: KdfParams | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> MoveReport:
    """Copy the local database `db_path` (opened by administrator `username` with `password`)
    into the empty database at `server`, check the copy and commit it; see the module's
    docstring. Raises MoveFailed (nothing kept on the server) when the copy differs, BadInput
    when the server holds W4I data already or cannot be reached, WrongPassword,
    PermissionDenied (not an administrator) or DatabaseLocked (the file is open elsewhere)."""
    started = time.perf_counter()
    db_path = Path(db_path)
    url = check_server_url(server, server_password=server_password)
    name = username.strip().casefold()
    say = progress or (lambda _message: None)
    report = MoveReport(source=db_path.name, server=server_label(url))
    if not db_path.is_file():
        raise NotADatabase(f"There is no database at {db_path}.")
    originals = (db_path, KeyFile.path_for(db_path))
    KeyFile.load(db_path)  # a missing or damaged key file: said clearly, before anything else
    lock = WriterLock(db_path)
    lock.acquire()
    try:
        with tempfile.TemporaryDirectory(prefix="w4i-move-") as folder:
            say("Copying the local database…")
            copy, hashes = _copy_files(db_path, Path(folder))
            local = Database.open(copy, name, password, backup_dir=Path(folder) / "backups")
            try:
                admin_id = _administrator(local, name)
                report.administrator = name

                def first_rows(db: ServerDatabase, session: Session) -> None:
                    _copy_and_check(local, session, report, admin_id, today, say)
                    db.set_user_password(name, password, kdf)
                    audit.record(
                        session,
                        admin_id,
                        AuditAction.MIGRATE,
                        "database",
                        None,
                        {"count": report.rows, "via": "migrate-to-server"},
                    )

                say("Creating the database on the server…")
                db, report.recovery_code = ServerDatabase.create(
                    url, kdf=kdf, first_rows=first_rows
                )
                try:
                    _analyse(db)
                finally:
                    db.close()
            finally:
                local.close()
        report.local_unchanged = all(_sha256(path) == hashes[path] for path in originals)
    finally:
        lock.release()
    report.seconds = time.perf_counter() - started
    return report


# --- the local copy ------------------------------------------------------------------------


def _copy_files(db_path: Path, folder: Path) -> tuple[Path, dict[Path, str]]:
    """Copy the database, its key file and its write-ahead log (when one was left behind)
    into `folder`; return the copy and the originals' SHA-256."""
    copy = folder / db_path.name
    hashes: dict[Path, str] = {}
    for source in (db_path, KeyFile.path_for(db_path), db_path.with_name(db_path.name + "-wal")):
        if source.exists():
            hashes[source] = _copy_hashing(source, folder / source.name)
    return copy, hashes


def _copy_hashing(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as reading, target.open("wb") as writing:
        while block := reading.read(1 << 20):
            digest.update(block)
            writing.write(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reading:
        while block := reading.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _administrator(local: Database, name: str) -> int:
    with local.transaction() as session:
        user = session.scalars(select(User).where(User.username == name)).one_or_none()
        if user is None or not user.active or user.role is not Role.ADMIN:
            raise PermissionDenied("Only an administrator may move the database to a server.")
        return user.id


# --- copying -------------------------------------------------------------------------------


def tables() -> list[Table]:
    """Every table of the models, parents before children (the full-text index is not one:
    each engine's triggers keep their own)."""
    return [table for table in Base.metadata.sorted_tables if table.name != SEARCH_TABLE]


def _copy_and_check(
    local: Database,
    session: Session,
    report: MoveReport,
    admin_id: int,
    today: date | None,
    say: Progress,
) -> None:
    conn = session.connection()
    with local.engine.connect() as source:
        for table in tables():
            say(f"Copying {table.name}…")
            _copy_table(source, conn, table)
        _reset_sequences(conn)
        say("Checking the copy…")
        _check_counts(source, conn, report)
    with local.transaction() as local_session:
        _check_indicators(local_session, session, report, today or date.today())
        _check_audit(local_session, session, report)
        report.users_without_password = list(
            local_session.scalars(
                select(User.username)
                .where(User.active, User.id != admin_id)
                .order_by(User.username)
            )
        )
    if report.problems:
        raise MoveFailed(report)


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    query = select(table).order_by(*table.primary_key.columns)
    if table.name == Setting.__tablename__:  # the server's own recovery key is there already
        query = query.where(table.c.key != RECOVERY_SETTING)
    chunk = BLOB_CHUNK if _has_blobs(table) else CHUNK
    result = source.execution_options(yield_per=chunk).execute(query)
    written = 0
    for rows in result.mappings().partitions(chunk):
        try:
            target.execute(insert(table), [dict(row) for row in rows])
        except DBAPIError as exc:
            # The server's message may quote the values (personal data): name the table only.
            raise BadInput(
                "Row {row} of the table {table} cannot be stored on the server ({problem}); "
                "nothing was kept there.",
                row=written + 1,
                table=table.name,
                problem=type(exc.orig).__name__,
            ) from None
        written += len(rows)


def _has_blobs(table: Table) -> bool:
    return any(isinstance(column.type, LargeBinary) for column in table.columns)


def _reset_sequences(conn: Connection) -> None:
    """Rows were written with their ids: start each id sequence after the highest one."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        key = keys[0]
        if key.autoincrement is False:
            continue
        highest = conn.execute(select(func.max(key))).scalar() or 0
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, :column), :next, false)"),
            {"table": table.name, "column": key.name, "next": highest + 1},
        )


def _analyse(db: ServerDatabase) -> None:
    """Statistics for the server's query planner, now that the tables are full."""
    with db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


# --- checking ------------------------------------------------------------------------------


def _count(conn: Connection, target: Table | str, where: ColumnElement[bool] | None = None) -> int:
    query = select(func.count()).select_from(
        target if isinstance(target, Table) else table_clause(target)
    )
    if where is not None:
        query = query.where(where)
    return int(conn.execute(query).scalar_one())


def _check_counts(source: Connection, target: Connection, report: MoveReport) -> None:
    for table in tables():
        where = table.c.key != RECOVERY_SETTING if table.name == Setting.__tablename__ else None
        here, there = _count(source, table, where), _count(target, table, where)
        report.counts.append(TableCount(table.name, here, there))
        if here != there:
            report.problems.append(
                f"the table {table.name} has {here} rows here but {there} on the server"
            )
    participants = next(c.local for c in report.counts if c.table == "participant")
    indexed = _count(target, SEARCH_TABLE)
    if indexed != participants:
        report.problems.append(
            f"the server's search index has {indexed} participants instead of {participants}"
        )


def _check_indicators(local: Session, server: Session, report: MoveReport, today: date) -> None:
    sites: list[int | None] = [None, *local.scalars(select(Site.id).order_by(Site.id))]
    periods = Period.containing(today).quarters_back(QUARTERS)
    report.periods = [period.label for period in periods]
    report.sites = len(sites) - 1
    for period in periods:
        for site_id in sites:
            here, there = compute(local, period, site_id), compute(server, period, site_id)
            report.indicator_checks += 1
            if here != there:
                scope = "all sites" if site_id is None else f"site {site_id}"
                differing = [key for key in here.values if here.values[key] != there.values[key]]
                report.problems.append(
                    f"the indicators for {period.label}, {scope} differ"
                    + (f" ({', '.join(differing)})" if differing else " (breakdowns)")
                )


def _check_audit(local: Session, server: Session, report: MoveReport) -> None:
    here, there = audit.verify(local), audit.verify(server)
    report.audit_entries = there.entries
    if not there.ok:
        report.problems.append(
            "the audit log does not verify on the server: " + "; ".join(there.problems[:3])
        )
    if here.entries != there.entries:
        report.problems.append(
            f"the audit log has {here.entries} entries here but {there.entries} on the server"
        )
