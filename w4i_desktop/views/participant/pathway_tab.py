"""Her pathway as a checklist: Space marks the selected step done (or back to do), and the
buttons start, skip (with a reason) or edit the due date and notes. Overdue steps stand out.
The job placement step is done by recording her placement: ticking it opens that dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.catalogues import FALLBACK
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.errors import W4IError
from w4i_desktop.services import pathways, record_views, summaries
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.document_files import ask_save_path, content_name, write_then_offer
from w4i_desktop.views.participant.placement_dialog import PlacementDialog
from w4i_desktop.views.widgets import (
    OptionalDateEdit,
    RowsModel,
    read_only_table,
)

OPEN = (StepStatus.TODO, StepStatus.IN_PROGRESS)


def is_overdue(step: record_views.StepRow, today: date) -> bool:
    return step.status in OPEN and step.due_on is not None and step.due_on < today


class StepDialog(QDialog):
    """Due date and notes of one step."""

    def __init__(self, title: str, step: record_views.StepRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(title)
        self.due = OptionalDateEdit(step.due_on or date.today())
        self.due.setObjectName("due")
        self.due.set_field_value(step.due_on)
        self.notes = QPlainTextEdit(step.notes or "")
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.due.check():  # else a date that does not exist: said under the field
            super().accept()


class PathwayTab(QWidget):
    failed = Signal(object)  # W4IError
    changed = Signal()
    placement_recorded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.model = RowsModel(
            [
                self.tr("#"),
                self.tr("Step"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Started"),
                self.tr("Completed"),
                self.tr("By"),
                self.tr("Notes"),
            ],
            self,
        )
        self.table = read_only_table(self.model, self.tr("Pathway steps"), 7)
        self.table.setObjectName("pathwaySteps")
        self._context: Context | None = None
        self._participant_id: int | None = None
        self._steps: dict[int, record_views.StepRow] = {}
        self._can_edit = False
        self._placed = False  # she has a placement on record
        # Her code and the summary's language, for the file's name (set by the record).
        self.file_code, self.file_language = "", FALLBACK

        self.done_button = QPushButton(self.tr("Mark &done (Space)"))
        self.done_button.setObjectName("stepDone")
        self.done_button.clicked.connect(self.toggle_done)
        self.start_button = QPushButton(self.tr("S&tart"))
        self.start_button.setObjectName("stepStart")
        self.start_button.clicked.connect(lambda: self._set(StepStatus.IN_PROGRESS))
        self.skip_button = QPushButton(self.tr("S&kip…"))
        self.skip_button.setObjectName("stepSkip")
        self.skip_button.clicked.connect(self.skip)
        self.edit_button = QPushButton(self.tr("&Edit due date and notes…"))
        self.edit_button.setObjectName("stepEdit")
        self.edit_button.clicked.connect(self.edit)
        self.print_button = QPushButton(self.tr("&Print her summary (PDF)…"))
        self.print_button.setObjectName("printSummary")
        self.print_button.setToolTip(
            self.tr("Her steps, courses and placements in her language, without any notes")
        )
        self.print_button.clicked.connect(self.print_summary)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        buttons = QHBoxLayout()
        for button in (self.done_button, self.start_button, self.skip_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        toggle = QAction(self.tr("Mark done"), self.table)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_done)
        self.table.addAction(toggle)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- showing ---------------------------------------------------------------------------

    def name_files_after(self, code: str, preferred_language: str | None) -> None:
        """Her code and preferred language name the summary's file; it is written in her
        language when documents exist in it, else in English (as services/summaries does)."""
        self.file_code = code
        chosen = preferred_language or FALLBACK
        self.file_language = chosen if chosen in DOCUMENT_LANGUAGES else FALLBACK

    def summary_file_name(self) -> str:
        """E.g. "W4I-7K2QX-pathway-summary-it.pdf"."""
        return content_name(self.file_code, "pathway-summary", self.file_language, suffix="pdf")

    def show_for(
        self,
        ctx: Context,
        participant_id: int | None,
        steps: list[record_views.StepRow] | None = None,
        placed: bool = False,
    ) -> None:
        """Her steps: `steps` (and whether she has a placement) as the record read them, else
        read now."""
        self._context, self._participant_id = ctx, participant_id
        self._can_edit = allowed(ctx.actor.role, Action.PATHWAY_EDIT)
        self.print_button.setEnabled(participant_id is not None)
        if steps is None:
            self.refresh()
        else:
            self._show(steps, placed)

    def refresh(self, keep_id: int | None = None) -> None:
        steps: list[record_views.StepRow] = []
        placed = False
        if self._context is not None and self._participant_id is not None:
            try:
                steps = record_views.pathway_steps(self._context, self._participant_id)
                placed = bool(record_views.placements(self._context, self._participant_id))
            except W4IError as exc:
                self.failed.emit(exc)
        self._show(steps, placed, keep_id)

    def _show(
        self, steps: list[record_views.StepRow], placed: bool, keep_id: int | None = None
    ) -> None:
        self._placed = placed
        today = date.today()
        self._steps = {s.id: s for s in steps}
        language = labels.ui_language()
        self.model.set_rows(
            [(s.id, self._cells(s, language, today)) for s in steps],
            emphasised=[s.id for s in steps if is_overdue(s, today)],
        )
        done = sum(s.status is StepStatus.DONE for s in steps)
        overdue = sum(is_overdue(s, today) for s in steps)
        self.summary.setText(
            self.tr("%1 of %2 steps done; %3 overdue.")
            .replace("%1", str(done))
            .replace("%2", str(len(steps)))
            .replace("%3", str(overdue))
            if steps
            else self.tr("No pathway started yet.")
        )
        row = self.model.row_of(keep_id) if keep_id is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _cells(self, s: record_views.StepRow, language: str, today: date) -> tuple[str, ...]:
        status = labels.label(s.status)
        if s.status is StepStatus.SKIPPED and s.skip_reason:
            status = self.tr("%1: %2").replace("%1", status).replace("%2", s.skip_reason)
        due = formats.short_date(s.due_on)
        if s.due_on is None and s.kind in pathways.FOLLOW_UP_KINDS and s.status in OPEN:
            due = self.tr("after her placement")  # then 1, 3, 6, 12 months after its start
        if is_overdue(s, today):
            due = self.tr("%1 (overdue)").replace("%1", due)
        return (
            str(s.position + 1),
            pathways.step_title(s.titles, s.kind, language) or labels.step_kind(s.kind),
            status,
            due,
            formats.short_date(s.started_on),
            formats.short_date(s.completed_on),
            s.completed_by or "",
            s.notes or "",
        )

    def print_summary(self) -> None:
        ctx, pid = self._context, self._participant_id
        if ctx is None or pid is None:
            return
        title = self.tr("Print her summary")
        target = ask_save_path(self, title, self.summary_file_name(), self.tr("PDF files (*.pdf)"))
        if target is None:
            return
        write_then_offer(
            self,
            title,
            lambda: summaries.write_summary(ctx, pid, target),
            self.tr("Her summary is saved as %1.").replace("%1", target.name),
        )

    def selected(self) -> record_views.StepRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self._steps.get(self.model.id_at(index.row()))

    def _update_buttons(self) -> None:
        step = self.selected()
        usable = self._can_edit and step is not None
        self.done_button.setEnabled(usable)
        if step is not None and step.status is StepStatus.DONE:
            self.done_button.setText(self.tr("Back to &to do (Space)"))
        elif self._needs_placement(step):
            self.done_button.setText(self.tr("Record her pla&cement… (Space)"))
        else:
            self.done_button.setText(self.tr("Mark &done (Space)"))
        self.start_button.setEnabled(usable and step is not None and step.status is StepStatus.TODO)
        self.skip_button.setEnabled(usable and step is not None and step.status in OPEN)
        self.edit_button.setEnabled(usable)

    # --- changing --------------------------------------------------------------------------

    def toggle_done(self) -> None:
        step = self.selected()
        if step is None or not self._can_edit:
            return
        if step.status is StepStatus.DONE:
            self._set(StepStatus.TODO)
        elif self._needs_placement(step):
            self.record_placement(step.id)
        else:
            self._set(StepStatus.DONE)

    def _needs_placement(self, step: record_views.StepRow | None) -> bool:
        """Whether ticking `step` done means recording her placement first."""
        return (
            step is not None
            and step.kind is StepKind.PLACEMENT
            and step.status is not StepStatus.DONE
            and not self._placed
        )

    def record_placement(self, step_id: int) -> None:
        """The placement step is done when her placement is recorded: ask for it. Cancelled,
        the step stays as it was."""
        ctx, pid = self._context, self._participant_id
        if ctx is None or pid is None:
            return
        dialog = PlacementDialog(ctx, participant_id=pid, parent=self)
        dialog.setWindowTitle(self.tr("Record her placement"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh(keep_id=step_id)  # recording it marked the step done
        self.placement_recorded.emit()
        self.changed.emit()

    def _set(self, status: StepStatus, reason: str | None = None) -> None:
        step = self.selected()
        if step is None or self._context is None:
            return
        try:
            pathways.set_step_status(
                self._context, step.id, status, skip_reason=reason, expected_version=step.version_id
            )
        except W4IError as exc:
            self.failed.emit(exc)
        self.refresh(keep_id=step.id)
        self.changed.emit()

    def skip(self) -> None:
        step = self.selected()
        if step is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Skip the step"), self.tr("Why is this step skipped?")
        )
        if ok and reason.strip():
            self._set(StepStatus.SKIPPED, reason)

    def edit(self) -> None:
        step = self.selected()
        if step is None or self._context is None or not self._can_edit:
            return
        dialog = StepDialog(self.tr("Edit the step"), step, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pathways.update_step(
                self._context,
                step.id,
                dialog.due.date_value(),
                dialog.notes.toPlainText(),
                step.version_id,
            )
        except W4IError as exc:
            self.failed.emit(exc)
        self.refresh(keep_id=step.id)
        self.changed.emit()
