"""Administering user accounts: the list, roles, password resets (by an administrator or with
the recovery key) and reactivation. Adding and deactivating users live in `users`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import URL, func, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.models import Site, User
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.passwords import check_password
from w4i_desktop.services.permissions import Action
from w4i_desktop.services.users import Target, locate, organisation_words
from w4i_desktop.storage.database import Database
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.storage.server import ServerDatabase
from w4i_desktop.storage.store import Store


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: Role
    site_id: int | None
    site_name: str
    active: bool
    last_login_at: datetime | None


def list_accounts(ctx: Context) -> list[Account]:
    """Every user, active ones first, by name."""
    ctx.require(Action.USER_MANAGE)
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(User, Site.name)
            .outerjoin(Site, Site.id == User.site_id)
            .order_by(User.active.desc(), func.lower(User.display_name))
        )
        return [
            Account(
                user.id,
                user.username,
                user.display_name,
                user.role,
                user.site_id,
                site or "",
                user.active,
                user.last_login_at,
            )
            for user, site in rows
        ]


def confirm_password(password: str, repeated: str, user_inputs: Sequence[str] = ()) -> None:
    """A new password typed twice: the same both times, long enough and hard enough to guess
    (`user_inputs`: the names it must not lean on, as far as the form knows them; the service
    that sets the password checks again with the names in the database)."""
    if password != repeated:
        raise BadInput("The two passwords differ.", field="repeated")
    check_password(password, user_inputs)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise BadInput("No such user.")
    return user


def change_account(
    ctx: Context, user_id: int, *, role: Role, display_name: str, site_id: int | None
) -> None:
    """A user's role, name shown and site. An administrator cannot demote herself, so there
    is always someone who can manage users."""
    ctx.require(Action.USER_MANAGE)
    name = display_name.strip()
    if not name:
        raise BadInput("A user needs a name to show.")
    with ctx.db.transaction() as session:
        user = _user(session, user_id)
        if user.id == ctx.actor.user_id and role != user.role:
            raise PermissionDenied("You cannot change your own role.")
        if site_id is not None and session.get(Site, site_id) is None:
            raise BadInput("No such site.")
        changed = [
            field
            for field, old, new in (
                ("role", user.role, role),
                ("display_name", user.display_name, name),
                ("site_id", user.site_id, site_id),
            )
            if old != new
        ]
        if not changed:
            return
        user.role, user.display_name, user.site_id = role, name, site_id
        audit.record(
            session, ctx.actor.user_id, AuditAction.UPDATE, "user", user_id, {"fields": changed}
        )


def reset_password(
    ctx: Context, user_id: int, new_password: str, *, kdf: KdfParams | None = None
) -> None:
    """An administrator gives a user a new password. Computers that remembered her sign-in
    forget it, and a deactivated user becomes active again."""
    ctx.require(Action.USER_MANAGE)
    with ctx.db.transaction() as session:
        user = _user(session, user_id)
        names = [user.username, user.display_name, *organisation_words(session)]
        check_password(new_password, names)
        fields = ["password"] if user.active else ["password", "active"]
        user.active = True
        audit.record(
            session, ctx.actor.user_id, AuditAction.UPDATE, "user", user_id, {"fields": fields}
        )
        # The slots are written last inside the transaction: a failure leaves no audit row.
        ctx.db.remove_user_slot(user.username)
        ctx.db.set_user_password(user.username, new_password, kdf)


def reset_password_with_recovery_key(
    target: Target,
    recovery_key: str,
    username: str,
    new_password: str,
    *,
    kdf: KdfParams | None = None,
    server_password: str | None = None,
) -> None:
    """Whoever holds the recovery key sets a new password for an active user (typically the
    administrator who forgot hers). WrongPassword when the key does not open the database
    (on a server: does not match the one given when the database was created there)."""
    name = username.strip().casefold()
    check_password(new_password, [name])  # before the slow unlock; again with the names below
    place = locate(target)
    db: Store
    if isinstance(place, URL):
        db = ServerDatabase.open_with_recovery_key(
            place, recovery_key, server_password=server_password
        )
    else:
        db = Database.open_with_recovery_key(place, recovery_key)
    with db, db.transaction() as session:
        user = session.scalars(select(User).where(User.username == name)).one_or_none()
        if user is None or not user.active:
            raise BadInput("There is no active user called {name}.", name=name)
        check_password(new_password, [name, user.display_name, *organisation_words(session)])
        audit.record(
            session,
            None,
            AuditAction.UPDATE,
            "user",
            user.id,
            {"fields": ["password"], "via": "recovery_key"},
        )
        db.remove_user_slot(user.username)
        db.set_user_password(user.username, new_password, kdf)
