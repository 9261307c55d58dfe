"""The File menu follows the signed-in role after every sign-in, in the real window: locking
used to disable Back up now, Import and Retention review, and no sign-in enabled them again.
Also: with W4I_HOME set, the app keeps its settings inside it, never in the user's own."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD
from tests.realwin.harness import RealApp
from tests.realwin.test_lock import WORK_AREA
from w4i_desktop.services.backups import list_backups

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

DONE_TITLE = "Back up now"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def manual_backups(app: RealApp) -> list[Path]:
    return [b.path for b in list_backups(app.db.parent / "backups") if b.kind == "manual"]


def test_back_up_now_works_after_locking_and_signing_in_again(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.x.key("ctrl+l")
    with app.x.redrawn(app.main, WORK_AREA, "the session open again"):
        app.x.type(ADMIN_PASSWORD)  # the same user: the focus waits in Password
        app.x.key("Return")
    app.x.activate(app.main)
    app.x.key("alt+f")
    shot = app.x.screenshot("file-menu-after-sign-in")
    app.x.key("b")  # &Back up now…
    box = app.x.wait_window(DONE_TITLE)
    app.x.activate(box)
    app.x.key("Return")
    app.x.wait_gone(DONE_TITLE)
    assert app.quit() == 0, app.describe()
    assert len(manual_backups(app)) == 1, f"no backup made; see {shot}"
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        shutil.copy(shot, SHOTS / "file_menu_after_sign_in.png")
    # Everything this computer remembered is in the portable folder, nothing in the user's.
    assert app.setting("login", "last_user") == ADMIN
    assert not [p for p in app.config.rglob("*") if p.is_file()]
