"""Skills picked by name, a vacancy's language by name, her mobility on the record (issue 15):
no key with underscores on screen, keys and codes in the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import make_record
from w4i_desktop.enums import CefrLevel, ConsentPurpose, Role
from w4i_desktop.models import LanguageAssessment
from w4i_desktop.services import consents, employers, participants, sites, skills, vacancies
from w4i_desktop.services.context import Context
from w4i_desktop.services.match_scoring import REASON_CODES, Candidate, Opening, score
from w4i_desktop.views.admin.account_dialogs import SiteDialog
from w4i_desktop.views.admin.skills_panel import SkillsPanel
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.employer import matching_dialog
from w4i_desktop.views.employer.employer_dialogs import VacancyDialog
from w4i_desktop.views.employer.matching_dialog import MatchingDialog
from w4i_desktop.views.skill_picker import SkillsEdit
from w4i_desktop.views.window.main_window import MainWindow

SHOTS = Path("/tmp/h3-matching")


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def _amsterdam_employer(ctx: Context) -> int:
    site = ctx.actor.site_id
    assert site is not None
    sites.change_site(ctx, site, "Amsterdam", "Amsterdam", True, country="NL")
    return employers.create_employer(
        ctx, {"name": "Thuiszorg West", "municipality": "Amsterdam", "site_id": site}
    )


def _pick(qtbot: QtBot, picker: SkillsEdit, typed: str) -> None:
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, typed)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.edit.text() == "")


def test_every_reason_has_a_template_in_the_views() -> None:
    assert set(matching_dialog._TEXTS) == REASON_CODES


def test_the_vacancy_dialog_names_languages_and_skills(qtbot: QtBot, admin_ctx: Context) -> None:
    eid = _amsterdam_employer(admin_ctx)
    dialog = VacancyDialog(admin_ctx, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    language = dialog.fields["required_language"]
    assert isinstance(language, QComboBox)
    assert language.currentText() == "Dutch (the language of the site)"
    assert language.currentData() is None  # the site's language, followed if it changes
    names = [language.itemText(i) for i in range(language.count())]
    assert {"English", "Italian", "Arabic"} <= set(names)
    assert not any(len(n) == 2 and n.islower() for n in names)  # no bare ISO codes

    qtbot.keyClicks(dialog.fields["title"], "Thuishulp")
    language.setFocus()
    qtbot.keyClicks(language, "English")  # a closed combo box jumps to what is typed
    assert language.currentData() == "en"
    picker = dialog.fields["skills"]
    assert isinstance(picker, SkillsEdit)
    _pick(qtbot, picker, "elderly care")  # any case: the name on the list
    _pick(qtbot, picker, "Cleaning")
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "hygiene")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.note.isVisible() and "not on the list" in picker.note.text()
    assert picker.shown_names() == ["Cleaning", "Elderly care"]
    _shot(dialog, "vacancy_dialog")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), dialog.error.text()

    [row] = vacancies.vacancies(admin_ctx, eid)
    stored = vacancies.get_vacancy(admin_ctx, row.id)
    assert (stored["required_language"], stored["skills"]) == ("en", ["cleaning", "elderly_care"])

    again = VacancyDialog(admin_ctx, eid, row.id)
    qtbot.addWidget(again)
    assert again.fields["required_language"].currentText() == "English"  # type: ignore[attr-defined]
    assert again.fields["skills"].shown_names() == ["Cleaning", "Elderly care"]  # type: ignore[attr-defined]


def test_the_record_picks_skills_by_name_and_keeps_her_mobility(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    skills.add_skill(admin_ctx, "Bike repair")
    pid = participants.create(
        admin_ctx,
        {
            "first_name": "Hiba",
            "last_name": "Haddad",
            "enrolled_on": date(2026, 1, 5),
            "skills": ["elderly care", "Cash_Register", "bike-repair"],
        },
    )
    record = make_record(qtbot, admin_ctx, db_path)
    assert record.load(pid)
    record.tabs.setCurrentWidget(record.background)
    picker = record.background.skills
    assert picker.shown_names() == ["Bike repair", "Cash register", "Elderly care"]
    assert not record.has_unsaved_changes()

    # Pick from the suggestions with the keyboard: a few letters, Down, Enter.
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "sew")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sewing" in picker.shown_names())
    # Remove one: select it, Delete.
    picker.chosen.setFocus()
    picker.chosen.setCurrentRow(picker.shown_names().index("Cash register"))
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    assert picker.shown_names() == ["Bike repair", "Elderly care", "Sewing"]
    assert not any("_" in name for name in picker.shown_names())
    _shot(record, "record_skills")

    record.tabs.setCurrentWidget(record.family)
    record.family.would_relocate.setFocus()
    qtbot.keyClick(record.family.would_relocate, Qt.Key.Key_Space)
    record.family.commutes_to.setFocus()
    qtbot.keyClicks(record.family.commutes_to, "Amsterdam, haarlem")
    _shot(record, "record_mobility")
    with qtbot.waitSignal(record.saved):
        qtbot.keyClick(record.family.commutes_to, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = participants.get(admin_ctx, pid)
    assert stored["skills"] == ["bike_repair", "elderly_care", "sewing"]
    assert stored["would_relocate"] is True
    assert stored["commutes_to"] == ["Amsterdam", "haarlem"]


def _settings_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    tabs = window.settings_screen.tabs
    (index,) = [i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_an_administrator_adds_a_skill_in_settings(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    _settings_tab(qtbot, main_window, "Skills")
    panel = main_window.settings_screen.skills
    shown = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert "Elderly care" in shown and not any("_" in s for s in shown)
    panel.new_skill.setFocus()
    qtbot.keyClicks(panel.new_skill, "Bike repair")
    qtbot.keyClick(panel.new_skill, Qt.Key.Key_Return)
    assert skills.SkillItem("bike_repair", "Bike repair", False) in skills.list_skills(admin_ctx)
    assert panel.message.text() == "Bike repair was added to the list."
    assert panel.table.currentItem().text() == "Bike repair"
    qtbot.keyClicks(panel.new_skill, "bike-REPAIR")
    qtbot.keyClick(panel.new_skill, Qt.Key.Key_Return)
    assert "already on the list" in panel.message.text()
    _shot(main_window, "settings_skills")


def test_others_read_the_skills_but_do_not_add(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    manager = login_as(Role.MANAGER, admin_ctx.actor.site_id)
    state = AppState(db_path)
    state.set_context(manager)
    panel = SkillsPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.table.rowCount() == len(skills.BUILTIN_SKILLS)
    assert not panel.add_button.isEnabled() and not panel.new_skill.isEnabled()
    assert panel.message.text() == "Only administrators add skills to the list."


def test_a_site_gets_its_country_by_name(qtbot: QtBot, admin_ctx: Context) -> None:
    [row] = sites.list_site_rows(admin_ctx)
    assert row.country is None
    dialog = SiteDialog(admin_ctx, row)
    qtbot.addWidget(dialog)
    dialog.show()
    country = dialog.fields["country"]
    assert isinstance(country, QComboBox)
    assert country.currentText() == "Not set"
    country.setFocus()
    qtbot.keyClicks(country, "Netherlands")
    assert country.currentData() == "NL"
    _shot(dialog, "site_dialog")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), dialog.error.text()
    [row] = sites.list_site_rows(admin_ctx)
    assert row.country == "NL"
    eid = employers.create_employer(admin_ctx, {"name": "Zorg", "site_id": row.id})
    assert vacancies.default_language(admin_ctx, eid) == "nl"


def test_reasons_read_as_words_in_the_dialog(qapp: object) -> None:
    job = Opening(1, "Thuishulp", "Zorg", "Amsterdam", required_cefr=CefrLevel.A2,
                  skills=("elderly_care", "cash_register"), language="nl")  # fmt: skip
    commuter = Candidate(
        2, "W4I-2", "Hiba", (("nl", CefrLevel.A1),), ("Elderly care",), "Utrecht",
        commutes_to=("amsterdam",), has_sharing_consent=True,
    )  # fmt: skip
    texts = [matching_dialog.reason_text(r) for r in score(commuter, job).reasons]
    assert texts[0] == "Dutch: A1, one level below the required A2"
    assert texts[1] == "skills: Elderly care (1 of 2)"
    assert "lives in Utrecht, commutes to Amsterdam" in texts
    mover = Candidate(3, "W4I-3", "Rosa", (), (), "Rotterdam", would_relocate=True)
    why = matching_dialog.explanation(score(mover, job))
    assert why.startswith("Excluded: no consent to share her data with employers; ")
    assert "Dutch: level not assessed, A2 required" in why
    assert "lives in Rotterdam, would relocate to Amsterdam" in why
    unnamed = Opening(4, "Job", "Coop", required_cefr=CefrLevel.B1)
    [first, *_] = score(Candidate(5, "W4I-5", "Ada", (("", CefrLevel.B2),)), unnamed).reasons[1:]
    assert matching_dialog.reason_text(first) == "Host language: B2, above the required B1"
    assert not any("_" in t for t in [*texts, why])


def test_the_issue_example_in_the_matching_dialog(qtbot: QtBot, admin_ctx: Context) -> None:
    eid = _amsterdam_employer(admin_ctx)
    job = vacancies.create_vacancy(
        admin_ctx,
        eid,
        {"title": "Thuishulp", "required_cefr": "A2", "skills": ["elderly_care", "cleaning"]},
    )

    def woman(name: str, town: str, language: str, level: str, **values: object) -> int:
        pid = participants.create(
            admin_ctx,
            {"first_name": name, "last_name": "Test", "enrolled_on": date(2026, 1, 5),
             "municipality": town, "skills": ["elderly care"], **values},
        )  # fmt: skip
        consents.record_consent(
            admin_ctx, pid, ConsentPurpose.SHARING_WITH_EMPLOYERS, date(2026, 1, 5), "2026-1"
        )
        with admin_ctx.db.transaction() as session:
            session.add(
                LanguageAssessment(participant_id=pid, language=language, level=level,
                                   stage="intake", assessed_on=date(2026, 1, 6))
            )  # fmt: skip
        return pid

    woman("Giulia", "Milano", "it", "B2")
    local = woman("Sanne", "Amsterdam", "nl", "A2")
    commuter = woman("Hiba", "Utrecht", "nl", "A2", commutes_to=["Amsterdam"])
    dialog = MatchingDialog(admin_ctx, vacancy_id=job)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)  # computed in the background
    assert [m.participant_id for m in dialog.matches] == [local, commuter]
    why = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert why[0].startswith("Dutch: A2, meets the required A2; skills: Elderly care (1 of 2)")
    assert "lives in Utrecht, commutes to Amsterdam" in why[1]
    _shot(dialog, "matching_dialog")
