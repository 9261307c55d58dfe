"""Every screen can be worked from the keyboard: Tab reaches every input, and every input
has a name that a screen reader says (its own accessible name, or its label's)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _inputs(page: QWidget) -> list[QWidget]:
    """The visible, enabled controls on `page` that take keyboard focus."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(page.window()):
            continue
        if not widget.isEnabled() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside an editable combo or spin box
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue  # Tab reaches the chosen one of a group; the arrow keys move among them
        if _inside_item_view(widget, page):
            continue  # a table's cell widgets: reached through the table's own navigation
        if (
            type(widget).__name__ == "QToolButton"
            and widget.parentWidget() is not None
            and (isinstance(widget.parentWidget(), QTabBar | QLineEdit))
        ):
            continue  # scroll arrows of a tab bar, the clear button of a line edit
        found.append(widget)
    return found


def _inside_item_view(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _tab_through(
    qtbot: QtBot, window: MainWindow, start: QWidget, limit: int = 400
) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is start and seen and seen[-1] is not start:
            break  # round the whole window once
        if focused not in seen:
            seen.append(focused)
        # Date edits and tables take a few Tabs (their sections, cells) before letting go.
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def _check_page(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    reached = _tab_through(qtbot, window, window.nav)
    missed = [w for w in _inputs(page) if w not in reached]
    unnamed = [w for w in _inputs(page) if not _spoken_name(w)]

    def describe(widgets: list[QWidget]) -> list[str]:
        return [f"{type(w).__name__}:{w.objectName() or '?'}:{_text_of(w)}" for w in widgets]

    assert not describe(missed), "not reached by Tab"
    assert not describe(unnamed), "no accessible name"


def _text_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return str(text()) if callable(text) else ""


@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_is_reached_by_tab_and_named(
    qtbot: QtBot, main_window: MainWindow, screen: str
) -> None:
    main_window.nav.setCurrentRow(SCREENS.index(screen))
    qtbot.wait(50)
    _check_page(qtbot, main_window, main_window.pages.currentWidget())


@pytest.mark.parametrize("tab", range(8))
def test_each_tab_of_a_participant_record_is_reached_by_tab_and_named(
    qtbot: QtBot, main_window: MainWindow, admin_ctx: Context, tab: int
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    main_window.nav.setCurrentRow(SCREENS.index("participants"))
    main_window.participants.open_participant(pid)
    record = main_window.participants.record
    if tab >= record.tabs.count():
        pytest.fail(f"the record has {record.tabs.count()} tabs")
    record.tabs.setCurrentIndex(tab)
    qtbot.wait(50)
    _check_page(qtbot, main_window, record.tabs.currentWidget())


@pytest.mark.parametrize("tab", range(5))
def test_each_tab_of_an_employer_is_reached_by_tab_and_named(
    qtbot: QtBot, main_window: MainWindow, tab: int
) -> None:
    screen = main_window.employers
    screen.new_employer()
    if tab >= screen.record.tabs.count():
        pytest.fail(f"the employer record has {screen.record.tabs.count()} tabs")
    screen.record.tabs.setCurrentIndex(tab)
    qtbot.wait(50)
    _check_page(qtbot, main_window, screen.record.tabs.currentWidget())


@pytest.mark.parametrize("tab", range(3))
def test_each_settings_tab_is_reached_by_tab_and_named(
    qtbot: QtBot, main_window: MainWindow, tab: int
) -> None:
    main_window.nav.setCurrentRow(SCREENS.index("settings"))
    main_window.settings_screen.tabs.setCurrentIndex(tab)
    qtbot.wait(50)
    _check_page(qtbot, main_window, main_window.settings_screen.tabs.currentWidget())
