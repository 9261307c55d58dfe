"""The server role's password in the OS credential store (no Qt: the core keeps it)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from tests.keyrings import MemoryKeyring
from w4i_desktop.services.servers import (
    ServerAddress,
    build_address,
    keep_password,
    kept_password,
)
from w4i_desktop.storage import device_keyring


def _address(password: str = "role-secret", database: str = "w4i") -> ServerAddress:
    return build_address(
        host="db.example.org", port=5432, database=database, role="w4i_app",
        password=password, tls=True,
    )  # fmt: skip


def test_the_password_is_kept_under_the_servers_label_and_read_back(
    memory_keyring: MemoryKeyring,
) -> None:
    address = _address()
    assert keep_password(address)
    assert memory_keyring.store == {
        (device_keyring.SERVICE, "server:w4i_app@db.example.org:5432/w4i"): "role-secret"
    }
    assert kept_password(address.set(password=None)) == "role-secret"
    assert kept_password(_address(database="other")) is None  # another server: not its password


def test_an_address_without_password_keeps_nothing(memory_keyring: MemoryKeyring) -> None:
    assert not keep_password(_address(password=""))
    assert memory_keyring.store == {}


def test_without_a_credential_store_nothing_is_kept_and_nothing_read() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keep_password(_address())
        assert kept_password(_address()) is None
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("password", ["with space", "ünïcødé"])
def test_any_password_round_trips(memory_keyring: MemoryKeyring, password: str) -> None:
    assert keep_password(_address(password))
    assert kept_password(_address("")) == password
