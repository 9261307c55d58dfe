"""The main window composes the screens; it does not contain them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from w4i_desktop.services import users
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import labels, widgets
from w4i_desktop.views.admin.backup_dialogs import BackupActions, backup_folder
from w4i_desktop.views.admin.health_dialog import HealthCheck
from w4i_desktop.views.admin.recovery_key_dialog import show_unconfirmed_recovery_key
from w4i_desktop.views.admin.retention_dialog import RetentionDialog
from w4i_desktop.views.admin.settings_screen import SettingsScreen
from w4i_desktop.views.admin.template_editor import TemplateEditor
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.employer.employers_screen import EmployersScreen
from w4i_desktop.views.employer.matching_dialog import MatchingDialog
from w4i_desktop.views.idle import IdleWatcher
from w4i_desktop.views.importing.import_wizard import ImportWizard
from w4i_desktop.views.intake.intake_wizard import DraftsDialog, IntakeWizard
from w4i_desktop.views.language import (
    apply_language,
    chosen_language,
    remember_language,
)
from w4i_desktop.views.participant.participant_list import ListFilters
from w4i_desktop.views.participant.participants_screen import ParticipantsScreen
from w4i_desktop.views.participant.placement_dialog import PlacementDialog
from w4i_desktop.views.reports.dashboard import DashboardPage
from w4i_desktop.views.reports.reports_screen import ReportsScreen
from w4i_desktop.views.window.about_dialog import AboutDialog
from w4i_desktop.views.window.getting_started import maybe_show_getting_started
from w4i_desktop.views.window.help_viewer import HelpWindow, help_key, page_for, show_help
from w4i_desktop.views.window.login import LoginPage
from w4i_desktop.views.window.main_menus import MainMenus, offer_screens, offers_screen
from w4i_desktop.views.window.work_place import WorkPlace, default_geometry

DEFAULT_LOCK_MINUTES = 10
SCREENS = ("dashboard", "participants", "employers", "pathways", "reports", "settings")


class MainWindow(QMainWindow):
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
        self._build()
        state.unlocked.connect(self._show_session)
        state.locked.connect(self._show_locked)
        self._restore_settings()
        if state.is_locked:
            self._show_locked()
        else:
            self._show_session()

    def _build(self) -> None:
        """Every screen and menu, in the current language (built again when it changes)."""
        self.setWindowTitle(self.tr("W4I Desktop"))
        self._build_screens()
        self._build_menus()

    def _build_screens(self) -> None:
        state = self.state
        self.participants = ParticipantsScreen(state)
        self.employers = EmployersScreen(state)
        self.employers.new_placement.connect(self.new_placement_with)
        self.employers.find_candidates.connect(self.candidates_for)
        self.employers.open_participant.connect(self._show_participant)
        self.participants.record.placements.matching_requested.connect(self.vacancies_for)
        self.pathways = TemplateEditor(state)
        self.dashboard = DashboardPage(state)
        self.reports = ReportsScreen(state)
        self.settings_screen = SettingsScreen(state)
        self.settings_screen.lock_minutes_changed.connect(
            lambda minutes: setattr(self.idle, "limit_seconds", minutes * 60)
        )
        self.settings_screen.language_chosen.connect(self.choose_language)
        self.dashboard.open_participant.connect(self._show_participant)
        self.dashboard.show_caseworker.connect(self._show_caseworker)
        self.dashboard.start_intake.connect(lambda: self.start_intake(None))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 12px; }")
        self.pages = QStackedWidget()
        titles = {
            "dashboard": self.tr("Dashboard"),
            "participants": self.tr("Participants"),
            "employers": self.tr("Employers"),
            "pathways": self.tr("Pathways"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        screens: dict[str, QWidget] = {
            "dashboard": self.dashboard,
            "participants": self.participants,
            "employers": self.employers,
            "pathways": self.pathways,
            "reports": self.reports,
            "settings": self.settings_screen,
        }
        for key in SCREENS:
            self.nav.addItem(titles[key])
            page = screens[key]
            page.setObjectName(f"page_{key}")
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

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
        self.idle.start()
        self._automatic_backup(force=False)  # the daily one, if a day has passed
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
        local = not self.state.is_server  # a shared database is backed up on its server
        by_role = {
            self.retention_action: allowed(actor.role, Action.PARTICIPANT_ERASE),
            self.backup_action: local and allowed(actor.role, Action.BACKUP_RUN),
            self.import_action: allowed(actor.role, Action.DATA_IMPORT),
            self.check_action: allowed(actor.role, Action.AUDIT_VERIFY),
        }
        for action in (*self.session_actions, *by_role):
            action.setEnabled(True)
        for action, offered in by_role.items():
            action.setVisible(offered)
        self.restore_action.setVisible(local and allowed(actor.role, Action.BACKUP_RESTORE))
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
        self._build()
        offered = 0 <= row < len(SCREENS) and offers_screen(self.state.ctx.actor.role, SCREENS[row])
        self.nav.setCurrentRow(row if offered else SCREENS.index("participants"))

    def _show_locked(self) -> None:
        self.idle.stop()
        self.lock_label.setText(self.tr("Locked"))
        self.site_label.clear()
        self.user_label.setText(self.state.name)
        for action in (
            *self.session_actions,
            self.retention_action,
            self.backup_action,
            self.import_action,
            self.check_action,
        ):
            action.setEnabled(False)
        self.stack.setCurrentWidget(self.login)
        self.login.offer_username(self.state.last_username)

    def _after_login(self) -> None:
        self.stack.setCurrentIndex(0)
        # The recovery key again, until an administrator confirms she stored it (issue 16).
        QTimer.singleShot(0, self, self._show_unconfirmed_recovery_key)

    def _show_unconfirmed_recovery_key(self) -> None:
        show_unconfirmed_recovery_key(self, self.state)

    def lock(self) -> None:
        self.state.lock()

    def new_participant(self) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.new_participant()

    def start_intake(self, draft_id: int | None) -> IntakeWizard:
        wizard = IntakeWizard(self.state, draft_id, self)
        help_key(wizard, "intake")
        wizard.submitted.connect(self._open_new_participant)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.show()
        return wizard

    def drafts(self) -> DraftsDialog:
        dialog = DraftsDialog(self.state, self)
        dialog.resume_requested.connect(self.start_intake)
        dialog.show()
        return dialog

    def retention_review(self) -> RetentionDialog:
        dialog = RetentionDialog(self.state, self)
        dialog.finished.connect(lambda _result: self.participants.list.apply_filters())
        dialog.show()
        return dialog

    def _open_new_participant(self, participant_id: int) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.list.apply_filters()
        self.participants.open_participant(participant_id)

    def new_placement_with(self, employer_id: int, vacancy_id: int | None) -> None:
        dialog = PlacementDialog(
            self.state.ctx, employer_id=employer_id, vacancy_id=vacancy_id, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.employers.record.refresh_lists()
            self.participants.list.apply_filters()

    # --- language ------------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        """Switch the interface to `language` at once; unsaved edits are saved or discarded
        first (the screens are built again in the new language)."""
        if language == chosen_language():
            return
        if not self._may_leave_edits():
            self._check_language(chosen_language())
            return
        remember_language(language)
        apply_language(language)  # Qt sends LanguageChange: see changeEvent

    def _check_language(self, language: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        combo = self.settings_screen.language
        combo.setCurrentIndex(combo.findData(language))

    def _may_leave_edits(self) -> bool:
        if self.state.is_locked and self._has_unsaved_edits():
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("Sign in first: a record has changes that are not saved yet."),
            )
            return False
        return (
            self.participants.may_leave()
            and self.employers.may_leave()
            and self.pathways.may_leave()
        )

    def _has_unsaved_edits(self) -> bool:
        return (
            (self.participants.showing_record and self.participants.record.has_unsaved_changes())
            or self.employers.has_unsaved_changes()
            or self.pathways.has_unsaved_changes()
        )

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
        """Build the screens and menus again in the new language, on the same screen and
        record as before."""
        self._retranslate_pending = False
        place = WorkPlace.of(self)
        self.menus.remove()
        self._build()
        place.restore(self)
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

    def candidates_for(self, vacancy_id: int) -> MatchingDialog:
        dialog = MatchingDialog(self.state.ctx, vacancy_id=vacancy_id, parent=self)
        dialog.open_participant.connect(self._show_participant)
        dialog.show()
        return dialog

    def vacancies_for(self, participant_id: int) -> MatchingDialog:
        dialog = MatchingDialog(self.state.ctx, participant_id=participant_id, parent=self)
        dialog.show()
        return dialog

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

    def about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- window state --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        screen = settings.value("window/screen", "participants")
        self.nav.setCurrentRow(SCREENS.index(screen) if screen in SCREENS else 1)

    def _default_geometry(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            geometry, maximised = default_geometry(screen.availableGeometry(), self.minimumSize())
            self.setGeometry(geometry)
            if maximised:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/screen", SCREENS[max(self.nav.currentRow(), 0)])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self._automatic_backup(force=True)
        self.state.lock()
        event.accept()

    # --- backups -------------------------------------------------------------------------------

    def backup_folder(self) -> Path:
        return backup_folder(self.state.db_path)

    def import_spreadsheet(self) -> ImportWizard:
        wizard = ImportWizard(self.state, self)
        help_key(wizard, "import")
        wizard.imported.connect(lambda _result: self.participants.list.apply_filters())
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.show()
        return wizard

    def check_database(self) -> None:
        HealthCheck(self, self.state).run()

    def back_up_now(self) -> None:
        self.backup_actions.back_up_now()

    def _automatic_backup(self, force: bool) -> None:
        if not self.state.is_server:
            self.backup_actions.automatic(force)

    def restore_backup(self) -> None:
        restored = self.backup_actions.restore()
        if restored is not None:
            self.login.error.show_info(
                self.tr("Restored from %1. Sign in again.").replace("%1", restored.name)
            )
