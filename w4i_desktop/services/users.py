"""Users and sessions: creating the first database, adding users, logging in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied, WrongPassword
from w4i_desktop.models import Setting, Site, User
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import audit
from w4i_desktop.services.context import Actor, Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage import device_keyring
from w4i_desktop.storage.database import Database
from w4i_desktop.storage.keyslots import KdfParams, KeyFile

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD_LENGTH = 8


def check_username(username: str) -> str:
    name = username.strip().casefold()
    if not USERNAME_RE.match(name):
        raise BadInput("A user name has 2 to 64 characters: letters a-z, digits, '.', '_' or '-'.")
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput("A password needs at least {count} characters.", count=MIN_PASSWORD_LENGTH)


@dataclass(frozen=True)
class NewDatabase:
    context: Context
    recovery_code: str


def create_database(
    path: Path,
    admin_username: str,
    admin_password: str,
    *,
    organisation: str = "",
    site_name: str = "Main site",
    admin_display_name: str | None = None,
    kdf: KdfParams | None = None,
) -> NewDatabase:
    """Create the encrypted database with its first site and admin, logged in as that admin."""
    username = check_username(admin_username)
    check_password(admin_password)
    db, recovery_code = Database.create(Path(path), username, admin_password, kdf=kdf)
    try:
        with db.transaction() as session:
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
            audit.record(session, admin.id, AuditAction.CREATE, "database", None)
            actor = Actor(admin.id, username, Role.ADMIN, site.id)
    except BaseException:
        db.close()
        raise
    return NewDatabase(Context(db, actor), recovery_code)


def login(
    path: Path,
    username: str,
    password: str,
    *,
    backup_dir: Path | None = None,
    device: bool = False,
) -> Context:
    """Unlock the database with a user's password (or this computer's remembered secret);
    audit the login and the failed attempts noted since the last one."""
    name = username.strip().casefold()
    db = Database.open(Path(path), name, password, backup_dir=backup_dir, device=device)
    try:
        with db.transaction() as session:
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            _audit_failed_unlocks(db, session, user.id if user else None, name)
            if user is None or not user.active:
                audit.record(
                    session, None, AuditAction.FAILED_LOGIN, "user", user.id if user else None
                )
                raise WrongPassword("The user name or the password is wrong.")
            user.last_login_at = utcnow()
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
    check_password(password)
    with ctx.db.transaction() as session:
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


def failed_attempts(path: Path, username: str) -> int:
    """Failed unlocks for `username` since their last successful one (kept in the key file)."""
    keyfile = KeyFile.load(Path(path))
    return keyfile.failures_for(keyfile.user_label(username.strip().casefold()))


def login_delay_seconds(failures: int) -> int:
    """The wait before the next attempt: none for the first 5 failures, then doubling to 60 s."""
    if failures < 5:
        return 0
    return int(min(60, 2 ** (failures - 4)))


def remember_on_this_computer(ctx: Context) -> bool:
    """'Remember me': a secret in the OS credential store will open the database for this
    user at start-up. False where this computer has no credential store."""
    return device_keyring.available() and device_keyring.remember(ctx.db, ctx.actor.username)


def forget_on_this_computer(ctx: Context) -> None:
    device_keyring.forget(ctx.db, ctx.actor.username)


def login_remembered(path: Path, username: str) -> Context | None:
    """Log in with this computer's remembered secret, or None when there is none (or it no
    longer opens a slot, e.g. after the user was removed)."""
    if not device_keyring.available() or not Path(path).is_file():
        return None
    keyfile = KeyFile.load(Path(path))
    secret = device_keyring.remembered_secret(keyfile.database_id, username)
    if secret is None:
        return None
    try:
        return login(path, username, secret, device=True)
    except WrongPassword:
        return None
