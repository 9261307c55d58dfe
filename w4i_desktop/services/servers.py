"""Shared-server addresses for the views, which do not import SQLAlchemy: building one from the
first-run form, reading the one kept in the settings, reaching the server, and the names and
forms that are safe to show or keep."""

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
    "kept_address",
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
