"""A sentence in the middle of an empty table or list, saying why it is empty or what to do
("No overdue steps.", "Nobody waiting for a caseworker."), instead of a blank white box.

    empty = show_when_empty(table, self.tr("No overdue steps."))
    empty.set_text(...)            # when the sentence depends on a setting or the language

It follows the view's model (rows added, removed, reset) and the viewport's size, lets clicks
through to the view, and is the view's accessible description while the view is empty, so a
screen reader says it too. Set the view's model before calling it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    """The sentence over `view`'s viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self._text = text
        self._waiting = False
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setMargin(12)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        view.viewport().installEventFilter(self)
        model = view.model()
        assert model is not None, "set the view's model first"
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(lambda *_: self.refresh())
        self.refresh()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.label.setText(text)
        self.refresh()

    def set_waiting(self, waiting: bool) -> None:
        """While the rows are still being read, say nothing: "No overdue steps." would be
        untrue until the read is done."""
        self._waiting = waiting
        self.refresh()

    def is_showing(self) -> bool:
        return not self.label.isHidden()

    def refresh(self) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(empty and not self._waiting)
        self.view.setAccessibleDescription(self._text if empty and not self._waiting else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False


def show_when_empty(view: QAbstractItemView, text: str) -> EmptyState:
    """Show `text` in the middle of `view` whenever its model has no rows."""
    return EmptyState(view, text)
