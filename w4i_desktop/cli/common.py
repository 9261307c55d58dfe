"""What every `w4i` command shares: its argument parser, where the database is, passwords
(from --password-stdin, the environment or a prompt) and signing in."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

from sqlalchemy import URL

from w4i_desktop import config
from w4i_desktop.cli.server import SERVER_PASSWORD_ENV, server_url
from w4i_desktop.errors import BadInput
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.keyslots import KeyFile

PASSWORD_ENV = "W4I_PASSWORD"  # noqa: S105 - a variable name
NEW_PASSWORD_ENV = "W4I_NEW_PASSWORD"  # noqa: S105


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"w4i: {message} (see 'w4i --help')\n")


class Passwords:
    """Passwords from --password-stdin (one a line), else the environment, else a prompt."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._lines: list[str] | None = None
        self._from_stdin = from_stdin
        self._stdin = stdin

    def _next_line(self) -> str:
        if self._lines is None:
            self._lines = self._stdin.read().splitlines()
        if not self._lines:
            raise BadInput("--password-stdin: standard input has no (more) password lines.")
        return self._lines.pop(0)

    def current(self, prompt: str) -> str:
        if self._from_stdin:
            return self._next_line()
        return os.environ.get(PASSWORD_ENV) or getpass.getpass(prompt)

    def new(self, prompt: str, env: str = NEW_PASSWORD_ENV) -> str:
        if self._from_stdin:
            return self._next_line()
        if os.environ.get(env):
            return os.environ[env]
        first = getpass.getpass(prompt)
        if getpass.getpass("Repeat it: ") != first:
            raise BadInput("The two passwords differ.")
        return first


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else config.default_db_path()


def database_target(args: argparse.Namespace) -> Path | URL:
    """The database a command works on: --server URL, else --db PATH, else the default file."""
    server = getattr(args, "server", None)
    return server_url(server) if server else db_path(args)


def login(args: argparse.Namespace, passwords: Passwords) -> Context:
    where = database_target(args)
    if isinstance(where, URL):
        username = args.user
    else:
        username = args.user or (KeyFile.load(where).default_user if where.is_file() else None)
    if not username:
        raise BadInput("Name the user with --user.")
    return users.login(where, username, passwords.current(f"Password for {username}: "))


def add_database_options(p: argparse.ArgumentParser) -> None:
    """--db or --server, --user and --password-stdin: every command that opens a database."""
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", help="database file (default: the per-user data folder)")
    where.add_argument(
        "--server",
        metavar="URL",
        help="a shared database: postgresql://role@host:port/database?sslmode=require "
        f"(the role's password: in the URL, ${SERVER_PASSWORD_ENV} or asked)",
    )
    p.add_argument("--user", help="user name to log in as (default: the first admin)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read password(s) from standard input, one a line",
    )


Command = Callable[[argparse.Namespace, Passwords, TextIO], int]
