"""What the user reads when something in their environment goes wrong, in their language.

The core raises typed errors with English developer text; the views choose the words. A
BadInput's English template is translated in the context "CoreMessages" (core_texts.py lists
them for lupdate) and its values filled in afterwards; the views that know the labels of their
fields put the label of the field it names in front (`field_message`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from w4i_desktop.errors import (
    BadInput,
    CorruptDatabase,
    DatabaseLocked,
    FileInUse,
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

# A BadInput's placeholder: {name}. Anything else in braces is left as it is.
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ARGUMENT = re.compile(r"%([12])")


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
    if isinstance(exc, FileInUse):
        return translate(
            "Messages",
            "The file %1 is open in another program (Excel?). Close it there, or save under "
            "another name.",
        ).replace("%1", exc.name)
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
        return core_message(exc)
    return exc.user_message()


def core_message(exc: BadInput) -> str:
    """The BadInput's message in the user's language, its values filled in, without the field."""
    # Not a literal on purpose: the templates reach lupdate through core_texts.py.
    text = translate("CoreMessages", exc.template)
    if not exc.params:
        return text
    return _PLACEHOLDER.sub(
        lambda m: str(exc.params[m[1]]) if m[1] in exc.params else m[0],
        text,
    )


def field_message(exc: W4IError, labels: Mapping[str, str]) -> str:
    """`user_message(exc)`, and for a BadInput about a field, "Label: message" with the
    field's label from `labels` (its key when the view has no label for it)."""
    text = user_message(exc)
    if not isinstance(exc, BadInput) or not exc.field:
        return text
    label = labels.get(exc.field) or exc.field
    pattern = translate("Messages", "%1: %2", "a field's label, then what is wrong with it")
    return _ARGUMENT.sub(lambda m: label if m[1] == "1" else text, pattern)


def changed_meanwhile(
    seen: Mapping[str, object], now: Mapping[str, object], labels: Mapping[str, str]
) -> list[str]:
    """The labels of the fields whose value in `now` (the record as saved by someone else)
    differs from `seen` (as this form loaded it), in the form's order."""
    return [label for key, label in labels.items() if key in now and now[key] != seen.get(key)]


def stale_message(changed: list[str]) -> str:
    """A save refused because someone else saved first: what they changed, and that nothing
    typed here is lost."""
    if not changed:
        return translate(
            "Messages",
            "Someone else saved this record after you opened it, so your changes were not "
            "saved. They are still on screen: reload to see the other changes, then make "
            "yours again.",
        )
    return translate(
        "Messages",
        "Someone else saved this record after you opened it and changed: %1. Your changes "
        "were not saved; they are still on screen. Reload to see the other changes, then make "
        "yours again.",
    ).replace("%1", ", ".join(changed))
