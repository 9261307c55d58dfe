"""The texts of documents in one language, from resources/documents/<lang>.json.

Documents are read by participants, in their language rather than the user's, so they do not
go through the Qt translation of the interface. Every language file has the same keys and the
same {placeholders} as English (tests/documents check it); a missing key falls back to English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_date

from w4i_desktop.catalogues import FALLBACK, catalogue, country_names, lookup
from w4i_desktop.errors import BadInput

DOCUMENT_LANGUAGES: tuple[str, ...] = ("en", "it", "es", "sv", "nl")


@dataclass(frozen=True)
class Texts:
    """Document texts and formatting for one language."""

    language: str

    @classmethod
    def for_language(cls, language: str) -> Texts:
        if language not in DOCUMENT_LANGUAGES:
            raise BadInput(
                "Documents are available in {languages}, not {language}.",
                languages=", ".join(DOCUMENT_LANGUAGES),
                language=repr(language),
            )
        return cls(language)

    def __call__(self, key: str, **values: Any) -> str:
        return lookup("documents", self.language, key, **values)

    def has(self, key: str) -> bool:
        return key in catalogue("documents", FALLBACK)

    def date(self, value: date | datetime | None, length: str = "long") -> str:
        """`value` as this language writes it ("long": 4 March 2026, "medium": 4 Mar 2026)."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        return format_date(value, format=length, locale=self.language)

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return country_names(self.language).get(code.upper(), code)

    def language_name(self, code: str | None) -> str:
        if not code:
            return ""
        return str(Locale.parse(self.language).languages.get(code.lower(), code))

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("common.yes") if value else self("common.no")
