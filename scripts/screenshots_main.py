"""Screenshots of the main screens with demo data: first run, recovery key, login, the
participant list, a record, the dashboard, employers, reports and settings.

    python scripts/screenshots_main.py [--out docs/screenshots] [--scale 1.5]
                                       [--language it|pseudo] [--contrast]

Offscreen, in a temporary folder that is deleted afterwards. --scale renders as on a display
set to that scaling (125 % = 1.25), --language in that interface language, --contrast with a
high-contrast palette (white on black, as Windows' "High contrast black"); each suffixes the
file names.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--participants", type=int, default=400)
    parser.add_argument("--language", default="en")
    parser.add_argument("--contrast", action="store_true")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    suffix = "" if args.scale == 1.0 else f"@{int(args.scale * 100)}"
    suffix += "" if args.language == "en" else f"_{args.language}"
    suffix += "_contrast" if args.contrast else ""

    from PySide6.QtWidgets import QApplication

    from w4i_desktop.app import use_readable_locale
    from w4i_desktop.services import demo, users
    from w4i_desktop.storage.keyslots import KdfParams
    from w4i_desktop.views.app_state import AppState
    from w4i_desktop.views.language import apply_language, apply_pseudo_translation
    from w4i_desktop.views.window.first_run import FirstRunDialog, RecoveryKeyDialog
    from w4i_desktop.views.window.main_window import SCREENS, MainWindow

    app = QApplication([])
    use_readable_locale()
    if args.language == "pseudo":  # every text stretched (W4I_PSEUDO=1): finds clipping
        apply_language("en")
        apply_pseudo_translation()
    else:
        apply_language(args.language)
    if args.contrast:
        high_contrast(app)
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: object, name: str) -> None:
        app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    with tempfile.TemporaryDirectory() as folder:
        kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
        first = FirstRunDialog(Path(folder) / "new.db", kdf=kdf)
        first.organisation.setText("Casa delle Donne Milano")
        first.site.setText("Milano Giambellino")
        first.password.setText("correct horse battery")
        first.show()
        save(first, "first_run")
        first.close()
        key = RecoveryKeyDialog("7KQ9M-AC3TX-PV4NR-HD6WE-YJ9FG-TMC4U", "Casa delle Donne")
        key.show()
        save(key, "recovery_key")
        key.close()

        db = Path(folder) / "demo.db"
        created = users.create_database(
            db, "admin", "demo-pass-word", kdf=kdf, organisation="Women4Integration (demo)"
        )
        demo.generate(created.context, args.participants, seed=4, today=date(2026, 11, 20))
        created.context.db.close()

        state = AppState(db)
        window = MainWindow(state)
        window.resize(1280, 800)
        window.show()
        window.login.username.setText("admin")
        save(window, "login")
        state.login("admin", "demo-pass-word")
        window.nav.setCurrentRow(SCREENS.index("participants"))
        save(window, "participants")
        window.participants.list.search.setText("mar")
        window.participants.list.apply_filters()
        save(window, "participants_search")
        window.participants.list.search.clear()
        window.participants.list.apply_filters()
        first_row = window.participants.list.model.row_at(0)
        window.participants.open_participant(first_row.id)
        save(window, "participant_record")
        window.participants.show_list()
        for screen in ("dashboard", "employers", "reports", "pathways"):
            window.nav.setCurrentRow(SCREENS.index(screen))
            save(window, screen)
        window.nav.setCurrentRow(SCREENS.index("settings"))
        save(window, "settings")
        window.settings_screen.tabs.setCurrentIndex(2)
        save(window, "settings_users")
        state.lock()
        window.close()


def high_contrast(app: object) -> None:
    """White on black with yellow and cyan accents, like Windows' "High contrast black"."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setStyle("Windows")  # draws its frames in the palette's colours, as Windows does
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#000000"),
        (role.WindowText, "#ffffff"),
        (role.Base, "#000000"),
        (role.AlternateBase, "#1a1a1a"),
        (role.Text, "#ffffff"),
        (role.Button, "#000000"),
        (role.ButtonText, "#ffffff"),
        (role.Highlight, "#1aebff"),
        (role.HighlightedText, "#000000"),
        (role.Link, "#ffff00"),
        (role.ToolTipBase, "#000000"),
        (role.ToolTipText, "#ffffff"),
        (role.PlaceholderText, "#c0c0c0"),
        (role.Light, "#ffffff"),  # frames and borders
        (role.Midlight, "#c0c0c0"),
        (role.Mid, "#ffffff"),
        (role.Dark, "#ffffff"),
        (role.Shadow, "#808080"),
    ):
        palette.setColor(name, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#3ff23f"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#3ff23f"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#3ff23f"))
    app.setPalette(palette)


if __name__ == "__main__":
    main()
