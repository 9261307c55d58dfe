"""Shared-server addresses for the views, which do not import SQLAlchemy: building one from the
first-run form, reading the one kept in the settings, reaching the server, the names and
forms that are safe to show or keep, and the role's password in the OS credential store."""

from __future__ import annotations

from typing import TypeGuard

from sqlalchemy import URL
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from w4i_desktop.storage.server import (
    DRIVER,
    ServerDatabase,
    address_to_keep,
    check_server_url,
    is_loopback,
    server_label,
)

# A server's address (with the role's password only in memory, never kept or shown).
ServerAddress = URL

__all__ = [
    "ServerAddress",
    "address_to_keep",
    "build_address",
    "is_address",
    "is_loopback",
    "keep_password",
    "kept_address",
    "kept_password",
    "reach",
    "server_label",
]


def is_address(target: object) -> TypeGuard[ServerAddress]:
    """Whether a database target is a server's address (else it is a file's path)."""
    return isinstance(target, URL)


def build_address(
    *, host: str, port: int | None, database: str, role: str, password: str, tls: bool
) -> ServerAddress:
    """The checked address of a server typed in as its parts (BadInput as for any address)."""
    return check_server_url(
        URL.create(
            DRIVER,
            username=role or None,
            password=password or None,
            host=host,
            port=port,
            database=database,
            query={"sslmode": "require"} if tls else {},
        )
    )


def kept_address(text: str) -> ServerAddress | None:
    """The address kept in the settings, or None when it is not one."""
    try:
        return make_url(text.strip())
    except ArgumentError:
        return None


def reach(address: ServerAddress) -> None:
    """Check that the server answers (BadInput otherwise); nobody signs in."""
    ServerDatabase.connect(address).close()


def _keyring_entry(address: ServerAddress) -> str:
    return "server:" + server_label(address)


def keep_password(address: ServerAddress) -> bool:
    """Keep the role's password of `address` in the OS credential store, for the next starts;
    False when there is none (or it refused): the password is then asked at each start."""
    if not address.password:
        return False
    from w4i_desktop.storage import device_keyring  # keyring: not before the sign-in window

    return device_keyring.store(_keyring_entry(address), address.password)


def kept_password(address: ServerAddress) -> str | None:
    """The role's password kept for `address` by keep_password, or None."""
    from w4i_desktop.storage import device_keyring

    return device_keyring.read(_keyring_entry(address))
