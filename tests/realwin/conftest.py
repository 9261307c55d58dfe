"""Fixtures of the real-window tests: one X server with a window manager for the session, one
prepared database copied for each test, the app started as a person would start it.

Where Xvfb, openbox, xdotool or ImageMagick's `import` is missing these tests are skipped with
the reason, except under CI (env CI set): there a missing tool is a failure, so CI cannot
pass without having run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.realwin.harness import RealApp, X, XServer, missing_tools, prepared_copy
from w4i_desktop.enums import Role
from w4i_desktop.models import User
from w4i_desktop.services import participants, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.keyslots import KdfParams

# Argon2id at a test cost (the database keeps the parameters its slots were made with).
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ADMIN, ADMIN_PASSWORD = "admin", "admin-password"
STAFF, STAFF_PASSWORD = "carla", "carla-password"
# Three participants to find and edit; codes are made at random, names are searched.
PEOPLE = (
    ("Amina", "Haddad", date(1981, 3, 4), "+39 333 100 2001"),
    ("Olena", "Kovalenko", date(1979, 11, 23), "+39 333 100 2002"),
    ("Fatou", "Diallo", date(1990, 7, 1), "+39 333 100 2003"),
)


def _require_tools() -> None:
    missing = missing_tools()
    if not missing:
        return
    why = (
        f"the real-window tests need {', '.join(missing)} (Debian: xvfb, openbox, xdotool, "
        "imagemagick, x11-utils)"
    )
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"CI must run the real-window tests, but {why}", pytrace=False)
    pytest.skip(why)


@pytest.fixture(scope="session")
def xserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    _require_tools()
    server = XServer(tmp_path_factory.mktemp("xserver"))
    yield server
    server.stop()


def prepare_database(path: Path) -> None:
    """A database with an administrator, a staff member and three participants."""
    created = users.create_database(
        path, ADMIN, ADMIN_PASSWORD, organisation="Test Org", site_name="Milano", kdf=FAST_KDF
    )
    ctx = created.context
    try:
        users.add_user(ctx, STAFF, STAFF_PASSWORD, Role.STAFF, display_name="Carla", kdf=FAST_KDF)
        for first, last, born, phone in PEOPLE:
            participants.create(
                ctx, {"first_name": first, "last_name": last, "birth_date": born, "phone": phone}
            )
    finally:
        ctx.db.close()


@pytest.fixture(scope="session")
def prepared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database of every test, made once (each test works on a copy)."""
    path = tmp_path_factory.mktemp("realwin-db") / "w4i.db"
    prepare_database(path)
    return path


@pytest.fixture
def x(xserver: XServer, tmp_path: Path) -> X:
    evidence = tmp_path / "screenshots"
    evidence.mkdir()
    return X(xserver.display, evidence)


@pytest.fixture
def app(x: X, prepared_db: Path, tmp_path: Path) -> Iterator[RealApp]:
    """The app on this test's copy of the database, not started yet (call `app.start()`)."""
    real = RealApp(x, prepared_copy(prepared_db, tmp_path / "data"), tmp_path / "app")
    yield real
    real.kill()  # a test that failed half-way leaves no window behind for the next


def open_database(app: RealApp, username: str = ADMIN, password: str = ADMIN_PASSWORD) -> Context:
    """The test's database through the core, after the app has exited."""
    assert app.process is not None and app.process.poll() is not None, "quit the app first"
    return users.login(app.db, username, password)


def user_names(session: Session) -> dict[int, str]:
    return {row.id: row.username for row in session.execute(select(User.id, User.username))}
