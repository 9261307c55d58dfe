"""The OS credential store on this computer: 'remember me on this computer' (a random secret
that opens a device slot; off by default) and the password of the shared server's role
(services.servers). Where no keyring backend exists (headless Linux, CI) it is simply
unavailable, never an error.
"""

from __future__ import annotations

import contextlib
import secrets

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

from w4i_desktop.storage.database import Database

SERVICE = "W4I Desktop"


def available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # any failure to load a backend means: not available
        return False
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def _entry(database_id: str, username: str) -> str:
    return f"{database_id}:{username.casefold()}"


def remember(db: Database, username: str) -> bool:
    """Store a new device secret for `username` and give it a slot; False if unavailable."""
    secret = secrets.token_urlsafe(32)
    try:
        keyring.set_password(SERVICE, _entry(db.keyfile.database_id, username), secret)
    except KeyringError:
        return False
    db.set_device_secret(username, secret)
    return True


def forget(db: Database, username: str) -> None:
    db.remove_device_slot(username)
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _entry(db.keyfile.database_id, username))


def remembered_secret(database_id: str, username: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _entry(database_id, username))
    except KeyringError:
        return None


def store(entry: str, secret: str) -> bool:
    """Keep `secret` under `entry`; False when there is no credential store or it refused."""
    if not available():
        return False
    try:
        keyring.set_password(SERVICE, entry, secret)
    except KeyringError:
        return False
    return True


def read(entry: str) -> str | None:
    """The secret kept under `entry`, or None (none kept, or no credential store)."""
    try:
        return keyring.get_password(SERVICE, entry)
    except KeyringError:
        return None
