"""One cell -> one value: dates, years, times, phones, e-mails, yes/no, counts, text."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from w4i_desktop.importing import normalise as n
from w4i_desktop.importing.normalise import Invalid

THIS_YEAR = 2026
LATER = THIS_YEAR + n.FUTURE_YEARS


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("15/03/1988", date(1988, 3, 15)),
        ("15-03-1988", date(1988, 3, 15)),
        ("15.03.1988", date(1988, 3, 15)),
        ("5/3/1988", date(1988, 3, 5)),
        ("5-3-88", date(1988, 3, 5)),
        ("5.3.88", date(1988, 3, 5)),
        (" 15 / 03 / 1988 ", date(1988, 3, 15)),
        ("1988-03-15", date(1988, 3, 15)),
        ("1988-3-5", date(1988, 3, 5)),
        ("1988-03-15T00:00:00", date(1988, 3, 15)),
        ("1988-03-15 00:00:00", date(1988, 3, 15)),
        ("15/03/1988 00:00", date(1988, 3, 15)),
        ("1988/03/15", date(1988, 3, 15)),
        ("19880315", date(1988, 3, 15)),
        ("15 marzo 1988", date(1988, 3, 15)),
        ("15 de marzo de 1988", date(1988, 3, 15)),
        ("15 maart 1988", date(1988, 3, 15)),
        ("15 mars 1988", date(1988, 3, 15)),
        ("15 Mar 1988", date(1988, 3, 15)),
        ("15 dicembre 05", date(2005, 12, 15)),
        (32217, date(1988, 3, 15)),  # an Excel serial number
        (32217.75, date(1988, 3, 15)),  # with a time of day
        ("32217", date(1988, 3, 15)),
        (datetime(1988, 3, 15, 0, 0), date(1988, 3, 15)),
        (date(1988, 3, 15), date(1988, 3, 15)),
        (None, None),
        ("  ", None),
    ],
)
def test_dates_day_first_in_every_common_form(cell: n.CellValue, expected: date | None) -> None:
    assert n.a_date(cell, latest_year=THIS_YEAR) == expected


@pytest.mark.parametrize(
    ("cell", "latest", "expected"),
    [
        ("01/01/30", THIS_YEAR, 1930),  # a date of birth: never in the future
        ("01/01/26", THIS_YEAR, 2026),
        ("01/01/27", THIS_YEAR, 1927),
        ("01/01/05", THIS_YEAR, 2005),
        ("31/12/35", LATER, 2035),  # a permit: up to twenty years ahead
        ("31/12/46", LATER, 2046),
        ("31/12/47", LATER, 1947),
    ],
)
def test_two_digit_years_take_the_century_that_ends_at_the_latest_year(
    cell: str, latest: int, expected: int
) -> None:
    found = n.a_date(cell, latest_year=latest)
    assert found is not None and found.year == expected


@pytest.mark.parametrize(
    "cell",
    ["31/02/1990", "30-02-90", "29/02/2023", "32/01/2000", "15/13/1988", "00/01/2000",
     "2023-02-29", "02/28/1990", "yesterday", "15/03", "1988", 1988, 0, -5, True,
     time(9, 30), "=DATE(1990,1,1)", "1990-13-01"],
)  # fmt: skip
def test_impossible_or_unreadable_dates_are_refused(cell: n.CellValue) -> None:
    with pytest.raises(Invalid) as caught:
        n.a_date(cell, latest_year=THIS_YEAR)
    assert caught.value.reason == "not_a_date"


def test_a_leap_day_is_a_date_in_a_leap_year() -> None:
    assert n.a_date("29/02/2024", latest_year=THIS_YEAR) == date(2024, 2, 29)


def test_dates_before_1900_are_refused() -> None:
    with pytest.raises(Invalid) as caught:
        n.a_date("01/01/1899", latest_year=THIS_YEAR)
    assert caught.value.reason == "date_too_early"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("1988", 1988), (1988, 1988), (1988.0, 1988), ("15/03/1988", 1988),
     (date(1988, 3, 15), 1988), ("", None)],
)  # fmt: skip
def test_years(cell: n.CellValue, expected: int | None) -> None:
    assert n.year(cell, this_year=THIS_YEAR) == expected


@pytest.mark.parametrize("cell", ["1899", "2027", "88", "next year", 1988.5, True])
def test_years_outside_1900_to_now_are_refused(cell: n.CellValue) -> None:
    with pytest.raises(Invalid) as caught:
        n.year(cell, this_year=THIS_YEAR)
    assert caught.value.reason == "not_a_year"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("+39 333 123 4567", "+393331234567"),
        ("0039 333 123 4567", "+393331234567"),
        ("333.123.4567", "3331234567"),
        ("(06) 1234-5678", "0612345678"),
        ("+46 70-123 45 67", "+46701234567"),
        (393331234567, "393331234567"),
        (None, None),
    ],
)
def test_phones_keep_the_plus_and_the_digits(cell: n.CellValue, expected: str | None) -> None:
    assert n.phone(cell) == expected


@pytest.mark.parametrize(
    "cell", ["+cmd|' /C calc'!A0", "=1+2", "123", "ask her", "+39 333 +44", "12.5e3", True]
)
def test_what_is_not_a_phone_number_is_refused(cell: n.CellValue) -> None:
    with pytest.raises(Invalid) as caught:
        n.phone(cell)
    assert caught.value.reason == "not_a_phone"


def test_emails() -> None:
    assert n.email(" mailto:ana@example.org ") == "ana@example.org"
    with pytest.raises(Invalid) as caught:
        n.email("ana at example")
    assert caught.value.reason == "not_an_email"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("sì", True), ("Sí", True), ("JA", True), ("x", True), (1, True), (True, True),
     ("yes", True), ("nee", False), ("Nej", False), ("no", False), (0, False),
     ("", None), (None, None)],
)  # fmt: skip
def test_yes_and_no_in_five_languages(cell: n.CellValue, expected: bool | None) -> None:
    assert n.flag(cell) == expected


def test_neither_yes_nor_no() -> None:
    with pytest.raises(Invalid) as caught:
        n.flag("maybe")
    assert caught.value.reason == "not_yes_no"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("9", "09:00"), ("9:30", "09:30"), ("09.30", "09:30"), ("9h30", "09:30"),
     ("2pm", "14:00"), ("12am", "00:00"), (time(14, 5), "14:05"), (0.375, "09:00"), (14, "14:00")],
)  # fmt: skip
def test_times_of_day(cell: n.CellValue, expected: str) -> None:
    assert n.clock_time(cell) == expected


@pytest.mark.parametrize("cell", ["25:00", "9:75", "13pm", "noon", 1.5])
def test_impossible_times_are_refused(cell: n.CellValue) -> None:
    with pytest.raises(Invalid):
        n.clock_time(cell)


def test_counts() -> None:
    assert n.count("2") == 2
    assert n.count(3.0) == 3
    assert n.count("nessuno") == 0
    for bad in ("31", "-1", "two", 2.5):
        with pytest.raises(Invalid) as caught:
            n.count(bad)
        assert caught.value.reason == "not_a_count"


def test_text_is_kept_as_typed_but_trimmed_and_without_control_characters() -> None:
    assert n.text("  Núñez\u0000 ", 120) == "Núñez"
    assert n.text("José\n  María", 120) == "José María"
    assert n.text("line one\r\nline two", 4000, single_line=False) == "line one\nline two"
    assert n.text("e\u0301", 120) == "\u00e9"  # NFC
    assert n.text(20100, 120) == "20100"


@pytest.mark.parametrize(
    "formula",
    ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"],
)
def test_formula_like_text_stays_text(formula: str) -> None:
    assert n.text(formula, 120) == formula


def test_overlong_text_says_how_long() -> None:
    with pytest.raises(Invalid) as caught:
        n.text("x" * 121, 120)
    assert caught.value.reason == "too_long"
    assert caught.value.params == {"max": 120, "length": 121}
