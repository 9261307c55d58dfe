"""The small forms of account administration: a new user, a user's role and site, a new
password (set by an administrator, or with the recovery key at sign-in), a site."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from w4i_desktop.enums import Role
from w4i_desktop.services import accounts, settings, sites, users
from w4i_desktop.services.context import Context
from w4i_desktop.views import labels
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.password_hint import PasswordHint
from w4i_desktop.views.widgets import fill_combo, read_value


def _password_box(accessible_name: str) -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setAccessibleName(accessible_name)
    return box


def _hint_row(dialog: FormDialog, names: Callable[[], list[str]]) -> PasswordHint:
    """Under the new password's box: how hard it is to guess, as it is typed. `names` should
    not hold the dialog (a reference cycle)."""
    box = dialog.fields["password"]
    assert isinstance(box, QLineEdit)
    hint = PasswordHint(box, names)
    dialog.form.addRow("", hint)
    return hint


def _role_combo() -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, [(role, labels.role(role)) for role in Role])
    return combo


def _site_combo(ctx: Context) -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, users.list_sites(ctx))
    return combo


class NewUserDialog(FormDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("newUserDialog", self.tr("Add a user"), parent)
        self.add("display_name", self.tr("&Name shown"), QLineEdit())
        self.add("username", self.tr("&User name (to sign in)"), QLineEdit())
        role = self.add("role", self.tr("&Role"), _role_combo())
        assert isinstance(role, QComboBox)
        role.setCurrentIndex(role.findData(Role.STAFF))
        self.add("site_id", self.tr("&Site"), _site_combo(ctx))
        organisation = settings.organisation_name(ctx)
        self.add("password", self.tr("&Password"), _password_box(self.tr("Password")))
        boxes = [self.fields["username"], self.fields["display_name"]]
        self.hint = _hint_row(self, lambda: [*(read_value(box) for box in boxes), organisation])
        self.add("repeated", self.tr("Password &again"), _password_box(self.tr("Password again")))
        for key in ("display_name", "username"):
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.textChanged.connect(self.hint.update_hint)
        self.fields["password"].setToolTip(
            self.tr("Give it to her in person: nobody, administrators included, can read it later.")
        )
        self.finish(lambda values: self._create(ctx, values))

    def _create(self, ctx: Context, values: dict[str, Any]) -> int:
        accounts.confirm_password(values["password"], values["repeated"])
        return users.add_user(
            ctx,
            values["username"],
            values["password"],
            Role(values["role"]),
            display_name=values["display_name"].strip() or None,
            site_id=values["site_id"],
        )


class EditUserDialog(FormDialog):
    def __init__(
        self, ctx: Context, account: accounts.Account, parent: QWidget | None = None
    ) -> None:
        super().__init__("editUserDialog", self.tr("Change a user"), parent)
        name = QLabel(account.username)
        name.setAccessibleName(self.tr("User name"))
        self.form.addRow(self.tr("User name"), name)
        self.add("display_name", self.tr("&Name shown"), QLineEdit())
        role = self.add("role", self.tr("&Role"), _role_combo())
        self.add("site_id", self.tr("&Site"), _site_combo(ctx))
        self.load(
            {"display_name": account.display_name, "role": account.role, "site_id": account.site_id}
        )
        if account.id == ctx.actor.user_id:
            role.setEnabled(False)
            role.setToolTip(self.tr("Another administrator can change your role."))
        self.finish(
            lambda v: accounts.change_account(
                ctx,
                account.id,
                role=Role(v["role"]),
                display_name=v["display_name"],
                site_id=v["site_id"],
            )
        )


class ResetPasswordDialog(FormDialog):
    """An administrator sets a new password (this also reactivates a deactivated user)."""

    def __init__(
        self, ctx: Context, account: accounts.Account, parent: QWidget | None = None
    ) -> None:
        super().__init__("resetPasswordDialog", self.tr("Set a new password"), parent)
        who = QLabel(
            self.tr("A new password for %1 (%2).")
            .replace("%1", account.display_name)
            .replace("%2", account.username)
        )
        who.setWordWrap(True)
        self.form.addRow(who)
        names = [account.username, account.display_name, settings.organisation_name(ctx)]
        self.add("password", self.tr("New &password"), _password_box(self.tr("New password")))
        self.hint = _hint_row(self, lambda: names)
        self.add("repeated", self.tr("Password &again"), _password_box(self.tr("Password again")))
        if not account.active:
            note = QLabel(self.tr("The account becomes active again."))
            self.form.addRow(note)
        # What the Users panel confirms once the dialog is accepted.
        if account.id == ctx.actor.user_id:
            self.done_text = self.tr("Your password was changed.")
        else:
            self.done_text = self.tr("The password of %1 was changed.").replace(
                "%1", account.display_name
            )

        def submit(values: dict[str, Any]) -> None:
            accounts.confirm_password(values["password"], values["repeated"])
            accounts.reset_password(ctx, account.id, values["password"])

        self.finish(submit)


class RecoveryResetDialog(FormDialog):
    """At sign-in: the recovery key printed when the database was created sets a new password
    for a user who forgot hers."""

    def __init__(self, target: users.Target, username: str, parent: QWidget | None = None) -> None:
        super().__init__("recoveryResetDialog", self.tr("Forgotten password"), parent)
        intro = QLabel(
            self.tr(
                "Type the recovery key printed when this database was created (30 letters and "
                "digits in 6 groups) and choose a new password."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        user = QLineEdit(username)
        self.add("username", self.tr("&User name"), user)
        key = QLineEdit()
        key.setPlaceholderText("-".join(["XXXXX"] * 6))  # the shape, in any language
        self.add("recovery_key", self.tr("Recovery &key"), key)
        self.add("password", self.tr("New &password"), _password_box(self.tr("New password")))
        self.hint = _hint_row(self, lambda: [user.text()])
        self.add("repeated", self.tr("Password &again"), _password_box(self.tr("Password again")))
        user.textChanged.connect(self.hint.update_hint)

        def submit(values: dict[str, Any]) -> str:
            accounts.confirm_password(values["password"], values["repeated"])
            accounts.reset_password_with_recovery_key(
                target, values["recovery_key"], values["username"], values["password"]
            )
            return str(values["username"]).strip()

        self.finish(submit)
        if username:
            key.setFocus()


class SiteDialog(FormDialog):
    """A new site, or a site's name, municipality and whether it is open."""

    def __init__(
        self, ctx: Context, site: sites.SiteRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Add a site") if site is None else self.tr("Change a site")
        super().__init__("siteDialog", title, parent)
        self.add("name", self.tr("&Name"), QLineEdit())
        self.add("municipality", self.tr("&Municipality"), QLineEdit())
        # The country gives the host language its participants and vacancies are matched in.
        country = QComboBox()
        country.setObjectName("siteCountry")
        fill_combo(country, labels.countries(), self.tr("Not set"))
        self.add("country", self.tr("&Country"), country)
        if site is None:
            self.finish(lambda v: sites.add_site(ctx, v["name"], v["municipality"], v["country"]))
            return
        self.add("active", "", QCheckBox(self.tr("&Open (closed sites keep their history)")))
        self.load(
            {
                "name": site.name,
                "municipality": site.municipality,
                "country": site.country,
                "active": site.active,
            }
        )
        self.finish(
            lambda v: sites.change_site(
                ctx, site.id, v["name"], v["municipality"], v["active"], country=v["country"]
            )
        )
