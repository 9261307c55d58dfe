"""The long lists written as XML by `excel_lists`: whatever a name holds comes back from the
workbook exactly as typed (or without the control characters XML cannot hold), dates stay
dates in the date format, and a formula-like name stays text."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from tests.reports.test_excel import named, seeded, sheet, table_rows  # noqa: F401 (fixtures)
from w4i_desktop.reports.excel import excel_report
from w4i_desktop.reports.report_data import ReportData

TRICKY = {
    "markup": "Smith & <Jones>",
    "spaces": "  Anne  ",
    "formula": '=HYPERLINK("http://x")',
    "lines": "one\r\ntwo\nthree",
    "accents": "Ça Ülkü Đorđe 李",
    "control": "bell\x07here",
    "quotes": 'O\'Brien "the" ]]>',
}


@pytest.mark.parametrize("key", list(TRICKY))
def test_typed_names_come_back_exactly(named: ReportData, key: str) -> None:  # noqa: F811
    first = named.participants[0]
    tricky = dataclasses.replace(
        first, last_name=TRICKY[key], first_name=None, birth_date=date(1899, 3, 1)
    )
    data = dataclasses.replace(named, participants=(tricky, *named.participants[1:]))
    book = load_workbook(io.BytesIO(excel_report(data)))
    participants = sheet(book, "participants")
    listed = table_rows(participants, "Participants")
    row = next(row for row in listed if row[0] == first.code)
    expected = TRICKY[key].replace("\x07", "")
    assert row[1:4] == [expected, None, datetime(1899, 3, 1)]
    cells = next(participants.iter_rows(min_row=2, max_row=2))
    assert cells[1].data_type == "s"
    assert cells[3].number_format == "yyyy-mm-dd" and cells[3].is_date
    assert len(listed) == len(named.participants) + 1  # the header and every row


def test_a_date_before_march_1900_is_the_day_excel_shows(named: ReportData) -> None:  # noqa: F811
    """Excel counts 29 February 1900, which never was: openpyxl reads its serials back the
    same way, so an early date survives the round trip."""
    first = named.participants[0]
    early = dataclasses.replace(first, birth_date=date(1900, 1, 15), enrolled_on=date(1900, 3, 1))
    data = dataclasses.replace(named, participants=(early, *named.participants[1:]))
    listed = table_rows(sheet(load_workbook(io.BytesIO(excel_report(data))), "participants"),
                        "Participants")  # fmt: skip
    row = next(row for row in listed if row[0] == first.code)
    assert row[3] == datetime(1900, 1, 15) and row[5] == datetime(1900, 3, 1)
