"""Logging in to a shared server: the users table's Argon2id hashes, roles as in a local file,
failed logins in the audit log, the recovery key, and what a server does not do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import URL, select, text

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, PostgresServer, UserFactory
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied, WrongPassword
from w4i_desktop.models import AuditEvent, User
from w4i_desktop.services import accounts, audit, backups, demo, participants, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage import migrate
from w4i_desktop.storage.keyslots import RECOVERY_ALPHABET
from w4i_desktop.storage.server import RECOVERY_SETTING, ServerDatabase


def _create(url: URL) -> users.NewDatabase:
    return users.create_database(
        url, "admin", ADMIN_PASSWORD, organisation="Org", site_name="Malmö", kdf=FAST_KDF
    )


def _events(ctx: Context) -> list[tuple[AuditAction, int | None, int | None]]:
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.user_id, AuditEvent.entity_id).order_by(
                AuditEvent.seq
            )
        )
        return [(action, user_id, entity_id) for action, user_id, entity_id in rows]


def test_a_new_server_database_logs_its_admin_in(server_url: URL) -> None:
    created = _create(server_url)
    ctx = created.context
    try:
        assert ctx.db.is_server and ctx.actor.role is Role.ADMIN
        assert "@" in ctx.db.name and server_url.database in ctx.db.name
        with ctx.db.transaction() as session:
            stored = session.scalar(select(User.password_hash).where(User.username == "admin"))
        assert stored is not None and stored.startswith("$argon2id$")
        assert ADMIN_PASSWORD not in stored
        assert ctx.db.has_user_slot("admin")
    finally:
        ctx.db.close()
    again = users.login(server_url, " Admin ", ADMIN_PASSWORD)
    try:
        assert again.actor.username == "admin" and again.actor.role is Role.ADMIN
        actions = [action for action, _, _ in _events(again)]
        assert actions == [AuditAction.CREATE, AuditAction.LOGIN]
        with again.db.transaction() as session:
            assert audit.verify(session).ok
    finally:
        again.db.close()


def test_a_url_given_as_text_works_too(server_url: URL) -> None:
    as_text = server_url.render_as_string(hide_password=False)
    _create(as_text).context.db.close()  # type: ignore[arg-type]
    users.login(as_text, "admin", ADMIN_PASSWORD).db.close()  # type: ignore[arg-type]


def test_wrong_passwords_and_unknown_users_are_refused_alike_and_audited(
    server_url: URL,
) -> None:
    _create(server_url).context.db.close()
    with pytest.raises(WrongPassword) as wrong:
        users.login(server_url, "admin", "not-the-password")
    with pytest.raises(WrongPassword) as unknown:
        users.login(server_url, "nobody", "not-the-password")
    assert str(wrong.value) == str(unknown.value)
    ctx = users.login(server_url, "admin", ADMIN_PASSWORD)
    try:
        events = _events(ctx)
        admin_id = ctx.actor.user_id
        assert events[1:] == [
            (AuditAction.FAILED_LOGIN, None, admin_id),
            (AuditAction.FAILED_LOGIN, None, None),
            (AuditAction.LOGIN, admin_id, admin_id),
        ]
    finally:
        ctx.db.close()


def test_added_users_log_in_with_their_role_and_deactivated_ones_do_not(
    server_url: URL,
) -> None:
    admin = _create(server_url).context
    try:
        users.add_user(admin, "Sara.Volunteer", "volunteer-pass-7", Role.VOLUNTEER, kdf=FAST_KDF)
        leaver = users.add_user(admin, "leaver", "leaver-pass-word", Role.STAFF, kdf=FAST_KDF)
        users.deactivate_user(admin, leaver)
        assert not admin.db.has_user_slot("leaver")
        with pytest.raises(BadInput, match="already"):
            users.add_user(admin, "SARA.volunteer", "second-password", Role.STAFF, kdf=FAST_KDF)
    finally:
        admin.db.close()
    ctx = users.login(server_url, "sara.volunteer", "volunteer-pass-7")
    try:
        assert ctx.actor.role is Role.VOLUNTEER
        with pytest.raises(PermissionDenied):  # roles and permissions as in a local file
            users.add_user(ctx, "x.y", "long-enough", Role.ADMIN, kdf=FAST_KDF)
    finally:
        ctx.db.close()
    with pytest.raises(WrongPassword):
        users.login(server_url, "leaver", "leaver-pass-word")


def test_an_administrator_resets_a_password_and_reactivates(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    if not admin_ctx.db.is_server:
        pytest.skip("the local file's version is tests/services/test_accounts.py")
    assert isinstance(admin_ctx.db, ServerDatabase)
    url = admin_ctx.db.url
    staff = login_as(Role.STAFF)
    users.deactivate_user(admin_ctx, staff.actor.user_id)
    with pytest.raises(BadInput):
        accounts.reset_password(admin_ctx, staff.actor.user_id, "short", kdf=FAST_KDF)
    accounts.reset_password(admin_ctx, staff.actor.user_id, "brand-new-pass", kdf=FAST_KDF)
    with pytest.raises(WrongPassword):
        users.login(url, staff.actor.username, "user-password-1")
    ctx = users.login(url, staff.actor.username, "brand-new-pass")
    assert ctx.actor.role is Role.STAFF
    ctx.db.close()


def test_the_recovery_key_resets_a_forgotten_password(server_url: URL) -> None:
    created = _create(server_url)
    created.context.db.close()
    code = created.recovery_code
    other = next(ch for ch in RECOVERY_ALPHABET if ch != code[0])
    with pytest.raises(WrongPassword):
        accounts.reset_password_with_recovery_key(
            server_url, other + code[1:], "admin", "forgotten-no-more", kdf=FAST_KDF
        )
    with pytest.raises(BadInput):
        accounts.reset_password_with_recovery_key(
            server_url, code, "nobody", "forgotten-no-more", kdf=FAST_KDF
        )
    accounts.reset_password_with_recovery_key(
        server_url, code.lower().replace("-", " "), " Admin ", "forgotten-no-more", kdf=FAST_KDF
    )
    with pytest.raises(WrongPassword):
        users.login(server_url, "admin", ADMIN_PASSWORD)
    ctx = users.login(server_url, "admin", "forgotten-no-more")
    try:
        with ctx.db.transaction() as session:
            assert audit.verify(session).ok
            details = session.scalars(
                select(AuditEvent.detail).where(AuditEvent.entity == "user")
            ).all()
            stored = session.execute(
                text("SELECT value FROM setting WHERE key = :k"), {"k": RECOVERY_SETTING}
            ).scalar_one()
        assert {"fields": ["password"], "via": "recovery_key"} in details
        assert stored.startswith("$argon2id$") and code not in stored
    finally:
        ctx.db.close()


def test_a_database_is_created_only_once(server_url: URL) -> None:
    _create(server_url).context.db.close()
    with pytest.raises(BadInput, match="already holds a W4I database"):
        _create(server_url)
    ctx = users.login(server_url, "admin", ADMIN_PASSWORD)
    try:
        with ctx.db.transaction() as session:
            assert session.scalars(select(User.username)).all() == ["admin"]
    finally:
        ctx.db.close()


def test_an_empty_database_is_migrated_and_another_apps_is_refused(
    postgres_server: PostgresServer,
) -> None:
    empty = postgres_server.new_database(empty=True)
    try:
        ctx = _create(empty).context
        try:
            assert migrate.current_revision(ctx.db.engine) == migrate.head_revision()
        finally:
            ctx.db.close()
    finally:
        postgres_server.drop(empty)
    foreign = postgres_server.new_database(empty=True)
    try:
        with ServerDatabase.connect(foreign) as db, db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id integer)")
        with pytest.raises(BadInput, match="is not empty"):
            _create(foreign)
        with pytest.raises(BadInput, match="holds no W4I database"):
            users.login(foreign, "admin", ADMIN_PASSWORD)
    finally:
        postgres_server.drop(foreign)


def test_a_schema_from_a_newer_app_is_refused_clearly(server_url: URL) -> None:
    _create(server_url).context.db.close()
    with ServerDatabase.connect(server_url) as db, db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(BadInput, match="newer version of W4I Desktop"):
        users.login(server_url, "admin", ADMIN_PASSWORD)


def test_an_older_schema_is_upgraded_after_the_login(server_url: URL) -> None:
    _create(server_url).context.db.close()
    with ServerDatabase.connect(server_url) as db:
        migrate.upgrade(db.engine)  # at head already: nothing to do, and no error
        with db.engine.begin() as conn:
            previous = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert previous == migrate.head_revision()
    with pytest.raises(WrongPassword):
        users.login(server_url, "admin", "not-the-password")
    ctx = users.login(server_url, "admin", ADMIN_PASSWORD)
    ctx.db.close()


def test_what_only_a_local_file_has(admin_ctx: Context, tmp_path: Path) -> None:
    if not admin_ctx.db.is_server:
        pytest.skip("needs a server")
    with pytest.raises(BadInput, match="no file"):
        _ = admin_ctx.db.path
    with pytest.raises(BadInput, match="backed up, on its server"):
        backups.backup_now(admin_ctx, tmp_path)
    with pytest.raises(BadInput, match="backed up on its server"):
        admin_ctx.db.backup(tmp_path / "copy.w4ibak")
    assert users.remember_on_this_computer(admin_ctx) is False
    users.forget_on_this_computer(admin_ctx)
    with pytest.raises(BadInput, match="Remember me"):
        admin_ctx.db.set_device_secret("admin", "secret")
    assert admin_ctx.db.remove_device_slot("admin") is False
    assert isinstance(admin_ctx.db, ServerDatabase)
    url = admin_ctx.db.url
    assert users.login_remembered(url, "admin") is None
    assert users.failed_attempts(url, "admin") == 0
    with pytest.raises(WrongPassword):
        users.login(url, "admin", ADMIN_PASSWORD, device=True)
    with pytest.raises(BadInput, match="local"):
        demo.generate(admin_ctx, 10, seed=1, today=date(2025, 6, 30))
    admin_ctx.db.checkpoint()  # nothing to do, and no error
    participants.create(admin_ctx, {"last_name": "Still works"})


def test_a_server_that_cannot_be_reached_is_a_clear_error(server_url: URL) -> None:
    unreachable = server_url.set(port=1, password="s3cret-pw")
    with pytest.raises(BadInput, match="cannot be reached") as caught:
        users.login(unreachable, "admin", ADMIN_PASSWORD)
    assert "s3cret" not in str(caught.value)
