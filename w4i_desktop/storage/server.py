"""A shared database on a PostgreSQL server, for a centre whose staff share one database.

The installation connects as one PostgreSQL role (its password in the URL, in libpq's password
file or given as `server_password`, never written by W4I); the app's users then log in against
the users table, where each keeps an Argon2id hash of her password. Roles, permissions, the
audit chain and the services are the same as with a local file.

What only a local file has: key slots (`<db>.keys`), "remember me" on a computer, the writer
lock, SQLCipher's pragmas, backups made by W4I and checkpoints. On a server, backups are the
server's business (pg_dump, base backups); `backup` and `path` say so with a BadInput,
`checkpoint` does nothing and "remember me" is unavailable.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.orm import Session

from w4i_desktop.errors import BadInput, W4IError, WrongPassword
from w4i_desktop.models import Setting, User
from w4i_desktop.storage import migrate
from w4i_desktop.storage.engine import postgres_engine
from w4i_desktop.storage.keyslots import KdfParams, new_recovery_code, normalise_recovery_code
from w4i_desktop.storage.server_passwords import hash_secret, params_of, verify_secret
from w4i_desktop.storage.store import Store, Unlocked

DRIVER = "postgresql+psycopg"
# sslmode values that refuse a connection without TLS.
TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})
RECOVERY_SETTING = "server_recovery_key_hash"
# Called inside the failed login's own unit of work with the user's id (None: no such user).
FailedLogin = Callable[[Session, int | None], None]
# Called inside the unit of work that creates the database, to add its first rows.
FirstRows = Callable[["ServerDatabase", Session], None]


# --- the address ---------------------------------------------------------------------------


def check_server_url(url: str | URL, *, server_password: str | None = None) -> URL:
    """`url` as W4I connects to it, or BadInput: a PostgreSQL URL naming a database, with the
    psycopg driver, and TLS (sslmode=require, verify-ca or verify-full) unless every host is
    this computer (localhost, 127.0.0.0/8, ::1 or a Unix socket). `server_password`, when
    given, replaces any password in the URL. Messages never show the password."""
    if isinstance(url, str):
        try:
            url = make_url(url.strip())
        except ArgumentError:
            raise BadInput(
                "This is not a server address: write it as "
                "postgresql://role@host:port/database?sslmode=require."
            ) from None
    backend = url.get_backend_name()
    if backend not in ("postgresql", "postgres"):
        raise BadInput(
            "A shared database must be on a PostgreSQL server: its address starts with "
            "postgresql://."
        )
    url = url.set(drivername=DRIVER)
    if server_password is not None:
        url = url.set(password=server_password)
    if not url.database:
        raise BadInput(
            "The server address must name a database: "
            "postgresql://role@host:port/database?sslmode=require."
        )
    hosts = server_hosts(url)
    remote = [host for host in hosts if not is_loopback(host)]
    if remote and str(url.query.get("sslmode", "")) not in TLS_MODES:
        raise BadInput(
            "The server {host} must be reached over TLS: add ?sslmode=require (or verify-full) "
            "to its address.",
            host=remote[0],
        )
    return url


def server_hosts(url: URL) -> list[str]:
    """The hosts `url` connects to: its host, or those of libpq's `host` parameter (a
    directory is a Unix socket); an empty string when libpq would use its default socket."""
    hosts: list[str] = []
    if url.host:
        hosts.append(url.host)
    query = url.query.get("host")
    if query is not None:
        for value in (query,) if isinstance(query, str) else query:
            hosts.extend(part.strip() for part in value.split(","))
    return hosts or [""]


def is_loopback(host: str) -> bool:
    """Whether `host` is this computer: a Unix socket (a path, or libpq's default), localhost
    or a loopback address."""
    host = host.strip().strip("[]")
    if host == "" or host.startswith("/") or host.startswith("@"):
        return True
    if host.casefold() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_label(url: URL) -> str:
    """role@host:port/database, for messages and titles: never the password."""
    host = ",".join(h or "local socket" for h in server_hosts(url))
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"{user}{host}{port}/{url.database}"


def address_to_keep(url: URL) -> str:
    """The URL without its password: what settings may store (a password belongs in the OS
    credential store or libpq's password file)."""
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


# --- the database --------------------------------------------------------------------------


class ServerDatabase(Store):
    """A W4I database on a PostgreSQL server, opened by one of its users."""

    is_server = True

    def __init__(self, url: URL, engine: Engine) -> None:
        super().__init__(engine)
        self.url = url  # may hold the role's password: never show it (server_label)

    @property
    def name(self) -> str:
        return server_label(self.url)

    @property
    def path(self) -> Path:
        raise BadInput(
            "A shared database has no file on this computer: it is kept, and backed up, on "
            "its server."
        )

    # --- creating and opening ------------------------------------------------------------------

    @classmethod
    def connect(cls, url: str | URL, *, server_password: str | None = None) -> ServerDatabase:
        """Reach the server (no user logged in yet): BadInput when the address is not allowed
        or the server cannot be reached."""
        checked = check_server_url(url, server_password=server_password)
        engine = postgres_engine(checked)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError:
            engine.dispose()
            raise BadInput(
                "The database server {server} cannot be reached, or refused this computer's "
                "role: check the address, the password and that the server is running.",
                server=server_label(checked),
            ) from None
        return cls(checked, engine)

    @classmethod
    def create(
        cls,
        url: str | URL,
        *,
        kdf: KdfParams | None = None,
        server_password: str | None = None,
        first_rows: FirstRows | None = None,
    ) -> tuple[ServerDatabase, str]:
        """Make the database on the server a new W4I database and return it with its recovery
        code (to show once, then forget). The database must be empty, or hold the W4I tables
        and nothing else yet (an administrator may have run the migrations already).

        One unit of work, under the migration lock: the schema, the recovery key's hash and
        `first_rows(db, session)` (the first site and administrator, with her password: see
        services.users.create_database) are all written, or none. Of two computers creating
        at once, the second finds a W4I database there and is told so."""
        params = kdf or KdfParams.calibrated()
        recovery_code = new_recovery_code()
        recovery_hash = hash_secret(recovery_code, params)
        db = cls.connect(url, server_password=server_password)
        try:
            with db.transaction() as session:
                conn = session.connection()
                migrate.lock_for_migration(conn)
                current = migrate.current_revision_on(conn)
                if current is None and _has_tables(conn):
                    raise BadInput(
                        "The database {server} is not empty: a W4I database needs a database "
                        "of its own on the server.",
                        server=db.name,
                    )
                if current is not None:
                    db._check_known(current)
                    taken = (
                        conn.execute(select(User.id).limit(1)).first()
                        or conn.execute(
                            select(Setting.key).where(Setting.key == RECOVERY_SETTING)
                        ).first()
                    )
                    if taken is not None:
                        raise BadInput("{server} already holds a W4I database.", server=db.name)
                migrate.upgrade_on(conn)
                session.add(Setting(key=RECOVERY_SETTING, value=recovery_hash))
                session.flush()
                if first_rows is not None:
                    first_rows(db, session)
        except BaseException:
            db.close()
            raise
        return db, recovery_code

    @classmethod
    def open(
        cls,
        url: str | URL,
        username: str,
        password: str,
        *,
        server_password: str | None = None,
        on_failure: FailedLogin | None = None,
    ) -> ServerDatabase:
        """Log `username` in with `password`, checked against the users table: WrongPassword
        otherwise (the same for an unknown or deactivated user). `on_failure` may write the
        failed attempt down (in the audit log) before WrongPassword is raised. An older schema
        is upgraded after the password was checked."""
        db = cls.connect(url, server_password=server_password)
        try:
            current = db._w4i_revision()
            name = username.strip().casefold()
            with db.transaction() as session:
                user_id = db.check_password(session, name, password)
                if user_id is None and on_failure is not None:
                    known = session.scalars(select(User.id).where(User.username == name)).first()
                    on_failure(session, known)
            if user_id is None:
                raise WrongPassword("The user name or the password is wrong.")
            if current != migrate.head_revision():
                migrate.upgrade(db.engine)  # one transaction, under a lock: all or nothing
        except BaseException:
            db.close()
            raise
        db.unlocked = Unlocked(name)
        return db

    @classmethod
    def open_with_recovery_key(
        cls, url: str | URL, recovery_code: str, *, server_password: str | None = None
    ) -> ServerDatabase:
        """Open with the recovery key given when the database was created (WrongPassword
        otherwise), e.g. to give the administrator who forgot hers a new password."""
        code = normalise_recovery_code(recovery_code)
        db = cls.connect(url, server_password=server_password)
        try:
            db._w4i_revision()
            with db.transaction() as session:
                stored = session.get(Setting, RECOVERY_SETTING)
                params = params_of(stored.value) if stored is not None else KdfParams()
                if not verify_secret(stored.value if stored else None, code, params):
                    raise WrongPassword("The recovery key is wrong.")
        except BaseException:
            db.close()
            raise
        db.unlocked = Unlocked(None, by_recovery_key=True)
        return db

    def _w4i_revision(self) -> str:
        """The schema revision of the W4I database here; BadInput when there is none, or when a
        newer version of the app made it."""
        current = migrate.current_revision(self.engine)
        if current is None:
            raise BadInput(
                "{server} holds no W4I database yet: create one there first.", server=self.name
            )
        self._check_known(current)
        return current

    def _check_known(self, revision: str) -> None:
        if not migrate.is_known_revision(revision):
            raise BadInput(
                "{server} was upgraded by a newer version of W4I Desktop: install that version "
                "on this computer.",
                server=self.name,
            )

    # --- passwords -----------------------------------------------------------------------------

    def check_password(self, session: Session, username: str, password: str) -> int | None:
        """The id of the active user `username` if `password` is hers, else None. Takes as long
        for an unknown user as for a wrong password."""
        user = session.scalars(
            select(User).where(User.username == username, User.active)
        ).one_or_none()
        stored = user.password_hash if user is not None else None
        ok = verify_secret(stored, password, self._params())
        return user.id if ok and user is not None else None

    def set_user_password(self, username: str, password: str, kdf: KdfParams | None = None) -> None:
        with self.transaction() as session:
            self._user(session, username).password_hash = hash_secret(
                password, kdf or self._params()
            )

    def remove_user_slot(self, username: str) -> bool:
        with self.transaction() as session:
            user = self._user(session, username)
            had = user.password_hash is not None
            user.password_hash = None
            return had

    def has_user_slot(self, username: str) -> bool:
        with self.transaction() as session:
            stored = session.scalar(
                select(User.password_hash).where(User.username == username.casefold())
            )
            return stored is not None

    def _user(self, session: Session, username: str) -> User:
        user = session.scalars(
            select(User).where(User.username == username.casefold())
        ).one_or_none()
        if user is None:
            raise BadInput("There is no user called {name}.", name=username)
        return user

    def _params(self) -> KdfParams:
        """The recovery key's costs: chosen for this installation when it was created."""
        with self.transaction() as session:
            stored = session.get(Setting, RECOVERY_SETTING)
        return params_of(stored.value) if stored is not None else KdfParams()

    def set_device_secret(self, username: str, secret: str) -> None:
        raise BadInput("'Remember me' is only for a database kept on this computer.")

    def remove_device_slot(self, username: str) -> bool:
        return False

    # --- maintenance ---------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Nothing to do: the server keeps its own files (its administrator sees to vacuum and
        to the disk's encryption)."""

    def backup(self, target: Path) -> Path:
        raise BadInput(
            "A shared database is backed up on its server (for example with pg_dump), "
            "not from W4I Desktop."
        )

    def _storage_error(self, exc: DBAPIDatabaseError) -> W4IError | None:
        if exc.connection_invalidated:
            return BadInput(
                "The connection to the database server {server} was lost; the change was not "
                "saved. Try again.",
                server=self.name,
            )
        return None

    # --- closing -------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ServerDatabase:
        return self


def _has_tables(conn: Connection) -> bool:
    return bool(inspect(conn).get_table_names())
