"""Help ▸ Check the database: every page of the file and the audit log, off the GUI thread,
then one message that says what was found and what to do."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from w4i_desktop.errors import W4IError
from w4i_desktop.services import health
from w4i_desktop.services.health import HealthReport
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_waiting


class HealthCheck(QObject):
    """The check for one window (a QObject for its translated texts)."""

    def __init__(self, parent: QWidget, state: AppState) -> None:
        super().__init__(parent)
        self.window, self.state = parent, state

    def run(self) -> HealthReport | None:
        """Run the checks behind a busy dialog and show the result; the report, or None when
        the check itself could not run (the reason is shown)."""
        title = self.tr("Check the database")
        try:
            report = run_waiting(
                self.window,
                self.tr("Checking every page of the database and the audit log…"),
                lambda _progress: health.check_database(self.state.ctx),
            )
        except W4IError as exc:
            QMessageBox.warning(self.window, title, user_message(exc))
            return None
        self._show(title, report)
        return report

    def _show(self, title: str, report: HealthReport) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("healthBox")
        box.setWindowTitle(title)
        if report.ok:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(f"{self.tr('The database is sound.')}\n\n{self._found(report)}")
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                self.tr(
                    "The database is damaged. Stop working in it: restore the newest backup "
                    "that checks as sound (File ▸ Restore a backup…) and tell your "
                    "administrator. The details below name pages and entries, never people."
                )
            )
            # Technical lines from SQLite, SQLCipher and the audit chain: no personal data.
            box.setDetailedText("\n".join([*(report.file_problems or ()), *report.audit_problems]))
        box.exec()

    def _found(self, report: HealthReport) -> str:
        if report.file_problems is None:
            file_text = self.tr("The database's files are on its server, which checks them itself.")
        else:
            file_text = self.tr(
                "Every page of the database file passed SQLCipher's and SQLite's checks."
            )
        entries = self.tr("The audit log's %n entries are intact.", "", report.audit_entries)
        return f"{file_text} {entries}"
