"""Administering accounts: roles, password resets (by an administrator and with the recovery
key), reactivation; and the sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, UserFactory
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied, WrongPassword
from w4i_desktop.models import AuditEvent, User
from w4i_desktop.services import accounts, audit, participants, passwords, sites, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.keyslots import RECOVERY_ALPHABET


def test_the_list_shows_every_account_with_site_and_role(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    users.deactivate_user(admin_ctx, volunteer.actor.user_id)
    rows = accounts.list_accounts(admin_ctx)
    assert [(r.username, r.role, r.active) for r in rows] == [
        ("admin", Role.ADMIN, True),
        (volunteer.actor.username, Role.VOLUNTEER, False),  # inactive ones last
    ]
    assert rows[0].site_name == "Milano"
    assert rows[0].last_login_at is None or rows[0].last_login_at.year >= 2026


def test_only_administrators_manage_accounts(login_as: UserFactory) -> None:
    manager = login_as(Role.MANAGER)
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(manager)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(manager, manager.actor.user_id, "new-password-1", kdf=FAST_KDF)


def test_changing_role_name_and_site_is_audited(admin_ctx: Context, login_as: UserFactory) -> None:
    staff = login_as(Role.STAFF)
    other_site = sites.add_site(admin_ctx, "Barcelona Raval", "Barcelona")
    accounts.change_account(
        admin_ctx,
        staff.actor.user_id,
        role=Role.MANAGER,
        display_name="  Giulia Rossi ",
        site_id=other_site,
    )
    (row,) = [r for r in accounts.list_accounts(admin_ctx) if r.id == staff.actor.user_id]
    assert (row.role, row.display_name, row.site_name) == (
        Role.MANAGER,
        "Giulia Rossi",
        "Barcelona Raval",
    )
    with admin_ctx.db.transaction() as session:
        event = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "user", AuditEvent.entity_id == staff.actor.user_id)
            .order_by(AuditEvent.seq.desc())
        ).first()
        assert event is not None and event.action == AuditAction.UPDATE
        assert event.detail == {"fields": ["role", "display_name", "site_id"]}


def test_an_administrator_cannot_change_her_own_role(admin_ctx: Context) -> None:
    with pytest.raises(PermissionDenied):
        accounts.change_account(
            admin_ctx, admin_ctx.actor.user_id, role=Role.STAFF, display_name="admin", site_id=None
        )
    with pytest.raises(BadInput):
        accounts.change_account(
            admin_ctx, admin_ctx.actor.user_id, role=Role.ADMIN, display_name=" ", site_id=None
        )


def test_reset_by_an_administrator_replaces_the_password_and_reactivates(
    admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    staff = login_as(Role.STAFF)
    name = staff.actor.username
    users.deactivate_user(admin_ctx, staff.actor.user_id)
    accounts.reset_password(admin_ctx, staff.actor.user_id, "brand-new-pass", kdf=FAST_KDF)
    with admin_ctx.db.transaction() as session:
        user = session.get(User, staff.actor.user_id)
        assert user is not None and user.active
    admin_ctx.db.close()
    with pytest.raises(WrongPassword):
        users.login(db_path, name, "user-password-1")
    ctx = users.login(db_path, name, "brand-new-pass")
    assert ctx.actor.role == Role.STAFF
    ctx.db.close()


def test_a_short_password_is_refused_and_nothing_changes(
    admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    staff = login_as(Role.STAFF)
    with pytest.raises(BadInput) as caught:
        accounts.reset_password(admin_ctx, staff.actor.user_id, "short", kdf=FAST_KDF)
    assert caught.value.params == {"count": passwords.MIN_PASSWORD_LENGTH}
    admin_ctx.db.close()
    users.login(db_path, staff.actor.username, "user-password-1").db.close()


def test_the_recovery_key_resets_a_forgotten_password(tmp_path: Path) -> None:
    path = tmp_path / "recover.db"
    created = users.create_database(
        path, "admin", ADMIN_PASSWORD, organisation="Org", site_name="Malmö", kdf=FAST_KDF
    )
    created.context.db.close()
    code = created.recovery_code
    other = next(ch for ch in RECOVERY_ALPHABET if ch != code[0])
    with pytest.raises(WrongPassword):
        accounts.reset_password_with_recovery_key(
            path, other + code[1:], "admin", "forgotten-no-more", kdf=FAST_KDF
        )
    with pytest.raises(BadInput):
        accounts.reset_password_with_recovery_key(
            path, created.recovery_code, "nobody", "forgotten-no-more", kdf=FAST_KDF
        )
    accounts.reset_password_with_recovery_key(
        path, created.recovery_code, " Admin ", "forgotten-no-more", kdf=FAST_KDF
    )
    with pytest.raises(WrongPassword):
        users.login(path, "admin", ADMIN_PASSWORD)
    ctx = users.login(path, "admin", "forgotten-no-more")
    try:
        with ctx.db.transaction() as session:
            assert audit.verify(session).ok
            details = session.scalars(
                select(AuditEvent.detail).where(AuditEvent.entity == "user")
            ).all()
        assert {"fields": ["password"], "via": "recovery_key"} in details
    finally:
        ctx.db.close()


def test_sites_are_added_renamed_and_closed(admin_ctx: Context, login_as: UserFactory) -> None:
    site = sites.add_site(admin_ctx, "  Amsterdam   Oost ", "Amsterdam")
    participants.create(admin_ctx, {"first_name": "Sara", "last_name": "Haile"})
    rows = {r.name: r for r in sites.list_site_rows(admin_ctx)}
    assert set(rows) == {"Milano", "Amsterdam Oost"}
    assert rows["Milano"].users == 1 and rows["Milano"].participants == 1
    assert rows["Amsterdam Oost"].municipality == "Amsterdam"
    with pytest.raises(BadInput) as caught:
        sites.add_site(admin_ctx, "milano")
    assert caught.value.params == {"name": "milano"}
    sites.change_site(admin_ctx, site, "Amsterdam Nieuw-West", "Amsterdam", active=False)
    rows = {r.name: r for r in sites.list_site_rows(admin_ctx)}
    assert not rows["Amsterdam Nieuw-West"].active
    milano = rows["Milano"].id
    with pytest.raises(BadInput):
        sites.change_site(admin_ctx, milano, "Milano", "", active=False)  # the last open one
    with pytest.raises(PermissionDenied):
        sites.add_site(login_as(Role.STAFF), "Malmö")
