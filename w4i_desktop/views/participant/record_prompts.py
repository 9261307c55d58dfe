"""The questions a record asks: possibly a duplicate? save the unsaved changes?"""

from __future__ import annotations

from enum import Enum
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from w4i_desktop.services.duplicates import PossibleDuplicate
from w4i_desktop.views import labels

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate


SHOWN = 5


class DuplicateChoice(Enum):
    OPEN_EXISTING = "open"
    CREATE_ANYWAY = "create"
    CANCEL = "cancel"


def describe(found: list[PossibleDuplicate]) -> str:
    items = "".join(
        "<li><b>{}</b> {} — {}</li>".format(
            escape(d.code),
            escape(d.name),
            escape(", ".join(labels.label(r) for r in d.reasons)),
        )
        for d in found[:SHOWN]
    )
    more = len(found) - SHOWN
    more_text = translate("RecordPrompts", "…and %n more.", "", more)
    extra = f"<p>{more_text}</p>" if more > 0 else ""
    return f"<ul>{items}</ul>{extra}"


def ask_duplicates(parent: QWidget, found: list[PossibleDuplicate]) -> DuplicateChoice:
    box = QMessageBox(parent)
    box.setObjectName("duplicateWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RecordPrompts", "Possible duplicate"))
    box.setText(
        translate("RecordPrompts", "This person may already be registered:")
        if len(found) == 1
        else translate("RecordPrompts", "These participants may be the same person:")
    )
    box.setInformativeText(
        describe(found)
        + "<p>"
        + translate(
            "RecordPrompts", "Open the existing record instead, or create a new one anyway?"
        )
        + "</p>"
    )
    open_button = box.addButton(
        translate("RecordPrompts", "&Open existing"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    create_button = box.addButton(
        translate("RecordPrompts", "&Create anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    open_button.setObjectName("openExisting")
    create_button.setObjectName("createAnyway")
    box.setDefaultButton(open_button)
    box.setEscapeButton(cancel_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return DuplicateChoice.OPEN_EXISTING
    if clicked is create_button:
        return DuplicateChoice.CREATE_ANYWAY
    return DuplicateChoice.CANCEL


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedChanges")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RecordPrompts", "Unsaved changes"))
    box.setText(translate("RecordPrompts", "This record has changes that are not saved."))
    box.setInformativeText(translate("RecordPrompts", "Save them before leaving the record?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else buttons.Cancel
