"""The Reports screen: period (a quarter or custom dates), site, pseudonymised or named (with a
reason), language and format; the report is built in the background with progress and cancel,
written atomically, and offered to open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.reports.excel import excel_report
from w4i_desktop.reports.pdf_report import pdf_report
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.report_data import build_report_data
from w4i_desktop.services import settings, users
from w4i_desktop.services.notices import write_document
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.background import collection_on_gui_thread
from w4i_desktop.views.date_field import DateEdit, qdate
from w4i_desktop.views.document_files import ask_save_path, content_name, write_then_offer
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.widgets import fill_combo

QUARTERS_OFFERED = 8


def report_file_name(period: Period, named: bool, suffix: str) -> str:
    """E.g. "W4I-report-2026Q3-pseudonymised.xlsx", "W4I-report-2026-01-01_2026-02-15-named.pdf"."""
    kind = "named" if named else "pseudonymised"
    return content_name("report", period.label.replace("/", "_"), kind, suffix=suffix)


class RenderJob(QObject):
    """Turns prepared report data into file bytes off the GUI thread (no database access)."""

    progressed = Signal(int, int)
    finished = Signal(object)  # bytes
    failed = Signal(object)  # W4IError

    def __init__(self, render: Callable[[Callable[[int, int], bool]], bytes]) -> None:
        super().__init__()
        self._render = render
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancelled

        try:
            self.finished.emit(self._render(progress))
        except W4IError as exc:
            self.failed.emit(exc)


class _Relay(QObject):
    """Lives in the GUI thread: the worker's signals reach it queued, so the progress dialog is
    only ever touched from the GUI thread."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.data: bytes | None = None
        self.error: W4IError | None = None

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @Slot(object)
    def finished(self, data: object) -> None:
        self.data = data if isinstance(data, bytes) else None

    @Slot(object)
    def failed(self, error: object) -> None:
        self.error = error if isinstance(error, W4IError) else None


class ReportsScreen(QWidget):
    written = Signal(object)  # Path

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel(self.tr("Quarterly report"))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)

        self.by_quarter = QRadioButton(self.tr("&Quarter"))
        self.by_quarter.setChecked(True)
        self.by_dates = QRadioButton(self.tr("Cust&om dates"))
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.start = DateEdit()
        self.end = DateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("Until"))):
            edit.setAccessibleName(name)
            edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        period_row = QHBoxLayout()
        period_row.addWidget(self.by_quarter)
        period_row.addWidget(self.quarter)
        period_row.addSpacing(16)
        period_row.addWidget(self.by_dates)
        period_row.addWidget(self.start)
        period_row.addWidget(QLabel(" – "))  # spaced: the dash would touch both dates
        period_row.addWidget(self.end)
        period_row.addStretch(1)
        for index in range(period_row.count()):  # a date's problem, said under it, grows down
            item = period_row.itemAt(index)
            if item is not None:
                item.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.by_quarter.toggled.connect(self._update)
        # Each choice is its own group: radio buttons of one parent would otherwise exclude
        # each other across choices.
        self.period_choice = QButtonGroup(self)
        self.period_choice.addButton(self.by_quarter)
        self.period_choice.addButton(self.by_dates)

        self.site = QComboBox()
        self.site.setObjectName("site")
        self.pseudonymised = QRadioButton(
            self.tr("&Pseudonymised (codes only, small counts shown as <5)")
        )
        self.pseudonymised.setChecked(True)
        self.named = QRadioButton(
            self.tr("&Named (exact counts and names; the reason is recorded)")
        )
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.pseudonymised)
        self.kind.addButton(self.named)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why names are needed, e.g. the funder's audit"))
        self.named.toggled.connect(self._update)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        fill_combo(self.language, [(c, labels.language_name(c)) for c in DOCUMENT_LANGUAGES])
        self.excel = QRadioButton(self.tr("&Excel workbook (.xlsx)"))
        self.excel.setChecked(True)
        self.pdf = QRadioButton(self.tr("P&DF report"))
        self.format_choice = QButtonGroup(self)
        self.format_choice.addButton(self.excel)
        self.format_choice.addButton(self.pdf)
        formats = QHBoxLayout()
        formats.addWidget(self.excel)
        formats.addWidget(self.pdf)
        formats.addStretch(1)
        self.create_button = QPushButton(self.tr("&Create the report…"))
        self.create_button.setObjectName("createReport")
        self.create_button.clicked.connect(self.create_report)

        form = QFormLayout()
        form.addRow(self.tr("Period"), period_row)
        form.addRow(self.tr("&Site"), self.site)
        form.addRow(self.tr("Contents"), self.pseudonymised)
        form.addRow("", self.named)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Format"), formats)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.refusal)
        layout.addLayout(form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._filled = False
        self.last_path: Path | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked:
            self.fill()
        super().showEvent(event)

    def fill(self, today: date | None = None) -> None:
        ctx = self.state.ctx
        may = allowed(ctx.actor.role, Action.REPORT_PSEUDONYMISED)
        self.refusal.setText(
            "" if may else self.tr("Reports are made by managers. Ask one if you need figures.")
        )
        for widget in (self.create_button, self.site, self.quarter, self.excel, self.pdf):
            widget.setEnabled(may)
        self.named.setEnabled(allowed(ctx.actor.role, Action.REPORT_NAMED))
        if self._filled or not may:
            self._update()
            return
        current = Period.containing(today or date.today())
        quarters = [current, *current.quarters_back(QUARTERS_OFFERED)[:-1][::-1]]
        fill_combo(self.quarter, [(q.label, q.label) for q in quarters])
        self.quarter.setCurrentIndex(1)  # the quarter just ended: what funders ask for
        self.start.setDate(qdate(current.start))
        self.end.setDate(qdate(today or date.today()))
        fill_combo(self.site, users.list_sites(ctx), self.tr("All sites"))
        language = labels.ui_language()
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self._filled = True
        self._update()

    def _update(self) -> None:
        quarterly = self.by_quarter.isChecked()
        self.quarter.setEnabled(quarterly)
        self.start.setEnabled(not quarterly)
        self.end.setEnabled(not quarterly)
        self.reason.setEnabled(self.named.isChecked())

    def period(self) -> Period:
        if self.by_quarter.isChecked():
            return Period.quarter(str(self.quarter.currentData()))
        for edit in (self.start, self.end):
            if not edit.check():  # a date that does not exist, or none: said under it
                raise BadInput(edit.field_problem() or "")
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        return Period.custom(start, end)

    # --- making the report ----------------------------------------------------------------------

    def create_report(self) -> None:
        title = self.tr("Quarterly report")
        try:
            period = self.period()
            named = self.named.isChecked()
            if named and not self.reason.text().strip():
                raise BadInput(self.tr("Say why a named report is needed."))
            data = build_report_data(
                self.state.ctx,
                period,
                self.site.currentData(),
                str(self.language.currentData()),
                named=named,
                reason=self.reason.text() if named else None,
                output="xlsx" if self.excel.isChecked() else "pdf",
            )
        except W4IError as exc:
            QMessageBox.warning(self, title, user_message(exc))
            return
        excel = self.excel.isChecked()
        suffix = "xlsx" if excel else "pdf"
        target = ask_save_path(
            self,
            title,
            report_file_name(period, named, suffix),
            self.tr("Excel workbooks (*.xlsx)") if excel else self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        if excel:
            rendered = self._render(lambda progress: excel_report(data, progress))
        else:
            logo = settings.organisation_logo(self.state.ctx)
            rendered = self._render(lambda progress: pdf_report(data, logo))
        if rendered is None:
            return

        def write() -> Path:
            write_document(target, rendered)
            return target

        self.last_path = write_then_offer(
            self,
            title,
            write,
            self.tr("The report is saved as %1.").replace("%1", target.name),
        )
        if self.last_path is not None:
            self.written.emit(self.last_path)

    def _render(self, render: Callable[[Callable[[int, int], bool]], bytes]) -> bytes | None:
        """Run `render` in a worker thread behind a progress dialog; None when cancelled or
        refused (the reason is shown)."""
        dialog = QProgressDialog(self.tr("Building the report…"), self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("reportProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        job = RenderJob(render)
        relay = _Relay(dialog)
        thread = QThread(self)
        job.moveToThread(thread)
        job.progressed.connect(relay.progressed)
        job.finished.connect(relay.finished)
        job.failed.connect(relay.failed)
        job.finished.connect(thread.quit)
        job.failed.connect(thread.quit)
        dialog.canceled.connect(lambda: setattr(job, "cancelled", True))
        thread.started.connect(job.run)
        with collection_on_gui_thread():
            thread.start()
            while not thread.wait(30):  # the GUI stays responsive: the dialog repaints, Cancel
                QApplication.processEvents()
            QApplication.processEvents()  # deliver the last queued signals to the relay
        dialog.reset()
        if relay.error is not None:
            if not job.cancelled:
                QMessageBox.warning(self, self.tr("Quarterly report"), user_message(relay.error))
            return None
        return relay.data
