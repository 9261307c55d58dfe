"""What the main window opens over itself from its menus and screens: the intake wizard and
its drafts, the retention review, a placement, matching, the import wizard, the database
check, About. Each dialog's code is loaded when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from w4i_desktop.views.window.help_viewer import help_key

if TYPE_CHECKING:
    from w4i_desktop.views.admin.retention_dialog import RetentionDialog
    from w4i_desktop.views.app_state import AppState
    from w4i_desktop.views.employer.matching_dialog import MatchingDialog
    from w4i_desktop.views.importing.import_wizard import ImportWizard
    from w4i_desktop.views.intake.intake_wizard import DraftsDialog, IntakeWizard
    from w4i_desktop.views.window.about_dialog import AboutDialog


class WindowDialogs(QMainWindow):
    """The main window's dialogs (MainWindow derives from it)."""

    state: AppState

    def _refresh_participant_list(self) -> None:
        raise NotImplementedError

    def _open_new_participant(self, participant_id: int) -> None:
        raise NotImplementedError

    def _show_participant(self, participant_id: int) -> None:
        raise NotImplementedError

    def _refresh_employer(self) -> None:
        raise NotImplementedError

    def start_intake(self, draft_id: int | None) -> IntakeWizard:
        from w4i_desktop.views.intake.intake_wizard import IntakeWizard

        wizard = IntakeWizard(self.state, draft_id, self)
        help_key(wizard, "intake")
        wizard.submitted.connect(self._open_new_participant)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.show()
        return wizard

    def drafts(self) -> DraftsDialog:
        from w4i_desktop.views.intake.intake_wizard import DraftsDialog

        dialog = DraftsDialog(self.state, self)
        dialog.resume_requested.connect(self.start_intake)
        dialog.show()
        return dialog

    def retention_review(self) -> RetentionDialog:
        from w4i_desktop.views.admin.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.state, self)
        dialog.finished.connect(lambda _result: self._refresh_participant_list())
        dialog.show()
        return dialog

    def new_placement_with(self, employer_id: int, vacancy_id: int | None) -> None:
        from w4i_desktop.views.participant.placement_dialog import PlacementDialog

        dialog = PlacementDialog(
            self.state.ctx, employer_id=employer_id, vacancy_id=vacancy_id, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh_employer()
            self._refresh_participant_list()

    def candidates_for(self, vacancy_id: int) -> MatchingDialog:
        from w4i_desktop.views.employer.matching_dialog import MatchingDialog

        dialog = MatchingDialog(self.state.ctx, vacancy_id=vacancy_id, parent=self)
        dialog.open_participant.connect(self._show_participant)
        dialog.show()
        return dialog

    def vacancies_for(self, participant_id: int) -> MatchingDialog:
        from w4i_desktop.views.employer.matching_dialog import MatchingDialog

        dialog = MatchingDialog(self.state.ctx, participant_id=participant_id, parent=self)
        dialog.show()
        return dialog

    def about(self) -> AboutDialog:
        from w4i_desktop.views.window.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_spreadsheet(self) -> ImportWizard:
        from w4i_desktop.views.importing.import_wizard import ImportWizard

        wizard = ImportWizard(self.state, self)
        help_key(wizard, "import")
        wizard.imported.connect(lambda _result: self._refresh_participant_list())
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.show()
        return wizard

    def check_database(self) -> None:
        from w4i_desktop.views.admin.health_dialog import HealthCheck

        HealthCheck(self, self.state).run()
