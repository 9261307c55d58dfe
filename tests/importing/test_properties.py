"""Random cells: the import never crashes, and a rejected or cancelled import leaves the
database exactly as it was (every row of every table, and the full-text index)."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from tests.conftest import FAST_KDF
from tests.importing.helpers import dump
from w4i_desktop.errors import BadInput
from w4i_desktop.importing.headers import ImportKind, fields
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.reading import SourceRow, SourceTable, read_bytes
from w4i_desktop.importing.rejected import rejected_rows_xlsx
from w4i_desktop.importing.run import ImportCancelled, run_import
from w4i_desktop.importing.texts import IMPORT_LANGUAGES, ImportTexts
from w4i_desktop.services import participants, users
from w4i_desktop.services.context import Context

TRICKY = [
    '=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
    "\t=1+1", "\r=1+1", "31/02/1990", "15/03/1988", "5-3-88", "Marocco", "MAR", "Narnia", "B1+",
    "laurea", "hbo/wo", "sì", "nee", "lun-ven", "9:30", "+39 333 123 4567", "0039 333", "x" * 300,
    "1988", "45123", "Milano", "arabo, francese", "Rossi S.r.l.", "C", "35", "", " ", "\x00",
]  # fmt: skip
CELLS = st.one_of(
    st.none(),
    st.text(max_size=25),
    st.sampled_from(TRICKY),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)


def _headers(kind: ImportKind) -> list[str]:
    labels = []
    for language in IMPORT_LANGUAGES:
        t = ImportTexts.for_language(language)
        labels += [t.field(spec.name) for spec in fields(kind)]
    return labels


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database made once, closed; each example works on its own copy of it."""
    path = tmp_path_factory.mktemp("props") / "w4i.db"
    created = users.create_database(path, "admin", "admin-password", kdf=FAST_KDF)
    participants.create(
        created.context, {"last_name": "Rossi", "first_name": "Maria", "phone": "3331234567"}
    )
    created.context.db.close()
    return path


@contextlib.contextmanager
def fresh_copy(prepared: Path) -> Iterator[Context]:
    """The prepared database as it was, for one example: what an earlier example imported
    must not change what this one finds (hypothesis replays an example and expects the same
    outcome; a shared database made `test_random_employer_cells` flaky)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / prepared.name
        for source in prepared.parent.iterdir():
            if source.name.startswith(prepared.name):  # the database and its key slots
                shutil.copyfile(source, copy.with_name(source.name))
        ctx = users.login(copy, "admin", "admin-password")
        try:
            yield ctx
        finally:
            ctx.db.close()


def _table(kind: ImportKind, data: st.DataObject) -> SourceTable:
    first = "Cognome" if kind is ImportKind.PARTICIPANTS else "Ragione sociale"
    others = data.draw(
        st.lists(st.sampled_from(_headers(kind)) | st.text(max_size=12), max_size=7), "headers"
    )
    headers = (first, *others)
    rows = data.draw(
        st.lists(st.lists(CELLS, min_size=len(headers), max_size=len(headers)), max_size=6),
        "rows",
    )
    assume(rows)
    return SourceTable(
        "random.csv", "csv", headers, tuple(SourceRow(i + 2, tuple(r)) for i, r in enumerate(rows))
    )


def _check_import(prepared: Path, kind: ImportKind, data: st.DataObject) -> None:
    table = _table(kind, data)
    language = data.draw(st.sampled_from(IMPORT_LANGUAGES), "language")
    # Drawn here, before the database answers: what is drawn never depends on its state.
    import_ok_rows = data.draw(st.booleans(), "import")
    with fresh_copy(prepared) as ctx:
        _check_plan(ctx, kind, table, language, import_ok_rows)


def _check_plan(
    ctx: Context, kind: ImportKind, table: SourceTable, language: str, import_ok_rows: bool
) -> None:
    try:
        plan = dry_run(ctx, kind, table, language=language, host_language="it")
    except BadInput:
        return  # e.g. two columns headed the same way: said in one line, nothing else
    assert len(plan.rows) == len(table.rows)
    assert all(p.message for row in plan.rows for p in row.problems)
    plan.report_lines()
    load_workbook(io.BytesIO(rejected_rows_xlsx(plan)))
    before = dump(ctx)
    if plan.rejected_rows:
        with pytest.raises(BadInput):
            run_import(ctx, plan)
        assert dump(ctx) == before
    if plan.ok_rows:
        with pytest.raises(ImportCancelled):
            run_import(ctx, plan, lambda done, total: done == 0, skip_rejected=True)
        assert dump(ctx) == before
        if import_ok_rows:
            result = run_import(ctx, plan, skip_rejected=True)
            assert result.created >= 1
            assert dump(ctx) != before


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_participant_cells(prepared: Path, data: st.DataObject) -> None:
    _check_import(prepared, ImportKind.PARTICIPANTS, data)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_random_employer_cells(prepared: Path, data: st.DataObject) -> None:
    _check_import(prepared, ImportKind.EMPLOYERS, data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=300).map(lambda s: s.encode("utf-8")))
def test_any_bytes_give_a_table_or_one_clear_line(data: bytes) -> None:
    try:
        table = read_bytes(data, "random.csv")
    except BadInput as exc:
        assert "\n" not in str(exc)
    else:
        assert table.rows and all(len(r.cells) == table.width for r in table.rows)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_damaged_workbooks_are_one_clear_line(data: bytes) -> None:
    with pytest.raises(BadInput):
        read_bytes(b"PK\x03\x04" + data, "random.xlsx")


XLSX_CELLS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20),
    st.sampled_from(TRICKY[:6]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(XLSX_CELLS, min_size=2, max_size=4), min_size=1, max_size=5))
def test_workbook_cells_come_back_as_written(rows: list[list[Any]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["A", "B", "C", "D"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_bytes(buffer.getvalue(), "random.xlsx")
    # A cell of spaces counts as empty on both sides: the reader may keep it or trim it at the
    # end of a row, and the import's normalising treats it as empty either way.
    read = [[c for c in r.cells if not _blank(c)] for r in table.rows]
    written = [[_as_read(c) for c in row if not _blank(c)] for row in rows]
    assert [r for r in read if r] == [w for w in written if w]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_read(value: Any) -> Any:
    from datetime import datetime

    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


def test_the_database_file_itself_is_only_touched_by_an_import(prepared: Path) -> None:
    """A rejected import does not even begin a write: the file's bytes stay the same."""
    with fresh_copy(prepared) as ctx:
        _a_rejected_import_writes_nothing(ctx)


def _a_rejected_import_writes_nothing(ctx: Context) -> None:
    ctx.db.checkpoint()
    before = ctx.db.path.read_bytes()
    rows = (SourceRow(2, ("", "31/02/1990")),)
    table = SourceTable("f.csv", "csv", ("Cognome", "Data di nascita"), rows)
    plan = dry_run(ctx, "participants", table)
    with pytest.raises(BadInput):
        run_import(ctx, plan)
    ctx.db.checkpoint()
    assert ctx.db.path.read_bytes() == before


@settings(max_examples=300, deadline=None)
@given(CELLS)
def test_every_normaliser_returns_a_value_or_says_why_not(cell: Any) -> None:
    from w4i_desktop.importing.normalise import Invalid
    from w4i_desktop.importing.rows import Options, Sites, _normaliser

    for kind in ImportKind:
        sites = Sites({"milano": 1}, ("Milano",), 1)
        options = Options(kind, {}, sites, "it", date.today(), True)
        for spec in fields(kind):
            with contextlib.suppress(Invalid):
                _normaliser(spec, options)(cell)
