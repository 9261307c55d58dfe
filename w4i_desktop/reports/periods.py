"""Reporting periods: calendar quarters `YYYYQn` and custom date ranges, both inclusive."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from w4i_desktop.dates import add_months
from w4i_desktop.errors import BadInput

__all__ = ["Period", "add_months"]

_QUARTER = re.compile(r"(\d{4})\s*-?\s*Q([1-4])", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """The days from `start` to `end`, both included (indicators.md, "Period")."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise BadInput(
                "The period ends ({end}) before it starts ({start}).",
                end=self.end.isoformat(),
                start=self.start.isoformat(),
            )

    @classmethod
    def quarter(cls, text: str) -> Period:
        """The quarter named like "2026Q3" (also "2026-Q3", "2026 q3")."""
        match = _QUARTER.fullmatch(text.strip())
        if match is None or int(match.group(1)) < 1:
            raise BadInput("{text} is not a quarter such as 2026Q3.", text=repr(text))
        return cls._quarter(int(match.group(1)), int(match.group(2)))

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        """A date range; its label is the ISO 8601 interval "2026-01-01/2026-02-15"."""
        return cls(start, end, f"{start.isoformat()}/{end.isoformat()}")

    @classmethod
    def containing(cls, day: date) -> Period:
        """The quarter that contains `day`."""
        return cls._quarter(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def _quarter(cls, year: int, number: int) -> Period:
        first_month = 3 * (number - 1) + 1
        last_month = first_month + 2
        start = date(year, first_month, 1)
        end = date(year, last_month, calendar.monthrange(year, last_month)[1])
        return cls(start, end, f"{year}Q{number}")

    @property
    def is_quarter(self) -> bool:
        quarter = Period.containing(self.start)
        return (self.start, self.end) == (quarter.start, quarter.end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def previous(self) -> Period:
        """The quarter before a quarter; for a custom range, the range of the same length that
        ends the day before this one starts."""
        if self.is_quarter:
            return Period.containing(self.start - timedelta(days=1))
        end = self.start - timedelta(days=1)
        return Period.custom(end - timedelta(days=self.days - 1), end)

    def quarters_back(self, n: int) -> list[Period]:
        """The last `n` quarters, oldest first, ending with the quarter that contains this
        period's last day (this very quarter when the period is one): a dashboard's chart."""
        if n < 1:
            raise BadInput("Ask for at least one quarter.")
        quarters = [Period.containing(self.end)]
        while len(quarters) < n:
            quarters.append(quarters[-1].previous())
        quarters.reverse()
        return quarters
