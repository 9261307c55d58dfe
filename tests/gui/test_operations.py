"""The one way to run work off the GUI thread: a waited-for operation returns its result or
raises its error in the GUI thread, shows a bar once a total is known, stops on Cancel and
holds the user's input back meanwhile; a background read hands its result to the GUI thread
and drops a stale one; Python's collector never runs in a worker (it freed GUI objects there
and crashed CI)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from w4i_desktop.errors import BadInput
from w4i_desktop.progress import Cancelled, Progress, step
from w4i_desktop.views.operations import (
    collection_on_gui_thread,
    run_in_background,
    run_waiting,
)

WAIT_S = 10.0  # a worker waits for the GUI thread at most this long (a bound, not a timing)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def every_tick(check: Callable[[], bool]) -> QTimer:
    """Call `check` every 10 ms on the GUI thread (while a run waits) until it answers True."""
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        if check():
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def busy_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_the_work_runs_in_another_thread_with_the_collector_held(parent: QWidget) -> None:
    assert gc.isenabled()
    seen: dict[str, object] = {}

    def work(_progress: Progress) -> int:
        seen["thread"] = threading.current_thread()
        seen["collecting"] = gc.isenabled()
        return 42

    assert run_waiting(parent, "working", work) == 42
    assert seen["thread"] is not threading.main_thread()
    assert seen["collecting"] is False
    assert gc.isenabled()


def test_the_error_comes_back_in_the_gui_thread_and_the_collector_is_on_again(
    parent: QWidget,
) -> None:
    def work(_progress: Progress) -> None:
        raise BadInput("refused")

    with pytest.raises(BadInput, match="refused") as raised:
        run_waiting(parent, "working", work)
    assert threading.current_thread() is threading.main_thread()
    assert raised.value.__traceback__ is not None
    assert gc.isenabled()


def test_timers_tick_and_the_window_paints_while_the_work_runs(parent: QWidget) -> None:
    ticks = threading.Event()
    count = [0]

    def counted() -> bool:
        count[0] += 1
        if count[0] >= 5:
            ticks.set()
        return count[0] >= 5

    def work(_progress: Progress) -> bool:
        return ticks.wait(WAIT_S)  # done only once the GUI thread's timer ticked five times

    timer = every_tick(counted)
    assert run_waiting(parent, "working", work) is True
    timer.stop()


def test_the_bar_is_busy_until_a_total_arrives_then_shows_how_far(parent: QWidget) -> None:
    parent.show()
    seen: list[tuple[int, int]] = []
    saw_busy, saw_count = threading.Event(), threading.Event()

    def look() -> bool:
        dialog = busy_dialog()
        if dialog is None:
            return False
        seen.append((dialog.value(), dialog.maximum()))
        if dialog.maximum() == 0:
            saw_busy.set()
        if (dialog.value(), dialog.maximum()) == (3, 10):
            saw_count.set()
            return True
        return False

    def work(progress: Progress) -> str:
        step(progress, 0, 0)
        assert saw_busy.wait(WAIT_S)  # the dialog is shown, still busy
        step(progress, 3, 10)
        assert saw_count.wait(WAIT_S)
        return "done"

    timer = every_tick(look)
    assert run_waiting(parent, "counting", work, object_name="countingDialog") == "done"
    timer.stop()
    assert seen[0][1] == 0  # a busy bar first
    assert seen[-1] == (3, 10)
    assert busy_dialog() is None  # gone afterwards


def test_cancel_stops_the_work_and_raises_cancelled(parent: QWidget, qtbot: QtBot) -> None:
    parent.show()
    steps = [0]
    clicked = threading.Event()

    def press_cancel() -> bool:
        dialog = busy_dialog()
        if dialog is None:
            return False
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        clicked.set()
        return True

    def work(progress: Progress) -> None:
        while True:  # endless unless cancelled
            step(progress, steps[0], 1_000_000)
            steps[0] += 1
            clicked.wait(0.005)

    timer = every_tick(press_cancel)
    with pytest.raises(Cancelled):
        run_waiting(parent, "endless", work, cancellable=True)
    timer.stop()
    stopped_at = steps[0]
    assert clicked.is_set()
    qtbot.wait(30)
    assert steps[0] == stopped_at  # the worker is gone
    assert gc.isenabled()


def test_a_work_that_cannot_be_cancelled_has_no_cancel_button(
    parent: QWidget, qtbot: QtBot
) -> None:
    parent.show()
    buttons: list[int] = []
    looked = threading.Event()

    def look() -> bool:
        dialog = busy_dialog()
        if dialog is None:
            return False
        buttons.append(len(dialog.findChildren(QPushButton)))
        looked.set()
        return True

    timer = every_tick(look)
    run_waiting(parent, "backing up", lambda _p: looked.wait(WAIT_S))
    timer.stop()
    assert buttons == [0]


def test_keys_typed_during_the_work_are_held_back(parent: QWidget, qtbot: QtBot) -> None:
    field = QLineEdit(parent)
    parent.show()
    qtbot.waitExposed(parent)
    field.setFocus()
    typed = threading.Event()

    def type_into_the_window() -> bool:
        qtbot.keyClicks(field, "abc")
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        typed.set()
        return True

    timer = every_tick(type_into_the_window)
    run_waiting(parent, "working", lambda _p: typed.wait(WAIT_S))
    timer.stop()
    assert typed.is_set()
    assert field.text() == ""
    qtbot.keyClicks(field, "x")  # and the window hears the user again afterwards
    assert field.text() == "x"


def test_a_background_read_delivers_on_the_gui_thread(parent: QWidget, qtbot: QtBot) -> None:
    threads: dict[str, threading.Thread] = {}

    def work() -> int:
        threads["work"] = threading.current_thread()
        return 7

    results: list[int] = []

    def done(value: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(value)

    run_in_background(parent, work, done)
    assert results == []  # returned at once
    qtbot.waitUntil(lambda: results == [7])
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    qtbot.waitUntil(gc.isenabled)


def test_a_newer_read_makes_the_older_result_stale(parent: QWidget, qtbot: QtBot) -> None:
    first_started, release_first = threading.Event(), threading.Event()
    first_done = threading.Event()

    def first() -> str:
        first_started.set()
        release_first.wait(WAIT_S)
        first_done.set()
        return "old"

    shown: list[str] = []
    reads = run_in_background(parent, first, shown.append)
    assert reads.busy
    assert first_started.wait(WAIT_S)  # running: it will end, and its result must be dropped
    assert run_in_background(parent, lambda: "new", shown.append) is reads
    qtbot.waitUntil(lambda: shown == ["new"])
    release_first.set()
    qtbot.waitUntil(lambda: first_done.is_set() and gc.isenabled())  # the old one was handed in
    assert shown == ["new"]
    assert not reads.busy


def test_a_failed_read_goes_to_its_failure_callback(parent: QWidget, qtbot: QtBot) -> None:
    def work() -> None:
        raise BadInput("no such vacancy")

    failures: list[Exception] = []
    run_in_background(parent, work, lambda _v: None, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert str(failures[0]) == "no such vacancy"


def test_a_read_whose_screen_is_gone_hands_nothing_on(qtbot: QtBot) -> None:
    screen = QWidget()
    release = threading.Event()
    finished = threading.Event()

    def work() -> int:
        release.wait(WAIT_S)
        finished.set()
        return 1

    shown: list[int] = []
    run_in_background(screen, work, shown.append)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not gc.isenabled() and screen_gone(screen))
    release.set()
    qtbot.waitUntil(lambda: finished.is_set() and gc.isenabled())
    assert shown == []


def screen_gone(widget: QWidget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)


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
