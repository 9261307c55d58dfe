"""The Settings screen: organisation name and logo, retention, backups kept, lock minutes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from tests.gui.test_participant_record import SHOTS
from tests.services.test_settings import _png
from w4i_desktop.enums import Role
from w4i_desktop.services import backups, record_deletion, settings
from w4i_desktop.services.context import Context
from w4i_desktop.views.admin import settings_screen
from w4i_desktop.views.admin.settings_screen import PREVIEW_WIDTH, SettingsScreen
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.message_bar import MessageBar, NoticeLabel
from w4i_desktop.views.window.main_window import SCREENS, MainWindow


def test_a_manager_changes_the_settings(
    qtbot: QtBot,
    main_window: MainWindow,
    admin_ctx: Context,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main_window.nav.setCurrentRow(SCREENS.index("settings"))
    screen = main_window.settings_screen
    assert screen.organisation.text() == "Test Org"
    screen.organisation.selectAll()
    qtbot.keyClicks(screen.organisation, "Casa delle Donne")
    for spin, value in ((screen.retention, "7"), (screen.keep, "3"), (screen.lock, "15")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, value)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    qtbot.mouseClick(screen.logo_button, Qt.MouseButton.LeftButton)
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        main_window.grab().save(str(SHOTS / "settings.png"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "The settings are saved."
    assert not screen.message.is_error
    assert settings.organisation_name(admin_ctx) == "Casa delle Donne"
    assert settings.retention_years(admin_ctx) == 7
    assert backups.keep_count(admin_ctx) == 3
    assert settings.organisation_logo(admin_ctx) == _png()
    assert int(QSettings().value("security/lock_minutes")) == 15
    assert main_window.idle.limit_seconds == 15 * 60  # at once, no restart


def _screen_as(qtbot: QtBot, ctx: Context, db_path: Path) -> SettingsScreen:
    state = AppState(db_path)
    state.set_context(ctx)
    screen = SettingsScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1000, 640)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _organisation_rows(screen: SettingsScreen) -> list[object]:
    return [
        screen.organisation,
        screen.logo_row,
        screen.retention,
        screen.permit_days,
        screen.keep,
        screen.delete_days,
    ]


@pytest.mark.parametrize("role", [Role.STAFF, Role.VOLUNTEER])
def test_roles_that_may_not_change_them_do_not_see_the_organisations_settings(
    qtbot: QtBot, login_as: UserFactory, admin_ctx: Context, db_path: Path, role: Role
) -> None:
    """Issue 16: the fields a volunteer may not change looked editable. They are not shown;
    a note says who changes them, and what is for this computer can still be saved."""
    screen = _screen_as(qtbot, login_as(role, admin_ctx.actor.site_id), db_path)
    assert "managers" in screen.refusal.text()
    assert screen.refusal.isVisibleTo(screen)
    for row in _organisation_rows(screen):
        assert not screen.form.isRowVisible(row), row  # type: ignore[arg-type]
    assert screen.form.isRowVisible(screen.folder_row) is (role is Role.STAFF)  # backs up
    assert not screen.recovery_button.isVisibleTo(screen)
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        screen.grab().save(str(SHOTS / f"settings_{role.value}.png"))
    screen.lock.setFocus()
    screen.lock.selectAll()
    qtbot.keyClicks(screen.lock, "25")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert int(QSettings().value("security/lock_minutes")) == 25
    assert screen.message.text() == "The settings are saved."
    assert settings.organisation_name(admin_ctx) == "Test Org"


def test_an_administrator_makes_a_new_recovery_key_from_the_settings(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, object]] = []
    monkeypatch.setattr(
        settings_screen,
        "make_new_recovery_key",
        lambda parent, state: calls.append((parent, state)),
    )
    screen = _screen_as(qtbot, admin_ctx, db_path)
    assert screen.recovery_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.recovery_button, Qt.MouseButton.LeftButton)
    assert calls == [(screen, screen.state)]


def test_a_manager_has_no_recovery_key_button(
    qtbot: QtBot, login_as: UserFactory, admin_ctx: Context, db_path: Path
) -> None:
    screen = _screen_as(qtbot, login_as(Role.MANAGER, admin_ctx.actor.site_id), db_path)
    assert not screen.recovery_button.isVisibleTo(screen)
    assert screen.form.isRowVisible(screen.organisation)


def test_an_administrator_sets_the_days_to_delete_a_record_made_by_mistake(
    qtbot: QtBot, admin_ctx: Context, db_path: Path
) -> None:
    screen = _screen_as(qtbot, admin_ctx, db_path)
    assert screen.delete_days.value() == record_deletion.delete_window_days(admin_ctx)
    assert screen.form.isRowVisible(screen.delete_days)
    screen.delete_days.setFocus()
    screen.delete_days.selectAll()
    qtbot.keyClicks(screen.delete_days, "30")
    assert screen.delete_days.text() == "30 days of creation"
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert record_deletion.delete_window_days(admin_ctx) == 30


def test_a_too_big_logo_is_refused_when_chosen_and_the_other_changes_stay(
    qtbot: QtBot, admin_ctx: Context, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: a 3.8 MB logo was accepted when chosen and refused at Save, losing the page's
    other changes. It is refused at once; the good logo is previewed."""
    screen = _screen_as(qtbot, admin_ctx, db_path)
    screen.organisation.selectAll()
    qtbot.keyClicks(screen.organisation, "Casa delle Donne")
    big = tmp_path / "big.png"
    big.write_bytes(_png() + b"\0" * (settings.MAX_LOGO_BYTES + 1))
    chosen = [big]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[0]), ""))
    qtbot.mouseClick(screen.logo_button, Qt.MouseButton.LeftButton)
    assert screen.message.is_error
    assert screen.message.text() == "big.png: The logo is larger than 1 MiB; use a smaller image."
    assert screen.logo_label.text() == "No logo"
    assert screen.organisation.text() == "Casa delle Donne"  # kept

    good = tmp_path / "logo.png"
    good.write_bytes(_png())
    chosen[0] = good
    qtbot.mouseClick(screen.logo_button, Qt.MouseButton.LeftButton)
    assert not screen.message.isVisibleTo(screen)
    preview = screen.logo_preview.pixmap()
    assert not preview.isNull() and preview.width() <= PREVIEW_WIDTH
    assert screen.logo_preview.isVisibleTo(screen)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert settings.organisation_logo(admin_ctx) == _png()
    assert settings.organisation_name(admin_ctx) == "Casa delle Donne"
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        screen.grab().save(str(SHOTS / "settings_admin.png"))


def _background(bar: MessageBar) -> tuple[int, int, int]:
    colour = bar.label.grab().toImage().pixelColor(3, 3)
    return colour.red(), colour.green(), colour.blue()


def test_a_confirmation_is_green_and_an_error_red(qtbot: QtBot) -> None:
    """Issue 16: success messages were shown in error red."""
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_info("The settings are saved.")
    red, green, _blue = _background(bar)
    assert green > red
    bar.show_error("The logo must be a PNG or JPEG image.")
    red, green, _blue = _background(bar)
    assert red > green


def _ink(label: QLabel) -> tuple[int, int]:
    """Red and green of the darkest pixel of the label's text."""
    image = label.grab().toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    darkest = min(pixels, key=lambda c: c.lightness())
    return darkest.red(), darkest.green()


def test_the_sign_in_pages_confirmation_is_not_in_error_red(qtbot: QtBot) -> None:
    notice = NoticeLabel()
    qtbot.addWidget(notice)
    notice.resize(300, 30)
    notice.show()
    notice.show_info("The new password is set. Sign in with it.")
    red, green = _ink(notice)
    assert green > red
    notice.setText("The user name or the password is wrong.")  # errors stay red
    red, green = _ink(notice)
    assert red > green
