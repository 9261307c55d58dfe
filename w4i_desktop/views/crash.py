"""The crash handler: a friendly dialog for bugs, a log entry without personal data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from w4i_desktop import config
from w4i_desktop.errors import W4IError
from w4i_desktop.views.messages import field_message

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate

log = logging.getLogger("w4i_desktop.crash")


def handle_exception(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None, log_path: Path
) -> None:

    if isinstance(exc, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, W4IError):  # the environment's fault, not a bug: say what to do
        text = field_message(exc, {})  # a field an error is about is named by its key here
        QMessageBox.warning(parent, translate("Crash", "W4I Desktop"), text)
        return
    config.log_bug(log, exc.with_traceback(tb), "the desktop application")
    QMessageBox.critical(
        parent,
        translate("Crash", "W4I Desktop: something went wrong"),
        translate(
            "Crash",
            "<p>Something went wrong inside W4I Desktop. Your saved work is safe in the "
            "encrypted database.</p><p>A report without personal data was written to:<br>%1</p>"
            "<p>Please send that file to your administrator.</p>",
        ).replace("%1", str(log_path)),
    )


def install(log_path: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        handle_exception(kind, exc, tb, log_path)

    sys.excepthook = hook
