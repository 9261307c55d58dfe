"""The intake interview, page by page, for volunteers: saved as a draft at every page."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from w4i_desktop.documents.notice import Notice
from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.services import intake, notices
from w4i_desktop.services.duplicates import PossibleDuplicate
from w4i_desktop.services.registration import Created, PossibleDuplicates
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import ask_save_path, write_then_offer
from w4i_desktop.views.intake.intake_form import FORM_STYLE, FormPage, sentence
from w4i_desktop.views.intake.intake_pages import (
    ConsentPage,
    EducationPage,
    FamilyPage,
    IdentityPage,
    LanguagePage,
    LanguagesPage,
    NeedsPage,
    OriginPage,
    ReviewPage,
)
from w4i_desktop.views.messages import core_message, field_message, user_message
from w4i_desktop.views.widgets import RowsModel, read_only_table, write_value


class IntakeWizard(QWizard):
    """New participant by interview. `submitted` carries the id of the record created."""

    submitted = Signal(int)

    def __init__(self, state: AppState, draft_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.setWindowTitle(self.tr("Intake interview"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Submit"))
        self.setStyleSheet(FORM_STYLE)
        self.state = state
        self.draft_id = draft_id
        self.participant_id: int | None = None
        self._restoring = False
        self.language_page = LanguagePage(intake.choices(state.ctx))
        self.consent_page = ConsentPage(self._notice, self._print_notice)
        self.identity_page = IdentityPage()
        self.origin_page = OriginPage(self._eligibility_warnings)
        self.review_page = ReviewPage(self._submit)
        self.languages_page = LanguagesPage()
        self.form_pages: list[FormPage] = [
            self.language_page,
            self.consent_page,
            self.identity_page,
            self.origin_page,
            self.languages_page,
            EducationPage(),
            FamilyPage(),
            NeedsPage(),
            self.review_page,
        ]
        for page in self.form_pages:
            self.addPage(page)
        self.resize(720, 560)
        # Tab from a page's last field reaches Next (or Submit) before Back, so that Return
        # there goes on, not back.
        buttons = QWizard.WizardButton
        chain = [self.button(b) for b in (buttons.NextButton, buttons.FinishButton)]
        chain += [self.button(buttons.BackButton), self.button(buttons.CancelButton)]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.currentIdChanged.connect(self._page_changed)
        self.language_page.site.currentIndexChanged.connect(self._site_changed)
        self._site_changed()
        if draft_id is not None:
            self._restore(draft_id)

    # -- answers ---------------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_page.language.currentData())

    def answers(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for page in self.form_pages:
            data.update({k: v for k, v in page.values().items() if not k.startswith("_")})
        data["preferred_language"] = self.language()  # documents for her come in this language
        return data

    def _site_changed(self) -> None:
        """The host-country language is the one of the chosen site's country."""
        write_value(self.languages_page.host_language, self.language_page.host_language())

    def _notice(self) -> Notice:
        return notices.privacy_notice(self.state.ctx, self.language())

    def _print_notice(self) -> None:
        title = self.tr("Print the privacy notice")
        language = self.language()
        target = ask_save_path(
            self, title, f"W4I-privacy-notice-{language}.pdf", self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return
        write_then_offer(
            self,
            title,
            lambda: notices.write_privacy_notice(self.state.ctx, language, target),
            self.tr("The privacy notice is saved as %1.").replace("%1", target.name),
        )

    def _eligibility_warnings(self) -> list[str]:
        if self._restoring:
            return []
        return intake.eligibility_warnings(self.answers(), date.today())

    def _restore(self, draft_id: int) -> None:
        try:
            language, step, data = intake.load_draft(self.state.ctx, draft_id)
        except W4IError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            self.draft_id = None
            return
        self._restoring = True
        try:
            self.language_page.load({"_language": language})
            for page in self.form_pages:
                page.load(data)
            self.restart()
            while self.currentId() < min(step, len(self.form_pages) - 1):
                reached = self.currentId()
                self.next()
                if self.currentId() == reached:
                    break  # an answer of this page has a problem: resumed here, marked
        finally:
            self._restoring = False

    def save_draft(self) -> bool:
        step = max(self.currentId(), 0)
        try:
            self.draft_id = intake.save_draft(
                self.state.ctx, self.draft_id, self.language(), step, self.answers()
            )
        except W4IError as exc:
            QMessageBox.warning(self, self.windowTitle(), field_message(exc, self._labels()))
            return False
        return True

    def _labels(self) -> dict[str, str]:
        """The labels of the questions, to name the one an error is about."""
        return {key: label for page in self.form_pages for key, label in page.labels.items()}

    def _page_changed(self, page_id: int) -> None:
        if self._restoring or page_id < 0 or self.participant_id is not None:
            return
        if page_id > 0 or self.draft_id is not None:
            self.save_draft()
        if self.currentPage() is self.review_page:
            self._fill_review()

    def _fill_review(self) -> None:
        lines = []
        for page in self.form_pages[:-1]:
            rows = page.shown_values()
            if rows:
                lines.append(page.title())
                lines += [f"  {label}: {value}" for label, value in rows]
        codes = intake.eligibility_warnings(self.answers(), date.today())
        if codes:
            lines.append(self.tr("Eligibility"))
            lines += [f"  ! {text}" for text in self.origin_page.warning_texts(codes)]
        self.review_page.summary.setPlainText("\n".join(lines))
        self.review_page.error.setText("")

    # -- submit and interruptions -----------------------------------------------------------
    def _submit(self) -> bool:
        data = self.answers()
        ctx = self.state.ctx
        try:
            outcome = intake.submit_checked(ctx, self.draft_id, data)
            if isinstance(outcome, PossibleDuplicates):
                if not self._create_anyway(outcome.found):
                    return False
                outcome = intake.submit_checked(
                    ctx, self.draft_id, data, confirmed_not_duplicate=True
                )
        except W4IError as exc:
            self.review_page.error.setText(field_message(exc, self._labels()))
            self._point_at(exc)
            return False
        assert isinstance(outcome, Created)  # confirmed: never asks again
        self.participant_id = outcome.participant_id
        self.draft_id = None
        self.submitted.emit(self.participant_id)
        return True

    def _create_anyway(self, found: list[PossibleDuplicate]) -> bool:
        box = QMessageBox(self)
        box.setObjectName("possibleDuplicates")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        names = "\n".join(f"{d.code} · {d.name} ({labels.label(d.reason)})" for d in found[:5])
        box.setText(self.tr("She may already be registered:") + "\n" + names)
        create = box.addButton(self.tr("Create anyway"), QMessageBox.ButtonRole.AcceptRole)
        create.setObjectName("createAnyway")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is create

    def _point_at(self, exc: W4IError) -> None:
        """The safety net at Submit: back to the page of the field refused, marked there."""
        if not isinstance(exc, BadInput) or exc.field is None:
            return
        key = exc.field
        page = next((p for p in self.form_pages if key in p.fields), None)
        if page is None:
            return
        while self.currentPage() is not page and self.currentId() > 0:
            self.back()
        page.show_problems({key: sentence(core_message(exc))})

    def reject(self) -> None:
        """Closing keeps what was answered: the interview can be resumed from its draft."""
        kept = False
        if self.participant_id is None and (self.draft_id is not None or self.currentId() > 0):
            kept = self.save_draft()
        super().reject()
        if kept:
            self._say_kept()

    def _say_kept(self) -> None:
        """Where the unfinished interview is now (a box that does not wait for its answer)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("The interview was kept as a draft. You can continue it from %1.").replace(
                "%1", f"{_menu('&File')} > {_menu('Intake &drafts…')} (Ctrl+Shift+I)"
            ),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("draftKept")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._kept_box = box  # alive while shown, also when the wizard has no parent
        box.open()


def _menu(source: str) -> str:
    """The words of a main-window menu or command, as the menu shows them (main_menus.py)."""
    return QCoreApplication.translate("MainWindow", source).replace("&", "").rstrip("…")


class DraftsDialog(QDialog):
    """The interviews left unfinished: resume one or delete it."""

    resume_requested = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDrafts")
        self.setWindowTitle(self.tr("Unfinished intake interviews"))
        self.state = state
        self.model = RowsModel(
            [self.tr("Name"), self.tr("Last saved"), self.tr("Language"), self.tr("Page")], self
        )
        self.table = read_only_table(self.model, self.windowTitle(), 0)
        self.empty = QLabel(self.tr("There are no unfinished interviews."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.resume_button.clicked.connect(self._resume)
        self.delete_button.clicked.connect(self._delete)
        self.table.doubleClicked.connect(lambda _index: self._resume())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self.reload()

    def reload(self) -> None:
        rows = intake.list_drafts(self.state.ctx)
        self.model.set_rows(
            (
                r.id,
                (
                    r.name or self.tr("(no name yet)"),
                    r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    labels.language_name(r.language),
                    str(r.step + 1),
                ),
            )
            for r in rows
        )
        self.empty.setVisible(not rows)
        for button in (self.resume_button, self.delete_button):
            button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _resume(self) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            self.resume_requested.emit(draft_id)
            self.accept()

    def _delete(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("Delete this unfinished interview and its answers?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                intake.delete_draft(self.state.ctx, draft_id)
            except W4IError as exc:
                QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            self.reload()
