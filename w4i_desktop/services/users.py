"""Users and sessions: creating the first database, adding users, logging in.

A database is a SQLCipher file (a `Path`) or a shared PostgreSQL server (a `URL`, e.g. from
storage.server.check_server_url; a string starting with "postgresql://" is taken as one too).
`create_database` and `login` make a Context on either; everything else takes that Context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied, WrongPassword
from w4i_desktop.models import Setting, Site, User
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import audit
from w4i_desktop.services.context import Actor, Context
from w4i_desktop.services.passwords import check_password
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.database import Database, device_label
from w4i_desktop.storage.keyslots import KdfParams, KeyFile
from w4i_desktop.storage.server import ServerDatabase
from w4i_desktop.storage.store import Store, Unlocked

# Where a database is: a file on this computer, or a PostgreSQL server's URL.
Target = Path | URL

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def check_username(username: str) -> str:
    name = username.strip().casefold()
    if not USERNAME_RE.match(name):
        raise BadInput("A user name has 2 to 64 characters: letters a-z, digits, '.', '_' or '-'.")
    return name


def organisation_words(session: Session) -> list[str]:
    """The organisation's name, for `check_password`'s names a password must not lean on."""
    return [session.scalar(select(Setting.value).where(Setting.key == "organisation_name")) or ""]


@dataclass(frozen=True)
class NewDatabase:
    context: Context
    recovery_code: str


def locate(target: Target | str) -> Path | URL:
    """A server's URL (when `target` is one, or a string starting like one), else the file."""
    if isinstance(target, URL):
        return target
    if isinstance(target, str) and target.startswith(("postgresql:", "postgresql+", "postgres:")):
        return make_url(target)  # checked by ServerDatabase (storage.server.check_server_url)
    return Path(target)


def create_database(
    target: Target,
    admin_username: str,
    admin_password: str,
    *,
    organisation: str = "",
    site_name: str = "Main site",
    admin_display_name: str | None = None,
    kdf: KdfParams | None = None,
    server_password: str | None = None,
) -> NewDatabase:
    """Create the database with its first site and admin, logged in as that admin: a new
    encrypted file, or (a URL) a new W4I database in an empty database on a server, which
    the server's role (its password in the URL or `server_password`) may write."""
    username = check_username(admin_username)
    check_password(admin_password, [username, admin_display_name, organisation, site_name])
    place = locate(target)
    first: list[Actor] = []

    def first_rows(db: Store, session: Session) -> None:
        site = Site(name=site_name.strip() or "Main site")
        session.add(site)
        session.flush()
        admin = User(
            username=username,
            display_name=admin_display_name or username,
            role=Role.ADMIN,
            site_id=site.id,
            last_login_at=utcnow(),
        )
        session.add(admin)
        session.add(Setting(key="organisation_name", value=organisation.strip()))
        session.flush()
        if not db.has_user_slot(username):  # a server: the password goes with the user
            db.set_user_password(username, admin_password, kdf)
        audit.record(session, admin.id, AuditAction.CREATE, "database", None)
        first.append(Actor(admin.id, username, Role.ADMIN, site.id))

    db: Store
    if isinstance(place, URL):
        db, recovery_code = ServerDatabase.create(
            place, kdf=kdf, server_password=server_password, first_rows=first_rows
        )
    else:
        db, recovery_code = Database.create(place, username, admin_password, kdf=kdf)
        try:
            with db.transaction() as session:
                first_rows(db, session)
        except BaseException:
            db.close()
            raise
    db.unlocked = Unlocked(username)
    return NewDatabase(Context(db, first[0]), recovery_code)


def login(
    target: Target,
    username: str,
    password: str,
    *,
    backup_dir: Path | None = None,
    device: bool = False,
    server_password: str | None = None,
) -> Context:
    """Unlock the database with a user's password (or this computer's remembered secret);
    audit the login and the failed attempts (on a server as they happen; in a file, noted in
    its key file until the next login)."""
    name = username.strip().casefold()
    place = locate(target)
    db: Store
    if isinstance(place, URL):
        if device:
            raise WrongPassword("The user name or the password is wrong.")
        db = ServerDatabase.open(
            place, name, password, server_password=server_password, on_failure=_audit_failed_login
        )
    else:
        db = Database.open(place, name, password, backup_dir=backup_dir, device=device)
    try:
        with db.transaction() as session:
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            if isinstance(db, Database):
                _audit_failed_unlocks(db, session, user.id if user else None, name)
            if user is None or not user.active:
                audit.record(
                    session, None, AuditAction.FAILED_LOGIN, "user", user.id if user else None
                )
                raise WrongPassword("The user name or the password is wrong.")
            # Not through the versioned row: signing in on two computers at once, or while an
            # administrator has her account open, must not make either save look stale.
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(last_login_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            audit.record(
                session,
                user.id,
                AuditAction.LOGIN,
                "user",
                user.id,
                {"via": "device" if device else "password"},
            )
            actor = Actor(user.id, user.username, user.role, user.site_id)
    except BaseException:
        db.close()
        raise
    return Context(db, actor)


def _audit_failed_login(session: Session, user_id: int | None) -> None:
    audit.record(session, None, AuditAction.FAILED_LOGIN, "user", user_id)


def _audit_failed_unlocks(db: Database, session: Session, user_id: int | None, name: str) -> None:
    label = db.keyfile.user_label(name)
    for attempt in db.failed_unlocks_before:
        at = datetime.fromisoformat(attempt["at"]).astimezone(UTC)
        # Only the logged-in user's own failures can be tied to a user id; others stay anonymous.
        who = user_id if attempt.get("label") == label else None
        audit.record(session, who, AuditAction.FAILED_LOGIN, "user", who, at=at)


def add_user(
    ctx: Context,
    username: str,
    password: str,
    role: Role,
    *,
    display_name: str | None = None,
    site_id: int | None = None,
    kdf: KdfParams | None = None,
) -> int:
    ctx.require(Action.USER_MANAGE)
    name = check_username(username)
    with ctx.db.transaction() as session:
        check_password(password, [name, display_name, *organisation_words(session)])
        if session.scalars(select(User.id).where(User.username == name)).first() is not None:
            raise BadInput("There is already a user called {name}.", name=name)
        user = User(
            username=name,
            display_name=display_name or name,
            role=role,
            site_id=site_id if site_id is not None else ctx.actor.site_id,
        )
        session.add(user)
        session.flush()
        audit.record(
            session, ctx.actor.user_id, AuditAction.CREATE, "user", user.id, {"role": role.value}
        )
        # The slot is written last inside the transaction: if it fails, no user row remains.
        ctx.db.set_user_password(name, password, kdf)
        user_id = user.id
    return user_id


def deactivate_user(ctx: Context, user_id: int) -> None:
    ctx.require(Action.USER_MANAGE)
    if user_id == ctx.actor.user_id:
        raise PermissionDenied("You cannot deactivate your own account.")
    with ctx.db.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise BadInput("No such user.")
        user.active = False
        ctx.db.remove_user_slot(user.username)
        audit.record(
            session, ctx.actor.user_id, AuditAction.UPDATE, "user", user_id, {"fields": ["active"]}
        )


def list_caseworkers(ctx: Context) -> list[tuple[int, str]]:
    """Active staff and managers, by name: the people a record can be assigned to."""
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(User.id, User.display_name)
            .where(User.active, User.role.in_([Role.STAFF, Role.MANAGER, Role.ADMIN]))
            .order_by(User.display_name)
        )
        return [(uid, name) for uid, name in rows]


def list_sites(ctx: Context) -> list[tuple[int, str]]:
    with ctx.db.transaction() as session:
        return [(s.id, s.name) for s in session.scalars(select(Site).order_by(Site.name))]


def failed_attempts(target: Target, username: str) -> int:
    """Failed unlocks for `username` since their last successful one (kept in the key file;
    0 for a server, whose failed logins are in its audit log)."""
    place = locate(target)
    if isinstance(place, URL):
        return 0
    keyfile = KeyFile.load(place)
    return keyfile.failures_for(keyfile.user_label(username.strip().casefold()))


def login_delay_seconds(failures: int) -> int:
    """The wait before the next attempt: none for the first 5 failures, then doubling to 60 s."""
    if failures < 5:
        return 0
    return int(min(60, 2 ** (failures - 4)))


def remember_on_this_computer(ctx: Context) -> bool:
    """'Remember me': a secret in the OS credential store will open the database for this
    user at start-up. False where this computer has no credential store."""
    if not isinstance(ctx.db, Database):  # a server: never remembered on a computer
        return False
    from w4i_desktop.storage import device_keyring  # keyring: not before the sign-in window

    return device_keyring.available() and device_keyring.remember(ctx.db, ctx.actor.username)


def forget_on_this_computer(ctx: Context) -> None:
    if isinstance(ctx.db, Database):
        from w4i_desktop.storage import device_keyring

        device_keyring.forget(ctx.db, ctx.actor.username)


def login_remembered(path: Target, username: str) -> Context | None:
    """Log in with this computer's remembered secret, or None when there is none (or it no
    longer opens a slot, e.g. after the user was removed; always for a server)."""
    place = locate(path)
    if isinstance(place, URL) or not place.is_file():
        return None
    keyfile = KeyFile.load(place)
    if not keyfile.has_slot(device_label(keyfile.user_label(username.strip().casefold()))):
        return None  # never remembered here: no need to load the credential store's library
    from w4i_desktop.storage import device_keyring

    if not device_keyring.available():
        return None
    secret = device_keyring.remembered_secret(keyfile.database_id, username)
    if secret is None:
        return None
    try:
        return login(place, username, secret, device=True)
    except WrongPassword:
        return None
