"""The Users and Sites tabs of Settings: a table each, and buttons for the forms that change
them. Users are managed by administrators; sites by managers and administrators."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.errors import W4IError
from w4i_desktop.services import accounts, sites, users
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.views import formats, labels
from w4i_desktop.views.admin.account_dialogs import (
    EditUserDialog,
    NewUserDialog,
    ResetPasswordDialog,
    SiteDialog,
)
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.messages import user_message


class _TablePanel(QWidget):
    """A read-only table with one row per item, buttons under it and a line for errors."""

    def __init__(self, state: AppState, headers: list[str], name: str) -> None:
        super().__init__()
        self.state = state
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # What was just done (a password changed): green, apart from the line for errors.
        self.confirmation = QLabel()
        self.confirmation.setObjectName("panelConfirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.confirmation.hide()
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.message)
        self.ids: list[int] = []
        self.numeric_columns: set[int] = set()

    def button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def fill(self, rows: list[tuple[int, list[str]]]) -> None:
        selected = self.selected_id()
        self.ids = [row_id for row_id, _ in rows]
        self.table.setRowCount(len(rows))
        for r, (_, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in self.numeric_columns:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        if selected in self.ids:
            self.table.selectRow(self.ids.index(selected))
        elif rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None

    def run(self, dialog: QDialog) -> bool:
        self.confirmation.hide()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            return True
        return False

    def confirm(self, text: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.show()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_locked:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError

    def _selection_changed(self) -> None:
        pass


class UsersPanel(_TablePanel):
    def __init__(self, state: AppState) -> None:
        super().__init__(
            state,
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("Site"),
                self.tr("Status"),
                self.tr("Last sign-in"),
            ],
            "usersTable",
        )
        self.table.setAccessibleName(self.tr("Users"))
        self.add_button = self.button(self.tr("&Add a user…"), "addUser", self.add_user)
        self.edit_button = self.button(self.tr("&Change…"), "editUser", self.edit_user)
        self.reset_button = self.button(
            self.tr("Set a new &password…"), "resetPassword", self.reset_password
        )
        self.deactivate_button = self.button(
            self.tr("&Deactivate"), "deactivateUser", self.deactivate
        )
        self.buttons.addStretch(1)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.accounts: list[accounts.Account] = []

    def refresh(self) -> None:
        try:
            self.accounts = accounts.list_accounts(self.state.ctx)
        except W4IError as exc:
            self.accounts = []
            self.message.setText(user_message(exc))
        self.fill(
            [
                (
                    a.id,
                    [
                        a.display_name,
                        a.username,
                        labels.role(a.role),
                        a.site_name,
                        self.tr("Active") if a.active else self.tr("Deactivated"),
                        formats.short_date(a.last_login_at) if a.last_login_at else "—",
                    ],
                )
                for a in self.accounts
            ]
        )

    def selected(self) -> accounts.Account | None:
        chosen = self.selected_id()
        return next((a for a in self.accounts if a.id == chosen), None)

    def _selection_changed(self) -> None:
        account = self.selected()
        is_self = account is not None and account.id == self.state.ctx.actor.user_id
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(account is not None)
        self.deactivate_button.setEnabled(account is not None and account.active and not is_self)

    def add_user(self) -> None:
        self.run(NewUserDialog(self.state.ctx, self))

    def edit_user(self) -> None:
        account = self.selected()
        if account is not None:
            self.run(EditUserDialog(self.state.ctx, account, self))

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None:
            dialog = ResetPasswordDialog(self.state.ctx, account, self)
            if self.run(dialog):
                self.confirm(dialog.done_text)

    def deactivate(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate a user"),
            self.tr(
                "%1 will no longer be able to sign in. Her work stays in the records. An "
                "administrator can set a new password to let her back in."
            ).replace("%1", account.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            users.deactivate_user(self.state.ctx, account.id)
        except W4IError as exc:
            self.message.setText(user_message(exc))
            return
        self.refresh()


class SitesPanel(_TablePanel):
    def __init__(self, state: AppState) -> None:
        super().__init__(
            state,
            [
                self.tr("Site"),
                self.tr("Municipality"),
                self.tr("Country"),
                self.tr("Status"),
                self.tr("Users"),
                self.tr("Participants"),
            ],
            "sitesTable",
        )
        self.table.setAccessibleName(self.tr("Sites"))
        self.numeric_columns = {4, 5}
        self.add_button = self.button(self.tr("Add a &site…"), "addSite", self.add_site)
        self.edit_button = self.button(self.tr("C&hange…"), "editSite", self.edit_site)
        self.buttons.addStretch(1)
        self.table.doubleClicked.connect(lambda _index: self.edit_site())
        self.rows: list[sites.SiteRow] = []

    def refresh(self) -> None:
        may = allowed(self.state.ctx.actor.role, Action.SETTINGS_MANAGE)
        self.add_button.setEnabled(may)
        try:
            self.rows = sites.list_site_rows(self.state.ctx)
        except W4IError as exc:
            self.rows = []
            self.message.setText(user_message(exc))
        self.fill(
            [
                (
                    s.id,
                    [
                        s.name,
                        s.municipality,
                        labels.country(s.country),
                        self.tr("Open") if s.active else self.tr("Closed"),
                        QLocale().toString(s.users),
                        QLocale().toString(s.participants),
                    ],
                )
                for s in self.rows
            ]
        )

    def _selection_changed(self) -> None:
        may = allowed(self.state.ctx.actor.role, Action.SETTINGS_MANAGE)
        self.edit_button.setEnabled(may and self.selected_id() is not None)

    def add_site(self) -> None:
        self.run(SiteDialog(self.state.ctx, None, self))

    def edit_site(self) -> None:
        chosen = self.selected_id()
        site = next((s for s in self.rows if s.id == chosen), None)
        if site is not None:
            self.run(SiteDialog(self.state.ctx, site, self))
