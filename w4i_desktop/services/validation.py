"""Turning what a user typed or a file held into clean field values, or a clear BadInput."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from babel import Locale

from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.errors import BadInput

E = TypeVar("E", bound=StrEnum)

_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^\+?[\d\s().-]{5,40}$")


@cache
def iso_countries() -> frozenset[str]:
    codes = (c for c in Locale("en").territories if isinstance(c, str))
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha())


@cache
def iso_languages() -> frozenset[str]:
    return frozenset(c for c in Locale("en").languages if isinstance(c, str) and len(c) == 2)


def text(value: Any, field: str, max_length: int, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadInput("this is required.", field=field)
        return None
    if not isinstance(value, str):
        raise BadInput("this must be text.", field=field)
    cleaned = value.strip()
    if len(cleaned) > max_length:
        raise BadInput(
            "this is longer than {max_length} characters.", field=field, max_length=max_length
        )
    return cleaned


def country(value: Any, field: str) -> str | None:
    code = text(value, field, 2)
    if code is None:
        return None
    code = code.upper()
    if code not in iso_countries():
        raise BadInput("{code} is not an ISO 3166-1 country code.", field=field, code=code)
    return code


def language_list(value: Any, field: str) -> list[str]:
    items = _string_list(value, field)
    codes = [item.lower() for item in items]
    unknown = [c for c in codes if c not in iso_languages()]
    if unknown:
        raise BadInput(
            "{codes} are not ISO 639-1 language codes.", field=field, codes=", ".join(unknown)
        )
    return codes


def document_language(value: Any, field: str) -> str | None:
    """One of the languages documents are written in, or None (the organisation's default)."""
    if value in (None, ""):
        return None
    code = str(value).strip().lower()
    if code not in DOCUMENT_LANGUAGES:
        raise BadInput(
            "documents are written in {languages}.",
            field=field,
            languages=", ".join(DOCUMENT_LANGUAGES),
        )
    return code


def tag_list(value: Any, field: str) -> list[str]:
    tags = [t.strip().lower() for t in _string_list(value, field) if t.strip()]
    if any(len(t) > 60 for t in tags):
        raise BadInput("a tag is longer than {max_length} characters.", field=field, max_length=60)
    return sorted(set(tags))


def _string_list(value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [v for v in re.split(r"[,;]", value) if v.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise BadInput("this must be a list of text values.", field=field)
    return [v.strip() for v in value]


def enum_value(value: Any, enum_cls: type[E], field: str) -> E | None:
    if value is None or value == "":
        return None
    try:
        return enum_cls(value)
    except ValueError:
        raise BadInput(
            "{value} is not one of {choices}.",
            field=field,
            value=repr(value),
            choices=", ".join(enum_cls),
        ) from None


def a_date(value: Any, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise BadInput("{value} is not a date (YYYY-MM-DD).", field=field, value=repr(value))


def year(value: Any, field: str, *, today: date | None = None) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadInput("this must be a year.", field=field) from None
    this_year = (today or date.today()).year
    if not 1900 <= number <= this_year:
        raise BadInput("this must be a year between 1900 and {last}.", field=field, last=this_year)
    return number


def clock_time(value: Any, field: str) -> str | None:
    cleaned = text(value, field, 5)
    if cleaned is not None and not _TIME_RE.match(cleaned):
        raise BadInput("this must be a time such as 09:30.", field=field)
    return cleaned


def email(value: Any, field: str) -> str | None:
    cleaned = text(value, field, 200)
    if cleaned is not None and not _EMAIL_RE.match(cleaned):
        raise BadInput("this is not an e-mail address.", field=field)
    return cleaned


def phone(value: Any, field: str) -> str | None:
    cleaned = text(value, field, 40)
    if cleaned is not None and not _PHONE_RE.match(cleaned):
        raise BadInput("this is not a phone number.", field=field)
    return cleaned


def count(value: Any, field: str, maximum: int = 30) -> int:
    if value is None or value == "":
        return 0
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadInput("this must be a whole number.", field=field) from None
    if not 0 <= number <= maximum:
        raise BadInput("this must be between 0 and {maximum}.", field=field, maximum=maximum)
    return number


def flag(value: Any, field: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise BadInput("this must be yes or no.", field=field)
