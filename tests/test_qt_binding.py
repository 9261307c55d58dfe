"""The Qt binding itself: PySide6 6.12.0 lost a reference to None at every call returning
nothing, and on Python 3.11 the app aborted ("none_dealloc") once as many calls had been made
as None had references. pyproject.toml keeps PySide6 below 6.12 for that; this checks the
installed one."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setWordWrap(True)
        label.setStyleSheet("")
    # Other threads (none here) could move it a little; a lost reference per call moves it 1500.
    assert abs(sys.getrefcount(None) - before) < 50
