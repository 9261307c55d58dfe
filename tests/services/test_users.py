from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from w4i_desktop.enums import Role
from w4i_desktop.errors import BadInput, PermissionDenied, WrongPassword
from w4i_desktop.services import users
from w4i_desktop.services.context import Context


def test_added_user_logs_in_with_their_role(admin_ctx: Context, db_path: Path) -> None:
    users.add_user(admin_ctx, "Sara.Volunteer", "volunteer-pass-7", Role.VOLUNTEER, kdf=FAST_KDF)
    admin_ctx.db.close()
    ctx = users.login(db_path, "sara.volunteer", "volunteer-pass-7")
    try:
        assert ctx.actor.role is Role.VOLUNTEER
        assert ctx.actor.username == "sara.volunteer"
    finally:
        ctx.db.close()


def test_deactivated_user_cannot_log_in(admin_ctx: Context, db_path: Path) -> None:
    uid = users.add_user(admin_ctx, "leaver", "leaver-pass-word", Role.STAFF, kdf=FAST_KDF)
    users.deactivate_user(admin_ctx, uid)
    admin_ctx.db.close()
    with pytest.raises(WrongPassword):
        users.login(db_path, "leaver", "leaver-pass-word")


def test_admin_cannot_deactivate_themself(admin_ctx: Context) -> None:
    with pytest.raises(PermissionDenied):
        users.deactivate_user(admin_ctx, admin_ctx.actor.user_id)


@pytest.mark.parametrize(
    ("name", "password"), [("a", "long-enough"), ("bad name", "long-enough"), ("ok.name", "short")]
)
def test_user_name_and_password_rules(admin_ctx: Context, name: str, password: str) -> None:
    with pytest.raises(BadInput):
        users.add_user(admin_ctx, name, password, Role.STAFF, kdf=FAST_KDF)


def test_duplicate_user_name_refused_and_old_password_kept(
    admin_ctx: Context, db_path: Path
) -> None:
    users.add_user(admin_ctx, "dup", "first-password", Role.STAFF, kdf=FAST_KDF)
    with pytest.raises(BadInput, match="already"):
        users.add_user(admin_ctx, "DUP", "second-password", Role.STAFF, kdf=FAST_KDF)
    admin_ctx.db.close()
    users.login(db_path, "dup", "first-password").db.close()
