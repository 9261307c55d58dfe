"""Shared fixtures: a fresh database per test, with cheap key derivation.

By default each test gets a new encrypted SQLCipher file. With W4I_TEST_DATABASE_URL set to a
PostgreSQL server URL whose role may create databases (e.g.
postgresql+psycopg://postgres@127.0.0.1:5433/postgres), `admin_ctx` and `database_target` give
each test a new database on that server instead: migrated once per session into a template
database, then copied with CREATE DATABASE ... TEMPLATE for each test and dropped after it.
Tests that only make sense on a SQLCipher file are marked `sqlcipher_only` (below, or in the
test itself) and skipped on PostgreSQL; run them out with `-m "not sqlcipher_only"`.
"""

from __future__ import annotations

import os

# pytest-qt has no ini option for the platform: set it before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import settings
from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.pool import NullPool

from tests.keyrings import MemoryKeyring
from w4i_desktop.enums import Role
from w4i_desktop.models import User
from w4i_desktop.services import users
from w4i_desktop.services.context import Actor, Context
from w4i_desktop.storage import migrate
from w4i_desktop.storage.engine import postgres_engine
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.storage.server import check_server_url

# CI explores the same examples on every run (HYPOTHESIS_PROFILE=ci in .ci/run), so a red run
# is never a roll of the dice; on a developer's machine each run tries new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Argon2id at its real cost takes ~0.7 s; tests that are not about the cost use this instead.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ADMIN_PASSWORD = "admin-password"

TEST_DATABASE_URL = os.environ.get("W4I_TEST_DATABASE_URL") or None
ON_POSTGRES = TEST_DATABASE_URL is not None

# Tests that only make sense on a SQLCipher file, by node id prefix, and why. (A test may also
# carry @pytest.mark.sqlcipher_only itself.)
_LOGS_IN_BY_FILE = "logs in again by db_path (tests/server/test_auth.py does it on a server)"
SQLCIPHER_ONLY: dict[str, str] = {
    "tests/gui/": "the GUI opens a database file (its server option is not built yet)",
    "tests/services/test_backups.py": "backups and restores are files (a server backs up itself)",
    "tests/services/test_demo.py": "demo data goes into a local file only (a server is refused)",
    "tests/services/test_backups_session.py": (
        "the session's automatic backups copy the database file (a server backs up itself)"
    ),
    "tests/services/test_matching_prefilter.py::test_demo_rankings_equal_scoring_everyone": (
        "compares rankings on demo data, which goes into a local file only"
    ),
    "tests/test_start_imports.py": "starts the app on a database file on this computer",
    "tests/services/test_remember_me.py": "'remember me' is a device key slot of a file",
    "tests/services/test_privacy.py::test_erasure_removes_personal_data_and_keeps_the_statistics": (
        "queries the FTS5 index with MATCH (tests/server/test_search.py checks PostgreSQL's)"
    ),
    "tests/services/test_privacy.py::"
    "test_the_erased_name_is_gone_from_the_database_file_and_its_wal": "reads the file and its WAL",
    "tests/services/test_privacy.py::test_retention_anonymises_only_those_closed_long_enough_ago": (
        "reads FTS5's segment blocks (tests/server/test_search.py checks PostgreSQL's index)"
    ),
    "tests/services/test_users.py::test_added_user_logs_in_with_their_role": _LOGS_IN_BY_FILE,
    "tests/services/test_users.py::test_deactivated_user_cannot_log_in": _LOGS_IN_BY_FILE,
    "tests/services/test_users.py::test_duplicate_user_name_refused_and_old_password_kept": (
        _LOGS_IN_BY_FILE
    ),
    "tests/services/test_accounts.py::"
    "test_reset_by_an_administrator_replaces_the_password_and_reactivates": _LOGS_IN_BY_FILE,
    "tests/services/test_accounts.py::test_a_short_password_is_refused_and_nothing_changes": (
        _LOGS_IN_BY_FILE
    ),
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        listed = next((why for where, why in SQLCIPHER_ONLY.items() if _at(item, where)), None)
        if listed is not None:
            item.add_marker(pytest.mark.sqlcipher_only(reason=listed))
        marker = item.get_closest_marker("sqlcipher_only")
        if ON_POSTGRES and marker is not None:
            why = marker.kwargs.get("reason", "see the test")
            item.add_marker(pytest.mark.skip(reason=f"SQLCipher only: {why}"))


def _at(item: pytest.Item, where: str) -> bool:
    node = item.nodeid
    return node.startswith(where) and (
        where.endswith(("/", ".py")) or node[len(where) : len(where) + 1] in ("", "[", ":")
    )


# --- the PostgreSQL server -----------------------------------------------------------------------


class PostgresServer:
    """Test databases on the server at W4I_TEST_DATABASE_URL, made from one migrated template."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"w4i_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.template}"')
        engine = postgres_engine(self.url_for(self.template), pool_size=1)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()  # nobody may be connected to a template while it is copied

    def url_for(self, database: str) -> URL:
        return self.url.set(database=database)

    def new_database(self, *, empty: bool = False) -> URL:
        """A new database: the migrated template's copy, or (empty) one with no tables."""
        name = f"{self.prefix}_{next(self._numbers)}"
        source = "" if empty else f' TEMPLATE "{self.template}"'
        self._execute(f'CREATE DATABASE "{name}"{source}')
        return self.url_for(name)

    def drop(self, url: URL) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')

    def close(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._admin.dispose()

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test server (skips the test when W4I_TEST_DATABASE_URL is not set)."""
    if TEST_DATABASE_URL is None:
        pytest.skip("no PostgreSQL server: set W4I_TEST_DATABASE_URL")
    server = PostgresServer(check_server_url(TEST_DATABASE_URL))
    yield server
    server.close()


@pytest.fixture
def server_url(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new migrated database on the test server, with no user yet."""
    url = postgres_server.new_database()
    yield url
    postgres_server.drop(url)


# --- every test's database -----------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("W4I_HOME", str(tmp_path / "home"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "w4i.db"


@pytest.fixture
def database_target(request: pytest.FixtureRequest, db_path: Path) -> Path | URL:
    """Where this test's database is: `db_path`, or a new database on the test server."""
    if not ON_POSTGRES:
        return db_path
    url: URL = request.getfixturevalue("server_url")
    return url


@pytest.fixture
def admin_ctx(database_target: Path | URL) -> Iterator[Context]:
    created = users.create_database(
        database_target,
        "admin",
        ADMIN_PASSWORD,
        organisation="Test Org",
        site_name="Milano",
        kdf=FAST_KDF,
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
            admin_ctx, name, "user-password-1", role, site_id=site_id, kdf=FAST_KDF
        )
        with admin_ctx.db.transaction() as session:
            user = session.get(User, user_id)
            assert user is not None
            actor = Actor(user.id, user.username, user.role, user.site_id)
        return Context(admin_ctx.db, actor)

    return make


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The OS keyring replaced by an in-memory one for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
