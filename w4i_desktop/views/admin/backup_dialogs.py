"""Restoring a backup: choose one (newest first, or any file), authorise with an administrator's
password or the recovery key, see its date and counts, confirm; the current state is kept as a
safety backup first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop import config
from w4i_desktop.errors import W4IError
from w4i_desktop.services import backups
from w4i_desktop.views import formats
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_waiting

PATH_ROLE = Qt.ItemDataRole.UserRole


def when(made: datetime) -> str:
    return formats.date_time(made)  # four-digit year


class RestoreDialog(QDialog):
    """Ends accepted only after a successful restore; `restored_from` names the backup."""

    def __init__(
        self, db_path: Path, folder: Path, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.db_path, self.folder = db_path, folder
        self.restored_from: Path | None = None
        self.safety: Path | None = None
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in backups.list_backups(folder):
            item = QListWidgetItem(
                self.tr("%1 · %2 · %3 MB")
                .replace("%1", when(info.made_at))
                .replace("%2", self._kind(info.kind))
                .replace("%3", f"{info.size / 1_000_000:.1f}")
            )
            item.setData(PATH_ROLE, str(info.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(180)
        browse = QPushButton(self.tr("&Other file…"))
        browse.clicked.connect(self._browse)
        self.by_password = QRadioButton(self.tr("An &administrator's password"))
        self.by_password.setChecked(True)
        self.by_recovery = QRadioButton(self.tr("The &recovery key"))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.by_recovery.toggled.connect(lambda on: self.username.setEnabled(not on))
        self.counts = QLabel(self.tr("Check the backup to see what it holds."))
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.check_button = QPushButton(self.tr("&Check the backup"))
        self.check_button.setObjectName("checkBackup")
        self.check_button.clicked.connect(self.check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("R&estore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _r: self._unchecked())
        form = QFormLayout()
        form.addRow(self.by_password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.by_recovery)
        form.addRow(self.tr("&Password or key"), self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backups in %1, newest first:").replace("%1", str(folder))))
        layout.addWidget(self.list)
        layout.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 540)

    def _kind(self, kind: str) -> str:
        names = {
            "manual": self.tr("made by hand"),
            "automatic": self.tr("automatic"),
            "before-restore": self.tr("before a restore"),
            "before-upgrade": self.tr("before an upgrade"),
            "damaged": self.tr("damaged database kept"),
        }
        return names.get(kind, kind)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.windowTitle(), str(self.folder), self.tr("W4I backups (*.w4ibak)")
        )
        if name:
            item = QListWidgetItem(Path(name).name)
            item.setData(PATH_ROLE, name)
            self.list.insertItem(0, item)
            self.list.setCurrentRow(0)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(str(item.data(PATH_ROLE))) if item is not None else None

    def _credentials(self) -> tuple[str | None, str]:
        if self.by_recovery.isChecked():
            return None, self.secret.text()
        return self.username.text().strip(), self.secret.text()

    def _unchecked(self) -> None:
        self.restore_button.setEnabled(False)
        self.counts.setText(self.tr("Check the backup to see what it holds."))

    def check(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        username, secret = self._credentials()
        try:
            counts = run_waiting(
                self,
                self.tr("Checking the backup…"),
                lambda _progress: backups.verify_backup(backup, username, secret),
            )
        except W4IError as exc:
            self.counts.setText(user_message(exc))
            self._unchecked_button()
            return
        self.counts.setText(
            self.tr(
                "The backup is intact. It holds %1 participants, %2 employers, %3 placements "
                "and %4 users. Restoring replaces everything entered since it was made; the "
                "current state is kept as a backup first."
            )
            .replace("%1", str(counts["participant"]))
            .replace("%2", str(counts["employer"]))
            .replace("%3", str(counts["placement"]))
            .replace("%4", str(counts["user_account"]))
        )
        self.restore_button.setEnabled(True)

    def _unchecked_button(self) -> None:
        self.restore_button.setEnabled(False)

    def restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        username, secret = self._credentials()
        try:
            restored = run_waiting(
                self,
                self.tr("Restoring…"),
                lambda _progress: backups.restore(
                    self.db_path, backup, username, secret, self.folder
                ),
            )
        except W4IError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return
        self.safety = restored.safety
        self.restored_from = backup
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.restored_message(backup, restored),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("restoredMessage")
        # Wide enough for a folder's path not to be cut into many short lines.
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 460px; }")
        box.exec()
        self.accept()

    def restored_message(self, backup: Path, restored: backups.Restored) -> str:
        """What the restore did, said once it is done: erasures applied again included."""
        parts = [self.tr("The database is restored from %1.").replace("%1", backup.name)]
        if restored.safety is not None:
            parts.append(
                self.tr("The state before the restore is kept in %1.").replace(
                    "%1", str(restored.safety)
                )
            )
        if restored.reapplied.erased:
            parts.append(
                self.tr(
                    "Applied again: %n erasure(s) made after this backup, so erased data "
                    "stays erased.",
                    "",
                    restored.reapplied.erased,
                )
            )
        if restored.reapplied.deleted:
            parts.append(
                self.tr(
                    "Deleted again: %n record(s) deleted as created by mistake after this backup.",
                    "",
                    restored.reapplied.deleted,
                )
            )
        parts.append(self.tr("Everyone signs in again."))
        return "\n\n".join(parts)


FOLDER_SETTING = "backup/folder"


def backup_folder(db_path: Path) -> Path:
    """Where this computer keeps the backups of `db_path` (Settings; default beside it)."""
    stored = QSettings().value(FOLDER_SETTING)
    return Path(str(stored)) if stored else config.backup_dir_for(db_path)


class BackupActions(QObject):
    """The File menu's backup entries and the automatic backups, for the main window."""

    def __init__(self, state: AppState, window: QMainWindow) -> None:
        super().__init__(window)
        self.state, self.window = state, window

    def back_up_now(self) -> None:
        title = self.tr("Back up now")
        folder = backup_folder(self.state.db_path)
        try:
            made = run_waiting(
                self.window,
                self.tr("Making an encrypted backup…"),
                lambda _progress: backups.backup_now(self.state.ctx, folder),
            )
        except W4IError as exc:
            QMessageBox.warning(self.window, title, user_message(exc))
            return
        QMessageBox.information(
            self.window,
            title,
            self.tr(
                "The backup is made and checked: %1 in %2. Keep a copy away from this computer "
                "too (with its .keys file)."
            )
            .replace("%1", made.path.name)
            .replace("%2", str(folder)),
        )

    def restore(self) -> Path | None:
        """Closes the database and restores a backup; the backup restored, or None."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a backup"),
            self.tr(
                "Restoring closes the database: save your work first. Everyone must sign in "
                "again afterwards. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        username = self.state.ctx.actor.username
        self.state.lock()
        dialog = RestoreDialog(
            self.state.db_path, backup_folder(self.state.db_path), username, self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.restored_from
        return None
