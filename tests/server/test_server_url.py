"""The rules for a server's address: PostgreSQL with psycopg, and TLS unless on this computer."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from w4i_desktop.errors import BadInput
from w4i_desktop.storage.server import (
    address_to_keep,
    check_server_url,
    is_loopback,
    server_label,
)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://w4i@localhost/w4i",
        "postgresql://w4i@LOCALHOST:5433/w4i",
        "postgresql://w4i@127.0.0.1/w4i",
        "postgresql://w4i@127.3.4.5:5432/w4i",
        "postgresql://w4i@[::1]:5432/w4i",
        "postgresql:///w4i",  # libpq's default Unix socket
        "postgresql://w4i@/w4i?host=/var/run/postgresql",
        "postgresql+psycopg2://w4i@localhost/w4i",  # another driver: psycopg is used
        "postgres://w4i@localhost/w4i",
    ],
)
def test_this_computer_needs_no_tls(url: str) -> None:
    checked = check_server_url(url)
    assert checked.drivername == "postgresql+psycopg"
    assert checked.database == "w4i"


@pytest.mark.parametrize("mode", ["require", "verify-ca", "verify-full"])
def test_another_computer_needs_tls(mode: str) -> None:
    assert check_server_url(f"postgresql://w4i@db.example.org/w4i?sslmode={mode}")
    assert check_server_url(f"postgresql://w4i@10.0.0.7:5432/w4i?sslmode={mode}")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://w4i@db.example.org/w4i",
        "postgresql://w4i@db.example.org/w4i?sslmode=prefer",
        "postgresql://w4i@db.example.org/w4i?sslmode=allow",
        "postgresql://w4i@db.example.org/w4i?sslmode=disable",
        "postgresql://w4i@192.168.1.20/w4i",
        "postgresql://w4i@localhost.example.org/w4i",
        "postgresql://w4i@/w4i?host=db.example.org",
        "postgresql://w4i@/w4i?host=/tmp,db.example.org",
    ],
)
def test_without_tls_another_computer_is_refused_clearly(url: str) -> None:
    with pytest.raises(BadInput, match="must be reached over TLS: add \\?sslmode=require") as e:
        check_server_url(url)
    assert e.value.params["host"] in ("db.example.org", "192.168.1.20", "localhost.example.org")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("sqlite:///w4i.db", "PostgreSQL server"),
        ("mysql://w4i@localhost/w4i", "PostgreSQL server"),
        ("postgresql://w4i@localhost", "must name a database"),
        ("postgresql://w4i@localhost/", "must name a database"),
        ("not a url at all", "not a server address"),
    ],
)
def test_what_is_not_a_usable_server_address(url: str, says: str) -> None:
    with pytest.raises(BadInput, match=says):
        check_server_url(url)


def test_the_password_is_never_shown_nor_kept() -> None:
    url = check_server_url("postgresql://w4i:s3cret-pw@db.example.org:6432/w4i?sslmode=require")
    assert url.password == "s3cret-pw"  # the connection uses it
    label = server_label(url)
    assert label == "w4i@db.example.org:6432/w4i"
    kept = address_to_keep(url)
    assert "s3cret" not in kept and "sslmode=require" in kept
    assert make_url(kept).password is None
    with pytest.raises(BadInput) as e:
        check_server_url("postgresql://w4i:s3cret-pw@db.example.org/w4i")
    assert "s3cret" not in str(e.value) and "s3cret" not in repr(e.value.params)


def test_a_separate_password_replaces_the_one_in_the_address() -> None:
    url = check_server_url("postgresql://w4i:old@localhost/w4i", server_password="from-keyring")
    assert url.password == "from-keyring"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("::1", True),
        ("[::1]", True),
        ("/run/postgresql", True),
        ("", True),
        ("128.0.0.1", False),
        ("::2", False),
        ("db", False),
        ("localhost.evil.example", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
