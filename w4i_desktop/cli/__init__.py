"""The `w4i` command: headless set-up, demo data, checks, reports, backups and imports.

`main` (cli.main) builds the parser; `common` holds what every command shares (passwords,
signing in, --db/--server); `backup`, `importing` and `server` hold their commands."""

from w4i_desktop.cli.main import main

__all__ = ["main"]
