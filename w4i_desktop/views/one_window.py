"""One window of a kind at a time (the help, Getting started): opened again, the same one
comes to the front in the language asked for; a new one is made when the parent changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from w4i_desktop.views.language import chosen_language


class Multilingual(Protocol):
    def set_language(self, language: str) -> None: ...


W = TypeVar("W", bound=QWidget)


class OneWindow(Generic[W]):
    def __init__(self, make: Callable[[QWidget | None, str | None], W]) -> None:
        self._make = make
        self._window: W | None = None

    def current(self) -> W | None:
        """The window if one exists (shown or not)."""
        if self._window is not None and shiboken6.isValid(self._window):
            return self._window
        return None

    def show(self, parent: QWidget | None, language: str | None) -> W:
        window = self.current()
        if window is None or window.parentWidget() is not parent:
            if window is not None:
                window.close()
            window = self._make(parent, language)
            self._window = window
        else:
            speaking: Multilingual = window  # type: ignore[assignment]
            speaking.set_language(language or chosen_language())
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def forget(self) -> None:
        """Close and drop the window (the next `show` makes a new one)."""
        window = self.current()
        if window is not None:
            window.close()
            window.deleteLater()
        self._window = None
