"""Matching from the screens: candidates for a vacancy, vacancies for her."""

from __future__ import annotations

import os
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_dialog
from tests.gui.test_participant_record import SHOTS
from w4i_desktop.enums import ConsentPurpose
from w4i_desktop.models import LanguageAssessment
from w4i_desktop.services import consents, employers, matching, participants, sites, vacancies
from w4i_desktop.services.context import Context
from w4i_desktop.views.employer.matching_dialog import MatchingDialog
from w4i_desktop.views.window.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _woman(ctx: Context, first: str, level: str | None, consent: bool, **values: object) -> int:
    pid = participants.create(
        ctx, {"first_name": first, "last_name": "Test", "enrolled_on": date(2026, 1, 5), **values}
    )
    if consent:
        consents.record_consent(
            ctx, pid, ConsentPurpose.SHARING_WITH_EMPLOYERS, date(2026, 1, 5), "2026-1"
        )
    if level:
        with ctx.db.transaction() as session:
            session.add(
                LanguageAssessment(
                    participant_id=pid,
                    language="it",
                    level=level,
                    stage="intake",
                    assessed_on=date(2026, 1, 5),
                )
            )
    return pid


def test_candidates_best_first_with_reasons_and_only_with_consent(
    qtbot: QtBot,
    main_window: MainWindow,
    admin_ctx: Context,
) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Hotel Sole", "municipality": "Milano"})
    vid = vacancies.create_vacancy(
        admin_ctx,
        eid,
        {
            "title": "Chambermaid",
            "required_cefr": "B1",
            "skills": ["cleaning"],
            "schedule_days": ["mon", "tue", "wed"],
            "start_time": "09:00",
            "end_time": "14:00",
        },
    )
    site = admin_ctx.actor.site_id
    assert site is not None
    sites.change_site(admin_ctx, site, "Milano", "Milano", True, country="IT")
    common = {"available_days": ["mon", "tue", "wed", "thu", "fri"], "municipality": "Milano"}
    best = _woman(admin_ctx, "Amal", "B1", True, skills=["cleaning"], **common)
    lower = _woman(admin_ctx, "Binta", "A2", True, skills=["cooking"], **common)
    _woman(admin_ctx, "Chiara", "C1", False, skills=["cleaning"], **common)  # no consent
    far = _woman(admin_ctx, "Dilnoza", None, True, skills=["cleaning"], **common)
    elsewhere = {**common, "municipality": "Torino"}
    _woman(admin_ctx, "Ewa", "C1", True, skills=["cleaning"], **elsewhere)  # out of reach

    main_window.employers.open_employer(eid)
    record = main_window.employers.record
    record.tabs.setCurrentWidget(record.vacancies)
    record.vacancies.table.setFocus()
    record.vacancies.table.selectRow(0)
    qtbot.mouseClick(record.candidates_button, LEFT)
    dialog = shown_dialog(MatchingDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)  # computed in the background
    ids = [m.participant_id for m in dialog.matches]
    assert ids == [best, lower, far]  # Chiara did not agree to share her profile
    why = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert why[0].startswith("Italian: B1, meets the required B1; skills: Cleaning (1 of 1)")
    assert "Italian: A2, one level below the required B1" in why[1]
    assert "none of the skills asked: Cleaning" in why[1]
    assert why[2].startswith("Excluded: Italian: level not assessed, B1 required")
    assert not any("_" in text for text in why)
    assert dialog.model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()  # marked
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        dialog.grab().save(str(SHOTS / "matching_candidates.png"))

    # Withdrawing her consent removes her.
    consents.withdraw_consent(admin_ctx, lower, ConsentPurpose.SHARING_WITH_EMPLOYERS, date.today())
    again = main_window.candidates_for(vid)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.loading)
    assert [m.participant_id for m in again.matches] == [best, far]

    # Enter opens the best candidate's record.
    qtbot.keyClick(again.table, Qt.Key.Key_Return)
    assert main_window.participants.record.participant_id == best
    assert not again.isVisible()
    dialog.close()


def test_vacancies_for_her_from_the_placements_tab(
    qtbot: QtBot,
    main_window: MainWindow,
    admin_ctx: Context,
) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Bakery Sol", "municipality": "Milano"})
    vacancies.create_vacancy(admin_ctx, eid, {"title": "Baker", "required_cefr": "A2"})
    vacancies.create_vacancy(admin_ctx, eid, {"title": "Shop assistant", "required_cefr": "C1"})
    pid = _woman(admin_ctx, "Amal", "B1", False, municipality="Milano")
    main_window._show_participant(pid)
    tab = main_window.participants.record.placements
    main_window.participants.record.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.matching_button, LEFT)
    dialog = shown_dialog(MatchingDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        pass
    titles = [m.vacancy_title for m in dialog.matches]
    assert titles == ["Baker", "Shop assistant"]
    assert all("no consent" in dialog.model.index(r, 2).data() for r in range(2))
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        dialog.grab().save(str(SHOTS / "matching_vacancies.png"))
    dialog.close()


def test_the_dialog_opens_at_once_and_the_candidates_come_from_a_worker(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Hotel Luna", "municipality": "Milano"})
    vid = vacancies.create_vacancy(admin_ctx, eid, {"title": "Cook", "required_cefr": "A2"})
    amal = _woman(admin_ctx, "Amal", "B1", True, municipality="Milano")
    release, threads = threading.Event(), []
    real = matching.candidates_for_vacancy

    def slow(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        assert release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matching, "candidates_for_vacancy", slow)
    dialog = main_window.candidates_for(vid)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.loading and dialog.heading.text() == "Looking for candidates…"
    assert dialog.model.rowCount() == 0
    dialog.close()  # she need not wait: Close works while it looks
    assert not dialog.isVisible()
    again = main_window.candidates_for(vid)
    qtbot.addWidget(again)
    release.set()
    qtbot.waitUntil(lambda: not again.loading)
    assert [m.participant_id for m in again.matches] == [amal]
    assert again.heading.text().startswith("Cook at Hotel Luna: 1 candidate")
    assert threads and all(t is not threading.main_thread() for t in threads)
