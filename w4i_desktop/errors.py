"""The errors the environment causes, each with a message a user can act on.

Views and the CLI show `user_message()`; the text passes through the translation layer there.
Messages never contain personal data: they name files, users' computers or counts, not people.
"""

from __future__ import annotations


class W4IError(Exception):
    """An expected failure (wrong password, locked or corrupt file, bad input), never a bug."""

    exit_code = 1

    def user_message(self) -> str:
        return str(self)


class BadInput(W4IError):
    """Input the core refuses. `template` is an English string literal with `{name}`
    placeholders that `params` fill; the views translate it (context "CoreMessages", listed for
    lupdate by scripts/core_messages.py) and fill in the same values. `field` names the field
    the input was for, when there is one: the views show its label before the message.

    `str(exc)` is the English text, "field: message" when a field is named, as the CLI shows it.
    """

    exit_code = 2

    def __init__(self, template: str, /, *, field: str | None = None, **params: object) -> None:
        message = template.format(**params) if params else template
        super().__init__(f"{field}: {message}" if field else message)
        self.template = template
        self.params = params
        self.field = field


class NotADatabase(W4IError):
    """The file is missing, not a W4I database, or its key-slot file is missing or damaged."""


class CorruptDatabase(W4IError):
    pass


class WrongPassword(W4IError):
    pass


class DatabaseLocked(W4IError):
    def __init__(self, holder: str) -> None:
        super().__init__(f"The database is open on {holder}. Close it there first.")
        self.holder = holder


class PermissionDenied(W4IError):
    pass


class NotFound(W4IError):
    exit_code = 2


class StaleEdit(W4IError):
    """Someone else saved the record since it was loaded (optimistic locking). One message for
    every kind of record; the views word it (views/messages.py)."""

    MESSAGE = "Someone else saved this record after you opened it."

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__(message)


class StorageFull(W4IError):
    pass


class FileInUse(W4IError):
    """Another program holds the file open and the system refuses to replace it (Windows
    locks a workbook open in Excel). The old file is kept; `name` is the file's name."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The file {name} is open in another program (Excel?). "
            "Close it there, or save under another name."
        )
        self.name = name
