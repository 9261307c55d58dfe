from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from w4i_desktop import config
from w4i_desktop.errors import StorageFull
from w4i_desktop.views import crash


def test_a_bug_gets_a_friendly_dialog_and_a_log_without_personal_data(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    log_path = config.setup_logging()
    # Source lines appear in the log, so the data comes from a variable, as in real code.
    message = "Fatima Zahra, born 1990-02-03, phone +39 333 1234567"
    try:
        raise ValueError(message)
    except ValueError as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__, log_path)
    for handler in logging.getLogger("w4i_desktop").handlers:
        handler.flush()
    text = Path(log_path).read_text(encoding="utf-8")
    assert "ValueError" in text and "test_crash.py" in text
    assert "Fatima" not in text and "1234567" not in text
    assert len(shown) == 1 and str(log_path) in shown[0]
    assert "Fatima" not in shown[0]


def test_an_environment_error_is_a_warning_not_a_crash(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *_: pytest.fail("not a bug"))
    exc = StorageFull("disk full")
    crash.handle_exception(StorageFull, exc, None, Path("unused.log"))
    assert warned == ["The disk is full. Nothing was changed; free some space and try again."]
