from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import answer_modal, named, standard
from tests.pdfs import pdf_text
from w4i_desktop.app import use_readable_locale
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import ConsentPurpose, Role, StepKind, StepStatus
from w4i_desktop.models import LanguageAssessment, Pathway, Site
from w4i_desktop.services import consents, intake, participants, settings, sites, users
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.intake.intake_pages import FormPage
from w4i_desktop.views.intake.intake_wizard import DraftsDialog, IntakeWizard
from w4i_desktop.views.language import apply_language
from w4i_desktop.views.language_edit import LanguagesEdit

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def dutch_site(admin_ctx: Context) -> int:
    """A site in the Netherlands, whose host language is Dutch."""
    site_id = sites.add_site(admin_ctx, "Amsterdam Noord", "Amsterdam")
    with admin_ctx.db.transaction() as session:
        site = session.get(Site, site_id)
        assert site is not None
        site.country = "NL"
    return site_id


@pytest.fixture
def interface_in_italian(qapp: QApplication) -> Iterator[None]:
    assert apply_language("it"), "compile the translations: python3 dev.py translations"
    try:
        yield
    finally:
        apply_language("en")


def open_wizard(qtbot: QtBot, state: AppState, draft_id: int | None = None) -> IntakeWizard:
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        use_readable_locale()  # as the application does: not the bare "C" (dates "3 05 1991")
    wizard = IntakeWizard(state, draft_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def shot(wizard: IntakeWizard, suffix: str = "") -> None:
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page = wizard.currentPage()
        QApplication.processEvents()  # lay out what was just shown before grabbing it
        name = f"intake_{wizard.currentId() + 1}_{page.objectName()}{suffix}.png"
        wizard.grab().save(str(SHOTS / name))


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


def test_walk_every_page_and_submit(
    qtbot: QtBot, state: AppState, admin_ctx: Context, dutch_site: int
) -> None:
    sanne = users.add_user(
        admin_ctx, "sanne", "user-password-1", Role.STAFF, display_name="Sanne", site_id=dutch_site
    )
    wizard = open_wizard(qtbot, state)
    first = wizard.language_page
    assert first.site.currentData() == admin_ctx.actor.site_id  # her own site by default
    assert first.caseworker.currentData() is None and first.caseworker.currentText() == "To assign"
    first.site.setFocus()
    qtbot.keyClicks(first.site, "Am")
    qtbot.keyClick(first.site, Qt.Key.Key_Tab)
    assert first.caseworker.hasFocus()
    qtbot.keyClicks(first.caseworker, "Sanne")
    assert (first.site.currentData(), first.caseworker.currentData()) == (dutch_site, sanne)
    first.language.setFocus()
    fill_to_identity(qtbot, wizard, shots=True)
    shot(wizard)
    qtbot.keyClick(wizard.identity_page.phone, Qt.Key.Key_Return)  # Return is Next
    origin = wizard.origin_page
    assert page(wizard) is origin
    assert wizard.draft_id is not None  # saved at every page change
    origin.country_of_birth.setFocus()
    qtbot.keyClicks(origin.country_of_birth, "Syria")
    assert origin.country_of_birth.currentData() == "SY"
    qtbot.keyClick(origin.country_of_birth, Qt.Key.Key_Tab)
    assert origin.nationality.hasFocus()
    qtbot.keyClicks(origin.nationality, "Syria")
    origin.permit_expires_on.set_field_value(date(2020, 1, 1))
    press_next(qtbot, wizard, True)
    assert page(wizard) is origin  # the first Next shows the eligibility warnings
    assert "expired" in origin.warnings.text()
    shot(wizard)
    press_next(qtbot, wizard, True)
    languages = wizard.form_pages[4]
    assert page(wizard) is languages
    assert languages.fields["host_language"].currentData() == "nl"  # type: ignore[attr-defined]
    languages.fields["languages"].setFocus()
    qtbot.keyClicks(languages.fields["languages"].edit, "Arabic, French")  # type: ignore[attr-defined]
    languages.fields["host_cefr"].setFocus()
    qtbot.keyClicks(languages.fields["host_cefr"], "A2")
    press_next(qtbot, wizard, True)
    education = wizard.form_pages[5]
    skills = education.fields["skills"].edit  # type: ignore[attr-defined]
    for skill in ("cooking", "Sewing"):  # picked from the list by name, Enter adds it
        skills.setFocus()
        qtbot.keyClicks(skills, skill)
        qtbot.keyClick(skills, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: skills.text() == "")
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
    assert "Haddad" in summary and "Cooking, Sewing" in summary and "expired" in summary
    assert "Amsterdam Noord" in summary and "Arabic, French" in summary
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
    assert record["languages"] == ["ar", "fr"] and record["children_count"] == 2
    assert (record["site_id"], record["caseworker_id"]) == (dutch_site, sanne)
    assert record["nationality"] == "SY"
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
    with admin_ctx.db.transaction() as session:
        assessment = session.query(LanguageAssessment).filter_by(participant_id=pid).one()
        assert assessment.language == "nl"  # the host language of the Dutch site


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


def go_to(qtbot: QtBot, wizard: IntakeWizard, name: str) -> FormPage:
    """From the first page to the page `name`, with a name typed and processing agreed."""
    fill_to_identity(qtbot, wizard)
    while page(wizard).objectName() != name:
        press_next(qtbot, wizard)
    return page(wizard)


def submit(qtbot: QtBot, wizard: IntakeWizard) -> int:
    while wizard.currentPage() is not wizard.review_page:
        press_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.submitted) as submitted:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    return int(submitted.args[0])


def test_languages_are_typed_by_their_names(
    qtbot: QtBot, state: AppState, admin_ctx: Context
) -> None:
    wizard = open_wizard(qtbot, state)
    languages = go_to(qtbot, wizard, "languages").fields["languages"]
    edit = languages.edit  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.keyClicks(edit, "arabic, FRENCH")  # any case
    popup = edit.completer().popup()
    assert popup.isVisible()  # "French" offered: Tab goes to it, as the window system does
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert not popup.isVisible() and not edit.hasFocus()  # Tab leaves the field
    assert edit.text() == "Arabic, French"  # written back as the names are written
    pid = submit(qtbot, wizard)
    assert participants.get(admin_ctx, pid)["languages"] == ["ar", "fr"]


def test_languages_are_typed_by_their_names_in_italian(
    qtbot: QtBot, state: AppState, admin_ctx: Context, interface_in_italian: None
) -> None:
    wizard = open_wizard(qtbot, state)
    assert wizard.language() == "it"  # the interview starts in the interface's language
    assert wizard.languages_page.host_language.currentData() == "it"  # Milano: no country
    languages = go_to(qtbot, wizard, "languages").fields["languages"]
    edit = languages.edit  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.keyClicks(edit, "arabo, fra")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)  # the names that begin so, in Italian
    assert popup.model().index(0, 0).data() == "francese"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "arabo, francese"
    pid = submit(qtbot, wizard)
    assert participants.get(admin_ctx, pid)["languages"] == ["ar", "fr"]


def test_a_word_that_names_no_language_is_said_at_the_field(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state)
    languages_page = go_to(qtbot, wizard, "languages")
    widget = languages_page.fields["languages"]
    edit = widget.edit  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.keyClicks(edit, "Arabic, Klingon")
    press_next(qtbot, wizard)
    assert page(wizard) is languages_page  # it stays on the page
    message = widget.names.text()  # type: ignore[attr-defined]
    assert "Klingon" in message and widget.names.isVisibleTo(wizard)  # type: ignore[attr-defined]
    assert edit.property("invalid") is True and edit.hasFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Arabic, ar")  # codes are understood too; twice is once
    press_next(qtbot, wizard)
    assert page(wizard).objectName() == "education"
    assert intake.load_draft(state.ctx, wizard.draft_id or 0)[2]["languages"] == "ar"


def test_host_language_follows_the_site_country(
    qtbot: QtBot, state: AppState, dutch_site: int
) -> None:
    wizard = open_wizard(qtbot, state)
    assert wizard.language() == "en"  # the interview starts in the interface's language
    host = wizard.languages_page.host_language
    assert host.currentData() == "en"  # Milano has no country: the interface's language
    site = wizard.language_page.site
    site.setFocus()
    qtbot.keyClicks(site, "Am")
    assert site.currentData() == dutch_site
    assert host.currentData() == "nl"


def test_each_page_is_checked_when_left(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state)
    identity = go_to(qtbot, wizard, "identity")
    qtbot.keyClicks(wizard.identity_page.email, "amal-at-example")
    press_next(qtbot, wizard)
    assert page(wizard) is identity  # it stays on the page, the field marked and focused
    email, error = wizard.identity_page.email, identity.errors["email"]
    assert email.property("invalid") is True and email.hasFocus()
    assert error.isVisibleTo(wizard) and error.text() == "This is not an e-mail address."
    assert wizard.review_page.error.text() == ""
    shot(wizard, "_problem")
    email.selectAll()
    qtbot.keyClicks(email, "amal@example.org")
    assert not error.isVisibleTo(wizard) and email.property("invalid") is False
    press_next(qtbot, wizard)
    assert page(wizard) is wizard.origin_page


def test_every_problem_of_the_page_is_shown_at_once(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state)
    family = go_to(qtbot, wizard, "family")
    qtbot.keyClicks(family.fields["available_from"], "9:3")
    qtbot.keyClicks(family.fields["available_until"], "17:4")
    press_next(qtbot, wizard)
    assert page(wizard) is family
    assert family.errors["available_from"].isVisibleTo(wizard)
    assert family.errors["available_until"].isVisibleTo(wizard)
    assert family.fields["available_from"].hasFocus()  # the first of them


def test_submit_points_at_the_field_refused(
    qtbot: QtBot, state: AppState, admin_ctx: Context, dutch_site: int
) -> None:
    """The safety net: what changed since the page was left is said at its field."""
    wizard = open_wizard(qtbot, state)
    site = wizard.language_page.site
    site.setFocus()
    qtbot.keyClicks(site, "Am")
    go_to(qtbot, wizard, "review")
    sites.change_site(admin_ctx, dutch_site, "Amsterdam Noord", "Amsterdam", active=False)
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert wizard.participant_id is None
    assert page(wizard) is wizard.language_page
    assert site.property("invalid") is True and site.hasFocus()
    assert "closed" in wizard.language_page.errors["site_id"].text()


def test_cancel_says_the_interview_was_kept_as_a_draft(qtbot: QtBot, state: AppState) -> None:
    for stray in kept_boxes():  # of wizards other tests left open (closed at their teardown)
        stray.close()
    wizard = open_wizard(qtbot, state)
    fill_to_identity(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert [d.name for d in intake.list_drafts(state.ctx)] == ["Amal Haddad"]
    qtbot.waitUntil(lambda: len(kept_boxes()) == 1)
    box = kept_boxes()[0]
    assert "kept as a draft" in box.text() and "Intake drafts" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not kept_boxes())


def kept_boxes() -> list[QMessageBox]:
    """The visible "kept as a draft" messages (they do not wait for an answer)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "draftKept" and w.isVisible()
    ]


def test_cancel_on_the_first_page_keeps_nothing_and_says_nothing(
    qtbot: QtBot, state: AppState
) -> None:
    wizard = open_wizard(qtbot, state)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert intake.list_drafts(state.ctx) == []
    assert not kept_boxes()


def test_tab_from_the_last_field_reaches_next_before_back(qtbot: QtBot, state: AppState) -> None:
    wizard = open_wizard(qtbot, state)
    go_to(qtbot, wizard, "needs")
    text = wizard.form_pages[7].fields["needs_and_goals"]
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert wizard.button(NEXT).hasFocus()
    qtbot.keyClick(wizard.button(NEXT), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.review_page


def test_language_names_are_read_without_case_or_accents(qtbot: QtBot) -> None:
    assert apply_language("es")
    try:
        edit = LanguagesEdit()
        qtbot.addWidget(edit)
        edit.show()
        qtbot.keyClicks(edit.edit, "ARABE, frances, de")  # no accents, any case, a code
        assert edit.field_value() == "ar, fr, de" and edit.field_problem() is None
        edit.set_field_value(["ar", "fr"])
        assert edit.edit.text() == "árabe, francés"  # shown as Spanish writes them
    finally:
        apply_language("en")


def test_a_draft_with_a_problem_resumes_at_that_page(qtbot: QtBot, state: AppState) -> None:
    answers = {"first_name": "Sara", "email": "sara-at-example", "consents": ["processing"]}
    draft_id = intake.save_draft(state.ctx, None, "en", 5, answers)
    wizard = open_wizard(qtbot, state, draft_id)
    assert wizard.currentPage() is wizard.identity_page  # not further: the e-mail is wrong
    assert wizard.identity_page.email.property("invalid") is True
