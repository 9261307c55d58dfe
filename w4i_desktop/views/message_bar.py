"""A line at the top of a form for what just happened: an error (red) or a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


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
