from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import answer_modal, named, standard
from tests.pdfs import pdf_text
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import ConsentPurpose, StepKind, StepStatus
from w4i_desktop.models import Pathway
from w4i_desktop.services import consents, intake, participants, settings
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.intake_pages import FormPage
from w4i_desktop.views.intake_wizard import DraftsDialog, IntakeWizard

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def open_wizard(qtbot: QtBot, state: AppState, draft_id: int | None = None) -> IntakeWizard:
    wizard = IntakeWizard(state, draft_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def shot(wizard: IntakeWizard) -> None:
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page = wizard.currentPage()
        QApplication.processEvents()  # lay out what was just shown before grabbing it
        wizard.grab().save(str(SHOTS / f"intake_{wizard.currentId() + 1}_{page.objectName()}.png"))


def press_next(qtbot: QtBot, wizard: IntakeWizard, screenshot: bool = False) -> None:
    if screenshot:
        shot(wizard)
    button = wizard.button(NEXT)
    assert button.isEnabled(), wizard.currentPage().objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def page(wizard: IntakeWizard) -> FormPage:
    current = wizard.currentPage()
    assert isinstance(current, FormPage)
    return current


def fill_to_identity(qtbot: QtBot, wizard: IntakeWizard, shots: bool = False) -> None:
    assert page(wizard).objectName() == "language"
    wizard.language_page.language.setFocus()
    qtbot.keyClicks(wizard.language_page.language, "S")  # Spanish (es) by its first letter
    assert wizard.language() in {"es", "sv"}
    press_next(qtbot, wizard, shots)
    assert page(wizard).objectName() == "consent"
    assert not wizard.button(NEXT).isEnabled()  # no record without consent to processing
    boxes = wizard.consent_page.consents.boxes
    boxes[ConsentPurpose.PHOTOS].setFocus()
    qtbot.keyClick(boxes[ConsentPurpose.PHOTOS], Qt.Key.Key_Space)
    assert not wizard.button(NEXT).isEnabled()
    boxes[ConsentPurpose.PROCESSING].setFocus()
    qtbot.keyClick(boxes[ConsentPurpose.PROCESSING], Qt.Key.Key_Space)
    assert wizard.button(NEXT).isEnabled()
    press_next(qtbot, wizard, shots)
    identity = wizard.identity_page
    assert page(wizard) is identity
    assert not wizard.button(NEXT).isEnabled()  # a name is needed
    qtbot.keyClicks(identity.first_name, "Amal")
    qtbot.keyClick(identity.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(identity.last_name, "Haddad")
    identity.birth_date.set_field_value(date(1991, 5, 3))
    qtbot.keyClicks(identity.phone, "+39 333 123 4567")


def test_next_is_disabled_without_processing_consent(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state)
    press_next(qtbot, wizard)
    assert not wizard.button(NEXT).isEnabled()
    box = wizard.consent_page.consents.boxes[ConsentPurpose.PROCESSING]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert wizard.button(NEXT).isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not wizard.button(NEXT).isEnabled()


def test_the_notice_is_shown_and_printed_in_the_interview_language(
    qtbot: QtBot, state: AppState, admin_ctx: Context, tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    settings.set_organisation_name(admin_ctx, "Stichting Werk & Vrouw")
    wizard = open_wizard(qtbot, state)
    combo = wizard.language_page.language
    combo.setFocus()
    qtbot.keyClicks(combo, "Ne")  # Nederlands / Dutch
    assert wizard.language() == "nl"
    press_next(qtbot, wizard)
    dutch = Texts.for_language("nl")
    shown = wizard.consent_page.notice.toPlainText()
    assert dutch("notice.title") in shown and "Stichting Werk & Vrouw" in shown
    assert dutch("notice.purpose.sharing_with_employers") in shown

    target = tmp_path / "notice.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen = answer_modal(standard(QMessageBox.StandardButton.Close))
    qtbot.mouseClick(wizard.consent_page.print_button, Qt.MouseButton.LeftButton)
    assert seen == ["writtenBox"]
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert dutch("notice.title") in text and "Stichting Werk & Vrouw" in text


def test_walk_every_page_and_submit(qtbot: QtBot, state: AppState, admin_ctx: Context) -> None:
    wizard = open_wizard(qtbot, state)
    fill_to_identity(qtbot, wizard, shots=True)
    shot(wizard)
    qtbot.keyClick(wizard.identity_page.phone, Qt.Key.Key_Return)  # Return is Next
    origin = wizard.origin_page
    assert page(wizard) is origin
    assert wizard.draft_id is not None  # saved at every page change
    origin.country_of_birth.setFocus()
    qtbot.keyClicks(origin.country_of_birth, "Syria")
    assert origin.country_of_birth.currentData() == "SY"
    origin.permit_expires_on.set_field_value(date(2020, 1, 1))
    press_next(qtbot, wizard, True)
    assert page(wizard) is origin  # the first Next shows the eligibility warnings
    assert "expired" in origin.warnings.text()
    shot(wizard)
    press_next(qtbot, wizard, True)
    languages = wizard.form_pages[4]
    assert page(wizard) is languages
    languages.fields["languages"].setFocus()
    qtbot.keyClicks(languages.fields["languages"].edit, "ar, en")  # type: ignore[attr-defined]
    languages.fields["host_cefr"].setFocus()
    qtbot.keyClicks(languages.fields["host_cefr"], "A2")
    press_next(qtbot, wizard, True)
    education = wizard.form_pages[5]
    qtbot.keyClicks(education.fields["skills"], "cooking, sewing")
    qtbot.keyClicks(education.fields["work_experience"], "Tailor in Aleppo, 6 years")
    press_next(qtbot, wizard, True)
    family = wizard.form_pages[6]
    qtbot.keyClick(
        family.fields["children_count"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClicks(family.fields["children_count"], "2")
    press_next(qtbot, wizard, True)
    qtbot.keyClicks(wizard.form_pages[7].fields["needs_and_goals"], "Work as a tailor")
    press_next(qtbot, wizard, True)
    assert page(wizard) is wizard.review_page
    summary = wizard.review_page.summary.toPlainText()
    assert "Haddad" in summary and "cooking, sewing" in summary and "expired" in summary
    shot(wizard)

    with qtbot.waitSignal(wizard.submitted) as submitted:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    pid = submitted.args[0]
    record = participants.get(admin_ctx, pid)
    assert (record["first_name"], record["last_name"], record["country_of_birth"]) == (
        "Amal",
        "Haddad",
        "SY",
    )
    assert record["languages"] == ["ar", "en"] and record["children_count"] == 2
    assert record["preferred_language"] == wizard.language()  # her documents' language
    current = consents.current_consents(admin_ctx, pid)
    assert current[ConsentPurpose.PROCESSING] and current[ConsentPurpose.PHOTOS]
    with admin_ctx.db.transaction() as session:
        pathway = session.query(Pathway).filter_by(participant_id=pid).one()
        assert {s.kind for s in pathway.steps if s.status is StepStatus.DONE} == {
            StepKind.INTAKE,
            StepKind.CONSENT,
        }
    assert intake.list_drafts(admin_ctx) == []
    assert not wizard.isVisible()


def test_duplicate_asks_before_creating(qtbot: QtBot, state: AppState, admin_ctx: Context) -> None:
    participants.create(
        admin_ctx, {"first_name": "Amal", "last_name": "Haddad", "phone": "3331234567"}
    )
    wizard = open_wizard(qtbot, state)
    fill_to_identity(qtbot, wizard)
    while wizard.currentPage() is not wizard.review_page:
        press_next(qtbot, wizard)
    seen = answer_modal(standard(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert seen == ["possibleDuplicates"]
    assert wizard.isVisible() and wizard.participant_id is None
    seen = answer_modal(named("createAnyway"))
    with qtbot.waitSignal(wizard.submitted):
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert seen == ["possibleDuplicates"]


def test_close_and_resume_from_the_draft(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state)
    fill_to_identity(qtbot, wizard)
    wizard.close()  # interrupted: what was typed is kept in the draft
    drafts = intake.list_drafts(state.ctx)
    assert [(d.name, d.step) for d in drafts] == [("Amal Haddad", 2)]

    dialog = DraftsDialog(state)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.resume_requested) as resume:
        qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    resumed = open_wizard(qtbot, state, resume.args[0])
    assert resumed.currentPage() is resumed.identity_page
    assert resumed.identity_page.last_name.text() == "Haddad"
    assert resumed.identity_page.birth_date.field_value() == date(1991, 5, 3)
    boxes = resumed.consent_page.consents.boxes
    assert boxes[ConsentPurpose.PROCESSING].isChecked()
    assert resumed.language() == wizard.language()
    assert resumed.button(NEXT).isEnabled()


def test_drafts_dialog_deletes(qtbot: QtBot, state: AppState) -> None:
    intake.save_draft(state.ctx, None, "it", 3, {"first_name": "Sara"})
    dialog = DraftsDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    answer_modal(standard(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert intake.list_drafts(state.ctx) == []
    assert dialog.empty.isVisibleTo(dialog) and not dialog.resume_button.isEnabled()
