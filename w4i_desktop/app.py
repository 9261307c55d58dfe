"""QApplication bootstrap: settings, crash handler, first run or login, the main window."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from w4i_desktop import config
from w4i_desktop.services.context import Context
from w4i_desktop.views import crash, language
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.first_run import run_first_run
from w4i_desktop.views.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="w4i-desktop")
    parser.add_argument("--db", type=Path, default=None, help="database file")
    return parser.parse_args(list(argv[1:]))


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication(list(argv[:1]))
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationName(config.APP_NAME)
    use_readable_locale()
    language.apply_language(language.chosen_language())
    if os.environ.get("W4I_PSEUDO") == "1":
        language.apply_pseudo_translation()
    return app


def use_readable_locale() -> None:
    """A bare system reports the "C" locale, whose dates read "5 06 1981"; use British
    English conventions there (the language setting of the i18n work overrides this)."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def start_state(db_path: Path) -> AppState | None:
    """The session to start with: a new database on first run, else the login screen."""
    if db_path.exists():
        state = AppState(db_path)
        last_user = QSettings().value("login/last_user")
        if isinstance(last_user, str) and last_user:
            state.login_remembered(last_user)
        return state
    outcome = run_first_run(db_path)
    if outcome is None:
        return None
    if isinstance(outcome, Path):
        return AppState(outcome)
    state = AppState(outcome.db.path)
    assert isinstance(outcome, Context)
    state.set_context(outcome)
    return state


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    app = make_application(argv)
    crash.install(config.setup_logging())
    state = start_state(args.db or config.default_db_path())
    if state is None:
        return 0
    window = MainWindow(state)
    window.show()
    return app.exec()
