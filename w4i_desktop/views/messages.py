"""What the user reads when something in their environment goes wrong, in their language.

The core raises typed errors with English developer text; the views choose the words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from w4i_desktop.errors import (
    BadInput,
    CorruptDatabase,
    DatabaseLocked,
    NotADatabase,
    NotFound,
    PermissionDenied,
    StaleEdit,
    StorageFull,
    W4IError,
    WrongPassword,
)

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate


def user_message(exc: W4IError) -> str:
    if isinstance(exc, WrongPassword):
        return translate("Messages", "The user name or the password is wrong.")
    if isinstance(exc, DatabaseLocked):
        return translate(
            "Messages",
            "The database is open on another computer or window: %1. Close it there first.",
        ).replace("%1", exc.holder)
    if isinstance(exc, CorruptDatabase):
        return translate(
            "Messages",
            "The database file is damaged and cannot be read safely. Restore the newest backup.",
        )
    if isinstance(exc, NotADatabase):
        return translate(
            "Messages",
            "This file is not a W4I database, or its key file (.keys) is missing or damaged.",
        )
    if isinstance(exc, StorageFull):
        return translate(
            "Messages", "The disk is full. Nothing was changed; free some space and try again."
        )
    if isinstance(exc, StaleEdit):
        return translate(
            "Messages",
            "Someone else saved this record after you opened it. Reload it to see their changes.",
        )
    if isinstance(exc, PermissionDenied):
        return translate("Messages", "Your role does not allow this.")
    if isinstance(exc, NotFound):
        return translate("Messages", "This record does not exist or is not visible to you.")
    if isinstance(exc, BadInput):
        # Field-level input errors name the field; their words are translated with i18n.
        return exc.user_message()
    return exc.user_message()
