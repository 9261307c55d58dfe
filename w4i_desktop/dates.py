"""Calendar arithmetic the domain needs and the standard library lacks, and dates as people
type them (in their locale's order, with any of the usual separators)."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, clamped to the month's end: 31 January + 1 month is
    28 (or 29) February, as people count follow-ups, not 3 March."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


# --- dates typed by hand ------------------------------------------------------------------------

DateOrder = Literal["DMY", "MDY", "YMD"]
FIRST_YEAR = 1900
LAST_YEAR = 2100
# Separators between day, month and year: '/', '.', '-' or spaces ("14/5/1985", "14.05.1985",
# "14-05-1985", "14 05 1985"); some locales also end with a dot ("1985. 05. 14.").
_SEPARATOR = re.compile(r"\s*[/.\-]\s*|\s+")
# Marks a locale's short format may carry around the numbers (Arabic: right-to-left marks).
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))


class NotADate(ValueError):
    """The text is not a date written in the expected order (or no such day exists)."""


def age_on(born: date, day: date) -> int:
    """Whole years of age on `day` of someone born on `born` (a 29 February birthday comes on
    1 March in other years)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def order_of_format(fmt: str) -> DateOrder:
    """The order of day, month and year in a date format pattern such as Qt's 'dd/MM/yyyy'
    ("DMY"), 'M/d/yy' ("MDY") or 'yyyy-MM-dd' ("YMD"); day-month-year when unclear."""
    positions = {letter: fmt.find(letter) for letter in "dMy"}
    if min(positions.values()) < 0:
        return "DMY"
    ordered = "".join(sorted(positions, key=positions.__getitem__)).upper()
    return ordered if ordered in ("DMY", "MDY", "YMD") else "DMY"  # type: ignore[return-value]


def parse_typed_date(text: str, order: DateOrder) -> date | None:
    """The date typed in `text`, read in `order`; None when `text` is blank (not known).

    Day and month take one or two digits, the year four; an ISO date (1985-05-14) is read as
    such in every order. Raises NotADate for anything else or for a day that does not exist
    (31/02/2020, 14/13/1985) or a year outside 1900–2100."""
    cleaned = text.translate(_INVISIBLE).strip().rstrip(".").strip()
    if not cleaned:
        return None
    parts = _SEPARATOR.split(cleaned)
    if len(parts) != 3 or not all(p.isdecimal() for p in parts):
        raise NotADate(text)
    numbers = [int(p) for p in parts]
    if len(parts[0]) == 4:
        order = "YMD"  # ISO, whatever the locale
    fields = dict(zip(order, numbers, strict=True))
    year_digits = len(parts[order.index("Y")])
    if year_digits != 4 or any(len(parts[order.index(f)]) > 2 for f in "DM"):
        raise NotADate(text)
    if not FIRST_YEAR <= fields["Y"] <= LAST_YEAR:
        raise NotADate(text)
    try:
        return date(fields["Y"], fields["M"], fields["D"])
    except ValueError:
        raise NotADate(text) from None


def format_typed_date(day: date, order: DateOrder, separator: str = "/", pad: bool = True) -> str:
    """`day` written as a person types it: in `order`, with `separator`, the day and month
    with or without a leading zero."""
    width = 2 if pad else 1
    parts = {"D": f"{day.day:0{width}d}", "M": f"{day.month:0{width}d}", "Y": f"{day.year:04d}"}
    return separator.join(parts[f] for f in order)
