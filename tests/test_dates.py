from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from w4i_desktop.dates import (
    DateOrder,
    NotADate,
    add_months,
    age_on,
    format_typed_date,
    order_of_format,
    parse_typed_date,
)


def test_month_ends_are_clamped() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 31), 3) == date(2026, 6, 30)
    assert add_months(date(2026, 11, 30), 12) == date(2027, 11, 30)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 240))
def test_months_land_in_the_right_month_and_never_overshoot(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day
    assert moved.day == day.day or (moved + timedelta(days=1)).day == 1  # clamped to month end


# --- dates typed by hand ------------------------------------------------------------------------

ORDERS: list[DateOrder] = ["DMY", "MDY", "YMD"]


@pytest.mark.parametrize(
    ("fmt", "order"),
    [
        ("dd/MM/yyyy", "DMY"),  # en_GB, fr
        ("dd/MM/yy", "DMY"),  # it
        ("d/M/yy", "DMY"),  # es
        ("dd-MM-yyyy", "DMY"),  # nl
        ("dd.MM.yy", "DMY"),  # de
        ("M/d/yy", "MDY"),  # en_US
        ("yyyy-MM-dd", "YMD"),  # sv
        ("yyyy. MM. dd.", "YMD"),  # hu
        ("d\u200f/M\u200f/yyyy", "DMY"),  # ar
        ("d MM yyyy", "DMY"),  # the C locale
        ("", "DMY"),
    ],
)
def test_the_order_comes_from_the_locale_format(fmt: str, order: str) -> None:
    assert order_of_format(fmt) == order


@pytest.mark.parametrize(
    "text",
    [
        "14/05/1985",
        "14/5/1985",
        "14.05.1985",
        "14.5.1985",
        "14-05-1985",
        "14 05 1985",
        " 14 / 05 / 1985 ",
        "14.05.1985.",
        "1985-05-14",
        "1985/5/14",
    ],
)
def test_day_month_year_with_any_separator_and_iso(text: str) -> None:
    assert parse_typed_date(text, "DMY") == date(1985, 5, 14)


def test_month_first_and_year_first_locales() -> None:
    assert parse_typed_date("5/14/1985", "MDY") == date(1985, 5, 14)
    assert parse_typed_date("05.14.1985", "MDY") == date(1985, 5, 14)
    assert parse_typed_date("1985-05-14", "MDY") == date(1985, 5, 14)  # ISO in every locale
    assert parse_typed_date("1985-5-14", "YMD") == date(1985, 5, 14)
    assert parse_typed_date("1985. 05. 14.", "YMD") == date(1985, 5, 14)
    # 3/4 is the 3rd of April in Europe and the 4th of March in the United States
    assert parse_typed_date("3/4/2020", "DMY") == date(2020, 4, 3)
    assert parse_typed_date("3/4/2020", "MDY") == date(2020, 3, 4)


def test_digits_and_marks_of_other_scripts() -> None:
    assert parse_typed_date(
        "\u0661\u0664\u200f/\u0660\u0665\u200f/\u0661\u0669\u0668\u0665", "DMY"
    ) == date(1985, 5, 14)


@pytest.mark.parametrize("text", ["", "   ", "\u200f"])
def test_blank_means_not_known(text: str) -> None:
    assert parse_typed_date(text, "DMY") is None


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2020",  # no such day
        "29/02/2019",
        "14/13/1985",  # no such month
        "00/05/1985",
        "14/05/85",  # the century must be written
        "14/05",
        "14/05/1985/1",
        "14051985",
        "fourteen May",
        "14/05/1985x",
        "-1/05/1985",
        "014/05/1985",
        "14/05/1899",  # outside 1900-2100
        "14/05/2101",
        "1985-13-01",
        "²4/05/1985",
    ],
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(NotADate):
        parse_typed_date(text, "DMY")


def test_a_month_first_reading_refuses_a_thirteenth_month() -> None:
    with pytest.raises(NotADate):
        parse_typed_date("14/05/1985", "MDY")


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(ORDERS),
    st.sampled_from(["/", ".", "-", " ", " / ", ". "]),
    st.booleans(),
)
def test_what_is_typed_in_any_order_reads_back(
    day: date, order: DateOrder, separator: str, pad: bool
) -> None:
    typed = format_typed_date(day, order, separator, pad)
    assert parse_typed_date(typed, order) == day


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(1990, 5, 14), date(2026, 5, 13), 35),  # the day before her birthday
        (date(1990, 5, 14), date(2026, 5, 14), 36),  # on it
        (date(2000, 2, 29), date(2026, 2, 28), 25),  # a leap-day birthday: on 1 March
        (date(2000, 2, 29), date(2026, 3, 1), 26),
    ],
)
def test_age_on_a_day(born: date, day: date, age: int) -> None:
    assert age_on(born, day) == age
