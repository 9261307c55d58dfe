"""The recovery key in the real window: the program ends (killed) while the first run shows it,
and the administrator's next sign-in shows it again; Escape does not put it away, ticking
"I have stored the recovery key" and Continue do, and then it is gone from the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.realwin import conftest
from tests.realwin.harness import RealApp, X
from w4i_desktop.errors import WrongPassword
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import accounts, recovery, users
from w4i_desktop.storage.database import RECOVERY_LABEL
from w4i_desktop.storage.keyslots import KeyFile

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

FIRST_RUN_TITLE = "^Welcome to W4I Desktop$"
KEY_TITLE = "^Your recovery key$"
PROMPT_TITLE = "^Make a new recovery key$"
ADMIN = "admin"  # the first run's proposed administrator name, kept
PASSWORD = "violet harbour quietly sings 47"


def first_run(app: RealApp) -> None:
    """Start on a computer with no database: the first-run form, filled by its Alt letters."""
    app.launch(FIRST_RUN_TITLE)  # the first window is the first run's, not the main one
    app.x.key("alt+o")
    app.x.type("Casa delle Donne")
    app.x.key("alt+s")
    app.x.type("Milano Centro")
    app.x.key("alt+p")
    app.x.type(PASSWORD)
    app.x.key("alt+r")
    app.x.type(PASSWORD)
    app.x.key("alt+c")


def kept_key(db: Path) -> str | None:
    ctx = users.login(db, ADMIN, PASSWORD)
    try:
        return recovery.unconfirmed_key(ctx)
    finally:
        ctx.db.close()


def test_the_key_shown_when_the_program_ended_is_shown_at_the_next_sign_in(
    x: X, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "w4i.db"
    app = RealApp(x, db, tmp_path / "app")
    try:
        first_run(app)
        x.wait_window(KEY_TITLE, timeout=60)
        app.kill()  # a crash, a power cut: the key was on the screen, never confirmed
        code = kept_key(db)
        assert code is not None, "the key shown was not kept"

        app = RealApp(x, db, tmp_path / "app")
        app.start()
        app.sign_in(ADMIN, PASSWORD)
        key_window = x.wait_window(KEY_TITLE)
        x.key("Escape")  # does not put the key away
        x.screenshot("key-after-escape")
        assert key_window in x.windows(KEY_TITLE), x.explain()
        # Print…, Save as PDF…, then "I have stored the recovery key", ticked with Space (its
        # Alt+S clicks 100 ms later, after which Continue is enabled), then Continue.
        x.key("Tab", "Tab", "space")
        x.key("alt+c")
        x.wait_gone(KEY_TITLE)
        assert app.quit() == 0, app.describe()
    finally:
        app.kill()

    assert kept_key(db) is None
    ctx = users.login(db, ADMIN, PASSWORD)
    try:
        with ctx.db.transaction() as session:
            confirmed = session.scalars(
                select(AuditEvent.detail).where(AuditEvent.entity == recovery.AUDIT_ENTITY)
            ).all()
    finally:
        ctx.db.close()
    assert confirmed == [{"fields": ["stored"]}], f"see {app.last_shot}"
    # What was shown is the key that opens the database.
    with pytest.raises(WrongPassword):
        accounts.reset_password_with_recovery_key(db, code[::-1], ADMIN, PASSWORD)
    accounts.reset_password_with_recovery_key(db, code, ADMIN, PASSWORD)


def recovery_slot(db: Path) -> str:
    """The wrapped data key of the recovery key's slot (another key, another slot)."""
    (slot,) = [s for s in KeyFile.load(db).slots if s.label == RECOVERY_LABEL]
    return slot.wrapped


def test_a_new_key_from_settings_by_keyboard(app: RealApp) -> None:
    before = recovery_slot(app.db)
    app.start()
    app.sign_in(conftest.ADMIN, conftest.ADMIN_PASSWORD)
    app.x.key("ctrl+6")  # Settings, its first tab
    app.x.key("alt+y")  # Make a new recover&y key…
    prompt = app.x.wait_window(PROMPT_TITLE)
    width, _height = app.x.size(prompt)
    app.x.type("not my password")  # the password box has the keyboard
    with app.x.redrawn(prompt, (0, 0, width, 200), "the refusal of a wrong password"):
        app.x.key("Return")
    assert prompt in app.x.windows(PROMPT_TITLE), app.x.explain()
    app.x.key("ctrl+a")
    app.x.type(conftest.ADMIN_PASSWORD)
    app.x.key("Return")
    app.x.wait_gone(PROMPT_TITLE)
    app.x.wait_window(KEY_TITLE)
    app.x.key("Tab", "Tab", "space")
    app.x.key("alt+c")
    app.x.wait_gone(KEY_TITLE)
    assert app.quit() == 0, app.describe()

    assert recovery_slot(app.db) != before, "the recovery key was not replaced"
    ctx = conftest.open_database(app)
    try:
        assert recovery.unconfirmed_key(ctx) is None
        with ctx.db.transaction() as session:
            logged = session.scalars(
                select(AuditEvent.detail)
                .where(AuditEvent.entity == recovery.AUDIT_ENTITY)
                .order_by(AuditEvent.seq)
            ).all()
    finally:
        ctx.db.close()
    assert logged == [{"fields": ["key"]}, {"fields": ["stored"]}], f"see {app.last_shot}"
