"""The main window's menu bar and shortcuts, built in the current language (and built
again, replacing the old ones, when the language changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from w4i_desktop.enums import Role
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views.language import UI_LANGUAGES, chosen_language, language_name_in_itself
from w4i_desktop.views.window.getting_started import show_getting_started

if TYPE_CHECKING:
    from w4i_desktop.views.window.main_window import MainWindow

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate

# The screens a role sees only with this permission (the others are hidden, not refused).
SCREEN_ACTIONS = {
    "employers": Action.EMPLOYER_VIEW,
    "pathways": Action.PATHWAY_EDIT,
    "reports": Action.REPORT_PSEUDONYMISED,
}


def offers_screen(role: Role, key: str) -> bool:
    """Whether the screen `key` is offered to `role` (its menu entry, sidebar row, shortcut)."""
    needed = SCREEN_ACTIONS.get(key)
    return needed is None or allowed(role, needed)


def offer_screens(window: MainWindow, screens: tuple[str, ...], role: Role) -> None:
    """Only the screens `role` may open: the others leave the sidebar, the Go menu and their
    shortcuts (no refusal after the fact)."""
    for row, key in enumerate(screens):
        offered = offers_screen(role, key)
        window.nav.setRowHidden(row, not offered)
        window.go_actions[row].setVisible(offered)
        window.go_actions[row].setEnabled(offered)


def offer_actions(window: MainWindow, role: Role, *, local: bool) -> None:
    """At each sign-in: the session's actions enabled (locking disables them all), and those
    a role needs a permission for offered only to the roles the service allows (it refuses
    the others anyway). `local`: a database file (a shared one is backed up on its server)."""
    by_role = {
        window.retention_action: allowed(role, Action.PARTICIPANT_ERASE),
        window.backup_action: local and allowed(role, Action.BACKUP_RUN),
        window.import_action: allowed(role, Action.DATA_IMPORT),
        window.check_action: allowed(role, Action.AUDIT_VERIFY),
    }
    for action in (*window.session_actions, *by_role):
        action.setEnabled(True)
    for action, offered in by_role.items():
        action.setVisible(offered)
    window.restore_action.setVisible(local and allowed(role, Action.BACKUP_RESTORE))


def disable_session_actions(window: MainWindow) -> None:
    """Locked: nothing that needs the database."""
    for action in (
        *window.session_actions,
        window.retention_action,
        window.backup_action,
        window.import_action,
        window.check_action,
    ):
        action.setEnabled(False)


class MainMenus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.actions: list[QAction] = []
        self.build()

    def action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # its shortcut works while a menu is closed
        self.actions.append(action)
        return action

    def remove(self) -> None:
        """Take the menus, their actions and shortcuts off the window."""
        window = self.window
        for action in self.actions:
            window.removeAction(action)
            action.deleteLater()
        self.actions.clear()
        window.language_actions.deleteLater()
        for menu in window.menuBar().findChildren(QMenu):
            menu.deleteLater()
        window.menuBar().clear()

    def build(self) -> None:
        window = self.window
        file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
        window.new_action = self.action(
            translate("MainWindow", "&New participant"),
            QKeySequence.StandardKey.New,
            window.new_participant,
        )
        window.find_action = self.action(
            translate("MainWindow", "&Find participant"),
            QKeySequence.StandardKey.Find,
            window.find_participant,
        )
        window.intake_action = self.action(
            translate("MainWindow", "New &intake interview…"),
            "Ctrl+I",
            lambda: window.start_intake(None),
        )
        window.drafts_action = self.action(
            translate("MainWindow", "Intake &drafts…"), "Ctrl+Shift+I", window.drafts
        )
        window.retention_action = self.action(
            translate("MainWindow", "&Retention review…"), "", window.retention_review
        )
        window.import_action = self.action(
            translate("MainWindow", "I&mport a spreadsheet…"), "", window.import_spreadsheet
        )
        window.backup_action = self.action(
            translate("MainWindow", "&Back up now…"), "", window.back_up_now
        )
        window.restore_action = self.action(
            translate("MainWindow", "Res&tore a backup…"), "", window.restore_backup
        )
        window.lock_action = self.action(translate("MainWindow", "&Lock"), "Ctrl+L", window.lock)
        window.quit_action = self.action(
            translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, window.close
        )
        for action in (
            window.new_action,
            window.intake_action,
            window.drafts_action,
            window.retention_action,
            window.find_action,
            window.import_action,
            window.backup_action,
            window.restore_action,
            window.lock_action,
            window.quit_action,
        ):
            file_menu.addAction(action)
        go_menu = window.menuBar().addMenu(translate("MainWindow", "&Go"))
        window.go_actions = []  # by screen, in the order of SCREENS; hidden for other roles
        for row in range(window.nav.count()):
            action = self.action(
                window.nav.item(row).text(),
                f"Ctrl+{row + 1}",
                lambda _=False, r=row: window.go_to_row(r),
            )
            go_menu.addAction(action)
            window.go_actions.append(action)
        language_menu = window.menuBar().addMenu(translate("MainWindow", "Lang&uage"))
        window.language_actions = QActionGroup(window)
        current = chosen_language()
        for code in UI_LANGUAGES:
            action = QAction(language_name_in_itself(code), window.language_actions)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: window.choose_language(c))
            window.language_actions.addAction(action)
            language_menu.addAction(action)
        help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
        window.help_action = self.action(
            translate("MainWindow", "&Help for this screen"),
            QKeySequence.StandardKey.HelpContents,
            window.help,
        )
        window.getting_started_action = self.action(
            translate("MainWindow", "&Getting started"), "", lambda: show_getting_started(window)
        )
        window.about_action = self.action(
            translate("MainWindow", "&About W4I Desktop"), "", window.about
        )
        window.check_action = self.action(
            translate("MainWindow", "&Check the database…"), "", window.check_database
        )
        help_menu.addAction(window.help_action)
        help_menu.addAction(window.getting_started_action)
        help_menu.addSeparator()
        help_menu.addAction(window.check_action)
        help_menu.addSeparator()
        help_menu.addAction(window.about_action)
        window.session_actions = [
            window.new_action,
            window.intake_action,
            window.drafts_action,
            window.find_action,
            window.lock_action,
        ]
