"""`w4i template participants|employers` and `w4i import participants|employers`.

    w4i template participants|employers --out FILE.xlsx [--lang it]
    w4i import participants|employers FILE --db PATH [--dry-run] [--lang it] [--site S]
        [--host-language it] [--allow-duplicates] [--skip-rejected] [--rejected-out FILE.xlsx]
        [--caseworker USERNAME]

The import prints its report on standard output in the language of --lang: a summary, the
columns left aside, and one line per problem ("row 7, column 'Data di nascita': 31/02/1990 is not
a date"). It exits with 1 when any row was rejected (after importing the others with
--skip-rejected), 2 for bad input (a missing or unreadable file, an unknown site), 0 otherwise.
Without --skip-rejected a single rejected row means nothing is imported. Imported participants
start the default pathway; their caseworker is --caseworker (a user name), or none (to assign).

cli.main adds these commands to its parser with `register`; `main` runs them on their own.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from w4i_desktop.cli.common import Passwords
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.errors import BadInput
from w4i_desktop.services.context import Context

if TYPE_CHECKING:
    from w4i_desktop.importing.texts import ImportTexts

log = logging.getLogger(__name__)
Login = Callable[[argparse.Namespace, "Passwords"], Context]
KINDS = ("participants", "employers")  # importing.ImportKind, without importing it yet
LANGUAGES = DOCUMENT_LANGUAGES  # importing.IMPORT_LANGUAGES


def cmd_template(args: argparse.Namespace, _passwords: Passwords, out: TextIO) -> int:
    from w4i_desktop.importing import ImportTexts, template_xlsx
    from w4i_desktop.services.notices import write_document

    target = _target(args.out, ImportTexts.for_language(args.lang))
    write_document(target, template_xlsx(args.kind, args.lang))
    print(f"Wrote {target}", file=out)
    return 0


def cmd_import(args: argparse.Namespace, passwords: Passwords, out: TextIO, *, login: Login) -> int:
    from w4i_desktop.importing import ImportTexts, dry_run, rejected_rows_xlsx, run_import
    from w4i_desktop.importing.run import caseworker_named
    from w4i_desktop.services.notices import write_document

    t = ImportTexts.for_language(args.lang)
    source = Path(args.file)
    if not source.is_file():
        raise BadInput(t("file.missing", name=source.name))
    rejected_out = _target(args.rejected_out, t) if args.rejected_out else None
    ctx = login(args, passwords)
    try:
        caseworker_id = (
            caseworker_named(ctx, args.caseworker, args.lang) if args.caseworker else None
        )
        plan = dry_run(
            ctx,
            args.kind,
            source,
            language=args.lang,
            site_id=_site_id(ctx, args.site, t),
            host_language=args.host_language,
            accept_duplicates=args.allow_duplicates,
        )
        for line in plan.report_lines():
            print(line, file=out)
        rejected = len(plan.rejected_rows)
        if rejected_out is not None and rejected:
            write_document(rejected_out, rejected_rows_xlsx(plan))
            print(f"Wrote {rejected_out}", file=out)
        if args.dry_run:
            print(t("report.dry_run"), file=out)
            return 1 if rejected else 0
        if rejected and not args.skip_rejected:
            print(t("report.nothing_imported", count=rejected), file=out)
            return 1
        result = run_import(
            ctx, plan, skip_rejected=args.skip_rejected, caseworker_id=caseworker_id
        )
    finally:
        ctx.db.close()
    message = t(f"report.imported.{args.kind}", count=result.created, contacts=result.contacts)
    print(message, file=out)
    if result.skipped:
        print(t("report.skipped", count=result.skipped), file=out)
    return 1 if rejected else 0


def _target(name: str, t: ImportTexts) -> Path:
    target = Path(name)
    if not target.parent.is_dir():
        raise BadInput(t("file.missing", name=str(target.parent)))
    return target


def _site_id(ctx: Context, site: str | None, t: ImportTexts) -> int | None:
    """A site given by name (accents and case ignored) or number; None: not given."""
    from w4i_desktop.importing.normalise import words
    from w4i_desktop.services import users

    if not site:
        return None
    sites = users.list_sites(ctx)
    for site_id, name in sites:
        if words(site) in (words(name), str(site_id)):
            return site_id
    names = ", ".join(name for _, name in sites)
    raise BadInput(t("problem.unknown_site", value=site, choices=names))


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None], login: Login) -> None:
    """Add `template` and `import` to the `w4i` sub-command parser `sub`."""
    p = sub.add_parser("template", help="write the template of an import (.xlsx)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--out", required=True, help="the .xlsx file to write")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="default: en")
    p.set_defaults(func=cmd_template, password_stdin=False)

    p = sub.add_parser("import", help="import participants or employers from .xlsx or .csv")
    common(p)
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", help="an .xlsx workbook or a .csv file")
    p.add_argument("--dry-run", action="store_true", help="check and report; import nothing")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the report")
    p.add_argument("--site", help="site (name or number) of rows naming none; default: yours")
    p.add_argument(
        "--host-language", help="language of a CEFR level column, when no column names it"
    )
    p.add_argument(
        "--allow-duplicates", action="store_true", help="do not reject possible duplicates"
    )
    p.add_argument(
        "--skip-rejected", action="store_true", help="import the correct rows, leave the others"
    )
    p.add_argument("--rejected-out", help="write the rejected rows to this .xlsx file")
    p.add_argument(
        "--caseworker", help="user name of the imported participants' caseworker; default: none"
    )
    p.set_defaults(func=partial(cmd_import, login=login))
