"""`w4i backup`, `w4i backup verify` (the restore drill), `w4i restore`, and
`w4i migrate-to-server` (a local database moved to a shared server: services.server_move).

A shared database (--server) is backed up and restored on its server, by its administrator
(pg_dump, base backups): these commands say so instead of trying."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import URL

from w4i_desktop import config
from w4i_desktop.cli.common import Passwords
from w4i_desktop.errors import BadInput
from w4i_desktop.services import backups, erasure_ledger
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.keyslots import KeyFile

if TYPE_CHECKING:
    from w4i_desktop.services.server_move import MoveReport

Login = Callable[[argparse.Namespace, "Passwords"], Context]
ServerUrl = Callable[[str], URL]


def _no_server(args: argparse.Namespace) -> None:
    if getattr(args, "server", None):
        raise BadInput(
            "A shared database is backed up and restored on its server (for example with "
            "pg_dump and pg_restore), not from W4I Desktop."
        )


def cmd_backup(args: argparse.Namespace, passwords: Passwords, out: TextIO, *, login: Login) -> int:
    _no_server(args)
    if not args.out:
        raise BadInput("Say where to write the backup with --out NAME.w4ibak.")
    target = Path(args.out)
    if target.suffix != ".w4ibak":
        raise BadInput("Name the backup file NAME.w4ibak (its key slots go to NAME.w4ibak.keys).")
    if not target.parent.is_dir():
        raise BadInput(f"The folder {target.parent} is not there. Is the USB stick plugged in?")
    ctx = login(args, passwords)
    try:
        ctx.require(Action.BACKUP_RUN)
        ctx.db.backup(target)
        erasure_ledger.copy_beside(ctx.db.path, target)  # a restore elsewhere keeps erasures
    finally:
        ctx.db.close()
    print(f"Wrote {target} and {target.name}.keys (verified)", file=out)
    return 0


def cmd_backup_verify(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    _no_server(args)
    backup = Path(args.file)
    username, secret = _backup_credentials(args, passwords, backup)
    counts = backups.verify_backup(backup, username, secret)
    print(f"{backup.name}: intact (integrity and cipher checks passed)", file=out)
    for table, count in counts.items():
        print(f"  {table}: {count}", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    _no_server(args)
    backup = Path(args.file)
    db = Path(args.db) if args.db else config.default_db_path()
    username, secret = _backup_credentials(args, passwords, backup)
    restored = backups.restore(db, backup, username, secret, config.backup_dir_for(db))
    if restored.safety is not None:
        print(f"The state before the restore is kept in {restored.safety}", file=out)
    print(f"Restored {db} from {backup.name}", file=out)
    erased, deleted = restored.reapplied.erased, restored.reapplied.deleted
    if erased:
        print(f"Applied again: {erased} erasure{'s' * (erased != 1)} made after this backup, "
              "so erased data stays erased.", file=out)  # fmt: skip
    if deleted:
        print(f"Deleted again: {deleted} record{'s' * (deleted != 1)} deleted as created by "
              "mistake after this backup.", file=out)  # fmt: skip
    return 0


def _backup_credentials(
    args: argparse.Namespace, passwords: Passwords, backup: Path
) -> tuple[str | None, str]:
    """(user, password) from the backup's own key slots, or (None, recovery key)."""
    if args.recovery_key:
        return None, passwords.current("Recovery key: ")
    username = args.user or (KeyFile.load(backup).default_user if backup.is_file() else None)
    if not username:
        raise BadInput("Name the user with --user, or use --recovery-key.")
    return username, passwords.current(f"Password for {username}: ")


def cmd_migrate_to_server(
    args: argparse.Namespace, passwords: Passwords, out: TextIO, *, server_url: ServerUrl
) -> int:
    from w4i_desktop.services import server_move

    db = Path(args.db) if args.db else config.default_db_path()
    url = server_url(args.server)
    username = args.user or (KeyFile.load(db).default_user if db.is_file() else None)
    if not username:
        raise BadInput("Name the user with --user.")
    password = passwords.current(f"Password for {username}: ")
    try:
        report = server_move.move_to_server(db, username, password, url)
    except server_move.MoveFailed as exc:
        _print_counts(exc.report, out)
        for problem in exc.report.problems:
            print(f"Differs: {problem}", file=out)
        print("Nothing was kept on the server; the local file was not changed.", file=out)
        return 1
    print(
        f"Moved {report.source} to {report.server} in {report.seconds:.1f} s "
        f"({report.rows} rows, one transaction).",
        file=out,
    )
    _print_counts(report, out)
    print(
        f"Indicators I1-I13 equal for {', '.join(report.periods)}, all sites and each of "
        f"{report.sites} sites ({report.indicator_checks} comparisons).",
        file=out,
    )
    print(
        f"Audit log intact on the server: {report.audit_entries} entries, and one more "
        "recording the move.",
        file=out,
    )
    unchanged = "not changed" if report.local_unchanged else "CHANGED during the move (check it)"
    print(f"The local file {report.source} and its key file were {unchanged}.", file=out)
    print(
        "Recovery key of the server (shown only now; print it and keep it locked away):", file=out
    )
    print(f"    {report.recovery_code}", file=out)
    print(f"{report.administrator} signs in on the server with the same password.", file=out)
    if report.users_without_password:
        print(
            "These users have no password on the server yet; an administrator gives them one "
            "(Settings > Users, or w4i users reset-password NAME --server URL): "
            + ", ".join(report.users_without_password),
            file=out,
        )
    return 0 if report.local_unchanged else 1


def _print_counts(report: MoveReport, out: TextIO) -> None:
    width = max((len(count.table) for count in report.counts), default=5)
    print(f"  {'table':<{width}}  {'here':>8}  {'server':>8}", file=out)
    for count in report.counts:
        mark = "" if count.local == count.server else "  <- differs"
        print(f"  {count.table:<{width}}  {count.local:>8}  {count.server:>8}{mark}", file=out)


def register(
    sub: Any,
    common: Callable[[argparse.ArgumentParser], None],
    login: Login,
    server_url: ServerUrl,
) -> None:
    """Add `backup` (with `backup verify`), `restore` and `migrate-to-server` to the `w4i`
    sub-command parser."""
    p = sub.add_parser("backup", help="an encrypted, verified backup (or: backup verify FILE)")
    common(p)
    p.add_argument("--out", help="the backup file, NAME.w4ibak")
    p.set_defaults(func=partial(cmd_backup, login=login))
    backup_sub = p.add_subparsers(dest="backup_command", parser_class=type(p))
    p = backup_sub.add_parser("verify", help="restore drill: check a backup and count its rows")
    common(p)
    p.add_argument("file")
    p.add_argument("--recovery-key", action="store_true", help="open it with the recovery key")
    p.set_defaults(func=cmd_backup_verify)

    p = sub.add_parser("restore", help="replace the database by a backup (administrator)")
    common(p)
    p.add_argument("file")
    p.add_argument("--recovery-key", action="store_true", help="authorise with the recovery key")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "migrate-to-server",
        help="copy a local database into an empty database on a shared server, and check it",
        description="Copies every row of the local database into an empty database on the "
        "server in one transaction, checks row counts, indicators and the audit log, and keeps "
        "nothing there if they differ. The local file is only read. The administrator running "
        "the move keeps her password; the other users get one from an administrator.",
    )
    p.add_argument("--db", help="the local database file (default: the per-user data folder)")
    p.add_argument("--server", required=True, metavar="URL", help="the server's database")
    p.add_argument("--user", help="an administrator of the local database (default: the first)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=partial(cmd_migrate_to_server, server_url=server_url))
