"""The texts of reports in one language, from resources/reports/<lang>.json.

Reports go to funders and partners in the language chosen for the report, which need not be
the user's, so like documents (documents/texts.py) they do not go through the Qt translation of
the interface. Every language file has the same keys and {placeholders} as English
(tests/reports/test_excel.py checks it); a missing key falls back to English. Dates and
country names come from Babel through the documents' `Texts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from babel.numbers import format_decimal, format_percent

from w4i_desktop.catalogues import lookup
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES, Texts
from w4i_desktop.errors import BadInput
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.queries import UNKNOWN

REPORT_LANGUAGES: tuple[str, ...] = DOCUMENT_LANGUAGES


@dataclass(frozen=True)
class ReportTexts:
    """Report texts and number, date and country formatting for one language."""

    language: str

    @classmethod
    def for_language(cls, language: str) -> ReportTexts:
        if language not in REPORT_LANGUAGES:
            raise BadInput(
                "Reports are available in {languages}, not {language}.",
                languages=", ".join(REPORT_LANGUAGES),
                language=repr(language),
            )
        return cls(language)

    def __call__(self, key: str, **values: Any) -> str:
        return lookup("reports", self.language, key, **values)

    @property
    def documents(self) -> Texts:
        """The documents' texts in this language (the PDF frame's "Page x of y")."""
        return Texts(self.language)

    def date(self, value: date | datetime | None, length: str = "long") -> str:
        return self.documents.date(value, length)

    def date_time(self, value: datetime) -> str:
        """Date and time of day, e.g. "4 March 2026, 14:05"."""
        return f"{self.date(value, 'medium')}, {value:%H:%M}"

    def number(self, value: int) -> str:
        return str(format_decimal(value, locale=self.language))

    def percent(self, value: float | None) -> str:
        """A percentage already in per cent (66.7 -> "66.7%"), or "n/a" for None."""
        if value is None:
            return self("report.na")
        return str(format_percent(value / 100, format="#,##0.0%", locale=self.language))

    def period(self, period: Period) -> str:
        """ "Q3 2025 (1 July 2025 – 30 September 2025)", or the range alone for a custom one."""
        days = self("report.period.range", start=self.date(period.start), end=self.date(period.end))
        if not period.is_quarter:
            return days
        quarter = self(
            "report.period.quarter",
            quarter=(period.start.month - 1) // 3 + 1,
            year=period.start.year,
        )
        return f"{quarter} ({days})"

    def indicator(self, key: str) -> str:
        return self(f"indicator.{key}")

    def definition(self, key: str) -> str:
        return self(f"definition.{key}")

    def category(self, dimension: str, value: str) -> str:
        """The label of one breakdown category: an age band, ISCED group, employment status,
        placement type, closure reason or country (sites are named by the caller)."""
        if value == UNKNOWN:
            return self("category.unknown")
        if dimension == "country_of_birth":
            return self.documents.country(value)
        return self(f"{dimension}.{value}")
