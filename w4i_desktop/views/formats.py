"""Dates, moments and numbers as the user's locale writes them, always with a four-digit year."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def _four_digit_year(fmt: str) -> str:
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_format() -> str:
    """The locale's short date format with a four-digit year: 14/05/1985, never 14/05/85 (a
    birth year or a closing year needs its century)."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_format() -> str:
    """The locale's short date and time format, with a four-digit year."""
    return _four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def short_date(value: date | datetime | None) -> str:
    """A date as tables and labels show it: the locale's order, a four-digit year."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    text: str = QLocale().toString(QDate(value.year, value.month, value.day), date_format())
    return text


def date_time(value: datetime | None) -> str:
    """A moment (a note added, a backup made) in local time, with a four-digit year."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    text: str = QLocale().toString(moment, date_time_format())
    return text


def decimal(value: float, places: int = 1) -> str:
    """A number with `places` decimals as the user's locale writes it (12,5 or 12.5)."""
    return QLocale().toString(value, "f", places)
