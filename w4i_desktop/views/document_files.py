"""Asking where to save a document the user asked for, and offering to open it afterwards.

Every file dialog starts in the folder last used (remembered in QSettings), else in the user's
Documents folder, never in the program's. A save dialog proposes a name after the document's
content, e.g. "W4I-report-2026Q3-pseudonymised.xlsx" or "W4I-7K2QX-pathway-summary-it.pdf"
(`content_name`), made of characters Windows accepts in a file name (`safe_file_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from w4i_desktop.errors import W4IError
from w4i_desktop.progress import Cancelled
from w4i_desktop.views.messages import user_message

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate

LAST_FOLDER = "files/last_folder"
PREFIX = "W4I-"
# What Windows refuses in a file name: <>:"/\|?* and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip
MAX_NAME = 150  # well within every file system's limit, with room for the folder


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """Where a file dialog opens: the folder last used, if it still exists, else Documents."""
    stored = QSettings().value(LAST_FOLDER)
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    return documents_folder()


def remember_folder(folder: Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(folder))


def safe_file_name(name: str) -> str:
    """`name` as Windows accepts it: forbidden characters become "-", no trailing dot or
    space, no device name (CON, NUL, COM1…), not empty, not too long (the suffix kept)."""
    cleaned = _FORBIDDEN.sub("-", name)
    cleaned = " ".join(cleaned.split()).rstrip(". ").lstrip(" ")
    stem, dot, suffix = cleaned.rpartition(".") if "." in cleaned else (cleaned, "", "")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    if len(stem) + len(dot) + len(suffix) > MAX_NAME:
        stem = stem[: MAX_NAME - len(dot) - len(suffix)].rstrip(". -")
    return f"{stem}{dot}{suffix}" if stem else "W4I-document" + dot + suffix


def content_name(*parts: str, suffix: str = "") -> str:
    """A file name after a document's content: "W4I-" and the non-empty `parts` joined by
    "-" (a part that already starts with "W4I-", a participant's code, is not prefixed
    twice), then ".suffix"; e.g. content_name("W4I-7K2QX", "pathway-summary", "it",
    suffix="pdf") == "W4I-7K2QX-pathway-summary-it.pdf"."""
    stem = "-".join(part for part in parts if part)
    if not stem.startswith(PREFIX):
        stem = PREFIX + stem
    return safe_file_name(f"{stem}.{suffix}" if suffix else stem)


def suggested_path(suggested_name: str) -> Path:
    """Where a save dialog proposes to write a document called `suggested_name`."""
    return start_folder() / safe_file_name(suggested_name)


def ask_save_path(
    parent: QWidget, title: str, suggested_name: str, filter_: str = ""
) -> Path | None:
    """Ask where to save, proposing `suggested_name` in the folder last used (or Documents);
    the folder chosen is remembered."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested_path(suggested_name)), filter_
    )
    if not name:
        return None
    path = Path(name)
    remember_folder(path.parent)
    return path


def ask_open_path(parent: QWidget, title: str, filter_: str = "") -> Path | None:
    """Ask for a file to read, starting in the folder last used (or Documents)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filter_)
    if not name:
        return None
    path = Path(name)
    remember_folder(path.parent)
    return path


def ask_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if not name:
        return None
    remember_folder(Path(name))
    return Path(name)


def write_then_offer(
    parent: QWidget, title: str, write: Callable[[], Path], done_text: str
) -> Path | None:
    """Run `write` (a service call that writes a file); say what went wrong, or offer to open
    what was written. Returns the path written, or None (also, silently, when the user
    cancelled)."""
    try:
        path = write()
    except Cancelled:
        return None
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
