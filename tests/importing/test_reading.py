"""Reading files: delimiters, encodings, workbooks, limits."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.importing.helpers import write_csv, write_xlsx
from w4i_desktop.errors import BadInput
from w4i_desktop.importing import reading
from w4i_desktop.importing.reading import read_bytes, read_table

ROWS = [["Cognome", "Nome", "Città"], ["Núñez", "José", "Málaga"], ["Öztürk", "Aylin", "Malmö"]]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_any_delimiter(tmp_path: Path, delimiter: str) -> None:
    rows = [*ROWS, ["Rossi, Bianchi", "Maria; Anna", "Milano | Roma"]]
    table = read_table(write_csv(tmp_path / "f.csv", rows, delimiter=delimiter))
    assert table.delimiter == delimiter
    assert table.headers == ("Cognome", "Nome", "Città")
    assert [r.cells for r in table.rows] == [tuple(r) for r in rows[1:]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    table = read_table(write_csv(tmp_path / "f.csv", ROWS, delimiter=";", encoding=encoding))
    assert table.headers[2] == "Città"
    assert table.rows[1].cells == ("Öztürk", "Aylin", "Malmö")


def test_windows_1252_is_the_fallback(tmp_path: Path) -> None:
    data = "Cognome;Nome\r\nNù;€uro\r\n".encode("cp1252")
    table = read_bytes(data, "f.csv")
    assert table.encoding == "cp1252"
    assert table.rows[0].cells == ("Nù", "€uro")


def test_a_byte_order_mark_is_not_part_of_the_first_header() -> None:
    table = read_bytes(codecs.BOM_UTF8 + b"Cognome,Nome\nRossi,Maria\n", "f.csv")
    assert table.headers == ("Cognome", "Nome")


def test_blank_lines_are_skipped_and_rows_keep_their_line_numbers() -> None:
    table = read_bytes(b"\n\nCognome,Nome\n\nRossi,Maria\n , \nBianchi,Anna,\n", "f.csv")
    assert table.header_line == 3
    assert [(r.line, r.cells) for r in table.rows] == [
        (5, ("Rossi", "Maria")),
        (7, ("Bianchi", "Anna")),
    ]


def test_short_rows_are_padded_and_long_rows_widen_the_table() -> None:
    table = read_bytes(b"A,B\n1\n1,2,3\n", "f.csv")
    assert table.headers == ("A", "B", "")
    assert [r.cells for r in table.rows] == [("1", None, None), ("1", "2", "3")]


def test_quoted_cells_keep_their_line_breaks() -> None:
    table = read_bytes(b'Nome,Note\nMaria,"riga uno\r\nriga due"\n', "f.csv")
    assert table.rows[0].cells == ("Maria", "riga uno\r\nriga due")


def test_xlsx_keeps_types_and_reads_formulas_as_text(tmp_path: Path) -> None:
    rows = [
        ["Cognome", "Nata il", "Serial", "Ora", "Patente", "Formula"],
        ["Rossi", datetime(1990, 5, 17), 32217, time(9, 30), True, '=HYPERLINK("http://x","y")'],
    ]
    table = read_table(write_xlsx(tmp_path / "f.xlsx", rows))
    assert table.format == "xlsx" and table.sheet == "Foglio1"
    assert table.rows[0].cells == (
        "Rossi", datetime(1990, 5, 17), 32217, time(9, 30), True, '=HYPERLINK("http://x","y")'
    )  # fmt: skip


def test_xlsx_takes_the_first_sheet_with_something_in_it(tmp_path: Path) -> None:
    book = Workbook()
    empty = book.active
    assert empty is not None
    empty.title = "Vuoto"
    data = book.create_sheet("Dati")
    data.append([])
    data.append(["Cognome"])
    data.append(["Rossi"])
    path = tmp_path / "f.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.sheet, table.header_line, table.rows[0].line) == ("Dati", 2, 3)


def _excel_saved(rows: list[list[str]], date1904: bool = False) -> bytes:
    """A workbook as Excel saves it: shared strings, a <dimension>, styles, a date format."""
    strings: list[str] = []
    cells_xml = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{'ABCDEFGH'[c]}{r}"
            if isinstance(value, float):
                cells.append(f'<c r="{ref}" s="1"><v>{value}</v></c>')
            else:
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="r1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><workbookPr '
            f'date1904="{int(date1904)}"/><sheets><sheet name="Blad1" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/s1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="/xl/ss.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/worksheets/s1.xml",
            f'<worksheet xmlns="{main}"><dimension ref="A1"/>'
            f"<sheetData>{''.join(cells_xml)}</sheetData></worksheet>",
        )
        z.writestr(
            "xl/ss.xml",
            f'<sst xmlns="{main}">'
            + "".join(
                f"<si><r><t>{s[:2]}</t></r><r><t>{s[2:]}</t></r><rPh><t>x</t></rPh></si>"
                for s in strings
            )
            + "</sst>",
        )
        z.writestr(
            "xl/styles.xml",
            f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt '
            'numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2">'
            '<xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
        )
    return buffer.getvalue()  # fmt: skip


def test_workbooks_as_excel_saves_them() -> None:
    table = read_bytes(_excel_saved([["Cognome", "Nata"], ["Rossi", 32217.0]]), "f.xlsx")
    assert table.headers == ("Cognome", "Nata")
    assert table.rows[0].cells == ("Rossi", datetime(1988, 3, 15))  # rich text runs joined


def test_the_1904_date_system() -> None:
    data = _excel_saved([["Nata"], [30755.0]], date1904=True)
    assert read_bytes(data, "f.xlsx").rows[0].cells == (datetime(1988, 3, 15),)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "f.csv", "f.csv is empty."),
        (b"\n  \n\t\n", "f.csv", "f.csv is empty."),
        (b"Cognome;Nome\n", "f.csv", "f.csv has a header row but no rows under it."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "f.xls", "old Excel workbook"),
        (b"PK\x03\x04garbage", "f.xlsx", "cannot be read as an Excel workbook"),
        (b"not a zip", "f.xlsx", "cannot be read as an Excel workbook"),
        (b"\x00\x01\x02\xff\xfe\x00", "f.csv", "cannot be read; save it as UTF-8"),
        (b'A,B\n"open quote,x\n' + b"y" * 200_000 + b"\n", "f.csv", "cannot be read as a list"),
    ],
)
def test_unreadable_files_say_why_in_one_line(data: bytes, name: str, message: str) -> None:
    with pytest.raises(BadInput, match=re.escape(message)):
        read_bytes(data, name)


def test_the_message_is_in_the_users_language() -> None:
    with pytest.raises(BadInput, match=re.escape("f.csv è vuoto.")):
        read_bytes(b"", "f.csv", "it")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match=re.escape("There is no file nope.csv")):
        read_table(tmp_path / "nope.csv")


def test_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_ROWS", 2)
    with pytest.raises(BadInput, match="more than 2 rows"):
        read_bytes(b"A\n1\n2\n3\n", "f.csv")
    monkeypatch.setattr(reading, "MAX_COLUMNS", 2)
    with pytest.raises(BadInput, match="more than 2 columns"):
        read_bytes(b"A,B,C\n1,2,3\n", "f.csv")
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    big = tmp_path / "big.csv"
    big.write_bytes(b"A\n" + b"1\n" * 10)
    with pytest.raises(BadInput, match="too big to import"):
        read_table(big)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b" " * 100_000)
    with pytest.raises(BadInput, match="too big"):
        read_bytes(buffer.getvalue(), "f.xlsx")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [("a,b\n1,2\n", ","), ("a;b\n1,5;2\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a|b\n1|2", "|"),
     ("Nome\nMaria\n", ","), ('"a;b",c\n1,2\n', ",")],
)  # fmt: skip
def test_sniffing(text: str, delimiter: str) -> None:
    assert reading.sniff_delimiter(text) == delimiter
