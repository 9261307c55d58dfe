"""`w4i-desktop --self-test`: does this installation have everything it loads at run time?
Meant for the frozen build, where a data file or a module that PyInstaller missed would
otherwise first show up on a user's computer.

In a temporary folder it creates an encrypted database (which runs the Alembic migrations),
writes an invented participant, logs in again and reads her back, and renders the quarterly
report as a PDF; it also loads the shipped resources (pathway template, document and report
texts in every language, fonts) and checks the compiled translations. One line per check;
exit code 0 when all pass, else 1 after the first failing check. Qt-free: app.py adds the Qt
checks around it.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from w4i_desktop import config
from w4i_desktop.services.context import Context

PASSWORD = "self-test-password"  # noqa: S105 - a throw-away database of one invented person
USERNAME = "selftest"
QM_LANGUAGES = ("it", "es", "sv", "nl")
# The interface's locales (views/language.py LOCALES): its labels name countries through Babel.
UI_LOCALES = ("en_GB", "it_IT", "es_ES", "sv_SE", "nl_NL")
TEXT_FOLDERS = ("documents", "reports", "importing")
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
QM_MAGIC = bytes.fromhex("3cb86418")  # the first bytes of every compiled Qt translation
SQLITE_HEADER = b"SQLite format 3\x00"  # a plain-text SQLite file; SQLCipher's is random
# Distributions whose metadata the app reads: our version, and what the About dialog lists.
METADATA = (
    "w4i-desktop",
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "sqlcipher3",
    "argon2-cffi",
    "cryptography",
    "keyring",
    "platformdirs",
    "filelock",
    "Babel",
    "reportlab",
    "openpyxl",
    "lxml",
)


class CheckFailed(Exception):
    """A check found something missing or wrong (the message says what)."""


@dataclass
class _State:
    folder: Path
    ctx: Context | None = None
    participant_id: int = 0

    @property
    def db_path(self) -> Path:
        return self.folder / "self-test.db"

    def context(self) -> Context:
        if self.ctx is None:
            raise CheckFailed("no open database (an earlier check failed)")
        return self.ctx

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.db.close()
            self.ctx = None


# --- resources --------------------------------------------------------------------------------


def check_resources(state: _State) -> str:
    folder = config.resources_dir()
    if not folder.is_dir():
        raise CheckFailed(f"the resources folder {folder} is missing")
    return str(folder)


def check_pathway_template(state: _State) -> str:
    from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
    from w4i_desktop.services.pathways import load_template_file

    template = load_template_file()
    steps = template["steps"]
    if not steps:
        raise CheckFailed("the default pathway template has no steps")
    for step in steps:
        missing = set(DOCUMENT_LANGUAGES) - set(step["titles"])
        if missing:
            raise CheckFailed(f"a pathway step has no title in {', '.join(sorted(missing))}")
    return f"{len(steps)} steps"


def check_texts(state: _State) -> str:
    from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES

    for folder in TEXT_FOLDERS:
        for language in DOCUMENT_LANGUAGES:
            path = config.resources_dir() / folder / f"{language}.json"
            if not path.is_file():
                raise CheckFailed(f"{path} is missing")
            texts = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(texts, dict) or not texts:
                raise CheckFailed(f"{path} holds no texts")
    return f"{', '.join(TEXT_FOLDERS)} in {' '.join(DOCUMENT_LANGUAGES)}"


def check_dates(state: _State) -> str:
    """Babel's locale data: dates as each document language writes them, and country names
    in the interface's locales."""
    from babel import Locale

    from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES, Texts

    day = date(2026, 3, 4)
    written = {language: Texts.for_language(language).date(day) for language in DOCUMENT_LANGUAGES}
    if len(set(written.values())) < len(DOCUMENT_LANGUAGES) - 1:
        raise CheckFailed(f"dates are not localised: {written}")
    for name in UI_LOCALES:
        if not Locale.parse(name).territories.get("IT"):
            raise CheckFailed(f"Babel has no country names for {name}")
    return f"{written['it']}; {', '.join(UI_LOCALES)}"


def check_fonts(state: _State) -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    folder = config.resources_dir() / "fonts"
    for name in FONTS:
        path = folder / name
        if not path.is_file():
            raise CheckFailed(f"the font {path} is missing")
        TTFont(f"self-test-{path.stem}", str(path))  # parses the font file
    return ", ".join(FONTS)


def check_metadata(state: _State) -> str:
    from importlib import metadata

    versions = {}
    for name in METADATA:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise CheckFailed(f"no metadata for {name}: its version is unknown") from None
    return f"w4i-desktop {versions['w4i-desktop']} and {len(versions) - 1} more"


def check_translations(state: _State) -> str:
    folder = config.translations_dir()
    for language in QM_LANGUAGES:
        path = folder / f"w4i_{language}.qm"
        if not path.is_file():
            raise CheckFailed(f"the translation {path} is missing")
        if path.read_bytes()[: len(QM_MAGIC)] != QM_MAGIC:
            raise CheckFailed(f"{path} is not a compiled Qt translation")
    return f"{' '.join(QM_LANGUAGES)} in {folder}"


# --- database ---------------------------------------------------------------------------------


def check_encrypted_database(state: _State) -> str:
    from w4i_desktop.services import users
    from w4i_desktop.storage.keyslots import KdfParams

    # The cheapest Argon2id cost: this database lives for a second and holds nothing real.
    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    created = users.create_database(
        state.db_path, USERNAME, PASSWORD, organisation="Self-test", kdf=fast
    )
    state.ctx = created.context
    with state.db_path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        raise CheckFailed("the database file is not encrypted")
    return "SQLCipher"


def check_migrations(state: _State) -> str:
    from w4i_desktop.storage import migrate

    current = migrate.current_revision(state.context().db.engine)
    head = migrate.head_revision()
    if current != head:
        raise CheckFailed(f"the database is at revision {current}, the code at {head}")
    return f"at {head}"


def check_write_participant(state: _State) -> str:
    from w4i_desktop.services import participants

    state.participant_id = participants.create(
        state.context(),
        {"first_name": "Ada", "last_name": "Testa", "enrolled_on": date.today()},
    )
    state.close()
    return f"id {state.participant_id}"


def check_login(state: _State) -> str:
    from w4i_desktop.services import users

    state.ctx = users.login(state.db_path, USERNAME, PASSWORD)
    return USERNAME


def check_read_participant(state: _State) -> str:
    from w4i_desktop.services import participants

    record = participants.get(state.context(), state.participant_id)
    if (record["first_name"], record["last_name"]) != ("Ada", "Testa"):
        raise CheckFailed("the participant read back differs from the one written")
    return str(record["code"])


def check_report(state: _State) -> str:
    from w4i_desktop.reports.pdf_report import pdf_report
    from w4i_desktop.reports.periods import Period
    from w4i_desktop.reports.report_data import build_report_data
    from w4i_desktop.reports.request import ReportRequest

    period = Period.containing(date.today())
    data = build_report_data(state.context(), ReportRequest(period, language="it", output="pdf"))
    # The app icon as the organisation's logo: images go through Pillow.
    logo = (config.resources_dir() / "icons" / "w4i.png").read_bytes()
    document = pdf_report(data, logo)
    if not document.startswith(b"%PDF-"):
        raise CheckFailed("the report is not a PDF")
    pages = pdf_page_count(document)
    if pages < 1:
        raise CheckFailed("the report PDF has no pages")
    return f"{period.label} in Italian with a logo: {pages} pages, {len(document) // 1024} KiB"


def pdf_page_count(document: bytes) -> int:
    """The pages of a PDF written by reportlab (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", document))


def check_keyring(state: _State) -> str:
    """The credential store for 'remember me'. Absent on headless Linux (not an error); on
    Windows a missing backend means the build lost keyring's Windows module."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if sys.platform == "win32" and isinstance(backend, fail.Keyring):
        raise CheckFailed("no Windows credential store backend (keyring.backends.Windows)")
    if isinstance(backend, fail.Keyring):
        return "none on this computer ('remember me' is unavailable)"
    return type(backend).__module__.removeprefix("keyring.backends.")


def check_server_driver(state: _State) -> str:
    """The PostgreSQL driver of shared-server mode loads, with its libpq (nothing connects)."""
    import psycopg
    from sqlalchemy.dialects import registry

    registry.load("postgresql.psycopg")
    libpq = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq // 10000}"


Check = Callable[[_State], str]

CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("pathway template", check_pathway_template),
    ("texts", check_texts),
    ("dates", check_dates),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("metadata", check_metadata),
    ("encrypted database", check_encrypted_database),
    ("migrations", check_migrations),
    ("write participant", check_write_participant),
    ("login", check_login),
    ("read participant", check_read_participant),
    ("report", check_report),
    ("keyring", check_keyring),
    ("server driver", check_server_driver),
)


def run(out: TextIO | None = None) -> int:
    """Run every check, printing "ok  <check>  (detail)" lines; 0 if all pass, else 1 after
    printing "FAIL <check>: <what>"."""
    stream = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="w4i-self-test-") as folder:
        state = _State(Path(folder))
        try:
            for name, check in CHECKS:
                try:
                    detail = check(state)
                except Exception as exc:
                    reason = str(exc) if isinstance(exc, CheckFailed) else _describe(exc)
                    print(f"FAIL {name}: {reason}", file=stream, flush=True)
                    return 1
                print(f"ok  {name:<20} {detail}", file=stream, flush=True)
        finally:
            state.close()  # before the folder goes: Windows deletes no open file
    print("self-test passed", file=stream, flush=True)
    return 0


def _describe(exc: BaseException) -> str:
    """An unexpected error (a missing module or data file, usually) with its origin."""
    described = f"{type(exc).__name__}: {exc}"
    frames = exc.__traceback__
    while frames is not None and frames.tb_next is not None:
        frames = frames.tb_next
    if frames is not None:
        code = frames.tb_frame.f_code
        described += f" (in {Path(code.co_filename).name}:{frames.tb_lineno}, {code.co_name})"
    return described
