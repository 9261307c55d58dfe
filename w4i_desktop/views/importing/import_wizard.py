"""Importing a spreadsheet of participants or employers: choose the file (or download a
template), check how its columns were understood and fix them, see every problem row (and save
them as a spreadsheet), then import all rows in one go, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.importing.headers import ImportKind, auto_map, fields
from w4i_desktop.importing.plan import ImportPlan, dry_run
from w4i_desktop.importing.reading import SourceTable, cell_text, read_table
from w4i_desktop.importing.run import ImportResult, run_import
from w4i_desktop.importing.templates import template_xlsx
from w4i_desktop.importing.texts import ImportTexts
from w4i_desktop.progress import Cancelled
from w4i_desktop.services.notices import write_document
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import ask_open_path, ask_save_path, write_then_offer
from w4i_desktop.views.importing.import_pages import CheckPage, DonePage
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_waiting

SAMPLE_ROWS = 3


def _language() -> str:
    language = labels.ui_language()
    return language if language in ("en", "it", "es", "sv", "nl") else "en"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("What to import"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file, with one row per person or employer "
                "and the column names in the first row, in any of our five languages."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("importFile")
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Choose the file…"))
        browse.clicked.connect(self.browse)
        self.participants = QRadioButton(self.tr("&Participants"))
        self.participants.setChecked(True)
        self.employers = QRadioButton(self.tr("&Employers with their contact persons"))
        template = QPushButton(self.tr("Download a &template…"))
        template.setObjectName("downloadTemplate")
        template.clicked.connect(self.download_template)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.participants)
        layout.addWidget(self.employers)
        layout.addLayout(row)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        # The file's path first in the focus chain: QWizard gives the keyboard to a page's
        # first focusable child when the page opens, so she can type or paste it at once.
        QWidget.setTabOrder(self.path, browse)
        QWidget.setTabOrder(browse, self.participants)
        QWidget.setTabOrder(self.participants, self.employers)

    def kind(self) -> ImportKind:
        return ImportKind.PARTICIPANTS if self.participants.isChecked() else ImportKind.EMPLOYERS

    def browse(self) -> None:
        chosen = ask_open_path(
            self, self.tr("Choose the file to import"), self.tr("Spreadsheets (*.xlsx *.csv *.txt)")
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def download_template(self) -> None:
        kind, language = self.kind(), _language()
        title = self.tr("Download a template")
        target = ask_save_path(
            self,
            title,
            f"W4I-{kind.value}-template-{language}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if target is None:
            return

        def write() -> Path:
            write_document(target, template_xlsx(kind, language))
            return target

        write_then_offer(
            self, title, write, self.tr("The template is saved as %1.").replace("%1", target.name)
        )

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path, language = Path(self.path.text().strip()), _language()
        try:
            self.wizard_.table = run_waiting(
                self,
                self.tr("Reading the file…"),
                lambda _progress: read_table(path, language),
                object_name="importReading",
            )
        except (W4IError, OSError) as exc:
            message = user_message(exc) if isinstance(exc, W4IError) else str(exc.strerror)
            QMessageBox.warning(self, self.title(), message)
            return False
        self.wizard_.kind = self.kind()
        return True


class MappingPage(QWizardPage):
    """One row per column of the file: its name, a sample, and the field it goes into."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("How the columns are read"))
        self.setSubTitle(
            self.tr(
                "Check the field each column goes into; choose “Not imported” to leave one out."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Goes into")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        self.host_language = QComboBox()
        self.host_language.setObjectName("hostLanguage")
        for code in ("it", "es", "sv", "nl", "en"):
            self.host_language.addItem(labels.language_name(code), code)
        self.host_language.setCurrentIndex(max(self.host_language.findData(_language()), 0))
        host = QHBoxLayout()
        host.addWidget(QLabel(self.tr("Language levels (CEFR) in the file are for:")))
        host.addWidget(self.host_language)
        host.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(host)
        layout.addWidget(wizard.accept_duplicates)

    def initializePage(self) -> None:
        table, kind = self.wizard_.table, self.wizard_.kind
        assert table is not None
        t = ImportTexts.for_language(_language())
        mapping = auto_map(table.headers, kind)
        choices = [(None, self.tr("Not imported"))] + [
            (f.name, t.field(f.name)) for f in fields(kind)
        ]
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for column, header in enumerate(table.headers):
            self.table.setItem(column, 0, QTableWidgetItem(header))
            samples = [cell_text(r.cells[column]) for r in table.rows[:SAMPLE_ROWS]]
            self.table.setItem(column, 1, QTableWidgetItem(", ".join(s for s in samples if s)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for the column %1").replace("%1", header))
            for value, label in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column)), 0))
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)

    def mapping(self) -> dict[int, str | None]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)}

    def validatePage(self) -> bool:
        wizard = self.wizard_
        ctx, kind, table, mapping = wizard.state.ctx, wizard.kind, wizard.table, self.mapping()
        language, host = _language(), self.host_language.currentData()
        duplicates = wizard.accept_duplicates.isChecked()
        try:
            wizard.plan = run_waiting(
                self,
                self.tr("Checking every row…"),
                lambda _progress: dry_run(
                    ctx,
                    kind,
                    table,  # type: ignore[arg-type]
                    mapping,
                    language,
                    accept_duplicates=duplicates,
                    host_language=host,
                ),
                object_name="importChecking",
            )
        except W4IError as exc:
            QMessageBox.warning(self, self.title(), user_message(exc))
            return False
        return True


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.state = state
        self.kind = ImportKind.PARTICIPANTS
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self.accept_duplicates = QCheckBox(self.tr("Import possible duplicates too"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        # After the import: Close or Import another file, nothing to go back to or cancel.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(820, 600)

    def start_again(self) -> None:
        """From the first page, with nothing of the import just made: the next file (or the
        same one again) is read and checked afresh against the records as they are now."""
        self.table, self.plan, self.result_ = None, None, None
        self.file_page.path.clear()
        self.restart()

    def run(self, skip_rejected: bool, caseworker_id: int | None = None) -> bool:
        """The import itself, in one transaction, off the GUI thread behind a progress dialog
        with Cancel. A plan is imported once: after it, only a new check (Next on the columns'
        page) makes another."""
        plan, ctx = self.plan, self.state.ctx
        if plan is None:
            return False
        try:
            self.result_ = run_waiting(
                self,
                self.tr("Importing…"),
                lambda progress: run_import(
                    ctx, plan, progress, skip_rejected=skip_rejected, caseworker_id=caseworker_id
                ),
                cancellable=True,
                object_name="importProgress",
            )
        except Cancelled:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Cancelled: nothing was imported.")
            )
            return False
        except W4IError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return False
        self.plan = None  # imported: these results can never be imported a second time
        self.imported.emit(self.result_)
        return True
