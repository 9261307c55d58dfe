"""How the command line reaches a shared server: the --server URL, checked before any password
is asked, and the server role's password, which is never written to disk nor printed."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import URL

from w4i_desktop.storage.server import check_server_url

SERVER_PASSWORD_ENV = "W4I_SERVER_PASSWORD"  # noqa: S105 - the name of a variable


def server_url(text: str) -> URL:
    """--server's URL, checked (PostgreSQL, TLS unless on this computer) before any password
    is asked, with the server role's password: the URL's own, else $W4I_SERVER_PASSWORD, else
    asked at a terminal unless libpq has one (PGPASSWORD, its password file). Never written to
    disk nor printed: messages name the server as role@host:port/database."""
    url = check_server_url(text)
    if url.password is not None:
        return url
    password = os.environ.get(SERVER_PASSWORD_ENV) or _ask_server_password(url)
    return url.set(password=password) if password else url


def _ask_server_password(url: URL) -> str | None:
    if os.environ.get("PGPASSWORD") or _libpq_password_file().is_file():
        return None
    if not sys.stdin.isatty():
        return None  # a script: the server's own authentication decides (trust, certificates)
    role = url.username or "?"
    prompt = f"Password of the server role {role} (Enter: none): "
    return getpass.getpass(prompt) or None


def _libpq_password_file() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"
