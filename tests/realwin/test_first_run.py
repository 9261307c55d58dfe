"""The first run in the real window, typed as an administrator would on her first day: a weak
password ("password") is refused and nothing is created; a strong one makes the database, the
recovery key is confirmed, the main window opens, and she signs in with it afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.realwin.harness import WAIT, RealApp, X, wait_until
from w4i_desktop.services import users

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app creates a database file"),
]

WELCOME_TITLE = "^Welcome to W4I Desktop$"
KEY_TITLE = "^Your recovery key$"
STRONG = "lantern kettle morning 41"


@pytest.fixture
def first_run(x: X, tmp_path: Path) -> Iterator[RealApp]:
    app = RealApp(x, tmp_path / "data" / "w4i.db", tmp_path / "app")
    yield app
    app.kill()  # a test that failed half-way leaves no window behind for the next


def test_a_weak_password_is_refused_and_a_strong_one_creates_the_database(
    first_run: RealApp,
) -> None:
    x = first_run.x
    welcome = first_run.launch(WELCOME_TITLE)
    x.key("alt+o")
    x.type("Casa delle Donne")
    x.key("alt+s")
    x.type("Milano")
    size = x.size(welcome)
    x.key("alt+p")
    x.type("password")
    x.key("alt+r")
    x.type("password")
    assert x.size(welcome) == size, "typing a password resized the dialog"
    x.key("alt+c")
    # Refused: the reason appears under the form (the dialog grows for it), nothing is made.
    wait_until(lambda: x.size(welcome) != size, WAIT, "the refusal under the form", x.explain)
    refused = x.screenshot("weak-password-refused")
    assert not first_run.db.exists(), f"see {refused}"
    assert x.windows(WELCOME_TITLE) == [welcome]

    # The focus is back in Password: a strong one, typed twice.
    x.key("ctrl+a")
    x.type(STRONG)
    x.key("alt+r", "ctrl+a")
    x.type(STRONG)
    x.key("alt+c")
    key_window = x.wait_window(KEY_TITLE, timeout=60)
    assert first_run.db.exists()
    width, height = x.size(key_window)
    # "I have stored the recovery key" ticked with Space: Alt+S would click it only 100 ms
    # later (Qt animates a mnemonic's click), and an Alt+C typed before then found Continue
    # still disabled. Print…, Save as PDF…, then the box.
    with x.redrawn(key_window, (0, 0, width, height), "the box ticked, Continue enabled"):
        x.key("Tab", "Tab", "space")
    x.key("alt+c")  # Continue
    x.wait_gone(KEY_TITLE)
    first_run.main = x.wait_window("^W4I Desktop$", timeout=60)
    assert first_run.quit() == 0, first_run.describe()

    ctx = users.login(first_run.db, "admin", STRONG)
    try:
        assert ctx.actor.username == "admin"
    finally:
        ctx.db.close()
