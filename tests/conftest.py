"""Shared fixtures: a fresh encrypted database per test, with cheap key derivation."""

from __future__ import annotations

import os

# pytest-qt has no ini option for the platform: set it before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from w4i_desktop.enums import Role
from w4i_desktop.models import User
from w4i_desktop.services import users
from w4i_desktop.services.context import Actor, Context
from w4i_desktop.storage.keyslots import KdfParams

# Argon2id at its real cost takes ~0.7 s; tests that are not about the cost use this instead.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ADMIN_PASSWORD = "admin-password"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("W4I_HOME", str(tmp_path / "home"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "w4i.db"


@pytest.fixture
def admin_ctx(db_path: Path) -> Iterator[Context]:
    created = users.create_database(
        db_path, "admin", ADMIN_PASSWORD, organisation="Test Org", site_name="Milano", kdf=FAST_KDF
    )
    yield created.context
    created.context.db.close()


UserFactory = Callable[..., Context]


@pytest.fixture
def login_as(admin_ctx: Context) -> UserFactory:
    """Add a user with `role` (and optionally a site) and return a context logged in as them.

    The returned contexts share the admin's open database: one process holds the writer lock.
    """
    counter = iter(range(1, 1000))

    def make(role: Role, site_id: int | None = None) -> Context:
        name = f"{role.value}{next(counter)}"
        user_id = users.add_user(
            admin_ctx, name, "user-password", role, site_id=site_id, kdf=FAST_KDF
        )
        with admin_ctx.db.transaction() as session:
            user = session.get(User, user_id)
            assert user is not None
            actor = Actor(user.id, user.username, user.role, user.site_id)
        return Context(admin_ctx.db, actor)

    return make
