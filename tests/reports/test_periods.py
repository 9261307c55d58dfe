from __future__ import annotations

from datetime import date

import pytest

from w4i_desktop.errors import BadInput
from w4i_desktop.reports.periods import Period, add_months


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026Q4", date(2026, 10, 1), date(2026, 12, 31)),
        (" 2024q1 ", date(2024, 1, 1), date(2024, 3, 31)),
        ("2024-Q2", date(2024, 4, 1), date(2024, 6, 30)),
    ],
)
def test_quarter(text: str, start: date, end: date) -> None:
    period = Period.quarter(text)
    assert (period.start, period.end) == (start, end)
    assert period.label == text.strip().upper().replace("-", "")
    assert period.is_quarter


@pytest.mark.parametrize("text", ["", "2026", "2026Q0", "2026Q5", "26Q1", "Q1 2026", "0000Q1"])
def test_malformed_quarter(text: str) -> None:
    with pytest.raises(BadInput):
        Period.quarter(text)


def test_custom() -> None:
    period = Period.custom(date(2026, 1, 15), date(2026, 2, 14))
    assert period.label == "2026-01-15/2026-02-14"
    assert not period.is_quarter
    assert period.days == 31
    assert Period.custom(date(2026, 5, 5), date(2026, 5, 5)).days == 1
    with pytest.raises(BadInput):
        Period.custom(date(2026, 2, 14), date(2026, 2, 13))
    with pytest.raises(BadInput):
        Period(date(2026, 2, 14), date(2026, 2, 13), "x")


def test_custom_range_of_a_whole_quarter_is_a_quarter() -> None:
    assert Period.custom(date(2026, 4, 1), date(2026, 6, 30)).is_quarter


def test_contains_first_and_last_day() -> None:
    period = Period.quarter("2025Q3")
    assert date(2025, 7, 1) in period
    assert date(2025, 9, 30) in period
    assert date(2025, 6, 30) not in period
    assert date(2025, 10, 1) not in period


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2026, 1, 1), "2026Q1"),
        (date(2026, 3, 31), "2026Q1"),
        (date(2026, 4, 1), "2026Q2"),
        (date(2026, 9, 30), "2026Q3"),
        (date(2026, 12, 31), "2026Q4"),
    ],
)
def test_containing(day: date, label: str) -> None:
    assert Period.containing(day) == Period.quarter(label)


def test_previous_quarter_crosses_the_year() -> None:
    assert Period.quarter("2026Q1").previous() == Period.quarter("2025Q4")
    assert Period.quarter("2026Q3").previous() == Period.quarter("2026Q2")


def test_previous_custom_range_has_the_same_length() -> None:
    period = Period.custom(date(2026, 3, 1), date(2026, 3, 10))
    assert period.previous() == Period.custom(date(2026, 2, 19), date(2026, 2, 28))


def test_quarters_back() -> None:
    labels = [p.label for p in Period.quarter("2026Q2").quarters_back(6)]
    assert labels == ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2"]
    assert Period.quarter("2026Q2").quarters_back(1) == [Period.quarter("2026Q2")]
    custom = Period.custom(date(2026, 1, 10), date(2026, 5, 2))
    assert [p.label for p in custom.quarters_back(2)] == ["2026Q1", "2026Q2"]
    with pytest.raises(BadInput):
        Period.quarter("2026Q2").quarters_back(0)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # leap year
        (date(2025, 3, 31), 6, date(2025, 9, 30)),
        (date(2025, 3, 30), 6, date(2025, 9, 30)),
        (date(2025, 1, 1), 6, date(2025, 7, 1)),
        (date(2025, 7, 15), 6, date(2026, 1, 15)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2024, 2, 29), -12 * 18, date(2006, 2, 28)),
        (date(2025, 5, 20), 0, date(2025, 5, 20)),
        (date(2025, 5, 20), -5, date(2024, 12, 20)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
