"""The Settings screen. General: the organisation's name and logo for documents and reports,
how long data is kept, how many automatic backups are kept and where, for how long a record
created by mistake can be deleted (managers and administrators change these; the other roles do
not see them), when the window locks itself, the language, and where the data lives; a new
recovery key (administrators). Then the sites, and (administrators) the users."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop import config
from w4i_desktop.errors import BadInput, W4IError
from w4i_desktop.services import organisation, record_deletion, settings
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views.admin.accounts_panels import SitesPanel, UsersPanel
from w4i_desktop.views.admin.backup_dialogs import FOLDER_SETTING
from w4i_desktop.views.admin.recovery_key_dialog import make_new_recovery_key
from w4i_desktop.views.admin.skills_panel import SkillsPanel
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import ask_open_path, start_folder
from w4i_desktop.views.language import UI_LANGUAGES, chosen_language, language_name_in_itself
from w4i_desktop.views.message_bar import MessageBar
from w4i_desktop.views.messages import user_message

LOCK_SETTING = "security/lock_minutes"
PREVIEW_WIDTH, PREVIEW_HEIGHT = 160, 64  # the logo's preview, scaled to fit


class SettingsScreen(QWidget):
    lock_minutes_changed = Signal(float)
    language_chosen = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        heading = QLabel(self.tr("Settings"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.refusal = QLabel()  # for the roles that do not change the organisation's settings
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("settingsNote")
        self.message = MessageBar()  # what just happened: saved (green) or refused (red)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisationName")
        self.organisation.setMaxLength(200)
        self.logo_label = QLabel()
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Choose a &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Re&move the logo"))
        self.remove_logo.clicked.connect(self.clear_logo)
        self.logo_row = logo = QHBoxLayout()
        logo.addWidget(self.logo_preview)
        logo.addWidget(self.logo_label, 1)
        logo.addWidget(self.logo_button)
        logo.addWidget(self.remove_logo)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionYears")
        self.retention.setRange(1, 30)
        self.retention.setSuffix(self.tr(" years after closure"))
        self.keep = QSpinBox()
        self.keep.setObjectName("backupsKept")
        self.keep.setRange(1, 100)
        self.permit_days = QSpinBox()
        self.permit_days.setObjectName("permitWarningDays")
        self.permit_days.setRange(1, settings.MAX_PERMIT_WARNING_DAYS)
        self.permit_days.valueChanged.connect(self._permit_days_suffix)
        self._permit_days_suffix(self.permit_days.value())
        self.delete_days = QSpinBox()
        self.delete_days.setObjectName("deleteWindowDays")
        self.delete_days.setRange(0, record_deletion.MAX_DELETE_DAYS)
        self.delete_days.setToolTip(
            self.tr(
                "For how many days after its creation an administrator can delete a record "
                "created by mistake (0: on the day only)"
            )
        )
        self.delete_days.valueChanged.connect(self._delete_days_suffix)
        self._delete_days_suffix(self.delete_days.value())
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(self.tr("Backup folder (this computer)"))
        browse = QPushButton(self.tr("Choos&e…"))
        browse.clicked.connect(self.choose_folder)
        self.folder_row = folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(browse)
        self.lock = QSpinBox()
        self.lock.setObjectName("lockMinutes")
        self.lock.setRange(1, 120)
        self.lock.valueChanged.connect(self._lock_suffix)
        self._lock_suffix(self.lock.value())
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        for code in UI_LANGUAGES:
            self.language.addItem(language_name_in_itself(code), code)
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        # Applied at once, like the Language menu (this screen is then built again), once the
        # choice rests: arrowing through the list switches only to the language it stops on.
        self._language_timer = QTimer(self)
        self._language_timer.setSingleShot(True)
        self._language_timer.setInterval(600)
        self._language_timer.timeout.connect(
            lambda: self.language_chosen.emit(self.language.currentData())
        )
        self.language.activated.connect(lambda _index: self._language_timer.start())
        self.save_button = QPushButton(self.tr("&Save the settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        data_folder = QPushButton(self.tr("Show the &data folder"))
        data_folder.setObjectName("showDataFolder")
        data_folder.clicked.connect(self.show_data_folder)
        self.recovery_button = QPushButton(self.tr("Make a new recover&y key…"))
        self.recovery_button.setObjectName("newRecoveryKey")
        self.recovery_button.setToolTip(
            self.tr("The old recovery key stops working; store the new one safely")
        )
        self.recovery_button.clicked.connect(lambda: make_new_recovery_key(self, self.state))

        self.form = form = QFormLayout()
        form.addRow(self.tr("&Organisation name"), self.organisation)
        form.addRow(self.tr("Logo on reports"), logo)
        form.addRow(self.tr("&Keep personal data"), self.retention)
        form.addRow(self.tr("Dashboard: &permits expiring within"), self.permit_days)
        form.addRow(self.tr("Automatic &backups kept"), self.keep)
        form.addRow(self.tr("Delete mistaken records within"), self.delete_days)
        form.addRow(self.tr("Backup folder (this computer)"), folder)
        form.addRow(self.tr("Lock the &window after"), self.lock)
        form.addRow(self.tr("Language of the interf&ace"), self.language)
        # Number boxes as wide as their text, not stretched across the window.
        for spin in general_spin_boxes(self):
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.message)
        general_layout.addWidget(self.refusal)
        general_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(data_folder)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        general_layout.addLayout(buttons)
        general_layout.addStretch(1)

        self.sites = SitesPanel(state)
        self.users = UsersPanel(state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("Ge&neral"))
        self.tabs.addTab(self.sites, self.tr("Si&tes"))
        self.users_tab = self.tabs.addTab(self.users, self.tr("Use&rs"))
        self.skills = SkillsPanel(state)
        self.tabs.addTab(self.skills, self.tr("Sk&ills"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self._logo: bytes | None = None
        self._logo_changed = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked:
            self.load()
        super().showEvent(event)

    @property
    def manages(self) -> bool:
        """Whether the signed-in role changes the organisation's settings."""
        return allowed(self.state.ctx.actor.role, Action.SETTINGS_MANAGE)

    def load(self) -> None:
        ctx = self.state.ctx
        role = ctx.actor.role
        may = self.manages
        self.message.clear()
        # The organisation's settings are not shown to the roles that may not change them
        # (no field that looks editable and is not); what is for this computer stays.
        self.refusal.setVisible(not may)
        self.refusal.setText(
            ""
            if may
            else self.tr(
                "Only managers and administrators change the organisation's settings. "
                "These settings are for this computer."
            )
        )
        local = not self.state.is_server  # a shared database is backed up on its server
        rows: list[tuple[QWidget | QHBoxLayout, bool]] = [
            (self.organisation, may),
            (self.logo_row, may),
            (self.retention, may),
            (self.permit_days, may),
            (self.keep, may and local),
            (self.delete_days, may and allowed(role, Action.PARTICIPANT_DELETE)),
            (self.folder_row, local and allowed(role, Action.BACKUP_RUN)),
        ]
        for row, visible in rows:
            self.form.setRowVisible(row, visible)
        self.recovery_button.setVisible(local and allowed(role, Action.USER_MANAGE))
        self.tabs.setTabVisible(self.users_tab, allowed(role, Action.USER_MANAGE))
        try:
            current = organisation.organisation_settings(ctx)
            self.organisation.setText(current.name)
            self.retention.setValue(current.retention_years)
            self.permit_days.setValue(current.permit_warning_days)
            self.keep.setValue(current.backup_keep)
            self.delete_days.setValue(current.delete_window_days)
            self._logo = current.logo
        except W4IError as exc:
            self.message.show_error(user_message(exc))
        self._logo_changed = False
        self._show_logo()
        stored = QSettings().value(FOLDER_SETTING)
        self.folder.setText(
            str(stored) if stored else str(config.backup_dir_for(self.state.db_path))
        )
        minutes = QSettings().value(LOCK_SETTING, 10)
        self.lock.setValue(int(float(minutes)) if isinstance(minutes, int | float | str) else 10)

    def _show_logo(self) -> None:
        self.logo_label.setText(
            self.tr("A logo of %1 KB").replace("%1", str(len(self._logo) // 1024 or 1))
            if self._logo
            else self.tr("No logo")
        )
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_WIDTH,
                    PREVIEW_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
        self.logo_preview.setVisible(not pixmap.isNull())

    def _lock_suffix(self, minutes: int) -> None:
        """ "1 minute without use", "10 minutes without use": the suffix follows the number."""
        self.lock.setSuffix(self.tr(" minute(s) without use", "", minutes))

    def _permit_days_suffix(self, days: int) -> None:
        self.permit_days.setSuffix(self.tr(" day(s)", "", days))

    def _delete_days_suffix(self, days: int) -> None:
        self.delete_days.setSuffix(self.tr(" day(s) of creation", "", days))

    def choose_logo(self) -> None:
        chosen = ask_open_path(
            self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen is None:
            return
        # Checked now, not at Save: a refused logo leaves the page's other changes as they are.
        try:
            image = chosen.read_bytes()
            settings.check_logo(image)
        except OSError:
            self.message.show_error(
                self.tr("The file %1 cannot be read.").replace("%1", chosen.name)
            )
            return
        except BadInput as exc:
            self.message.show_error(f"{chosen.name}: {user_message(exc)}")
            return
        self.message.clear()
        self._logo = image
        self._logo_changed = True
        self._show_logo()

    def clear_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self._show_logo()

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text() or str(start_folder())
        )
        if name:
            self.folder.setText(name)

    def save(self) -> None:
        """The organisation's settings (for the roles that change them), all or none; then
        this computer's."""
        ctx = self.state.ctx
        if self.manages:
            try:
                chosen = organisation.OrganisationSettings(
                    name=self.organisation.text(),
                    retention_years=self.retention.value(),
                    permit_warning_days=self.permit_days.value(),
                    backup_keep=self.keep.value(),
                    delete_window_days=self.delete_days.value(),
                    logo=self._logo,
                )
                organisation.save_organisation(ctx, chosen, logo_changed=self._logo_changed)
            except W4IError as exc:
                self.message.show_error(user_message(exc))
                return
        if self.form.isRowVisible(self.folder_row):
            QSettings().setValue(FOLDER_SETTING, self.folder.text().strip())
        QSettings().setValue(LOCK_SETTING, self.lock.value())
        self.lock_minutes_changed.emit(float(self.lock.value()))
        self._logo_changed = False
        self.message.show_info(self.tr("The settings are saved."))

    def show_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.db_path.parent)))


def general_spin_boxes(screen: SettingsScreen) -> list[QSpinBox]:
    """The number boxes of the General tab."""
    return [screen.retention, screen.keep, screen.permit_days, screen.delete_days, screen.lock]
