"""'Remember me on this computer' through the OS keyring, here an in-memory backend."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail

from tests.keyrings import MemoryKeyring
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.storage import device_keyring


def test_remembered_user_unlocks_without_password(
    memory_keyring: MemoryKeyring, admin_ctx: Context, db_path: Path
) -> None:
    assert users.login_remembered(db_path, "admin") is None  # nothing remembered yet
    assert users.remember_on_this_computer(admin_ctx)
    [secret] = memory_keyring.store.values()
    assert secret not in db_path.with_name("w4i.db.keys").read_text()
    admin_ctx.db.close()
    ctx = users.login_remembered(db_path, "admin")
    assert ctx is not None and ctx.actor.username == "admin"
    users.forget_on_this_computer(ctx)
    ctx.db.close()
    assert memory_keyring.store == {}
    assert users.login_remembered(db_path, "admin") is None


def test_a_stolen_key_file_alone_does_not_open_the_device_slot(
    memory_keyring: MemoryKeyring, admin_ctx: Context, db_path: Path
) -> None:
    users.remember_on_this_computer(admin_ctx)
    admin_ctx.db.close()
    memory_keyring.store.clear()  # another computer: same files, no secret
    assert users.login_remembered(db_path, "admin") is None


def test_no_keyring_backend_means_unavailable_not_a_crash(
    admin_ctx: Context, db_path: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not device_keyring.available()
        assert users.remember_on_this_computer(admin_ctx) is False
        assert users.login_remembered(db_path, "admin") is None
    finally:
        keyring.set_keyring(previous)
