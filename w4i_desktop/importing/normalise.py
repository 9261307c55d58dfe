"""Turning what one cell holds into the value a field stores, or the reason it cannot.

Each function takes a cell as read (text, number, date, time, boolean or None) and returns the
value in the form the services' cleaners accept (services/participants.FIELDS, services/
employers.EMPLOYER_FIELDS), None for an empty cell, or raises `Invalid` with a reason key of
resources/importing/<lang>.json ("problem.<reason>") and its placeholders.

Dates are read day first, as Europe writes them: 31/12/1990, 31-12-90, 31.12.1990, 1990-12-31,
"31 dicembre 1990", an Excel date cell or an Excel serial number (10000 and up: 18 May 1927
onwards; smaller numbers are not taken for dates). A two-digit year is put in the century that
makes the date no later than `latest_year`: for dates of birth that is this year ("01/01/30"
is 1930, "01/01/05" is 2005); for other dates twenty years ahead, so that a permit expiring in
"2035" can be written "35". Dates before 1900 are refused, as are impossible ones (31/02).

Text is stored as typed (Unicode NFC, control characters dropped, surrounding space trimmed):
a cell starting with = + - @ stays text. Nothing is ever evaluated, and every spreadsheet this
application writes stores such text as a string cell, never as a formula.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from functools import cache

from babel import Locale
from openpyxl.utils.datetime import from_excel

from w4i_desktop.errors import BadInput
from w4i_desktop.folding import fold
from w4i_desktop.importing import vocabulary as vocab
from w4i_desktop.importing.reading import cell_text
from w4i_desktop.importing.texts import IMPORT_LANGUAGES
from w4i_desktop.importing.xlsx import CellValue
from w4i_desktop.services import validation as v

FIRST_YEAR = 1900
FIRST_SERIAL, LAST_SERIAL = 10_000, 2_958_465  # 18 May 1927 .. 31 December 9999
FUTURE_YEARS = 20  # how far ahead a two-digit year may reach outside dates of birth
MAX_CHILDREN = 30
SHOWN_CHARS = 60

_NON_WORD = re.compile(r"[\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YMD = re.compile(r"^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_TRAILING_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
_NAMED_MONTH = re.compile(r"^(\d{1,2}) (?:de )?([a-z]+) (?:de |del )?(\d{4}|\d{2})$")
_CLOCK = re.compile(r"^(\d{1,2})(?:\s*[:.hH]\s*(\d{2}))?\s*(am|pm|h|u|uhr)?$", re.IGNORECASE)
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$")


class Invalid(Exception):
    """A cell that cannot become a field's value: a reason key and its placeholders."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def words(text: str) -> str:
    """Folded, punctuation as single spaces: "Licenza-Media " -> "licenza media"."""
    return " ".join(_NON_WORD.sub(" ", fold(text) or "").split())


def compact(text: str) -> str:
    """Folded letters and digits only: "Costa d’Avorio" -> "costadavorio"."""
    return _NON_WORD.sub("", fold(text) or "")


def shown(value: CellValue) -> str:
    """A cell as a report quotes it: as read, cut at 60 characters."""
    text = _SPACE.sub(" ", _CONTROL.sub("", cell_text(value))).strip()
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- text ----------------------------------------------------------------------------------------


def text(value: CellValue, max_length: int, *, single_line: bool = True) -> str | None:
    if is_blank(value):
        return None
    cleaned = unicodedata.normalize("NFC", cell_text(value))
    cleaned = _CONTROL.sub("", cleaned.replace("\r\n", "\n").replace("\r", "\n"))
    cleaned = _SPACE.sub(" ", cleaned).strip() if single_line else cleaned.strip()
    if not cleaned:
        return None
    if len(cleaned) > max_length:
        raise Invalid("too_long", max=max_length, length=len(cleaned))
    return cleaned


def phone(value: CellValue) -> str | None:
    """ "+39 333 123 4567", "0039 333...", "333.123.4567" -> "+393331234567"; digits and a
    leading + only (5 to 20 digits)."""
    if is_blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Invalid("not_a_phone", value=shown(value))
    raw = cell_text(value).strip()
    if not _PHONE_CHARS.match(raw) or "+" in raw[1:]:
        raise Invalid("not_a_phone", value=shown(value))
    digits = re.sub(r"\D", "", raw)
    plus = raw.startswith("+")
    if not plus and digits.startswith("00"):
        plus, digits = True, digits[2:]
    if not 5 <= len(digits) <= 20:
        raise Invalid("not_a_phone", value=shown(value))
    return ("+" if plus else "") + digits


def email(value: CellValue) -> str | None:
    cleaned = text(value, 200)
    if cleaned is None:
        return None
    if cleaned.lower().startswith("mailto:"):
        cleaned = cleaned[len("mailto:") :].strip()
    try:
        return v.email(cleaned, "email")
    except BadInput:
        raise Invalid("not_an_email", value=shown(value)) from None


# --- dates, years, times, numbers ----------------------------------------------------------------


def century(two_digits: int, latest_year: int) -> int:
    year = latest_year // 100 * 100 + two_digits
    return year - 100 if year > latest_year else year


def a_date(value: CellValue, *, latest_year: int) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return _checked(value.date(), value)
    if isinstance(value, date):
        return _checked(value, value)
    if isinstance(value, bool | time):
        raise Invalid("not_a_date", value=shown(value))
    if isinstance(value, int | float):
        return _serial(value, value)
    if not isinstance(value, str):
        raise Invalid("not_a_date", value=shown(value))
    return _date_text(value.strip(), value, latest_year)


def _checked(day: date, value: CellValue) -> date:
    if day.year < FIRST_YEAR:
        raise Invalid("date_too_early", value=shown(value), year=FIRST_YEAR)
    return day


def _serial(number: float, value: CellValue) -> date:
    if not FIRST_SERIAL <= number <= LAST_SERIAL:
        raise Invalid("not_a_date", value=shown(value))
    found = from_excel(number)
    if not isinstance(found, datetime):
        raise Invalid("not_a_date", value=shown(value))
    return found.date()


def _date_text(raw: str, value: CellValue, latest_year: int) -> date:
    compacted = re.sub(r"\s*([/.\-])\s*", r"\1", _TRAILING_TIME.sub("", raw))
    parts: tuple[int, int, int] | None = None
    if m := _ISO.match(raw) or _ISO.match(compacted):
        parts = int(m[1]), int(m[2]), int(m[3])
    elif m := _YMD.match(compacted):
        parts = int(m[1]), int(m[3]), int(m[4])
    elif m := _DMY.match(compacted):
        year = int(m[4]) if len(m[4]) == 4 else century(int(m[4]), latest_year)
        parts = year, int(m[3]), int(m[1])
    elif m := _COMPACT.match(compacted):
        parts = int(m[1]), int(m[2]), int(m[3])
    elif _SERIAL.match(compacted):
        return _serial(float(compacted), value)
    elif m := _NAMED_MONTH.match(words(raw)):
        month = _month_numbers().get(m[2])
        if month is not None:
            year = int(m[3]) if len(m[3]) == 4 else century(int(m[3]), latest_year)
            parts = year, month, int(m[1])
    if parts is None:
        raise Invalid("not_a_date", value=shown(value))
    try:
        return _checked(date(*parts), value)
    except ValueError:
        raise Invalid("not_a_date", value=shown(value)) from None


@cache
def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations of the five languages, folded ("febbraio", "mrt")."""
    names: dict[str, int] = {}
    for lang in IMPORT_LANGUAGES:
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names.setdefault(words(name), number)
    return names


def year(value: CellValue, *, this_year: int) -> int | None:
    if is_blank(value):
        return None
    found: int | None = None
    if isinstance(value, date):
        found = value.year
    elif isinstance(value, int | float) and not isinstance(value, bool):
        found = int(value) if float(value).is_integer() else None
    elif isinstance(value, str) and re.fullmatch(r"\d{4}(?:\.0+)?", value.strip()):
        found = int(float(value.strip()))
    elif isinstance(value, str):
        try:
            day = a_date(value, latest_year=this_year + FUTURE_YEARS)
        except Invalid:
            day = None
        found = day.year if day is not None else None
    if found is None or not FIRST_YEAR <= found <= this_year:
        raise Invalid("not_a_year", value=shown(value), first=FIRST_YEAR, last=this_year)
    return found


def clock_time(value: CellValue) -> str | None:
    """ "9", "9:30", "09.30", "9h30", "2pm", an Excel time -> "HH:MM"."""
    if is_blank(value):
        return None
    hour: int | None = None
    minute = 0
    if isinstance(value, datetime | time):
        hour, minute = value.hour, value.minute
    elif isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        hour, minute = divmod(minutes, 60)
    elif isinstance(value, int) and not isinstance(value, bool):
        hour = value
    elif isinstance(value, str) and (m := _CLOCK.match(value.strip())):
        hour, minute = int(m[1]), int(m[2] or 0)
        suffix = (m[3] or "").lower()
        if suffix in ("am", "pm") and not 1 <= hour <= 12:
            hour = None
        elif suffix == "pm" and hour is not None and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
    if hour is None or not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise Invalid("not_a_time", value=shown(value))
    return f"{hour:02d}:{minute:02d}"


def count(value: CellValue, maximum: int = MAX_CHILDREN) -> int | None:
    if is_blank(value):
        return None
    number: int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value) if float(value).is_integer() else None
    elif isinstance(value, str):
        stripped = value.strip()
        if re.fullmatch(r"\d{1,3}(?:\.0+)?", stripped):
            number = int(float(stripped))
        elif _yes_no().get(words(stripped)) is False:
            number = 0
    if number is None or not 0 <= number <= maximum:
        raise Invalid("not_a_count", value=shown(value), max=maximum)
    return number


def flag(value: CellValue) -> bool | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = words(cell_text(value))
    if key in _yes_no():
        return _yes_no()[key]
    raise Invalid("not_yes_no", value=shown(value))


@cache
def _yes_no() -> dict[str, bool]:
    return {words(w): True for w in vocab.YES} | {words(w): False for w in vocab.NO}
