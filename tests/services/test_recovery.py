"""The recovery key is kept (encrypted) until an administrator confirms she stored it, and an
administrator can replace it; the old key then stops working."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, select

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from w4i_desktop.enums import Role
from w4i_desktop.errors import BadInput, PermissionDenied, WrongPassword
from w4i_desktop.models import AuditEvent, Setting
from w4i_desktop.services import accounts, recovery, users
from w4i_desktop.services.context import Actor, Context
from w4i_desktop.services.users import NewDatabase
from w4i_desktop.storage.database import Database


@pytest.fixture
def created(database_target: Path | URL) -> Iterator[NewDatabase]:
    made = users.create_database(
        database_target,
        "admin",
        ADMIN_PASSWORD,
        organisation="Org",
        site_name="Milano",
        kdf=FAST_KDF,
    )
    yield made
    made.context.db.close()


def _sign_in_again(
    target: Path | URL, ctx: Context, username: str = "admin", password: str = ADMIN_PASSWORD
) -> Context:
    """The program ended (nothing confirmed) and she signs in again."""
    ctx.db.close()
    return users.login(target, username, password)


def _opens(target: Path | URL, code: str) -> bool:
    """Whether `code` opens the database (it sets the admin's password to what it was)."""
    try:
        accounts.reset_password_with_recovery_key(
            target, code, "admin", ADMIN_PASSWORD, kdf=FAST_KDF
        )
    except WrongPassword:
        return False
    return True


def _setting(ctx: Context) -> str | None:
    with ctx.db.transaction() as session:
        setting = session.get(Setting, recovery.UNCONFIRMED_KEY)
        return None if setting is None else setting.value


def test_an_unconfirmed_key_survives_the_program_ending_until_she_confirms(
    created: NewDatabase, database_target: Path | URL
) -> None:
    code = created.recovery_code
    recovery.remember_unconfirmed(created.context, code)
    ctx = _sign_in_again(database_target, created.context)
    assert recovery.unconfirmed_key(ctx) == code
    ctx = _sign_in_again(database_target, ctx)
    assert recovery.unconfirmed_key(ctx) == code  # shown at every sign-in until confirmed
    recovery.confirm_stored(ctx)
    assert recovery.unconfirmed_key(ctx) is None
    assert _setting(ctx) is None
    ctx = _sign_in_again(database_target, ctx)
    assert recovery.unconfirmed_key(ctx) is None
    ctx.db.close()
    assert _opens(database_target, code)  # confirming forgets the copy, not the key


def test_only_administrators_see_or_confirm_the_kept_key(created: NewDatabase) -> None:
    admin = created.context
    recovery.remember_unconfirmed(admin, created.recovery_code)
    for role in (Role.MANAGER, Role.STAFF, Role.VOLUNTEER):
        name = f"someone-{role.value}"
        user_id = users.add_user(admin, name, "quiet orange lantern drifts", role, kdf=FAST_KDF)
        other = Context(admin.db, Actor(user_id, name, role, None))
        assert recovery.unconfirmed_key(other) is None
        with pytest.raises(PermissionDenied):
            recovery.confirm_stored(other)
        with pytest.raises(PermissionDenied):
            recovery.make_new_key(other, "quiet orange lantern drifts", kdf=FAST_KDF)
    assert recovery.unconfirmed_key(admin) == created.recovery_code


def test_a_new_key_replaces_the_old_one_after_her_password(
    created: NewDatabase, database_target: Path | URL
) -> None:
    ctx = created.context
    with pytest.raises(BadInput) as wrong:
        recovery.make_new_key(ctx, "not-her-password", kdf=FAST_KDF)
    assert wrong.value.template == "That is not your password."
    assert recovery.unconfirmed_key(ctx) is None

    new = recovery.make_new_key(ctx, ADMIN_PASSWORD, kdf=FAST_KDF)
    assert new != created.recovery_code
    assert recovery.unconfirmed_key(ctx) == new
    with ctx.db.transaction() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == recovery.AUDIT_ENTITY)
        ).all()
        assert [(e.action, e.user_id) for e in events] == [("update", ctx.actor.user_id)]
        logged = json.dumps([e.detail for e in events])
    assert new not in logged and new.replace("-", "") not in logged

    ctx = _sign_in_again(database_target, ctx)
    assert recovery.unconfirmed_key(ctx) == new  # still shown: not confirmed yet
    ctx.db.close()
    assert not _opens(database_target, created.recovery_code)
    assert _opens(database_target, new)


def test_a_kept_key_that_does_not_open_the_database_is_dropped(created: NewDatabase) -> None:
    """The program ended after the new key was kept but before its slot was written: the old
    key still opens the database, so the kept one must not be offered as the key."""
    ctx = created.context
    recovery.remember_unconfirmed(ctx, "34679-ACDEF-GHJKM-NPQRT-UVWXY-34679")
    assert recovery.unconfirmed_key(ctx) is None
    assert _setting(ctx) is None


@pytest.mark.sqlcipher_only(reason="The key file exists only beside a SQLCipher file.")
def test_a_key_file_that_cannot_be_written_keeps_the_old_key(
    created: NewDatabase, database_target: Path | URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = created.context
    assert isinstance(ctx.db, Database)

    def full_disk(self: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(type(ctx.db.keyfile), "save", full_disk)
    with pytest.raises(OSError):
        recovery.make_new_key(ctx, ADMIN_PASSWORD, kdf=FAST_KDF)
    monkeypatch.undo()
    assert recovery.unconfirmed_key(ctx) is None
    ctx.db.close()
    assert _opens(database_target, created.recovery_code)
