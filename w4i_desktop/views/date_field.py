"""A date field as people fill it in: typed in their locale's order with any usual separator
(14/5/1985, 14.05.1985, 14-05-1985, and ISO 1985-05-14 everywhere), or picked from a calendar;
empty means "not known".

It is a plain line edit with its own reader (`w4i_desktop.dates.parse_typed_date`), not a
QDateEdit: a QDateEdit walks its day, month and year sections on '/', '.' and Tab, so under
real keyboard input a typed 14/05/1985 became 14/01/2000 (or moved the rest of the typing into
the next fields). Here a separator is only a character, Tab leaves the field, and a day that
does not exist is refused with a message under the field, the typed text kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    DateOrder,
    NotADate,
    order_of_format,
    parse_typed_date,
)
from w4i_desktop.views import formats
from w4i_desktop.views.date_calendar import CalendarPopup, calendar_icon
from w4i_desktop.views.date_calendar import qdate as qdate  # re-exported, beside the fields
from w4i_desktop.views.message_bar import repolish

EXAMPLE = date(1985, 5, 14)  # day 14 cannot be a month: the example shows the order
STYLE = """
QLineEdit[invalid="true"] { border: 2px solid #b00020; }
QLabel#dateProblem { color: #8a0015; }
"""


class OptionalDateEdit(QWidget):
    """A date that may be unknown (empty). `field_value()` is the date, None when empty, or
    the typed text when it is no date: the service then refuses it, naming the field, so a
    wrong date is never saved as "not known"."""

    dateChanged = Signal(object)  # the date (or None) read from the field, when it changes
    editingFinished = Signal()
    textChanged = Signal(str)

    def __init__(self, default: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default or date.today()
        self._shown_text = ""  # the text this field wrote, and the date it stands for
        self._shown_value: date | None = None
        self._value: date | None = None  # the last date announced by dateChanged
        self._read_only = False
        self._first, self._last = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
        self._buttons: list[QAbstractButton] = []
        self._popup: CalendarPopup | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.calendar_action = self.edit.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setObjectName("pickDate")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.problem = QLabel()
        self.problem.setObjectName("dateProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.edit)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._row)
        layout.addWidget(self.problem)
        self.setStyleSheet(STYLE)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.editingFinished.connect(self._finish)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)
        self._retranslate()

    # --- value --------------------------------------------------------------------------------

    def field_value(self) -> date | str | None:
        """The date; None when empty ("not known"); the typed text when it is no date."""
        text = self.edit.text()
        if text == self._shown_text:
            return self._shown_value
        try:
            return parse_typed_date(text, self._order())
        except NotADate:
            return text.strip()

    def date_value(self) -> date | None:
        """The date, or None when empty or not a date."""
        value = self.field_value()
        return value if isinstance(value, date) else None

    def set_field_value(self, value: date | str | None) -> None:
        """Show `value`; a text is read as typed (ISO or the locale's order), and kept as it
        is, marked, when it is no date."""
        if isinstance(value, str):
            try:
                day = parse_typed_date(value, self._order())
            except NotADate:
                self.edit.setText(value)
                self.show_problem(self.field_problem() or "")
                return
            self._show(day)
        else:
            self._show(value)

    def text(self) -> str:
        return self.edit.text()

    def field_problem(self) -> str | None:
        """What is wrong with the text, in words; None when it is a date or empty."""
        if not isinstance(self.field_value(), str):
            return None
        return QCoreApplication.translate(
            "DateField", "This is not a date. Type it like %1, or leave it empty if not known."
        ).replace("%1", formats.short_date(EXAMPLE))

    def check(self) -> bool:
        """Before the value is used: say the problem under the field and focus it; False
        when there is one."""
        problem = self.field_problem()
        if problem:
            self.show_problem(problem)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        return not problem

    def show_problem(self, text: str) -> None:
        """Say `text` under the field and outline it ('' clears both)."""
        if not text and self.problem.isHidden() and not self.edit.property("invalid"):
            return
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)
        self.edit.setProperty("invalid", bool(text))
        repolish(self.edit)

    # --- read-only and buttons ----------------------------------------------------------------

    def setReadOnly(self, read_only: bool) -> None:
        self._read_only = read_only
        self.edit.setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)
        for button in self._buttons:
            button.setEnabled(not read_only)

    def isReadOnly(self) -> bool:
        return self._read_only

    def add_button(self, button: QAbstractButton) -> None:
        """A button beside the field (Clear); disabled with the field and when read-only."""
        self._buttons.append(button)
        self._row.insertWidget(self._row.count() - 1, button)
        button.setEnabled(not self._read_only)

    def clear_value(self) -> None:
        """Back to "not known", unless the field cannot be changed."""
        if self.isEnabled() and not self._read_only:
            self.set_field_value(None)
            self.editingFinished.emit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # --- calendar -----------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self._read_only or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        start = min(max(self.date_value() or self._default, self._first), self._last)
        self._popup.calendar.setDateRange(qdate(self._first), qdate(self._last))
        self._popup.calendar.setSelectedDate(qdate(start))
        self._popup.calendar.setCurrentPage(start.year, start.month)
        self._popup.adjustSize()
        self._popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    def _picked(self, day: date) -> None:
        self._show(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    # --- behaviour ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.edit.text() == self._shown_text and self._shown_value is not None:
                self._show(self._shown_value)  # the new locale's order and separators
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.edit.accessibleName():
            label = self._buddy_label()
            if label is not None:
                self.edit.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        super().showEvent(event)

    def _buddy_label(self) -> QLabel | None:
        window = self.window()
        for label in window.findChildren(QLabel):
            if label.buddy() is self:
                return label
        return None

    def _order(self) -> DateOrder:
        return order_of_format(formats.date_format())

    def _retranslate(self) -> None:
        example = formats.short_date(EXAMPLE)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DateField", "e.g. %1").replace("%1", example)
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "DateField",
                "Type the date like %1, or pick it from the calendar (Alt+Down). "
                "Leave it empty when it is not known.",
            ).replace("%1", example)
        )
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateField", "Pick the date from a calendar")
        )
        self.calendar_action.setText(self.calendar_action.toolTip())
        metrics = self.edit.fontMetrics()
        room = max(
            metrics.horizontalAdvance(self.edit.placeholderText()),
            metrics.horizontalAdvance("00/00/0000"),
        )
        self.edit.setFixedWidth(room + metrics.height() + 28)  # the text, the calendar icon
        if self.problem.isVisible() and self.field_problem():
            self.show_problem(self.field_problem() or "")

    def _show(self, value: date | None) -> None:
        text = "" if value is None else formats.short_date(value)
        self._shown_text, self._shown_value = text, value
        self.edit.setText(text)
        self.show_problem("")
        self._announce(value)

    def _announce(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _finish(self) -> None:
        value = self.field_value()
        problem = self.field_problem()
        if problem:
            self.show_problem(problem)
        elif not isinstance(value, str) and self.edit.text() != self._shown_text:
            self._show(value)  # written back in the locale's form: 14/5/1985 → 14/05/1985
        self.editingFinished.emit()

    def _text_changed(self, text: str) -> None:
        value = self.field_value()
        if not isinstance(value, str):
            self.show_problem("")
            self._announce(value)
        self.textChanged.emit(text)


def with_clear_button(edit: OptionalDateEdit, name: str) -> QWidget:
    """The date field with a button that sets it back to 'not known' (with the mouse; from
    the keyboard, emptying the text does the same, so Tab goes straight to the next field)."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    clear = QToolButton()
    clear.setObjectName("clearDate")
    clear.setText(QCoreApplication.translate("RecordWidgets", "Clear"))
    clear.setAccessibleName(
        QCoreApplication.translate("RecordWidgets", "Clear %1").replace("%1", name)
    )
    clear.setToolTip(clear.accessibleName())
    clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    clear.clicked.connect(edit.clear_value)
    edit.add_button(clear)
    layout.addWidget(edit)
    return box


def first_problem(fields: Iterable[QWidget]) -> QWidget | None:
    """The first field that knows it holds no valid value (a date that does not exist), its
    problem said under it and the focus put there; None when there is none."""
    for field in fields:
        check = getattr(field, "check", None)
        if isinstance(field, OptionalDateEdit) and callable(check) and not check():
            return field
    return None


class DateEdit(OptionalDateEdit):
    """A date that must be given, within a range: for the dialogs that used a QDateEdit (the
    day a consent was given, a record closed, a report's period), with the part of QDateEdit's
    interface they use. `date()` is an invalid QDate while the field holds no valid date."""

    def __init__(self, day: date | QDate | None = None, parent: QWidget | None = None) -> None:
        picked = day.toPython() if isinstance(day, QDate) else day
        super().__init__(picked if isinstance(picked, date) else None, parent)
        if isinstance(picked, date):
            self.set_field_value(picked)

    def setMinimumDate(self, day: QDate) -> None:
        self._first = day.toPython()  # type: ignore[assignment]

    def setMaximumDate(self, day: QDate) -> None:
        self._last = day.toPython()  # type: ignore[assignment]

    def date(self) -> QDate:
        value = self.date_value()
        return qdate(value) if value is not None and self.field_problem() is None else QDate()

    def setDate(self, day: QDate) -> None:
        self.set_field_value(day.toPython() if day.isValid() else None)  # type: ignore[arg-type]

    def field_problem(self) -> str | None:
        problem = super().field_problem()
        if problem is not None:
            return problem
        value = self.field_value()
        if value is None:
            return QCoreApplication.translate("DateField", "Type a date, e.g. %1.").replace(
                "%1", formats.short_date(EXAMPLE)
            )
        assert isinstance(value, date)
        if not self._first <= value <= self._last:
            return (
                QCoreApplication.translate("DateField", "Choose a date from %1 to %2.")
                .replace("%1", formats.short_date(self._first))
                .replace("%2", formats.short_date(self._last))
            )
        return None
