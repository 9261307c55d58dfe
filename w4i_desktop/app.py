"""QApplication bootstrap: settings, crash handler, first run or login, the main window."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from sqlalchemy import URL

from w4i_desktop import config
from w4i_desktop.services.context import Context
from w4i_desktop.views import crash, language
from w4i_desktop.views.app_state import AppState, kept_server
from w4i_desktop.views.window.main_window import MainWindow

# The sign-in window shows without the code of what it does not show (issue 17: <= 0.8 s);
# tests/test_start_imports.py keeps heavy libraries out of it.

# bench/bench_start.py sets it: print a line once the main window is shown, then quit.
BENCH_EXIT_ON_SHOW = "W4I_BENCH_EXIT_ON_SHOW"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="w4i-desktop")
    parser.add_argument("--db", type=Path, default=None, help="database file")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation has everything it needs, print one line per check "
        "and exit (0: all passed)",
    )
    return parser.parse_args(list(argv[1:]))


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication(list(argv[:1]))
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationName(config.APP_NAME)
    keep_settings_in_home()
    app.setWindowIcon(QIcon(str(config.resources_dir() / "icons" / "w4i.png")))
    use_readable_locale()
    language.apply_language(language.chosen_language())
    if os.environ.get("W4I_PSEUDO") == "1":
        language.apply_pseudo_translation()
    return app


def keep_settings_in_home() -> None:
    """With W4I_HOME set (a portable install on a USB stick, or tests), this computer's
    settings (last user name, language, backup folder, lock time) go in a file inside it:
    the user's registry is shared by every database on the computer. Call before any
    QSettings() is made."""
    home = os.environ.get(config.HOME_ENV)
    if not home:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # The system scope too: otherwise values set for the whole computer would still be read.
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(Path(home) / "settings"))


def use_readable_locale() -> None:
    """A bare system reports the "C" locale, whose dates read "5 06 1981"; use British
    English conventions there (the language setting of the i18n work overrides this)."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def start_state(db_path: Path, *, use_server: bool = True) -> AppState | None:
    """The session to start with: the shared server this computer uses (unless `use_server`
    is False: --db names a file), else a new database on first run, else the login screen."""
    server = kept_server() if use_server else None
    if server is not None:
        return server
    if db_path.exists():
        state = AppState(db_path)
        last_user = QSettings().value("login/last_user")
        if isinstance(last_user, str) and last_user:
            state.login_remembered(last_user)
        return state
    from w4i_desktop.storage.server import ServerDatabase
    from w4i_desktop.views.window.first_run import run_first_run

    outcome = run_first_run(db_path)
    if outcome is None:
        return None
    if isinstance(outcome, Path | URL):
        return AppState(outcome)
    assert isinstance(outcome, Context)
    # The server's URL holds the role's password for this session (in memory only).
    state = AppState(outcome.db.url if isinstance(outcome.db, ServerDatabase) else outcome.db.path)
    state.set_context(outcome)
    return state


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.self_test:
        return run_self_test(argv)
    app = make_application(argv)
    crash.install(config.setup_logging())
    db_path = args.db or config.default_db_path()
    opened_existing = db_path.exists()
    state = start_state(db_path, use_server=args.db is None)
    if state is None:
        return 0
    show_main_window(state, remembered=opened_existing and not state.is_locked)
    return app.exec()


def show_main_window(state: AppState, *, remembered: bool) -> MainWindow:
    """The main window; signed in by this computer's remembered secret (no sign-in page), an
    administrator is shown a recovery key she has not confirmed yet, as at any sign-in."""
    window = MainWindow(state)
    window.show()
    if os.environ.get(BENCH_EXIT_ON_SHOW) == "1":
        QTimer.singleShot(0, window, lambda: bench_exit(window))
    if remembered:
        from w4i_desktop.views.admin.recovery_key_dialog import show_unconfirmed_recovery_key

        QTimer.singleShot(0, window, lambda: show_unconfirmed_recovery_key(window, state))
    return window


def bench_exit(window: MainWindow) -> None:
    """bench/bench_start.py: the window is on screen (painted): say so and quit."""
    window.repaint()
    print("W4I window shown", flush=True)
    QApplication.exit(0)  # not close(): no backup on closing


def run_self_test(argv: Sequence[str]) -> int:
    """--self-test, for the frozen build in CI (QT_QPA_PLATFORM=offscreen there): Qt's platform
    plugin, widgets, charts and our translations, then the core's checks (self_test.py)."""
    import io
    import sys

    if sys.stdout is not None:
        return _self_test(argv, sys.stdout)
    # A windowed build started from Explorer (Windows) has no stdout: keep the lines in a file.
    out = io.StringIO()
    code = _self_test(argv, out)
    config.log_dir().mkdir(parents=True, exist_ok=True)
    (config.log_dir() / "self-test.txt").write_text(out.getvalue(), encoding="utf-8")
    return code


def _self_test(argv: Sequence[str], out: TextIO) -> int:
    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from w4i_desktop import self_test

    app = make_application(argv)
    if not language.apply_language("it"):
        print(f"FAIL qt translations: no w4i_it.qm in {config.translations_dir()}", file=out)
        return 1
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_it", qt_folder):
        print(f"FAIL qt translations: no qtbase_it.qm in {qt_folder}", file=out)
        return 1
    context, source = "LoginPage", "User name"  # variables: not a message for lupdate
    translated = app.translate(context, source)
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel(translated))
    layout.addWidget(QChartView(QChart()))
    window.show()
    app.processEvents()
    drawn = not window.grab().isNull()
    window.close()
    if not drawn:
        print("FAIL qt widgets: a window could not be drawn", file=out)
        return 1
    print(f"ok  {'qt':<20} {app.platformName()}, widgets, charts, {translated!r}", file=out)
    return self_test.run(out)
