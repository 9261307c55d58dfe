"""The sign-in window shows without loading what it does not show (issue 17: start to sign-in
<= 0.8 s, of which imports were 1.1 s): no spreadsheet, PDF, migration or PostgreSQL library,
and no screen built behind the sign-in page. A fresh process, as the application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from w4i_desktop.services.context import Context

# The application's start, up to the sign-in window on an existing database file.
SIGN_IN_WINDOW = """
import json, sys
from pathlib import Path
from w4i_desktop import app

qapp = app.make_application(["w4i-desktop"])
if len(sys.argv) > 2:  # who signed in last on this computer
    from PySide6.QtCore import QSettings
    QSettings().setValue("login/last_user", sys.argv[2])
state = app.start_state(Path(sys.argv[1]), use_server=False)
window = app.show_main_window(state, remembered=False)
qapp.processEvents()
assert window.stack.currentWidget() is window.login
print(json.dumps({"modules": sorted(sys.modules), "built": sorted(window.screens.built)}))
"""
HEAVY = ("openpyxl", "reportlab", "alembic", "psycopg", "zxcvbn", "w4i_desktop.views.importing")


def start(db: Path, last_user: str | None = None) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # W4I_HOME: this test's settings
    done = subprocess.run(
        [sys.executable, "-c", SIGN_IN_WINDOW, str(db), *([last_user] if last_user else [])],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_the_sign_in_window_loads_no_heavy_library_and_builds_no_screen(
    admin_ctx: Context, db_path: Path
) -> None:
    admin_ctx.db.close()  # a database on this computer, nobody signed in
    shown = start(db_path)
    loaded = [m for m in shown["modules"] if m.startswith(HEAVY)]
    assert loaded == []
    assert shown["built"] == []  # each screen is built when it is first opened


def test_a_later_start_loads_no_credential_store_library(admin_ctx: Context, db_path: Path) -> None:
    # The keyring library and its backends were a tenth of the start. The sign-in page shows
    # "Remember me" as the credential store was at the last start, and the last user, who
    # was never remembered on this computer, is not looked up in it.
    admin_ctx.db.close()
    first = start(db_path)  # the first start asks the credential store, once
    assert any(m.startswith("keyring") for m in first["modules"])
    later = start(db_path, last_user="admin")
    assert [
        m
        for m in later["modules"]
        if m.startswith(("keyring", "w4i_desktop.storage.device_keyring"))
    ] == []
