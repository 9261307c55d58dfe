"""Switching the interface language while the main window is open: unsaved edits are saved or
discarded first, then the screens and menus are built again in the new language, on the same
screen and record as before (work_place.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from w4i_desktop.views.language import apply_language, chosen_language, remember_language
from w4i_desktop.views.window.work_place import WorkPlace

if TYPE_CHECKING:
    from w4i_desktop.views.window.main_window import MainWindow

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate


def choose_language(window: MainWindow, language: str) -> None:
    """Switch to `language` at once, unless an unsaved edit stays (then the menus and the
    settings show the current language again)."""
    if language == chosen_language():
        return
    if not may_leave_edits(window):
        check_language(window, chosen_language())
        return
    remember_language(language)
    apply_language(language)  # Qt sends LanguageChange: see MainWindow.changeEvent


def check_language(window: MainWindow, language: str) -> None:
    """Show `language` as the chosen one in the Language menu and on the settings screen."""
    for action in window.language_actions.actions():
        action.setChecked(action.data() == language)
    if window.screens.if_built("settings") is not None:
        combo = window.settings_screen.language
        combo.setCurrentIndex(combo.findData(language))


def may_leave_edits(window: MainWindow) -> bool:
    """Whether the screens may be built again: each open edit saved or discarded (asked)."""
    if window.state.is_locked and has_unsaved_edits(window):
        QMessageBox.information(
            window,
            translate("MainWindow", "Language"),
            translate("MainWindow", "Sign in first: a record has changes that are not saved yet."),
        )
        return False
    built = window.screens.if_built
    return (
        (built("participants") is None or window.participants.may_leave())
        and (built("employers") is None or window.employers.may_leave())
        and (built("pathways") is None or window.pathways.may_leave())
    )


def has_unsaved_edits(window: MainWindow) -> bool:
    """Whether a screen built so far holds changes not saved yet (screens never opened hold
    none)."""
    built = window.screens.if_built
    if built("participants") is not None:
        participants = window.participants
        if participants.showing_record and participants.record.has_unsaved_changes():
            return True
    return (built("employers") is not None and window.employers.has_unsaved_changes()) or (
        built("pathways") is not None and window.pathways.has_unsaved_changes()
    )


def retranslate(window: MainWindow) -> None:
    """Build the screens and menus again in the new language, on the same screen and record
    as before."""
    place = WorkPlace.of(window)
    window.menus.remove()
    window.build()
    place.restore(window)
    window.show_session_state()
