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
    exit_code = 2


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
    """Someone else saved the record since it was loaded (optimistic locking)."""


class StorageFull(W4IError):
    pass
