"""Asking where to save a document the user asked for, and offering to open it afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from w4i_desktop.errors import W4IError
from w4i_desktop.views.messages import user_message

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested_name: str, filter_: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / suggested_name), filter_
    )
    return Path(name) if name else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(documents_folder()))
    return Path(name) if name else None


def write_then_offer(
    parent: QWidget, title: str, write: Callable[[], Path], done_text: str
) -> Path | None:
    """Run `write` (a service call that writes a file); say what went wrong, or offer to open
    what was written. Returns the path written, or None."""
    try:
        path = write()
    except W4IError as exc:
        QMessageBox.warning(parent, title, user_message(exc))
        return None
    box = QMessageBox(QMessageBox.Icon.Information, title, done_text, parent=parent)
    box.setObjectName("writtenBox")
    open_file = box.addButton(
        translate("DocumentFiles", "&Open"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("DocumentFiles", "Show in &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return path
