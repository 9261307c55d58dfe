"""Restoring a backup in the real window, by keyboard: File > Restore a backup, the password,
Check, Restore. A participant erased after the backup stays erased, and the message that ends
the restore says that the erasure was applied again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, open_database
from tests.realwin.harness import RealApp, wait_until
from tests.realwin.test_lock import WORK_AREA
from w4i_desktop.services import backups, privacy, users

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

TITLE = "^Restore a backup$"  # the question, the dialog and the closing message share it
COUNTS = (10, 380, 580, 80)  # the restore dialog's line saying what the backup holds
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def back_up_then_erase(db: Path) -> None:
    """Before the app starts: today's automatic backup (so signing in makes none), then Amina
    erased."""
    ctx = users.login(db, ADMIN, ADMIN_PASSWORD)
    try:
        backups.backup_now(ctx, db.parent / "backups", "automatic")
        with ctx.db.transaction() as session:
            amina = session.scalars(
                text("SELECT id FROM participant WHERE first_name = 'Amina'")
            ).one()
        privacy.erase_participant(ctx, int(amina), "Request 2026/9")
    finally:
        ctx.db.close()


def first_names(app: RealApp) -> list[str | None]:
    ctx = open_database(app)
    try:
        with ctx.db.transaction() as session:
            return list(
                session.scalars(text("SELECT first_name FROM participant ORDER BY id")).all()
            )
    finally:
        ctx.db.close()


def new_window(app: RealApp, seen: set[str], what: str) -> str:
    """The next window titled "Restore a backup" that is not one of `seen`, activated."""
    found = wait_until(
        lambda: [w for w in app.x.windows(TITLE) if w not in seen], 60, what, app.x.explain
    )
    assert isinstance(found, list)
    window: str = found[-1]
    app.x.activate(window)
    seen.add(window)
    return window


def test_a_restore_by_keyboard_keeps_an_erasure_made_after_the_backup(app: RealApp) -> None:
    back_up_then_erase(app.db)
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    seen: set[str] = set()
    app.x.activate(app.main)
    app.x.key("alt+f")
    app.x.key("t")  # Res&tore a backup…
    new_window(app, seen, "the question before restoring")
    app.x.key("alt+y")  # Yes: the database closes
    dialog = new_window(app, seen, "the restore dialog")
    app.x.key("alt+p")  # the backup (newest first) is chosen; the user name is hers
    app.x.type(ADMIN_PASSWORD)
    with app.x.redrawn(dialog, COUNTS, "the backup checked"):
        app.x.key("alt+c")  # Check the backup: what it holds is said below the button
    app.x.key("alt+e")  # Restore
    new_window(app, seen, "the message that says what the restore did")
    shot = app.x.screenshot("restore-message")
    app.x.key("Return")
    app.x.wait_gone(TITLE)
    assert dialog not in app.x.windows(TITLE)
    with app.x.redrawn(app.main, WORK_AREA, "the session open again"):
        app.x.type(ADMIN_PASSWORD)  # signed out by the restore; her name is kept
        app.x.key("Return")
    assert app.quit() == 0, app.describe()
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        shutil.copy(shot, SHOTS / "realwin_restore_message.png")
    names = first_names(app)
    assert names == [None, "Olena", "Fatou"], f"see {shot}"  # Amina erased again
    kept = [
        b for b in backups.list_backups(app.db.parent / "backups") if b.kind == "before-restore"
    ]
    assert len(kept) == 1, f"see {shot}"
