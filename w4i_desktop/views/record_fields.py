"""Pointing at the field an error is about: outline it, show its tab, focus it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from w4i_desktop.views.message_bar import repolish

# Messages from the service that name no field at their start, but are about one.
MESSAGE_FIELDS = {
    "A participant needs a first or last name": "first_name",
    "Choose the site": "site_id",
}


class FieldMarks:
    """Mixed into the record form, which provides its fields, their tabs and the tab widget."""

    fields: dict[str, QWidget]
    tabs: QTabWidget
    _tab_of: dict[str, QWidget]

    def _field_in(self, message: str) -> str | None:
        for start, key in MESSAGE_FIELDS.items():
            if message.startswith(start):
                return key
        for key in sorted(self.fields, key=len, reverse=True):
            if message.startswith(key) and message[len(key) : len(key) + 1] in (" ", ":"):
                return key
        return None

    def _set_invalid(self, key: str, invalid: bool) -> None:
        widget = self.fields[key]
        target = getattr(widget, "edit", widget)
        target.setProperty("invalid", invalid)
        repolish(target)

    def _mark_invalid(self, key: str, focus: bool) -> None:
        self._set_invalid(key, True)
        if focus:
            self.tabs.setCurrentWidget(self._tab_of[key])
            self.fields[key].setFocus()

    def _clear_invalid(self) -> None:
        for key in self.fields:
            self._set_invalid(key, False)
