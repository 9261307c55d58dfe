"""Small input widgets and helpers shared by the record's tabs.

Every input of a form is read and written through `read_value` / `write_value`, so the record
can snapshot a whole form, compare it with what was loaded and send only what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QWidget,
)

from w4i_desktop.enums import Weekday
from w4i_desktop.views import labels
from w4i_desktop.views.date_field import OptionalDateEdit as OptionalDateEdit  # re-exported
from w4i_desktop.views.date_field import with_clear_button as with_clear_button
from w4i_desktop.views.language_edit import LanguagesEdit as LanguagesEdit  # re-exported

# Shared by the record's widgets: an invalid field is outlined; hints are quieter.
RECORD_STYLE = """
*[invalid="true"] { border: 2px solid #b00020; }
QLabel#recordTitle { font-size: 16pt; font-weight: bold; }
QLabel#recordMessage { padding: 6px; border-radius: 3px; }
QLabel#recordMessage[kind="error"] { background: #fdecea; color: #8a0015; }
QLabel#recordMessage[kind="info"] { background: #e8f3ea; color: #1b5e20; }
QLabel#hint { color: #555555; }
"""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class YearSpin(QSpinBox):
    """A year or 'not known' (the minimum)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1899, date.today().year)
        self.setSpecialValueText(self.tr("Not known"))
        self.setGroupSeparatorShown(False)
        self.setValue(1899)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def field_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_field_value(self, value: int | None) -> None:
        self.setValue(value or self.minimum())


class ClockTimeEdit(QLineEdit):
    """A time of day as HH:MM, or empty; '9' and '9:30' become '09:00' and '09:30'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 09:30"))
        pattern = QRegularExpression(r"^([01]?\d|2[0-3])(:[0-5]?\d?)?$")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 3)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.editingFinished.connect(lambda: self.setText(self.field_value()))

    def field_value(self) -> str:
        text = self.text().strip()
        hours, _, minutes = text.partition(":")
        if hours.isdigit() and (minutes == "" or (minutes.isdigit() and len(minutes) == 2)):
            return f"{int(hours):02d}:{minutes or '00'}"
        return text  # incomplete: the service names the field and the expected form

    def set_field_value(self, value: str | None) -> None:
        self.setText(value or "")


class TagsEdit(QLineEdit):
    """Free words separated by commas (the municipalities she commutes to)."""

    def field_value(self) -> str:
        return ", ".join(t.strip() for t in self.text().replace(";", ",").split(",") if t.strip())

    def set_field_value(self, value: Sequence[str] | str | None) -> None:
        self.setText(value if isinstance(value, str) else ", ".join(value or []))


class DaysEdit(QWidget):
    """The weekdays she is available, one check box each, in the locale's day names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Weekday, QCheckBox] = {}
        locale = QLocale()
        for number, day in enumerate(Weekday, start=1):
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number, QLocale.FormatType.LongFormat))
            self.boxes[day] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.setFocusProxy(self.boxes[Weekday.MON])

    def field_value(self) -> list[str]:
        return [day.value for day, box in self.boxes.items() if box.isChecked()]

    def set_field_value(self, value: Iterable[str] | None) -> None:
        chosen = set(value or [])
        for day, box in self.boxes.items():
            box.setChecked(day.value in chosen)


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[Any, str]], none_label: str | None = None
) -> None:
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, text in items:
        combo.addItem(text, value)


def enum_items(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    return [(member.value, labels.label(member)) for member in enum_cls]


def read_value(widget: QWidget) -> Any:
    if hasattr(widget, "field_value"):
        return widget.field_value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDoubleSpinBox):
        return widget.value() or None  # its minimum, 0, reads "not known"
    raise TypeError(f"no value for {type(widget).__name__}")


def write_value(widget: QWidget, value: Any) -> None:
    if hasattr(widget, "set_field_value"):
        widget.set_field_value(value)
    elif isinstance(widget, QComboBox):
        data = value.value if isinstance(value, StrEnum) else value
        found = (i for i in range(widget.count()) if widget.itemData(i) == data)
        widget.setCurrentIndex(next(found, 0))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value or 0))
    else:
        raise TypeError(f"cannot set {type(widget).__name__}")


class RowsModel(QAbstractTableModel):
    """A read-only table of already formatted text, one id per row."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[int, Sequence[str]]] = []
        self._emphasised: frozenset[int] = frozenset()

    def set_rows(
        self, rows: Iterable[tuple[int, Sequence[str]]], emphasised: Iterable[int] = ()
    ) -> None:
        """`emphasised` rows (by id) show in bold dark red; say why in their text as well,
        since colour alone tells nothing to some readers."""
        self.beginResetModel()
        self._rows = list(rows)
        self._emphasised = frozenset(emphasised)
        self.endResetModel()

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, (rid, _) in enumerate(self._rows) if rid == row_id), None)

    def id_at(self, row: int) -> int:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row_id, cells = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == ID_ROLE:
            return row_id
        if row_id in self._emphasised:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9b1c1c")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def read_only_table(model: RowsModel, name: str, stretch_column: int = -1) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setMinimumSectionSize(table.fontMetrics().height() + 8)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped notes fit
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column >= 0:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def mnemonic_room(label: QLabel) -> int:
    """How many pixels wider than measured a label's text is drawn: the underlined letter of
    its shortcut ("&Telefono") is drawn apart from its neighbours, losing their kerning, so
    "Telefono" came out as "Telefonc", its last letter cut."""
    text = label.text()
    at = text.replace("&&", "\0\0").find("&")
    if at < 0 or at + 1 >= len(text) or label.textFormat() == Qt.TextFormat.RichText:
        return 0
    metrics = label.fontMetrics()
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    pieces = (text[:at].replace("&&", "&"), text[at + 1], text[at + 2 :].replace("&&", "&"))
    drawn = sum(metrics.horizontalAdvance(piece) for piece in pieces)
    return max(drawn - metrics.horizontalAdvance(plain), 0)


def keep_labels_whole(root: QWidget) -> None:
    """Make every label under `root` whose text has a shortcut letter a little wider than its
    measured text, for what the split drawing adds: QLabel clips its text to its own width, and
    a form label is exactly that wide ("Telefonc")."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        # Form labels without a shortcut letter too: a last letter's overhang ("rapporter")
        # reaches past the measured width, and a form label is given exactly that width.
        if "&" in label.text() or _is_form_label(label):
            spare = max(2, label.fontMetrics().height() // 6, mnemonic_room(label) + 1)
            label.setMinimumWidth(max(label.minimumWidth(), label.sizeHint().width() + spare))


def _is_form_label(label: QLabel) -> bool:
    parent = label.parentWidget()
    form = parent.layout() if parent is not None else None
    forms = [form] if isinstance(form, QFormLayout) else []
    if parent is not None:
        forms += parent.findChildren(QFormLayout)
    for layout in forms:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is label:
                return True
    return False
