"""Screenshots of the real window (Xvfb 1366x768, openbox, the app on Qt's xcb platform),
typed at with xdotool as the real-window tests do (tests/realwin).

    .venv/bin/python scripts/realwin_screenshots.py [--out docs/screenshots]

Writes realwin_login.png, realwin_login_refused.png, realwin_intake_identity.png,
realwin_record.png and realwin_participants_it.png. Needs Xvfb, openbox, xdotool and
ImageMagick; the database and the X server live in a temporary folder, deleted afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.realwin.conftest import (
    ADMIN,
    ADMIN_PASSWORD,
    PEOPLE,
    prepare_database,
)
from tests.realwin.harness import (
    RealApp,
    X,
    XServer,
    menu_mnemonic,
    missing_tools,
    prepared_copy,
)

PAGE_TITLE = (10, 5, 600, 45)


def shoot(x: X, out: Path, name: str) -> None:
    shutil.copy(x.screenshot(name), out / f"realwin_{name}.png")
    print(out / f"realwin_{name}.png")


def login_screens(x: X, db: Path, folder: Path, out: Path) -> None:
    app = RealApp(x, prepared_copy(db, folder / "data"), folder / "app")
    try:
        app.start()
        x.type(ADMIN)
        x.key("Tab")
        x.type("password")
        shoot(x, out, "login")
        x.key("Return")  # refused: the message under the boxes
        x.type("x")  # the wrong password is cleared; a key shows where the focus is
        shoot(x, out, "login_refused")
        x.key("ctrl+a", "BackSpace")
        x.type(ADMIN_PASSWORD)
        x.key("Return")
        app.wait_signed_in(ADMIN)
        app.quit()
    finally:
        app.kill()


def intake_and_record(x: X, db: Path, folder: Path, out: Path) -> None:
    app = RealApp(x, prepared_copy(db, folder / "data2"), folder / "app2")
    try:
        app.start()
        app.sign_in(ADMIN, ADMIN_PASSWORD)
        wizard = app.open_intake()
        for keys in (["Return"], ["Tab", "Tab", "space", "alt+n"]):
            with x.redrawn(wizard, PAGE_TITLE, "the next page"):
                x.key(*keys)
        for text in ("Samira", "Benali", "14/05/1985", "+39 333 1234567"):
            x.type(text)
            x.key("Tab")
        x.type("samira.benali@example.org")
        shoot(x, out, "intake_identity")
        app.cancel_intake(wizard)
        _first, last, _born, _phone = PEOPLE[0]
        x.key("ctrl+f")
        x.type(last)
        x.key("Return", "Return")
        x.key("alt+m")
        x.type("Sesto San Giovanni")
        shoot(x, out, "record")
        x.key("ctrl+s", "alt+Left", "ctrl+2")
        with x.redrawn(app.main, x.status_bar(app.main), "the window in Italian"):
            x.key(f"alt+{menu_mnemonic('en', 'MainWindow', 'Lang&uage')}", "Down", "Return")
        shoot(x, out, "participants_it")
        app.quit()
    finally:
        app.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"Missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="w4i-realwin-") as temp:
        folder = Path(temp)
        db = folder / "db" / "w4i.db"
        db.parent.mkdir()
        prepare_database(db)
        server = XServer(folder / "x")
        try:
            x = X(server.display, folder / "shots")
            x.evidence.mkdir()
            login_screens(x, db, folder, args.out)
            intake_and_record(x, db, folder, args.out)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
