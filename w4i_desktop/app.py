"""QApplication bootstrap. Until the GUI issue lands, a window that says what is coming."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from w4i_desktop import config


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class PlaceholderWindow(QMainWindow):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("W4I Desktop"))
        label = QLabel(
            self.tr(
                "<h2>W4I Desktop</h2><p>The encrypted database is ready at:</p><p>%1</p>"
                "<p>The participant screens are coming in the next release. Until then, use "
                "the <tt>w4i</tt> command.</p>"
            ).replace("%1", str(db_path))
        )
        label.setWordWrap(True)
        label.setMargin(24)
        self.setCentralWidget(label)
        self.resize(640, 360)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="w4i-desktop")
    parser.add_argument("--db", type=Path, default=None, help="database file")
    parser.add_argument("--demo", action="store_true", help="open (or create) a demo database")
    return parser.parse_args(list(argv[1:]))


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    app = QApplication(list(argv[:1]))
    app.setApplicationName(config.APP_NAME)
    db_path = args.db or config.default_db_path()
    window = PlaceholderWindow(db_path)
    window.show()
    return app.exec()
