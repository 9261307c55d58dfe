"""Pointing at the field an error is about: outline it, show its tab, focus it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.views.message_bar import repolish

# Messages from the service that name no field but are about one, by their English template.
MESSAGE_FIELDS = {
    "A participant needs a first or last name.": "first_name",
    "Choose the site this participant belongs to.": "site_id",
}


class FieldMarks:
    """Mixed into the record form, which provides its fields, their tabs and the tab widget."""

    fields: dict[str, QWidget]
    tabs: QTabWidget
    _tab_of: dict[str, QWidget]
    _error_field: str | None = None  # the field the error shown is named after

    def _field_of(self, exc: W4IError) -> str | None:
        """The field of this form that `exc` is about, if any."""
        if not isinstance(exc, BadInput):
            return None
        key = exc.field or MESSAGE_FIELDS.get(exc.template)
        return key if key in self.fields else None

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
