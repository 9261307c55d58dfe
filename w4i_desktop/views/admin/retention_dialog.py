"""Retention review: who is past the retention period, and anonymising them in bulk."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import privacy, settings
from w4i_desktop.views import formats
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_waiting
from w4i_desktop.views.widgets import RowsModel, read_only_table


class RetentionDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(560, 460)
        self.years = settings.retention_years(state.ctx)
        self.today = date.today()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.model = RowsModel([self.tr("Code"), self.tr("Closed on")], self)
        self.table = read_only_table(self.model, self.tr("Participants past retention"), 0)
        self.anonymise = QPushButton()
        self.anonymise.clicked.connect(self.anonymise_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.anonymise, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._load_due()
        self.explanation.setText(
            self.tr(
                "Personal data is kept for %n year(s) after a participant's closure (Settings). "
                "Anonymising removes names, contact details and notes and keeps the anonymous "
                "statistics the reports need.",
                "",
                self.years,
            )
        )

    def _load_due(self) -> None:
        due = privacy.participants_past_retention(self.state.ctx, self.years, self.today)
        self.model.set_rows((pid, (code, formats.short_date(closed))) for pid, code, closed in due)
        self.anonymise.setText(self.tr("&Anonymise %n participant(s)…", "", len(due)))
        self.anonymise.setEnabled(bool(due))

    def anonymise_all(self) -> None:
        total = self.model.rowCount()
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Anonymise %n participant(s) now? This cannot be undone.", "", total),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, years, today = self.state.ctx, self.years, self.today
        try:
            # Stop keeps those anonymised so far (each erasure is its own unit of work).
            done: int | None = run_waiting(
                self,
                self.tr("Anonymising…"),
                lambda progress: privacy.anonymise_past_retention(
                    ctx, years, today, progress=progress
                ),
                cancellable=True,
                cancel_text=self.tr("Stop"),
                object_name="anonymisingDialog",
            )
        except W4IError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            done = None
        if done is not None:
            self.explanation.setText(self.tr("%n participant(s) anonymised.", "", done))
        self._load_due()
