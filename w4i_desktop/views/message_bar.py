"""A line at the top of a form for what just happened: an error (red) or a confirmation
(green), never a confirmation in the red of errors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

ERROR_COLOUR = "#8a0015"
INFO_COLOUR = "#1b5e20"
# On the label itself, so that the bar looks the same on every form that has one.
BAR_STYLE = f"""
QLabel#recordMessage {{ padding: 6px; border-radius: 3px; }}
QLabel#recordMessage[kind="error"] {{ background: #fdecea; color: {ERROR_COLOUR}; }}
QLabel#recordMessage[kind="info"] {{ background: #e8f3ea; color: {INFO_COLOUR}; }}
"""
NOTICE_STYLE = f"""
QLabel {{ color: {ERROR_COLOUR}; font-weight: bold; }}
QLabel[kind="info"] {{ color: {INFO_COLOUR}; }}
"""


def repolish(widget: QWidget) -> None:
    """Apply style-sheet rules that depend on a dynamic property just changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class MessageBar(QWidget):
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("recordMessage")
        self.label.setStyleSheet(BAR_STYLE)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Message"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Load the saved record again; your changes are lost"))
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.clear()

    def text(self) -> str:
        return self.label.text()

    @property
    def is_error(self) -> bool:
        return not self.isHidden() and self.label.property("kind") == "error"

    def show_error(self, text: str, offer_reload: bool = False) -> None:
        self._show(text, "error")
        self.reload_button.setVisible(offer_reload)

    def show_info(self, text: str) -> None:
        self._show(text, "info")
        self.reload_button.hide()

    def clear(self) -> None:
        self.label.clear()
        self.label.setProperty("kind", "")
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.label.setText(text)
        self.label.setProperty("kind", kind)
        repolish(self.label)
        self.show()


class NoticeLabel(QLabel):
    """A form's one line of feedback: setText() shows an error (red), show_info() a
    confirmation (green), such as "The new password is set. Sign in with it."."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(NOTICE_STYLE)
        self.setProperty("kind", "error")

    @property
    def is_error(self) -> bool:
        return bool(self.text()) and self.property("kind") == "error"

    def setText(self, text: str) -> None:
        self._set(text, "error")

    def show_info(self, text: str) -> None:
        self._set(text, "info")

    def _set(self, text: str, kind: str) -> None:
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            repolish(self)
        super().setText(text)
