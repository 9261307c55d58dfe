"""The import wizard: file, columns, dry run with every problem, then all rows at once."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from w4i_desktop.enums import Role, StepKind
from w4i_desktop.services import participant_search, participants, record_views
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.importing import import_wizard
from w4i_desktop.views.importing.import_wizard import ImportWizard

NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton  # the check page's "Import"
BACK = QWizard.WizardButton.BackButton
LEFT = Qt.MouseButton.LeftButton

ITALIAN_CSV = (
    "Cognome;Nome;Data di nascita;Paese di nascita;Telefono\n"
    "Rossi;Amina;03/04/1990;Marocco;+39 333 1234567\n"
    "Bianchi;Oksana;31/02/1988;Ucraina;\n"
    "Verdi;Lucía;1985-11-30;Perù;333 7654321\n"
)


@pytest.fixture
def wizard(qtbot: QtBot, state: AppState) -> ImportWizard:
    shown = ImportWizard(state)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _shot(wizard: ImportWizard, name: str) -> None:
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        wizard.grab().save(str(SHOTS / f"import_{name}.png"))


def test_an_italian_csv_with_a_bad_row(
    qtbot: QtBot,
    wizard: ImportWizard,
    admin_ctx: Context,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "partecipanti.csv"
    source.write_bytes(ITALIAN_CSV.encode("cp1252"))  # as Excel on Windows saves it
    qtbot.keyClicks(wizard.file_page.path, str(source))
    _shot(wizard, "1_file")
    qtbot.mouseClick(wizard.button(NEXT), LEFT)

    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    chosen = {
        mapping.table.item(row, 0).text(): combo.currentData()
        for row, combo in enumerate(mapping.combos)
    }
    assert chosen["Cognome"] == "last_name" and chosen["Data di nascita"] == "birth_date"
    phone = mapping.combos[4]
    assert isinstance(phone, QComboBox)
    phone.setFocus()
    phone.setCurrentIndex(phone.findData(None))  # leave the phones out
    _shot(wizard, "2_mapping")
    qtbot.mouseClick(wizard.button(NEXT), LEFT)

    check = wizard.check_page
    assert wizard.currentPage() is check
    assert "3" in check.summary.text() and "1" in check.summary.text()
    assert check.problems.rowCount() == 1
    assert check.problems.item(0, 0).text() == "3"  # the row in the file
    assert check.problems.item(0, 1).text() == "Data di nascita"
    assert not wizard.button(IMPORT).isEnabled()  # all or nothing, unless she says otherwise
    _shot(wizard, "3_check")

    rejected = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rejected), ""))
    seen = answer_modal(standard(QMessageBox.StandardButton.Close))
    qtbot.mouseClick(check.save_rejected, LEFT)
    assert seen == ["writtenBox"]
    rows = list(load_workbook(io.BytesIO(rejected.read_bytes())).active.values)
    assert any("Bianchi" in [str(v) for v in row] for row in rows)

    check.skip_rejected.setFocus()
    qtbot.keyClick(check.skip_rejected, Qt.Key.Key_Space)
    assert wizard.button(IMPORT).isEnabled()
    qtbot.mouseClick(wizard.button(IMPORT), LEFT)
    assert wizard.currentPage() is wizard.done_page
    assert "2" in wizard.done_page.text.text()
    _shot(wizard, "4_done")
    found = participant_search.search(admin_ctx, participant_search.ParticipantQuery())
    assert sorted(r.name for r in found) == ["Amina Rossi", "Lucía Verdi"]
    assert all(participants.get(admin_ctx, r.id)["phone"] is None for r in found)


WOMEN_CSV = (
    "Cognome;Nome;Data di nascita;Telefono;Data di iscrizione\n"
    "Rossi;Amina;03/04/1990;+39 333 1234567;02/09/2025\n"
    "Verdi;Lucía;1985-11-30;;\n"
    "Bruni;Olga;;333 7654321;15/01/2025\n"
    "Neri;Ana;;;\n"
)


def _to_check_page(qtbot: QtBot, wizard: ImportWizard, source: Path) -> None:
    qtbot.keyClicks(wizard.file_page.path, str(source))
    qtbot.mouseClick(wizard.button(NEXT), LEFT)
    assert wizard.currentPage() is wizard.mapping_page
    qtbot.mouseClick(wizard.button(NEXT), LEFT)
    assert wizard.currentPage() is wizard.check_page


def test_a_finished_import_cannot_be_run_again(
    qtbot: QtBot,
    wizard: ImportWizard,
    admin_ctx: Context,
    login_as: UserFactory,
    tmp_path: Path,
) -> None:
    staff = login_as(Role.STAFF, site_id=admin_ctx.actor.site_id)
    source = tmp_path / "donne.csv"
    source.write_text(WOMEN_CSV, encoding="utf-8")
    _to_check_page(qtbot, wizard, source)
    check = wizard.check_page
    assert check.problems.rowCount() == 0
    combo = check.caseworker
    assert combo.isVisible() and combo.currentData() is None  # "To assign" unless chosen
    assert combo.itemText(0) == "To assign"
    combo.setFocus()
    while combo.currentData() != staff.actor.user_id:  # as she would, with the arrow keys
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    import_button = wizard.button(IMPORT)
    assert import_button.isVisible() and import_button.text().replace("&", "") == "Import"
    qtbot.mouseClick(import_button, LEFT)
    done = wizard.done_page
    assert wizard.currentPage() is done
    assert "4 participants were added." in done.text.text()
    assert f"with {combo.currentText()} as her caseworker" in done.text.text()
    _shot(wizard, "wizard_done")  # docs/screenshots/import_wizard_done.png

    found = participant_search.search(admin_ctx, participant_search.ParticipantQuery())
    assert len(found) == 4
    for row in found:
        assert participants.get(admin_ctx, row.id)["caseworker_id"] == staff.actor.user_id
        steps = record_views.pathway_steps(admin_ctx, row.id)
        assert [s.kind for s in steps][:2] == [StepKind.INTAKE, StepKind.CONSENT]

    # No way back to the check's results: Back is gone, the Import button with them.
    back = wizard.button(BACK)
    assert not back.isVisible() and not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    qtbot.mouseClick(back, LEFT)
    assert wizard.currentPage() is done
    assert wizard.plan is None

    # Import another file: from the start, and the same file is checked afresh.
    qtbot.mouseClick(done.again, LEFT)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.path.text() == ""
    qtbot.waitUntil(wizard.file_page.path.hasFocus)  # ready for the next file's path
    _to_check_page(qtbot, wizard, source)
    assert check.problems.rowCount() == 4
    codes = {r.code for r in found}
    for index in range(4):
        message = check.problems.item(index, 2).text()
        assert "already" in message and any(code in message for code in codes)
    assert not wizard.button(IMPORT).isEnabled()
    qtbot.mouseClick(check.skip_rejected, LEFT)
    assert not wizard.button(IMPORT).isEnabled()  # leaving them out leaves nothing
    qtbot.mouseClick(wizard.button(IMPORT), LEFT)
    assert wizard.currentPage() is check
    assert participant_search.count(admin_ctx, participant_search.ParticipantQuery()) == 4


def test_cancel_during_the_import_keeps_nothing(
    qtbot: QtBot,
    wizard: ImportWizard,
    admin_ctx: Context,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "donne.csv"
    source.write_text(WOMEN_CSV, encoding="utf-8")
    _to_check_page(qtbot, wizard, source)
    pressed = threading.Event()
    real = import_wizard.run_import

    def held_until_cancel(*args: object, **kwargs: object) -> object:
        assert threading.current_thread() is not threading.main_thread()
        ctx, plan, progress = args

        def told(done: int, total: int) -> bool:
            if done > 0:  # rows are being written when she presses Cancel
                assert pressed.wait(10)
            return progress(done, total)  # type: ignore[operator, no-any-return]

        return real(ctx, plan, told, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_wizard, "run_import", held_until_cancel)
    seen: list[str] = []

    def press() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        if modal.objectName() == "importProgress" and not pressed.is_set():
            button = modal.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            qtbot.mouseClick(button, LEFT)
            seen.append("Cancel")
            pressed.set()
        elif isinstance(modal, QMessageBox):
            seen.append(modal.text())
            modal.button(QMessageBox.StandardButton.Ok).click()
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(10)
    qtbot.mouseClick(wizard.button(IMPORT), LEFT)
    timer.stop()
    assert seen == ["Cancel", "Cancelled: nothing was imported."]
    assert wizard.currentPage() is wizard.check_page
    assert participant_search.count(admin_ctx, participant_search.ParticipantQuery()) == 0
