"""Users and sites in Settings, and the forgotten-password reset at sign-in, through the
widgets."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, UserFactory
from tests.gui.test_employers_screen import choose, fill_form_dialog, type_into
from tests.gui.test_participant_record import SHOTS, answer_modal, standard
from w4i_desktop.enums import Role
from w4i_desktop.services import accounts, sites, users
from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.window.login import LoginPage
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

LEFT = Qt.MouseButton.LeftButton


def _settings_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == SCREENS.index("settings")
    tabs = window.settings_screen.tabs
    (index,) = [i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _twice_then_ok(name: str, first: Callable[[FormDialog], None],
                   then: Callable[[FormDialog], None], seen: list[str]) -> None:  # fmt: skip
    """In the dialog `name`: type `first`, press OK and note the refusal; type `then`, OK."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FormDialog) or dialog.objectName() != name:
            QTimer.singleShot(10, step)
            return
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        first(dialog)
        ok.click()
        seen.append(dialog.error.text() if dialog.isVisible() else "accepted at once")
        if dialog.isVisible():
            then(dialog)
            if os.environ.get("W4I_SCREENSHOTS") == "1":
                dialog.grab().save(str(SHOTS / f"settings_{name}.png"))
            ok.click()
            seen.append("refused: " + dialog.error.text() if dialog.isVisible() else "accepted")
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)


def test_an_administrator_adds_deactivates_and_readmits_a_user(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, db_path: Path
) -> None:
    _settings_tab(qtbot, main_window, "Users")
    panel = main_window.settings_screen.users
    assert panel.table.rowCount() == 1  # the administrator

    def fill(d: FormDialog) -> None:
        type_into(d.fields["display_name"], "Giulia Bianchi")
        type_into(d.fields["username"], "giulia")
        choose(d.fields["role"], "Volunteer")
        type_into(d.fields["password"], "correct-horse")
        type_into(d.fields["repeated"], "correct-hors")

    def fix(d: FormDialog) -> None:
        type_into(d.fields["repeated"], "e")

    seen: list[str] = []
    _twice_then_ok("newUserDialog", fill, fix, seen)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert seen == ["Password again: The two passwords differ.", "accepted"]
    cells = [panel.table.item(1, c).text() for c in range(panel.table.columnCount())]
    assert cells[:5] == ["Giulia Bianchi", "giulia", "Volunteer", "Milano", "Active"]

    panel.table.selectRow(1)
    clicked = answer_modal(standard(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(panel.deactivate_button, LEFT)
    assert clicked and panel.table.item(1, 4).text() == "Deactivated"
    assert not panel.deactivate_button.isEnabled()

    panel.table.selectRow(1)
    seen.clear()
    fill_form_dialog(
        "resetPasswordDialog",
        lambda d: (type_into(d.fields["password"], "staple-battery"),
                   type_into(d.fields["repeated"], "staple-battery")),
        seen,
    )  # fmt: skip
    qtbot.mouseClick(panel.reset_button, LEFT)
    assert seen == ["resetPasswordDialog"]
    assert panel.confirmation.isVisible()
    assert panel.confirmation.text() == "The password of Giulia Bianchi was changed."
    assert panel.table.item(0, 4).text() == "Active" and panel.table.item(1, 4).text() == "Active"
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "settings_users.png"))
    main_window.lock()  # closes the database, so another sign-in can open it
    ctx = users.login(db_path, "giulia", "staple-battery")
    assert ctx.actor.role == Role.VOLUNTEER
    ctx.db.close()


def test_a_changed_password_is_confirmed(
    qtbot: QtBot, main_window: MainWindow, db_path: Path
) -> None:
    """Setting her own password, the administrator reads that it was changed, in green on
    its own line (not the line for errors); a cancelled dialog confirms nothing."""
    _settings_tab(qtbot, main_window, "Users")
    panel = main_window.settings_screen.users
    panel.table.selectRow(0)  # herself
    assert not panel.confirmation.isVisible()
    seen: list[str] = []
    fill_form_dialog(
        "resetPasswordDialog",
        lambda d: (type_into(d.fields["password"], "a-new-long-one"),
                   type_into(d.fields["repeated"], "a-new-long-one")),
        seen,
    )  # fmt: skip
    qtbot.mouseClick(panel.reset_button, LEFT)
    assert seen == ["resetPasswordDialog"]
    assert panel.confirmation.isVisible()
    assert panel.confirmation.text() == "Your password was changed."
    assert "1b5e20" in panel.confirmation.styleSheet() and panel.message.text() == ""
    if os.environ.get("W4I_SCREENSHOTS") == "1" or os.environ.get("H7_SHOTS"):
        main_window.grab().save(os.environ.get("H7_SHOTS", str(SHOTS / "password_changed.png")))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(panel.reset_button, LEFT)
    assert not panel.confirmation.isVisible()
    main_window.lock()
    ctx = users.login(db_path, "admin", "a-new-long-one")
    ctx.db.close()


def test_an_administrator_cannot_deactivate_herself_and_edits_a_role(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, login_as: UserFactory
) -> None:
    staff = login_as(Role.STAFF)
    _settings_tab(qtbot, main_window, "Users")
    panel = main_window.settings_screen.users
    admin_row = panel.ids.index(admin_ctx.actor.user_id)
    panel.table.selectRow(admin_row)
    assert not panel.deactivate_button.isEnabled()
    panel.table.selectRow(panel.ids.index(staff.actor.user_id))
    seen: list[str] = []
    fill_form_dialog("editUserDialog", lambda d: choose(d.fields["role"], "Manager"), seen)
    qtbot.mouseClick(panel.edit_button, LEFT)
    assert seen == ["editUserDialog"]
    (row,) = [a for a in accounts.list_accounts(admin_ctx) if a.id == staff.actor.user_id]
    assert row.role == Role.MANAGER


def test_sites_are_managed_and_users_hidden_from_a_manager(
    qtbot: QtBot, admin_ctx: Context, login_as: UserFactory, db_path: Path
) -> None:
    manager = login_as(Role.MANAGER)
    state = AppState(db_path)
    state.set_context(manager)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _settings_tab(qtbot, window, "Sites")
    tabs = window.settings_screen.tabs
    assert not tabs.isTabVisible(window.settings_screen.users_tab)
    panel = window.settings_screen.sites
    seen: list[str] = []
    fill_form_dialog(
        "siteDialog",
        lambda d: (type_into(d.fields["name"], "Malmo Rosengard"),
                   type_into(d.fields["municipality"], "Malmo")),
        seen,
    )  # fmt: skip
    qtbot.mouseClick(panel.add_button, LEFT)
    assert seen == ["siteDialog"]
    names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert names == ["Malmo Rosengard", "Milano"]
    panel.table.selectRow(0)
    seen.clear()
    fill_form_dialog("siteDialog", lambda d: d.fields["active"].setChecked(False), seen)  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.edit_button, LEFT)
    assert seen == ["siteDialog"]
    statuses = {r.name: r.active for r in sites.list_site_rows(admin_ctx)}
    assert statuses == {"Malmo Rosengard": False, "Milano": True}
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        window.grab().save(str(SHOTS / "settings_sites.png"))


def test_a_forgotten_password_is_reset_with_the_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "forgot.db"
    created = users.create_database(
        path, "admin", ADMIN_PASSWORD, organisation="Org", site_name="Madrid", kdf=FAST_KDF
    )
    created.context.db.close()
    page = LoginPage(AppState(path))
    qtbot.addWidget(page)
    page.show()
    page.username.setText("admin")
    seen: list[str] = []
    fill_form_dialog(
        "recoveryResetDialog",
        lambda d: (type_into(d.fields["recovery_key"], created.recovery_code),
                   type_into(d.fields["password"], "remembered-now-7"),
                   type_into(d.fields["repeated"], "remembered-now-7")),
        seen,
    )  # fmt: skip
    qtbot.mouseClick(page.forgot_button, LEFT)
    assert seen == ["recoveryResetDialog"]
    assert "new password" in page.error.text()
    qtbot.keyClicks(page.password, "remembered-now-7")
    with qtbot.waitSignal(page.logged_in):
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
