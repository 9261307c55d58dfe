"""Long calls off the GUI thread: the result and the error come back, and Python's garbage
collector never runs in the worker (it freed GUI objects there and crashed CI)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from w4i_desktop.errors import BadInput
from w4i_desktop.views.background import collection_on_gui_thread, run_busy


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_call_runs_in_another_thread_with_the_collector_held(parent: QWidget) -> None:
    assert gc.isenabled()
    seen: dict[str, object] = {}

    def call() -> int:
        seen["thread"] = threading.current_thread()
        seen["collecting"] = gc.isenabled()
        return 42

    assert run_busy(parent, "working", call) == 42
    assert seen["thread"] is not threading.main_thread()
    assert seen["collecting"] is False
    assert gc.isenabled()


def test_the_error_comes_back_and_the_collector_is_on_again(parent: QWidget) -> None:
    def call() -> None:
        raise BadInput("refused")

    with pytest.raises(BadInput, match="refused"):
        run_busy(parent, "working", call)
    assert gc.isenabled()


def test_an_inner_pause_leaves_the_outer_one_in_force() -> None:
    with collection_on_gui_thread():
        with collection_on_gui_thread():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_stays_off() -> None:
    gc.disable()
    try:
        with collection_on_gui_thread():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
