"""The first run's "Use a shared database server", the sign-in page and the main window in
server mode. The GUI tests run on SQLCipher only, so the server is faked at the service
boundary (users.create_database, users.login, ServerDatabase.connect): what the widgets hand
to the services is checked, and a local database stands in for what comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import URL
from sqlalchemy.engine import make_url

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.keyrings import MemoryKeyring
from w4i_desktop import app
from w4i_desktop.errors import BadInput
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.server import ServerDatabase
from w4i_desktop.views.app_state import AppState, kept_server
from w4i_desktop.views.window.first_run import FirstRunDialog
from w4i_desktop.views.window.login import LoginPage
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

ROLE_PASSWORD = "role-pass-4711"
LOCAL_SERVER = "postgresql+psycopg://w4i@localhost:5432/w4i"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fake_create(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Any]:
    """users.create_database for a server: records the URL, makes a local database instead."""
    seen: list[Any] = []
    real = users.create_database

    def create(target: Any, *args: Any, **kwargs: Any) -> users.NewDatabase:
        seen.append(target)
        return real(tmp_path / "stand-in.db", *args, **kwargs)

    monkeypatch.setattr(users, "create_database", create)
    return seen


@pytest.fixture
def fake_login(monkeypatch: pytest.MonkeyPatch, admin_ctx: Context, db_path: Path) -> list[Any]:
    """users.login for a server: records the URL, signs in to the test's local database."""
    admin_ctx.db.close()
    seen: list[Any] = []
    real = users.login

    def login(target: Any, username: str, password: str, **kwargs: Any) -> Context:
        seen.append(target)
        return real(db_path, username, password, **kwargs)

    monkeypatch.setattr(users, "login", login)
    return seen


def _fill_administrator(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    qtbot.keyClicks(dialog.organisation, "Casa delle Donne")
    qtbot.keyClicks(dialog.site, "Milano")
    qtbot.keyClicks(dialog.password, "a long pass phrase 42")
    qtbot.keyClicks(dialog.repeat, "a long pass phrase 42")


def _settings_text(tmp_path: Path) -> str:
    QSettings().sync()
    return "\n".join(p.read_text() for p in (tmp_path / "qs").rglob("*.ini"))


def test_the_server_form_asks_for_tls_on_another_computer(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "w4i.db", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.server_box.isVisible() and dialog.open_button.isVisible()
    dialog.use_server.setFocus()
    qtbot.keyClick(dialog.use_server, Qt.Key.Key_Space)
    assert dialog.server_box.isVisible()
    assert dialog.connect_button.isVisible() and not dialog.open_button.isVisible()
    assert "on the server" in dialog.create_button.text()

    qtbot.keyClicks(dialog.server_box.host, "db.example.org")
    assert dialog.server_box.tls.isChecked() and not dialog.server_box.tls.isEnabled()
    assert dialog.server_box.tls_note.isVisible()
    dialog.server_box.host.clear()
    qtbot.keyClicks(dialog.server_box.host, "127.0.0.1")
    assert dialog.server_box.tls.isEnabled() and not dialog.server_box.tls_note.isVisible()
    qtbot.mouseClick(dialog.server_box.tls, Qt.MouseButton.LeftButton)
    assert not dialog.server_box.tls.isChecked()  # this computer: the choice is the user's
    dialog.server_box.host.clear()
    qtbot.keyClicks(dialog.server_box.host, "10.1.2.3")
    assert dialog.server_box.tls.isChecked() and not dialog.server_box.tls.isEnabled()

    url = dialog.server_url()
    assert url is not None
    assert (url.host, url.port, url.database, url.username) == ("10.1.2.3", 5432, "w4i", "w4i")
    assert url.query["sslmode"] == "require" and url.password is None

    dialog.server_box.host.clear()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "name or address of the database server" in dialog.error.text()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted


def test_the_database_is_created_on_the_server_and_its_password_kept_in_the_keyring(
    qtbot: QtBot, tmp_path: Path, fake_create: list[Any], memory_keyring: MemoryKeyring
) -> None:
    dialog = FirstRunDialog(tmp_path / "w4i.db", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.use_server.setChecked(True)
    qtbot.keyClicks(dialog.server_box.host, "db.example.org")
    dialog.server_box.port.setText("6432")
    dialog.server_box.database.setText("centre")
    qtbot.keyClicks(dialog.server_box.password, ROLE_PASSWORD)
    _fill_administrator(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted, dialog.error.text()
    [url] = fake_create
    assert isinstance(url, URL)
    assert url.render_as_string(hide_password=False) == (
        f"postgresql+psycopg://w4i:{ROLE_PASSWORD}@db.example.org:6432/centre?sslmode=require"
    )
    assert not (tmp_path / "w4i.db").exists()  # no local file was made
    assert QSettings().value("server/url") == (
        "postgresql+psycopg://w4i@db.example.org:6432/centre?sslmode=require"
    )
    assert QSettings().value("server/password") == "keyring"
    assert list(memory_keyring.store.values()) == [ROLE_PASSWORD]
    assert ROLE_PASSWORD not in _settings_text(tmp_path)
    assert dialog.context is not None and len(dialog.recovery_code) == 35
    dialog.context.db.close()

    # The next start opens the server, with the password from the keyring.
    state = kept_server()
    assert state is not None and state.is_server and not state.needs_server_password
    assert isinstance(state.target, URL) and state.target.password == ROLE_PASSWORD
    assert state.name == "w4i@db.example.org:6432/centre"


def test_without_a_keyring_the_sign_in_page_asks_the_role_password(
    qtbot: QtBot, tmp_path: Path, no_keyring: None, fake_login: list[Any]
) -> None:
    QSettings().setValue("server/url", LOCAL_SERVER)
    QSettings().setValue("server/password", "ask")
    state = app.start_state(tmp_path / "absent.db")
    assert state is not None and state.is_server and state.needs_server_password
    page = LoginPage(state)
    qtbot.addWidget(page)
    page.show()
    assert page.server_password.isVisible() and not page.remember.isVisible()
    assert "w4i@localhost:5432/w4i" in page.subtitle.text()
    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClicks(page.password, ADMIN_PASSWORD)
    qtbot.keyClicks(page.server_password, ROLE_PASSWORD)
    with qtbot.waitSignal(page.logged_in):
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    [url] = fake_login
    assert isinstance(url, URL) and url.password == ROLE_PASSWORD and url.host == "localhost"
    assert not page.server_password.isVisible() and page.server_password.text() == ""
    assert QSettings().value("server/password") == "ask"  # still no keyring to keep it in
    assert ROLE_PASSWORD not in _settings_text(tmp_path)
    # Locked and unlocked again: the role password is known for this session.
    state.lock()
    qtbot.keyClicks(page.password, ADMIN_PASSWORD)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    assert not state.is_locked and fake_login[-1].password == ROLE_PASSWORD
    state.lock()


def test_connecting_to_an_existing_server_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    reached: list[URL] = []

    class Reached:
        def close(self) -> None:
            pass

    def connect(url: URL, **_: Any) -> Reached:
        if url.port == 1:
            raise BadInput(
                "The database server {server} cannot be reached, or refused this computer's "
                "role: check the address, the password and that the server is running.",
                server="w4i@localhost:1/w4i",
            )
        reached.append(url)
        return Reached()

    monkeypatch.setattr(ServerDatabase, "connect", connect)
    dialog = FirstRunDialog(tmp_path / "w4i.db", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.use_server.setChecked(True)
    qtbot.keyClicks(dialog.server_box.host, "localhost")
    dialog.server_box.port.setText("1")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "cannot be reached" in dialog.error.text()
    assert QSettings().value("server/url") is None

    dialog.server_box.port.setText("5432")
    dialog.server_box.tls.setChecked(False)  # this computer: no TLS needed
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.existing_server == reached[0]
    assert "sslmode" not in reached[0].query
    assert QSettings().value("server/url") == LOCAL_SERVER
    assert QSettings().value("server/password") == "none"  # none typed: libpq's own, or trust


def test_a_language_change_keeps_the_server_form(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "w4i.db", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.use_server.setChecked(True)
    qtbot.keyClicks(dialog.server_box.host, "localhost")
    dialog.server_box.tls.setChecked(False)
    again = FirstRunDialog(tmp_path / "w4i.db", kdf=FAST_KDF, typed=dialog.typed())
    qtbot.addWidget(again)
    assert again.use_server.isChecked() and again.server_box.host.text() == "localhost"
    assert not again.server_box.tls.isChecked()


def test_the_main_window_on_a_server_offers_no_local_backups(
    qtbot: QtBot, admin_ctx: Context, tmp_path: Path
) -> None:
    state = AppState(make_url(LOCAL_SERVER))
    state.set_context(admin_ctx)  # a local database stands in for the server's
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.backup_action.isVisible() and not window.restore_action.isVisible()
    assert window.import_action.isVisible()
    assert not list(window.backup_folder().glob("*.w4ibak"))  # no automatic backup either
    window.nav.setCurrentRow(SCREENS.index("settings"))
    settings = window.settings_screen
    assert not settings.keep.isVisibleTo(window) and not settings.folder.isVisibleTo(window)
    assert settings.retention.isVisibleTo(window)
    state.lock()
    assert window.user_label.text() == "w4i@localhost:5432/w4i"
    window.close()
    assert not list(window.backup_folder().glob("*.w4ibak"))


def test_the_local_window_keeps_its_backups(qtbot: QtBot, main_window: MainWindow) -> None:
    assert main_window.backup_action.isVisible() and main_window.restore_action.isVisible()


def test_a_start_with_db_opens_the_file_even_when_a_server_is_set(
    tmp_path: Path, admin_ctx: Context, db_path: Path
) -> None:
    QSettings().setValue("server/url", LOCAL_SERVER)
    state = app.start_state(db_path, use_server=False)
    assert state is not None and not state.is_server and state.target == db_path
    admin_ctx.db.close()
