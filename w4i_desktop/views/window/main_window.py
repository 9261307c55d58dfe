"""The main window composes the screens; it does not contain them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QWidget,
)

from w4i_desktop.services import users
from w4i_desktop.views import labels, widgets
from w4i_desktop.views.admin.backup_dialogs import BackupActions, backup_folder
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.idle import IdleWatcher
from w4i_desktop.views.window import language_switch
from w4i_desktop.views.window.auto_backup import AutoBackup
from w4i_desktop.views.window.getting_started import maybe_show_getting_started
from w4i_desktop.views.window.help_viewer import HelpWindow, page_for, show_help
from w4i_desktop.views.window.login import LoginPage
from w4i_desktop.views.window.main_menus import (
    MainMenus,
    disable_session_actions,
    offer_actions,
    offer_screens,
    offers_screen,
)
from w4i_desktop.views.window.screens import SCREENS, Screens
from w4i_desktop.views.window.window_dialogs import WindowDialogs
from w4i_desktop.views.window.work_place import restore_window_settings, save_window_settings

if TYPE_CHECKING:
    from w4i_desktop.views.admin.settings_screen import SettingsScreen
    from w4i_desktop.views.admin.template_editor import TemplateEditor
    from w4i_desktop.views.employer.employers_screen import EmployersScreen
    from w4i_desktop.views.participant.participants_screen import ParticipantsScreen
    from w4i_desktop.views.reports.dashboard import DashboardPage
    from w4i_desktop.views.reports.reports_screen import ReportsScreen

DEFAULT_LOCK_MINUTES = 10
__all__ = ["SCREENS", "MainWindow"]  # SCREENS: views/window/screens.py, where they are built


class MainWindow(WindowDialogs):
    # Built by MainMenus (main_menus.py), again when the language changes.
    new_action: QAction
    find_action: QAction
    intake_action: QAction
    drafts_action: QAction
    retention_action: QAction
    import_action: QAction
    backup_action: QAction
    check_action: QAction
    restore_action: QAction
    lock_action: QAction
    quit_action: QAction
    help_action: QAction
    getting_started_action: QAction
    about_action: QAction
    language_actions: QActionGroup
    session_actions: list[QAction]
    go_actions: list[QAction]

    def __init__(self, state: AppState, lock_minutes: float | None = None) -> None:
        super().__init__()
        self.state = state
        self.setMinimumSize(1024, 700)
        self._retranslate_pending = False
        # Whose session the screens hold: another user gets them fresh (filters, search, record).
        self._session_user: int | None = None

        self.user_label = QLabel()
        self.site_label = QLabel()
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.site_label)
        self.statusBar().addPermanentWidget(self.lock_label)

        if lock_minutes is None:
            stored = QSettings().value("security/lock_minutes", DEFAULT_LOCK_MINUTES)
            lock_minutes = float(stored) if isinstance(stored, int | float | str) else 10.0
        self.idle = IdleWatcher(lock_minutes, parent=self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)

        self.backup_actions = BackupActions(state, self)
        self.auto_backup = AutoBackup(state, self)
        self.build()
        state.unlocked.connect(self._show_session)
        state.locked.connect(self._show_locked)
        restore_window_settings(self)
        if state.is_locked:
            self._show_locked()
        else:
            self._show_session()

    def build(self) -> None:
        """Every screen and menu, in the current language (built again when it changes)."""
        self.setWindowTitle(self.tr("W4I Desktop"))
        self._build_screens()
        self._build_menus()

    def _build_screens(self) -> None:
        state = self.state
        self.screens = Screens(self)  # each screen built when first opened
        self.nav, self.pages = self.screens.nav, self.screens.pages

        work = QWidget()
        row = QHBoxLayout(work)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.login = LoginPage(state)
        self.login.logged_in.connect(self._after_login)
        # The login screen covers the work area; the work widgets (and unsaved text) stay alive.
        self.stack = QStackedWidget()
        self.stack.addWidget(work)
        self.stack.addWidget(self.login)
        old = self.centralWidget()
        if old is not None:
            # Deleting the old screens can leave the window inactive with the focus nowhere
            # (its shortcuts dead): take the keyboard back once they are gone.
            old.destroyed.connect(lambda: QTimer.singleShot(0, self, self._settle_focus))
        self.setCentralWidget(self.stack)  # deletes the previous screens, if any
        widgets.keep_labels_whole(self.stack)  # "Telefono", not "Telefonc"

    # The screens, built the first time they are asked for.
    @property
    def participants(self) -> ParticipantsScreen:
        return self.screens.screen("participants")  # type: ignore[return-value]

    @property
    def employers(self) -> EmployersScreen:
        return self.screens.screen("employers")  # type: ignore[return-value]

    @property
    def pathways(self) -> TemplateEditor:
        return self.screens.screen("pathways")  # type: ignore[return-value]

    @property
    def dashboard(self) -> DashboardPage:
        return self.screens.screen("dashboard")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsScreen:
        return self.screens.screen("reports")  # type: ignore[return-value]

    @property
    def settings_screen(self) -> SettingsScreen:
        return self.screens.screen("settings")  # type: ignore[return-value]

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.menus = MainMenus(self)

    # --- session -------------------------------------------------------------------------------

    def _show_session(self) -> None:
        user_id = self.state.ctx.actor.user_id
        another_user = self._session_user is not None and user_id != self._session_user
        if another_user:
            self._rebuild_for_another_user()
        self._session_user = user_id
        self._show_session_labels()
        self.stack.setCurrentIndex(0)
        self.screens.show_current()
        self.idle.start()
        self.auto_backup.start()  # in the background, after changes
        if self.isVisible():
            maybe_show_getting_started(self)  # the first time on this computer

    def _show_session_labels(self) -> None:
        actor = self.state.ctx.actor
        self.user_label.setText(
            self.tr("%1 (%2)").replace("%1", actor.username).replace("%2", labels.role(actor.role))
        )
        sites = dict(users.list_sites(self.state.ctx))
        self.site_label.setText(sites.get(actor.site_id, "") if actor.site_id else "")
        self.lock_label.setText(self.tr("Unlocked"))
        self.nav.setEnabled(True)
        # Offered only to the roles the service allows (it refuses the others anyway), and
        # enabled at every sign-in: locking disables them all.
        offer_actions(self, actor.role, local=not self.state.is_server)
        offer_screens(self, SCREENS, actor.role)
        if self.nav.isRowHidden(self.nav.currentRow()):
            self.nav.setCurrentRow(SCREENS.index("participants"))

    def go_to_row(self, row: int) -> None:
        """Ctrl+1…6 and the Go menu: a screen this role is offered."""
        if not self.nav.isRowHidden(row):
            self.nav.setCurrentRow(row)

    def _rebuild_for_another_user(self) -> None:
        """Another user signed in after a lock: she starts from fresh screens, with nothing of
        the previous user's (filters, search text, the record open and its unsaved text), on
        the same screen."""
        row = self.nav.currentRow()
        self.menus.remove()
        self.build()
        offered = 0 <= row < len(SCREENS) and offers_screen(self.state.ctx.actor.role, SCREENS[row])
        self.nav.setCurrentRow(row if offered else SCREENS.index("participants"))

    def _show_locked(self) -> None:
        self.idle.stop()
        self.lock_label.setText(self.tr("Locked"))
        self.site_label.clear()
        self.user_label.setText(self.state.name)
        disable_session_actions(self)
        self.stack.setCurrentWidget(self.login)
        self.login.offer_username(self.state.last_username)

    def _after_login(self) -> None:
        self.stack.setCurrentIndex(0)
        # The recovery key again, until an administrator confirms she stored it (issue 16).
        QTimer.singleShot(0, self, self._show_unconfirmed_recovery_key)

    def _show_unconfirmed_recovery_key(self) -> None:
        from w4i_desktop.views.admin.recovery_key_dialog import show_unconfirmed_recovery_key

        show_unconfirmed_recovery_key(self, self.state)

    def lock(self) -> None:
        self.state.lock()

    def new_participant(self) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.new_participant()

    def _refresh_employer(self) -> None:
        self.employers.record.refresh_lists()

    def _refresh_participant_list(self) -> None:
        listing = self.screens.if_built("participants")
        if listing is not None:  # else it reads the list when it is first opened
            self.participants.list.apply_filters()

    def _open_new_participant(self, participant_id: int) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.list.apply_filters()
        self.participants.open_participant(participant_id)

    # --- language ------------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        """Switch the interface to `language` at once; unsaved edits are saved or discarded
        first (the screens are built again in the new language)."""
        language_switch.choose_language(self, language)

    def changeEvent(self, event: QEvent) -> None:
        # One rebuild for the several LanguageChange events that switching translators sends;
        # the timer has the window as its context, so it is dropped if the window goes first.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            self._retranslate_pending = True
            if self.isVisible():
                QTimer.singleShot(0, self, self._retranslate)
            # else: a closed window is built again only if it is shown again (showEvent),
            # not at every switch while it waits to be deleted.
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._retranslate_pending:
            QTimer.singleShot(0, self, self._retranslate)

    def _retranslate(self) -> None:
        self._retranslate_pending = False
        language_switch.retranslate(self)

    def show_session_state(self) -> None:
        """The status bar, menus and screens offered, for the session as it is now."""
        if self.state.is_locked:
            self._show_locked()
        else:
            self._show_session_labels()

    def _settle_focus(self) -> None:
        """Keep the keyboard in this window after the screens were built again (language,
        another user): the widget that had the focus is gone."""
        if not self.isVisible() or QApplication.activePopupWidget() is not None:
            return  # a menu opened meanwhile has the keys
        if not self.isActiveWindow():
            self.activateWindow()
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            if self.state.is_locked:
                self.login.offer_username(self.state.last_username)
            else:
                self.nav.setFocus()

    def _show_participant(self, participant_id: int) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.open_participant(participant_id)

    def _show_caseworker(self, caseworker_id: int) -> None:
        """From the dashboard's team table: the list of her open participants."""
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.show_list()
        if self.participants.showing_record:  # a record with unsaved changes stays
            return
        listing = self.participants.list
        from w4i_desktop.views.participant.participant_list import ListFilters

        listing.set_filters(ListFilters(status="open", caseworker_id=caseworker_id))
        listing.table.setFocus()

    def find_participant(self) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.focus_search()

    def help(self) -> HelpWindow:
        """F1: the help page of the screen on show (Getting started at sign-in)."""
        if self.stack.currentWidget() is self.login:
            return show_help(self, "getting_started")
        return show_help(self, page_for(SCREENS[max(self.nav.currentRow(), 0)]))

    # --- window state --------------------------------------------------------------------------

    def save_settings(self) -> None:
        save_window_settings(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        # Gone at once: a backup of the last changes, if any, is made behind it; then it locks.
        self.auto_backup.close_window()
        event.accept()

    # --- backups -------------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        return backup_folder(self.state.db_path)

    def back_up_now(self) -> None:
        self.backup_actions.back_up_now()

    def restore_backup(self) -> None:
        restored = self.backup_actions.restore()
        if restored is not None:
            self.login.error.show_info(
                self.tr("Restored from %1. Sign in again.").replace("%1", restored.name)
            )
