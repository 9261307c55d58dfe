"""The calendar a date field opens (views/date_field.py): a popup under the field, with the
small drawn calendar icon of its button, and the conversion to Qt's dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget

from w4i_desktop.dates import FIRST_YEAR, LAST_YEAR


def qdate(day: date) -> QDate:
    """PySide6 converts a date itself, but its type stubs (6.11) do not say so."""
    return QDate(day.year, day.month, day.day)


def calendar_icon() -> QIcon:
    """A small drawn calendar page (no icon theme is bundled)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#444444"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(3 + col * 4, 8 + row * 3, 2, 2, QColor("#444444"))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar shown under a date field; a click or Enter picks, Escape closes."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day.toPython())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
