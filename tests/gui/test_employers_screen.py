"""Employers, vacancies and placements through the screens, by keyboard and mouse."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_participant_record import SHOTS
from w4i_desktop.enums import CefrLevel, StepKind, StepStatus
from w4i_desktop.services import employers, participants, pathways, record_views, vacancies
from w4i_desktop.services.context import Context
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

LEFT = Qt.MouseButton.LeftButton


def fill_form_dialog(name: str, fill: Callable[[FormDialog], None], seen: list[str]) -> None:
    """In the next dialog called `name`, type with `fill`, then press OK."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FormDialog) or dialog.objectName() != name:
            QTimer.singleShot(10, step)
            return
        try:
            fill(dialog)
        except Exception as exc:  # a failed step must not leave the dialog waiting forever
            seen.append(f"failed in {name}: {exc!r}")
            dialog.reject()
            return
        if os.environ.get("W4I_SCREENSHOTS") == "1":
            dialog.grab().save(str(SHOTS / f"employer_{name}.png"))
        seen.append(name)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        if dialog.isVisible():  # refused: say why in the test's failure
            seen.append("refused: " + dialog.error.text())
            dialog.reject()

    QTimer.singleShot(0, step)


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def choose(combo: QWidget, text: str) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    combo.setFocus()
    combo.setCurrentIndex(index)


def test_create_employer_vacancy_and_placement(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Oksana", "last_name": "Koval"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, date(2026, 1, 5), admin_ctx.actor.user_id)
    code = participants.get(admin_ctx, pid)["code"]
    screen = main_window.employers
    qtbot.mouseClick(screen.list.new_button, LEFT)
    record = screen.record
    assert screen.stack.currentIndex() == 1
    qtbot.keyClicks(record.fields["name"], "Trattoria Da Nonna")
    choose(record.fields["sector"], "I ·")
    type_into(record.fields["municipality"], "Milano")
    qtbot.keyClick(record.fields["municipality"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert record.employer_id is not None
    eid = record.employer_id
    assert employers.get_employer(admin_ctx, eid)["sector"] == "I"

    seen: list[str] = []
    record.tabs.setCurrentWidget(record.contacts)
    fill_form_dialog(
        "contactDialog",
        lambda d: (type_into(d.fields["name"], "Giulia Bianchi"),
                   type_into(d.fields["email"], "giulia@example.org")),
        seen,
    )  # fmt: skip
    qtbot.mouseClick(record.add_contact_button, LEFT)
    record.tabs.setCurrentWidget(record.log)
    fill_form_dialog(
        "interactionDialog", lambda d: type_into(d.fields["summary"], "Met the owner"), seen
    )
    qtbot.mouseClick(record.log_button, LEFT)

    record.tabs.setCurrentWidget(record.vacancies)

    def vacancy(d: FormDialog) -> None:
        type_into(d.fields["title"], "Kitchen assistant")
        d.fields["hours_per_week"].setValue(20)  # type: ignore[attr-defined]
        type_into(d.fields["start_time"], "9")
        type_into(d.fields["end_time"], "14")
        choose(d.fields["required_cefr"], "A2")
        skills = d.fields["skills"].edit  # type: ignore[attr-defined]
        type_into(skills, "Cooking")  # picked from the list by name, Enter adds it
        QTest.keyClick(skills, Qt.Key.Key_Return)

    fill_form_dialog("vacancyDialog", vacancy, seen)
    qtbot.mouseClick(record.new_vacancy_button, LEFT)
    assert seen == ["contactDialog", "interactionDialog", "vacancyDialog"]
    assert record.contacts.model.rowCount() == 1
    assert record.log.model.index(0, 2).data() == "Met the owner"
    assert record.vacancies.model.index(0, 0).data() == "Kitchen assistant"
    (row,) = vacancies.vacancies(admin_ctx, eid)
    assert row.required_cefr is CefrLevel.A2 and row.municipality == "Milano"
    assert vacancies.get_vacancy(admin_ctx, row.id)["skills"] == ["cooking"]
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "employer_record.png"))

    record.tabs.setCurrentWidget(record.placements)

    def placement(d: FormDialog) -> None:
        type_into(d.fields["code"], code.removeprefix("W4I-").lower())
        choose(d.fields["vacancy_id"], "Kitchen assistant")
        choose(d.fields["type"], "Fixed-term")
        d.fields["start_date"].set_field_value(date(2026, 1, 31))  # type: ignore[attr-defined]

    fill_form_dialog("placementDialog", placement, seen)
    qtbot.mouseClick(record.new_placement_button, LEFT)
    assert seen[-1] == "placementDialog"
    shown = [record.placements.model.index(0, column).data() for column in range(3)]
    assert shown == ["Oksana Koval", code, "Kitchen assistant"]  # staff may see her name
    follow_ups = {
        s.kind: s.due_on
        for s in record_views.pathway_steps(admin_ctx, pid)
        if s.kind in (StepKind.FOLLOW_UP_1M, StepKind.FOLLOW_UP_6M)
    }
    assert follow_ups == {
        StepKind.FOLLOW_UP_1M: date(2026, 2, 28),
        StepKind.FOLLOW_UP_6M: date(2026, 7, 31),
    }

    qtbot.mouseClick(screen.findChild(QWidget, "employersBack"), LEFT)
    assert screen.stack.currentIndex() == 0
    assert screen.list.model.index(0, 0).data() == "Trattoria Da Nonna"
    assert screen.list.model.index(0, 3).data() == "1"  # open vacancies
    screen.list.engaged.setFocus()
    qtbot.keyClick(screen.list.engaged, Qt.Key.Key_Space)
    assert screen.list.model.rowCount() == 1  # a contact logged today: engaged this quarter
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "employers_list.png"))


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Bakery Sol"})
    screen = main_window.employers
    screen.open_employer(eid)
    record = screen.record
    record.tabs.setCurrentWidget(record.vacancies)
    seen: list[str] = []

    def bad_times(d: FormDialog) -> None:
        type_into(d.fields["title"], "Baker")
        type_into(d.fields["start_time"], "18")
        type_into(d.fields["end_time"], "9")

    fill_form_dialog("vacancyDialog", bad_times, seen)
    qtbot.mouseClick(record.new_vacancy_button, LEFT)
    assert seen[0] == "vacancyDialog"
    assert seen[1].startswith("refused: ") and "ends before it starts" in seen[1]
    assert vacancies.vacancies(admin_ctx, eid) == []


def test_follow_up_from_her_record_completes_the_step(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    from w4i_desktop.enums import PlacementType
    from w4i_desktop.services import placements

    pid = participants.create(admin_ctx, {"first_name": "Aisha", "last_name": "Bello"})
    eid = employers.create_employer(admin_ctx, {"name": "Hotel Sole"})
    placements.create_placement(admin_ctx, pid, eid, PlacementType.PERMANENT, date(2025, 10, 1))
    main_window.nav.setCurrentRow(SCREENS.index("participants"))
    main_window.participants.open_participant(pid)
    record = main_window.participants.record
    tab = record.placements
    record.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    tab.table.selectRow(0)
    seen: list[str] = []

    def follow_up(d: FormDialog) -> None:
        choose(d.fields["months"], "After 3 months")
        d.fields["on"].set_field_value(date(2026, 1, 8))  # type: ignore[attr-defined]
        d.fields["still_employed"].setFocus()
        QTest.keyClick(d.fields["still_employed"], Qt.Key.Key_Space)

    fill_form_dialog("followUpDialog", follow_up, seen)
    qtbot.mouseClick(tab.follow_up_button, LEFT)
    assert seen == ["followUpDialog"]
    three = next(
        s for s in record_views.pathway_steps(admin_ctx, pid) if s.kind is StepKind.FOLLOW_UP_3M
    )
    assert (three.status, three.completed_on) == (StepStatus.DONE, date(2026, 1, 8))
    assert "Done" in [
        record.pathway.model.index(r, 2).data() for r in range(record.pathway.model.rowCount())
    ]


def test_an_employer_saved_meanwhile_by_someone_else_is_not_overwritten(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Hotel Sole", "municipality": "Milano"})
    screen = main_window.employers
    screen.open_employer(eid)
    record = screen.record
    employers.update_employer(admin_ctx, eid, {"municipality": "Monza"}, 1)  # someone else
    type_into(record.fields["name"], " & Spa")
    qtbot.keyClick(record.fields["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert record.message.is_error
    assert "changed: Municipality." in record.message.text()
    stored = employers.get_employer(admin_ctx, eid)
    assert (stored["name"], stored["municipality"]) == ("Hotel Sole", "Monza")
    assert record.fields["name"].text() == "Hotel Sole & Spa"  # her typing is still there
