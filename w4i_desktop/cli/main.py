"""The `w4i` command: headless set-up, demo data, checks and (with later issues) exports.

Every command that opens a database takes `--db PATH` (a file on this computer) or `--server URL`
(a shared PostgreSQL database; see `server_url` for the role's password). Errors print one line
on stderr: exit code 2 for bad input, 1 for any other failure.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from sqlalchemy import URL

from w4i_desktop import __version__, config
from w4i_desktop.cli import backup, importing
from w4i_desktop.cli.common import (
    PASSWORD_ENV,
    ArgumentParser,
    Command,
    Passwords,
    add_database_options,
    database_target,
    db_path,
    login,
)
from w4i_desktop.cli.server import server_url
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.enums import Role
from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.services import audit, users
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.server import server_label

log = logging.getLogger(__name__)


# --- commands ------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    where = database_target(args)
    if isinstance(where, Path):
        where.parent.mkdir(parents=True, exist_ok=True)
    password = passwords.new(f"New password for {args.admin}: ", env=PASSWORD_ENV)
    created = users.create_database(
        where, args.admin, password, organisation=args.organisation, site_name=args.site
    )
    created.context.db.close()
    if isinstance(where, URL):
        print(f"Created the W4I database on the server {server_label(where)}", file=out)
    else:
        print(f"Created the encrypted database {where}", file=out)
    print("Recovery key (shown only now; print it and keep it locked away):", file=out)
    print(f"    {created.recovery_code}", file=out)
    return 0


def cmd_users_add(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    ctx = login(args, passwords)
    try:
        password = passwords.new(f"New password for {args.name}: ")
        users.add_user(ctx, args.name, password, Role(args.role), display_name=args.display_name)
    finally:
        ctx.db.close()
    print(f"Added {args.name} ({args.role}).", file=out)
    return 0


def cmd_users_reset_password(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.services import accounts

    ctx = login(args, passwords)
    try:
        name = args.name.strip().casefold()
        found = [a.id for a in accounts.list_accounts(ctx) if a.username == name]
        if not found:
            raise BadInput("There is no user called {name}.", name=name)
        accounts.reset_password(ctx, found[0], passwords.new(f"New password for {name}: "))
    finally:
        ctx.db.close()
    print(f"Set a new password for {name}.", file=out)
    return 0


def cmd_demo(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.services import demo
    from w4i_desktop.storage.engine import without_memory_security

    if args.server:
        raise BadInput(
            "Demo data is made in a database file on this computer; move it to a server "
            "afterwards with w4i migrate-to-server."
        )
    without_memory_security()  # invented data, loaded in bulk: see its docstring
    path = db_path(args)
    if path.exists():
        ctx = login(args, passwords)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        created = users.create_database(
            path,
            args.user or "admin",
            passwords.new("New password for admin: ", env=PASSWORD_ENV),
            organisation="Women4Integration (demo)",
        )
        print(f"Recovery key: {created.recovery_code}", file=out)
        ctx = created.context
    started = time.perf_counter()
    try:
        summary = demo.generate(ctx, args.participants, seed=args.seed)
    finally:
        ctx.db.close()
    print(f"{summary} in {time.perf_counter() - started:.1f} s", file=out)
    return 0


def cmd_audit_verify(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    ctx = login(args, passwords)
    try:
        ctx.require(Action.AUDIT_VERIFY)
        with ctx.db.transaction() as session:
            result = audit.verify(session)
    finally:
        ctx.db.close()
    if result.ok:
        print(f"Audit log intact: {result.entries} entries.", file=out)
        return 0
    for problem in result.problems:
        print(f"Audit log broken: {problem}", file=out)
    return 1


def cmd_check(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.services import health

    ctx = login(args, passwords)
    try:
        report = health.check_database(ctx)
    finally:
        ctx.db.close()
    if report.file_problems is None:
        print("Database file: checked by its server, not from here.", file=out)
    elif report.file_problems:
        for problem in report.file_problems:
            print(f"Database file damaged: {problem}", file=out)
    else:
        print("Database file sound (SQLite and SQLCipher integrity checks).", file=out)
    for problem in report.audit_problems:
        print(f"Audit log broken: {problem}", file=out)
    if not report.audit_problems:
        print(f"Audit log intact: {report.audit_entries} entries.", file=out)
    return 0 if report.ok else 1


def cmd_participant_export(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.services import participant_search, privacy

    out_dir = Path(args.out)
    if not out_dir.is_dir():
        raise BadInput(f"The folder {out_dir} does not exist.")
    ctx = login(args, passwords)
    try:
        pid = participant_search.id_for_code(ctx, args.code)
        written = privacy.write_export(ctx, pid, out_dir, args.language)
    finally:
        ctx.db.close()
    for path in written:
        print(f"Wrote {path}", file=out)
    return 0


def cmd_participant_summary(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.services import participant_search, summaries

    target = Path(args.out)
    if not target.parent.is_dir():
        raise BadInput(f"The folder {target.parent} does not exist.")
    ctx = login(args, passwords)
    try:
        pid = participant_search.id_for_code(ctx, args.code)
        summaries.write_summary(ctx, pid, target, args.lang)
    finally:
        ctx.db.close()
    print(f"Wrote {target}", file=out)
    return 0


def cmd_report(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.reports.export import export_report
    from w4i_desktop.reports.periods import Period
    from w4i_desktop.reports.request import ReportRequest

    target = Path(args.out)
    if not target.parent.is_dir():
        raise BadInput(f"The folder {target.parent} does not exist.")
    request = ReportRequest(  # a bad request is refused before the password is asked
        Period.quarter(args.period),
        language=args.lang,
        named=args.named,
        reason=args.reason,
        output="xlsx" if args.format == "excel" else "pdf",
    )
    ctx = login(args, passwords)
    try:
        request = replace(request, site_id=_site_id(ctx, args.site))
        export_report(ctx, request, target)
    finally:
        ctx.db.close()
    print(f"Wrote {target}", file=out)
    return 0


def _site_id(ctx: Context, site: str | None) -> int | None:
    """A site given by name or number; None for all sites."""
    if not site:
        return None
    sites = users.list_sites(ctx)
    for site_id, name in sites:
        if site.strip().casefold() in (name.casefold(), str(site_id)):
            return site_id
    known = ", ".join(name for _, name in sites)
    raise BadInput(f"There is no site {site!r}; the sites are: {known}.")


def cmd_participant_erase(args: argparse.Namespace, passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.services import participant_search, privacy

    if not args.reason.strip():
        raise BadInput("Give the reason for the erasure with --reason.")
    ctx = login(args, passwords)
    try:
        privacy.erase_participant(ctx, participant_search.id_for_code(ctx, args.code), args.reason)
    finally:
        ctx.db.close()
    print(f"Erased the personal data of {args.code.strip().upper()}.", file=out)
    return 0


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="w4i", description="W4I Desktop command line")
    parser.add_argument("--version", action="version", version=f"w4i {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=ArgumentParser)

    p = sub.add_parser("init", help="create an encrypted database (or one on a --server)")
    add_database_options(p)
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--organisation", default="", help="organisation name shown on reports")
    p.add_argument("--site", default="Main site", help="name of the first site")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("users", help="manage users")
    users_sub = p.add_subparsers(dest="users_command", required=True, parser_class=ArgumentParser)
    p = users_sub.add_parser("add", help="add a user (password: second stdin line)")
    add_database_options(p)
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name")
    p.set_defaults(func=cmd_users_add)
    p = users_sub.add_parser(
        "reset-password", help="give a user a new password (administrator; second stdin line)"
    )
    add_database_options(p)
    p.add_argument("name")
    p.set_defaults(func=cmd_users_reset_password)

    p = sub.add_parser("demo", help="fill a database with realistic demo data")
    add_database_options(p)
    p.add_argument("--participants", type=_positive_int, default=500)
    p.add_argument("--seed", type=int, default=4)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("audit", help="audit log")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, parser_class=ArgumentParser)
    p = audit_sub.add_parser("verify", help="check that no audit entry was changed or removed")
    add_database_options(p)
    p.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser(
        "check", help="check the database file (every page) and the audit log in one report"
    )
    add_database_options(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("report", help="quarterly indicators as an Excel workbook or a PDF")
    report_sub = p.add_subparsers(dest="format", required=True, parser_class=ArgumentParser)
    for name, what in (("excel", "an Excel workbook (.xlsx)"), ("pdf", "a PDF report")):
        p = report_sub.add_parser(name, help=f"write {what}")
        add_database_options(p)
        p.add_argument("--period", required=True, help="a quarter, e.g. 2026Q3")
        p.add_argument("--out", required=True, help="the file to write")
        p.add_argument("--site", help="one site (name or number); default: all sites")
        p.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default="en", help="default: en")
        p.add_argument(
            "--named", action="store_true", help="exact counts and names (manager; --reason)"
        )
        p.add_argument("--reason", help="why a named report is needed (recorded)")
        p.set_defaults(func=cmd_report)

    p = sub.add_parser("participant", help="one participant's data")
    part_sub = p.add_subparsers(
        dest="participant_command", required=True, parser_class=ArgumentParser
    )
    p = part_sub.add_parser(
        "export", help="access request: write CODE.json and CODE.pdf into --out"
    )
    add_database_options(p)
    p.add_argument("code")
    p.add_argument("--out", required=True, help="folder to write the export into")
    p.add_argument(
        "--language",
        choices=DOCUMENT_LANGUAGES,
        help="language of the PDF (default: her preferred language, else English)",
    )
    p.set_defaults(func=cmd_participant_export)
    p = part_sub.add_parser("summary", help="her pathway summary as a PDF, in her language")
    add_database_options(p)
    p.add_argument("code")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--lang", choices=DOCUMENT_LANGUAGES, help="default: her preferred language, else English"
    )
    p.set_defaults(func=cmd_participant_summary)
    p = part_sub.add_parser("erase", help="erase personal data, keeping anonymous statistics")
    add_database_options(p)
    p.add_argument("code")
    p.add_argument("--reason", required=True, help="why (e.g. the request's reference)")
    p.set_defaults(func=cmd_participant_erase)

    backup.register(sub, add_database_options, login, server_url)
    importing.register(sub, add_database_options, login)
    return parser


def _positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    passwords = Passwords(args.password_stdin, stdin or sys.stdin)
    try:
        command: Command = args.func
        return command(args, passwords, sys.stdout)
    except W4IError as exc:
        print(f"w4i: {exc.user_message()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("w4i: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so without echoing data, keep the details in the log
        log_path = config.setup_logging()
        config.log_bug(log, exc, f"w4i {args.command}")
        print(f"w4i: internal error ({type(exc).__name__}); details in {log_path}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
