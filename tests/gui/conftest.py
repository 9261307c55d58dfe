"""GUI fixtures: an AppState over the test database, QSettings kept out of the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from w4i_desktop.services.context import Context
from w4i_desktop.views.app_state import AppState


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("W4I-tests")
    QCoreApplication.setApplicationName("w4i-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    QSettings().clear()


@pytest.fixture
def state(admin_ctx: Context, db_path: Path) -> AppState:
    app_state = AppState(db_path)
    app_state.set_context(admin_ctx)
    return app_state
