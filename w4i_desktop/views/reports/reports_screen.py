"""The Reports screen: period (a quarter or custom dates), site, pseudonymised or named (with a
reason), language and format. It asks where to save first, then runs the core's
`export_report` (read, render, atomic write, audit entry last) in a worker thread behind a
progress dialog with Cancel, and offers to open the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.progress import Progress
from w4i_desktop.reports.export import export_report
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.services import users
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.date_field import DateEdit, qdate
from w4i_desktop.views.document_files import ask_save_path, content_name, write_then_offer
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_waiting
from w4i_desktop.views.widgets import fill_combo

QUARTERS_OFFERED = 8


def report_file_name(period: Period, named: bool, suffix: str) -> str:
    """E.g. "W4I-report-2026Q3-pseudonymised.xlsx", "W4I-report-2026-01-01_2026-02-15-named.pdf"."""
    kind = "named" if named else "pseudonymised"
    return content_name("report", period.label.replace("/", "_"), kind, suffix=suffix)


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

    def request(self) -> ReportRequest:
        """The report asked for on the screen (BadInput when it cannot be made)."""
        named = self.named.isChecked()
        return ReportRequest(
            self.period(),
            self.site.currentData(),
            str(self.language.currentData()),
            named,
            self.reason.text() if named else None,
            "xlsx" if self.excel.isChecked() else "pdf",
        )

    def create_report(self) -> None:
        """Check the choices, ask where to save, then export with progress and Cancel.
        Cancelling either leaves no file and no audit entry."""
        title = self.tr("Quarterly report")
        ctx = self.state.ctx
        try:
            request = self.request()
            request.check(ctx)
        except W4IError as exc:
            QMessageBox.warning(self, title, user_message(exc))
            return
        excel = request.output == "xlsx"
        target = ask_save_path(
            self,
            title,
            report_file_name(request.period, request.named, request.output),
            self.tr("Excel workbooks (*.xlsx)") if excel else self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return

        def export(progress: Progress) -> Path:
            return export_report(ctx, request, target, progress)

        self.last_path = write_then_offer(
            self,
            title,
            lambda: run_waiting(
                self,
                self.tr("Building the report…"),
                export,
                cancellable=True,
                object_name="reportProgress",
            ),
            self.tr("The report is saved as %1.").replace("%1", target.name),
        )
        if self.last_path is not None:
            self.written.emit(self.last_path)
