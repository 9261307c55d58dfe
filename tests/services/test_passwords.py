"""Weak passwords are refused wherever a password is set (issue 16): the first run, adding a
user, an administrator's reset, one's own change, the recovery key and the `w4i` command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, UserFactory
from w4i_desktop import cli
from w4i_desktop.enums import Role
from w4i_desktop.errors import BadInput
from w4i_desktop.models import User
from w4i_desktop.services import accounts, passwords, users
from w4i_desktop.services.context import Context
from w4i_desktop.services.passwords import Strength
from w4i_desktop.views import core_texts

WEAK = "This password is too easy to guess. A short sentence of four or five unusual words is " \
    "strong and easy to remember."  # fmt: skip
NAMES = "This password is too easy to guess: it uses the user name or the organisation's " \
    "name. Choose another one."  # fmt: skip


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("short", Strength.TOO_SHORT),
        ("password", Strength.WEAK),
        ("12345678", Strength.WEAK),
        ("qwertyuiop", Strength.WEAK),
        (ADMIN_PASSWORD, Strength.FAIR),
        ("correct horse battery staple", Strength.STRONG),
    ],
)
def test_strength_levels(password: str, expected: Strength) -> None:
    assert passwords.strength(password) is expected


def test_the_names_given_make_a_password_weaker() -> None:
    assert passwords.strength("Giambellino2026!") is Strength.STRONG
    names = ["giulia", "Casa delle Donne", "Giambellino"]
    assert passwords.strength("Giambellino2026!", names) is Strength.WEAK
    with pytest.raises(BadInput) as caught:
        passwords.check_password("Giambellino2026!", names)
    assert caught.value.template == NAMES


def test_the_refusals_are_translatable_templates() -> None:
    with pytest.raises(BadInput) as caught:
        passwords.check_password("password")
    assert caught.value.template == WEAK and caught.value.params == {}
    assert {WEAK, NAMES} <= set(core_texts.TEMPLATES)


def test_the_first_administrator_cannot_have_password(tmp_path: Path) -> None:
    path = tmp_path / "w4i.db"
    with pytest.raises(BadInput) as caught:
        users.create_database(path, "admin", "password", organisation="Casa", kdf=FAST_KDF)
    assert caught.value.template == WEAK
    assert not path.exists()


def test_the_site_and_organisation_are_names_to_avoid(tmp_path: Path) -> None:
    path = tmp_path / "w4i.db"
    with pytest.raises(BadInput, match="user name or the organisation"):
        users.create_database(
            path, "giulia", "Giambellino2026!", site_name="Giambellino", kdf=FAST_KDF
        )
    assert not path.exists()


def test_adding_a_user_with_a_weak_password_adds_nobody(admin_ctx: Context) -> None:
    with pytest.raises(BadInput) as caught:
        users.add_user(admin_ctx, "sara", "password1", Role.STAFF, kdf=FAST_KDF)
    assert caught.value.template == WEAK
    with pytest.raises(BadInput, match="user name or the organisation"):
        users.add_user(admin_ctx, "sara", "Test Org 2026", Role.STAFF, kdf=FAST_KDF)
    with admin_ctx.db.transaction() as session:
        assert session.scalars(select(User.username)).all() == ["admin"]


@pytest.mark.sqlcipher_only(reason="logs in again by db_path")
def test_a_reset_to_a_weak_password_keeps_the_old_one(
    admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    staff = login_as(Role.STAFF)
    for weak in ("password", "iloveyou2"):
        with pytest.raises(BadInput):
            accounts.reset_password(admin_ctx, staff.actor.user_id, weak, kdf=FAST_KDF)
    # Her own password too: the same dialog, the same rule.
    with pytest.raises(BadInput):
        accounts.reset_password(admin_ctx, admin_ctx.actor.user_id, "password", kdf=FAST_KDF)
    admin_ctx.db.close()
    users.login(db_path, staff.actor.username, "user-password-1").db.close()
    users.login(db_path, "admin", ADMIN_PASSWORD).db.close()


def test_the_recovery_key_cannot_set_a_weak_password(tmp_path: Path) -> None:
    path = tmp_path / "w4i.db"
    created = users.create_database(
        path, "admin", ADMIN_PASSWORD, organisation="Casa Giambellino", kdf=FAST_KDF
    )
    created.context.db.close()
    for weak in ("password", "Giambellino2026!"):  # the organisation's name, read inside
        with pytest.raises(BadInput):
            accounts.reset_password_with_recovery_key(
                path, created.recovery_code, "admin", weak, kdf=FAST_KDF
            )
    users.login(path, "admin", ADMIN_PASSWORD).db.close()


def test_the_command_line_refuses_weak_passwords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "w4i.db")
    init = ["init", "--db", db, "--admin", "admin", "--password-stdin"]
    assert cli.main(init, stdin=io.StringIO("password\n")) == 2
    assert capsys.readouterr().err.strip() == f"w4i: {WEAK}"
    assert not Path(db).exists()
    assert cli.main(init, stdin=io.StringIO(ADMIN_PASSWORD + "\n")) == 0
    capsys.readouterr()
    add = ["users", "add", "anna", "--role", "staff", "--db", db, "--user", "admin"]
    stdin = io.StringIO(f"{ADMIN_PASSWORD}\n1234abcd\n")
    assert cli.main([*add, "--password-stdin"], stdin=stdin) == 2
    assert "too easy to guess" in capsys.readouterr().err
    reset = ["users", "reset-password", "admin", "--db", db, "--user", "admin", "--password-stdin"]
    assert cli.main(reset, stdin=io.StringIO(f"{ADMIN_PASSWORD}\npassword\n")) == 2
    assert "too easy to guess" in capsys.readouterr().err
    users.login(Path(db), "admin", ADMIN_PASSWORD).db.close()
