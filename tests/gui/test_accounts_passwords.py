"""The add-user, reset and forgotten-password dialogs show how hard the new password is to
guess as it is typed, and refuse a weak one inside the dialog (issue 16)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.gui.test_employers_screen import type_into
from tests.gui.test_participant_record import SHOTS
from tests.gui.test_settings_accounts import _settings_tab
from w4i_desktop.enums import Role
from w4i_desktop.services import accounts, users
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.password_hint import PasswordHint
from w4i_desktop.views.window.login import LoginPage
from w4i_desktop.views.window.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _in_dialog(name: str, steps: list[tuple[dict[str, str], str]], seen: list[str]) -> None:
    """In the dialog `name`: for each step, clear and type its fields, note the hint, press
    OK and note the error (or "accepted")."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FormDialog) or dialog.objectName() != name:
            QTimer.singleShot(10, run)
            return
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        (hint,) = dialog.findChildren(PasswordHint)
        for typed, shot in steps:
            for key, text in typed.items():
                field = dialog.fields[key]
                field.clear()  # type: ignore[attr-defined]
                type_into(field, text)
            seen.append("hint: " + hint.text())
            if shot and os.environ.get("W4I_SCREENSHOTS") == "1":
                dialog.grab().save(str(SHOTS / f"{shot}.png"))
            ok.click()
            if not dialog.isVisible():
                seen.append("accepted")
                return
            seen.append(dialog.error.text())
        dialog.reject()

    QTimer.singleShot(0, run)


def test_adding_a_user_shows_the_hint_and_refuses_a_weak_password(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context
) -> None:
    _settings_tab(qtbot, main_window, "Users")
    panel = main_window.settings_screen.users
    first = {
        "display_name": "Giulia Bianchi",
        "username": "giulia",
        "password": "password",
        "repeated": "password",
    }
    named = {"password": "Test Org 2026", "repeated": "Test Org 2026"}  # the organisation's name
    strong = {"password": "staple battery lantern", "repeated": "staple battery lantern"}
    seen: list[str] = []
    _in_dialog(
        "newUserDialog", [(first, "add_user_weak"), (named, ""), (strong, "add_user_strong")], seen
    )
    qtbot.mouseClick(panel.add_button, LEFT)
    assert seen == [
        "hint: Weak: too easy to guess, it would be refused.",
        "This password is too easy to guess. A short sentence of four or five unusual words is "
        "strong and easy to remember.",
        "hint: Weak: too easy to guess, it would be refused.",
        "This password is too easy to guess: it uses the user name or the organisation's name. "
        "Choose another one.",
        "hint: Strong.",
        "accepted",
    ]
    names = [a.username for a in accounts.list_accounts(admin_ctx)]
    assert sorted(names) == ["admin", "giulia"]


def test_a_reset_to_a_weak_password_is_refused_in_the_dialog(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, db_path: Path
) -> None:
    users.add_user(admin_ctx, "sara", "user-password-1", Role.STAFF, kdf=FAST_KDF)
    _settings_tab(qtbot, main_window, "Users")
    panel = main_window.settings_screen.users
    row = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())].index("sara")
    panel.table.selectRow(row)
    seen: list[str] = []
    weak = {"password": "sara2026", "repeated": "sara2026"}  # her own name and a year
    fair = {"password": "river-kettle", "repeated": "river-kettle"}
    _in_dialog("resetPasswordDialog", [(weak, "reset_weak"), (fair, "")], seen)
    qtbot.mouseClick(panel.reset_button, LEFT)
    assert seen[0] == "hint: Weak: too easy to guess, it would be refused."
    assert "too easy to guess" in seen[1]
    assert seen[2:] == ["hint: Fair: accepted. Longer is stronger.", "accepted"]
    main_window.lock()
    users.login(db_path, "sara", "river-kettle").db.close()


def test_the_recovery_key_reset_refuses_a_weak_password_then_says_so_in_green(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "forgot.db"
    created = users.create_database(
        path, "admin", ADMIN_PASSWORD, organisation="Org", site_name="Madrid", kdf=FAST_KDF
    )
    created.context.db.close()
    page = LoginPage(AppState(path))
    qtbot.addWidget(page)
    page.show()
    page.username.setText("admin")
    key = {"recovery_key": created.recovery_code}
    weak = {**key, "password": "password", "repeated": "password"}
    strong = {"password": "lantern-kettle-41", "repeated": "lantern-kettle-41"}
    seen: list[str] = []
    _in_dialog("recoveryResetDialog", [(weak, ""), (strong, "")], seen)
    qtbot.mouseClick(page.forgot_button, LEFT)
    assert seen[0] == "hint: Weak: too easy to guess, it would be refused."
    assert "too easy to guess" in seen[1]
    assert seen[3] == "accepted"
    # What went well is not said in the red of errors.
    assert page.error.text() == "The new password is set. Sign in with it."
    assert page.error.property("kind") == "info"
    qtbot.keyClicks(page.password, "lantern-kettle-41")
    with qtbot.waitSignal(page.logged_in):
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    page.state.lock()
