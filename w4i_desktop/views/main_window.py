"""The main window composes the screens; it does not contain them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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

from w4i_desktop import __version__
from w4i_desktop.services import users
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import labels
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.backup_dialogs import BackupActions, backup_folder
from w4i_desktop.views.dashboard import DashboardPage
from w4i_desktop.views.employers_screen import EmployersScreen
from w4i_desktop.views.idle import IdleWatcher
from w4i_desktop.views.import_wizard import ImportWizard
from w4i_desktop.views.intake_wizard import DraftsDialog, IntakeWizard
from w4i_desktop.views.language import (
    UI_LANGUAGES,
    apply_language,
    chosen_language,
    language_name_in_itself,
    remember_language,
)
from w4i_desktop.views.login import LoginPage
from w4i_desktop.views.matching_dialog import MatchingDialog
from w4i_desktop.views.participants_screen import ParticipantsScreen
from w4i_desktop.views.placeholder import PlaceholderPage
from w4i_desktop.views.placement_dialog import PlacementDialog
from w4i_desktop.views.reports_screen import ReportsScreen
from w4i_desktop.views.retention_dialog import RetentionDialog
from w4i_desktop.views.settings_screen import SettingsScreen
from w4i_desktop.views.template_editor import TemplateEditor

DEFAULT_LOCK_MINUTES = 10
SCREENS = ("dashboard", "participants", "employers", "pathways", "reports", "settings")


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, lock_minutes: float | None = None) -> None:
        super().__init__()
        self.state = state
        self.setWindowTitle(self.tr("W4I Desktop"))
        self.setMinimumSize(1024, 700)

        self.participants = ParticipantsScreen(state)
        self.employers = EmployersScreen(state)
        self.employers.new_placement.connect(self.new_placement_with)
        self.employers.find_candidates.connect(self.candidates_for)
        self.participants.record.placements.matching_requested.connect(self.vacancies_for)
        self.pathways = TemplateEditor(state)
        self.dashboard = DashboardPage(state)
        self.reports = ReportsScreen(state)
        self.settings_screen = SettingsScreen(state)
        self.dashboard.open_participant.connect(self._show_participant)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 12px; }")
        self.pages = QStackedWidget()
        coming = self.tr("Coming in the next release.")
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
            page = screens.get(key) or PlaceholderPage(titles[key], coming)
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
        self.setCentralWidget(self.stack)

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
        self.settings_screen.lock_minutes_changed.connect(
            lambda minutes: setattr(self.idle, "limit_seconds", minutes * 60)
        )
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)

        self.backup_actions = BackupActions(state, self)
        self._build_menus()
        state.unlocked.connect(self._show_session)
        state.locked.connect(self._show_locked)
        self._restore_settings()
        if state.is_locked:
            self._show_locked()
        else:
            self._show_session()

    # --- menus ---------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New participant"), QKeySequence.StandardKey.New, self.new_participant
        )
        self.find_action = self._action(
            self.tr("&Find participant"), QKeySequence.StandardKey.Find, self.find_participant
        )
        self.intake_action = self._action(
            self.tr("New &intake interview…"), "Ctrl+I", lambda: self.start_intake(None)
        )
        self.drafts_action = self._action(self.tr("Intake &drafts…"), "Ctrl+Shift+I", self.drafts)
        self.retention_action = self._action(
            self.tr("&Retention review…"), "", self.retention_review
        )
        self.import_action = self._action(
            self.tr("I&mport a spreadsheet…"), "", self.import_spreadsheet
        )
        self.backup_action = self._action(self.tr("&Back up now…"), "", self.back_up_now)
        self.restore_action = self._action(self.tr("Res&tore a backup…"), "", self.restore_backup)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (
            self.new_action,
            self.intake_action,
            self.drafts_action,
            self.retention_action,
            self.find_action,
            self.import_action,
            self.backup_action,
            self.restore_action,
            self.lock_action,
            self.quit_action,
        ):
            file_menu.addAction(action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.nav.count()):
            action = self._action(
                self.nav.item(row).text(),
                f"Ctrl+{row + 1}",
                lambda _=False, r=row: self.nav.setCurrentRow(r),
            )
            go_menu.addAction(action)
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        current = chosen_language()
        for code in UI_LANGUAGES:
            action = QAction(language_name_in_itself(code), self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About W4I Desktop"), QKeySequence.StandardKey.HelpContents, self.about
        )
        help_menu.addAction(self.about_action)
        self.session_actions = [
            self.new_action,
            self.intake_action,
            self.drafts_action,
            self.find_action,
            self.lock_action,
        ]

    # --- session -------------------------------------------------------------------------------

    def _show_session(self) -> None:
        actor = self.state.ctx.actor
        self.user_label.setText(
            self.tr("%1 (%2)").replace("%1", actor.username).replace("%2", labels.role(actor.role))
        )
        sites = dict(users.list_sites(self.state.ctx))
        self.site_label.setText(sites.get(actor.site_id, "") if actor.site_id else "")
        self.lock_label.setText(self.tr("Unlocked"))
        self.stack.setCurrentIndex(0)
        self.nav.setEnabled(True)
        for action in self.session_actions:
            action.setEnabled(True)
        # Offered only to the roles the service allows (it refuses the others anyway).
        self.retention_action.setVisible(allowed(actor.role, Action.PARTICIPANT_ERASE))
        self.backup_action.setVisible(allowed(actor.role, Action.BACKUP_RUN))
        self.import_action.setVisible(allowed(actor.role, Action.DATA_IMPORT))
        self.restore_action.setVisible(allowed(actor.role, Action.BACKUP_RESTORE))
        self.idle.start()
        self._automatic_backup(force=False)  # the daily one, if a day has passed

    def _show_locked(self) -> None:
        self.idle.stop()
        self.lock_label.setText(self.tr("Locked"))
        self.site_label.clear()
        self.user_label.setText(self.state.db_path.name)
        for action in (
            *self.session_actions,
            self.retention_action,
            self.backup_action,
            self.import_action,
        ):
            action.setEnabled(False)
        self.stack.setCurrentWidget(self.login)
        self.login.username.setFocus()

    def _after_login(self) -> None:
        self.stack.setCurrentIndex(0)

    def lock(self) -> None:
        self.state.lock()

    def new_participant(self) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.new_participant()

    def start_intake(self, draft_id: int | None) -> IntakeWizard:
        wizard = IntakeWizard(self.state, draft_id, self)
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

    def choose_language(self, language: str) -> None:
        remember_language(language)
        apply_language(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr(
                "Windows and messages opened from now on use the new language; restart W4I "
                "Desktop to see it on every screen."
            ),
        )

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

    def find_participant(self) -> None:
        self.nav.setCurrentRow(SCREENS.index("participants"))
        self.participants.focus_search()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About W4I Desktop"),
            self.tr(
                "<h3>W4I Desktop %1</h3><p>Case management for organisations that help "
                "migrant women into work. Your data stays encrypted on this computer.</p>"
            ).replace("%1", __version__),
        )

    # --- window state --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        screen = settings.value("window/screen", "participants")
        self.nav.setCurrentRow(SCREENS.index(screen) if screen in SCREENS else 1)

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
        wizard.imported.connect(lambda _result: self.participants.list.apply_filters())
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.show()
        return wizard

    def back_up_now(self) -> None:
        self.backup_actions.back_up_now()

    def _automatic_backup(self, force: bool) -> None:
        self.backup_actions.automatic(force)

    def restore_backup(self) -> None:
        restored = self.backup_actions.restore()
        if restored is not None:
            self.login.error.setText(
                self.tr("Restored from %1. Sign in again.").replace("%1", restored.name)
            )
