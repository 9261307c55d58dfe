"""`w4i backup`, `w4i backup verify` (the restore drill) and `w4i restore`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from w4i_desktop import config
from w4i_desktop.errors import BadInput
from w4i_desktop.services import backups
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.keyslots import KeyFile

if TYPE_CHECKING:
    from w4i_desktop.cli import Passwords

Login = Callable[[argparse.Namespace, "Passwords"], Context]


def cmd_backup(args: argparse.Namespace, passwords: Passwords, out: TextIO, *, login: Login) -> int:
    if not args.out:
        raise BadInput("Say where to write the backup with --out NAME.w4ibak.")
    target = Path(args.out)
    if target.suffix != ".w4ibak":
        raise BadInput("Name the backup file NAME.w4ibak (its key slots go to NAME.w4ibak.keys).")
    if not target.parent.is_dir():
        raise BadInput(f"The folder {target.parent} does not exist.")
    ctx = login(args, passwords)
    try:
        ctx.require(Action.BACKUP_RUN)
        ctx.db.backup(target)
    finally:
        ctx.db.close()
    print(f"Wrote {target} and {target.name}.keys (verified)", file=out)
    return 0


def cmd_backup_verify(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    backup = Path(args.file)
    username, secret = _backup_credentials(args, passwords, backup)
    counts = backups.verify_backup(backup, username, secret)
    print(f"{backup.name}: intact (integrity and cipher checks passed)", file=out)
    for table, count in counts.items():
        print(f"  {table}: {count}", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    backup = Path(args.file)
    db = Path(args.db) if args.db else config.default_db_path()
    username, secret = _backup_credentials(args, passwords, backup)
    safety = backups.restore(db, backup, username, secret, config.backup_dir_for(db))
    if safety is not None:
        print(f"The state before the restore is kept in {safety}", file=out)
    print(f"Restored {db} from {backup.name}", file=out)
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


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None], login: Login) -> None:
    """Add `backup` (with `backup verify`) and `restore` to the `w4i` sub-command parser."""
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
