"""A line at the top of her record while her residence permit expires soon or has expired."""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

STYLE = (
    "QLabel#permitBanner { padding: 6px; border-radius: 3px;"
    " background: #fff4d6; color: #6b4700; border: 1px solid #e0b64a; }"
)


def long_date(value: date) -> str:
    """3 February 2027, in the interface's language (no weekday)."""
    name = QLocale().name()
    try:
        locale = Locale.parse("en_GB" if name == "C" else name)  # the English the app shows
    except (ValueError, TypeError, UnknownLocaleError):
        locale = Locale("en", "GB")
    return str(format_date(value, format="long", locale=locale))


class PermitBanner(QLabel):
    """Shown for an open record whose permit expires within `warning_days` (a setting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permitBanner")
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Residence permit"))
        self.hide()

    def show_for(self, expires_on: date | None, warning_days: int, today: date) -> None:
        text = self.message(expires_on, warning_days, today)
        self.setText(text)
        self.setVisible(bool(text))

    def message(self, expires_on: date | None, warning_days: int, today: date) -> str:
        if expires_on is None:
            return ""
        days = (expires_on - today).days
        when = long_date(expires_on)
        if days > warning_days:
            return ""
        if days > 1:
            return (
                self.tr("Her residence permit expires on %1 (in %2 days).")
                .replace("%1", when)
                .replace("%2", str(days))
            )
        if days == 1:
            return self.tr("Her residence permit expires tomorrow, %1.").replace("%1", when)
        if days == 0:
            return self.tr("Her residence permit expires today, %1.").replace("%1", when)
        if days == -1:
            return self.tr("Her residence permit expired yesterday, %1.").replace("%1", when)
        return (
            self.tr("Her residence permit expired on %1 (%2 days ago).")
            .replace("%1", when)
            .replace("%2", str(-days))
        )
