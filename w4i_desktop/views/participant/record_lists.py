"""The timeline and documents tabs of a participant's record.

Failures are not shown here: each tab emits `failed` with the error and the record shows it in
its message bar, so every tab reports problems in the same place.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import ActivityKind
from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.services import attachments, timeline
from w4i_desktop.services.attachments import MAX_ATTACHMENT_BYTES, AttachmentRow
from w4i_desktop.services.timeline import ActivityRow
from w4i_desktop.views import formats, labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import ask_open_path, ask_save_path
from w4i_desktop.views.widgets import RowsModel, enum_items, fill_combo, read_only_table

MAX_MB = MAX_ATTACHMENT_BYTES // (1024 * 1024)


def date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return formats.date_time(value)  # four-digit year


class TimelineTab(QWidget):
    failed = Signal(object)  # W4IError
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.participant_id: int | None = None
        self.model = RowsModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("By"), self.tr("Note")], self
        )
        self.table = read_only_table(self.model, self.tr("Timeline"), 3)
        self.kind = QComboBox()
        self.kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        fill_combo(self.kind, enum_items(ActivityKind))
        self.kind.setCurrentIndex(self.kind.findData(ActivityKind.NOTE.value))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("&Add to timeline"))
        self.add_button.clicked.connect(self.add)

        form = QFormLayout()
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Kind"))
        text_label = QLabel(self.tr("&Text"))
        text_label.setBuddy(self.text)
        self.text.setAccessibleName(self.tr("Text of the note"))
        form.addRow(kind_label, self.kind)
        form.addRow(text_label, self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        self.add_box = QWidget()
        add_layout = QVBoxLayout(self.add_box)
        add_layout.setContentsMargins(0, 0, 0, 0)
        add_layout.addLayout(form)
        add_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_box)

    def set_participant(
        self, participant_id: int | None, can_add: bool, rows: list[ActivityRow] | None = None
    ) -> None:
        """Her timeline: `rows` as the record read them, else read now."""
        self.participant_id = participant_id
        self.add_box.setVisible(can_add)
        self.refresh(rows)

    def refresh(self, rows: list[ActivityRow] | None = None) -> None:
        if rows is None:
            rows = []
            if self.participant_id is not None:
                try:
                    rows = timeline.list_activities(self.state.ctx, self.participant_id)
                except W4IError as exc:
                    self.failed.emit(exc)
        self.model.set_rows(
            (
                r.id,
                (
                    date_time(r.occurred_at),
                    labels.label(r.kind),
                    r.author or self.tr("(former user)"),
                    r.text or "",
                ),
            )
            for r in rows
        )

    def add(self) -> None:
        if self.participant_id is None:
            return
        kind = ActivityKind(self.kind.currentData())
        try:
            timeline.add_activity(
                self.state.ctx, self.participant_id, kind, self.text.toPlainText()
            )
        except W4IError as exc:
            empty = not self.text.toPlainText().strip()
            if isinstance(exc, BadInput) and exc.field == "text" and empty:
                exc = BadInput(self.tr("Write the note before adding it."))
            self.failed.emit(exc)
            self.text.setFocus()
            return
        self.text.clear()
        self.refresh()
        self.changed.emit()


class DocumentsTab(QWidget):
    failed = Signal(object)  # W4IError

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.participant_id: int | None = None
        self.rows: list[AttachmentRow] = []
        self.model = RowsModel(
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added"), self.tr("By")],
            self,
        )
        self.table = read_only_table(self.model, self.tr("Documents"), 0)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save_as)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(self.save_as)
        note = QLabel(
            self.tr(
                "Documents are kept encrypted inside the database, never as loose files. "
                "Each can be up to %1 MB."
            ).replace("%1", str(MAX_MB))
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self._can_change = False

    def set_participant(
        self,
        participant_id: int | None,
        can_change: bool,
        rows: list[AttachmentRow] | None = None,
    ) -> None:
        """Her documents: `rows` as the record read them, else read now."""
        self.participant_id = participant_id
        self._can_change = can_change
        self.add_button.setVisible(can_change)
        self.delete_button.setVisible(can_change)
        self.refresh(rows)

    def refresh(self, rows: list[AttachmentRow] | None = None) -> None:
        self.rows = []
        if rows is not None:
            self.rows = rows
        elif self.participant_id is not None:
            try:
                self.rows = attachments.list_attachments(self.state.ctx, self.participant_id)
            except W4IError as exc:
                self.failed.emit(exc)
        locale = QLocale()
        self.model.set_rows(
            (
                r.id,
                (
                    r.filename,
                    r.media_type,
                    locale.formattedDataSize(
                        r.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                    formats.short_date(r.added_at),
                    r.added_by or self.tr("(former user)"),
                ),
            )
            for r in self.rows
        )
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.save_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and self._can_change)

    def selected(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.rows[rows[0].row()]

    def add(self) -> None:
        if self.participant_id is None:
            return
        path = ask_open_path(self, self.tr("Attach a document"))
        if path is None:
            return
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise BadInput(
                    self.tr(
                        "%1 is %2 MB. Documents can be at most %3 MB: attach a smaller file, "
                        "for example a scan at a lower resolution."
                    )
                    .replace("%1", path.name)
                    .replace("%2", f"{size / (1024 * 1024):.1f}")
                    .replace("%3", str(MAX_MB))
                )
            data = path.read_bytes()
        except OSError as exc:
            self.failed.emit(
                W4IError(self.tr("%1 could not be read.").replace("%1", path.name) + f" ({exc})")
            )
            return
        except BadInput as exc:
            self.failed.emit(exc)
            return
        try:
            attachments.add_attachment(self.state.ctx, self.participant_id, path.name, data)
        except W4IError as exc:
            self.failed.emit(exc)
            return
        self.refresh()

    def save_as(self) -> None:
        row = self.selected()
        if row is None:
            return
        target = ask_save_path(self, self.tr("Save the document as"), row.filename)
        if target is None:
            return
        try:
            attachments.save_attachment_as(self.state.ctx, row.id, target)
        except W4IError as exc:
            self.failed.emit(exc)

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete document"),
            self.tr("Delete %1 from this record? This cannot be undone.").replace(
                "%1", row.filename
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            attachments.delete_attachment(self.state.ctx, row.id)
        except W4IError as exc:
            self.failed.emit(exc)
        self.refresh()
