"""The import wizard's last two pages: the check before importing (every problem row, the
caseworker of the participants) and what was imported (with "Import another file")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from w4i_desktop.importing.headers import ImportKind
from w4i_desktop.importing.rejected import rejected_rows_xlsx
from w4i_desktop.services import users
from w4i_desktop.services.notices import write_document
from w4i_desktop.views.document_files import ask_save_path, write_then_offer

if TYPE_CHECKING:
    from w4i_desktop.views.importing.import_wizard import ImportWizard


class CheckPage(QWizardPage):
    """The dry run: every problem row with its column and reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setObjectName("dryRunSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_rejected = QPushButton(self.tr("&Save the rejected rows…"))
        self.save_rejected.setObjectName("saveRejected")
        self.save_rejected.clicked.connect(self.download_rejected)
        self.skip_rejected = QCheckBox(self.tr("Import the other rows and leave these out"))
        self.skip_rejected.setObjectName("skipRejected")
        self.skip_rejected.toggled.connect(self.completeChanged)
        self.caseworker = QComboBox()
        self.caseworker.setObjectName("importCaseworker")
        self.caseworker_label = QLabel(self.tr("Case&worker of the imported participants:"))
        self.caseworker_label.setBuddy(self.caseworker)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_rejected)
        row.addWidget(self.skip_rejected)
        row.addStretch(1)
        layout.addLayout(row)
        chosen = QHBoxLayout()
        chosen.addWidget(self.caseworker_label)
        chosen.addWidget(self.caseworker)
        chosen.addStretch(1)
        layout.addLayout(chosen)
        self.setCommitPage(True)  # once imported, there is no way back to these results
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def initializePage(self) -> None:
        plan = self.wizard_.plan
        assert plan is not None
        lines = plan.report_lines()
        self.summary.setText("\n".join(lines[:2]) if plan.ignored_columns else lines[0])
        entries = [(row.line, p.header or "", p.message) for row in plan.rejected_rows
                   for p in row.problems]  # fmt: skip
        self.problems.setRowCount(len(entries))
        for index, (line, column, message) in enumerate(entries):
            for col, text in enumerate((str(line), column, message)):
                self.problems.setItem(index, col, QTableWidgetItem(text))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        rejected = bool(plan.rejected_rows)
        self.save_rejected.setEnabled(rejected)
        self.skip_rejected.setVisible(rejected)
        self.skip_rejected.setChecked(False)
        self.setSubTitle(
            self.tr("Nothing is imported until you press Import; then all rows go in together.")
        )
        self._fill_caseworkers(plan.kind is ImportKind.PARTICIPANTS)

    def _fill_caseworkers(self, shown: bool) -> None:
        """The people who can hold cases, and "To assign" (no caseworker, the default)."""
        self.caseworker_label.setVisible(shown)
        self.caseworker.setVisible(shown)
        chosen = self.caseworker.currentData()
        self.caseworker.clear()
        self.caseworker.addItem(self.tr("To assign"), None)
        if shown:
            for user_id, name in users.list_caseworkers(self.wizard_.state.ctx):
                self.caseworker.addItem(name, user_id)
        self.caseworker.setCurrentIndex(max(self.caseworker.findData(chosen), 0))

    def caseworker_id(self) -> int | None:
        value = self.caseworker.currentData()
        return value if isinstance(value, int) else None

    def isComplete(self) -> bool:
        plan = self.wizard_.plan
        if plan is None or not plan.ok_rows:
            return False
        return not plan.rejected_rows or self.skip_rejected.isChecked()

    def download_rejected(self) -> None:
        plan = self.wizard_.plan
        if plan is None:
            return
        title = self.tr("Save the rejected rows")
        target = ask_save_path(
            self,
            title,
            f"{Path(plan.file_name).stem}-rejected.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if target is None:
            return

        def write() -> Path:
            write_document(target, rejected_rows_xlsx(plan, plan.language))
            return target

        write_then_offer(
            self,
            title,
            write,
            self.tr("The rejected rows are saved as %1.").replace("%1", target.name),
        )

    def validatePage(self) -> bool:
        return self.wizard_.run(self.skip_rejected.isChecked(), self.caseworker_id())


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel()
        self.text.setObjectName("importDone")
        self.text.setWordWrap(True)
        self.again = QPushButton(self.tr("Import &another file"))
        self.again.setObjectName("importAgain")
        self.again.clicked.connect(wizard.start_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.wizard_.result_
        assert result is not None
        if result.kind is ImportKind.PARTICIPANTS:
            text = self.tr("%1 participants were added.").replace("%1", str(result.created))
        else:
            text = (
                self.tr("%1 employers and %2 contact persons were added.")
                .replace("%1", str(result.created))
                .replace("%2", str(result.contacts))
            )
        if result.skipped:
            text += " " + self.tr("%1 rejected rows were left out.").replace(
                "%1", str(result.skipped)
            )
        if result.kind is ImportKind.PARTICIPANTS:
            text += "\n" + self._followed_by()
        self.text.setText(text)

    def _followed_by(self) -> str:
        combo = self.wizard_.check_page.caseworker
        if combo.currentData() is None:
            return self.tr("Each starts the default pathway; her caseworker is still to assign.")
        return self.tr("Each starts the default pathway, with %1 as her caseworker.").replace(
            "%1", combo.currentText()
        )
