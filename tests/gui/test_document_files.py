"""Save and open dialogs start in Documents (or the folder last used), never in the program's
folder, and propose a name after the document's content that Windows accepts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from w4i_desktop.reports.periods import Period
from w4i_desktop.views.document_files import (
    ask_save_path,
    content_name,
    safe_file_name,
    start_folder,
    suggested_path,
)
from w4i_desktop.views.reports.reports_screen import report_file_name


@pytest.fixture
def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_save_dialog_proposes_documents_and_a_content_name(documents: Path) -> None:
    assert Path.cwd() != documents
    name = report_file_name(Period.quarter("2026Q3"), named=False, suffix="xlsx")
    assert name == "W4I-report-2026Q3-pseudonymised.xlsx"
    assert suggested_path(name) == documents / "W4I-report-2026Q3-pseudonymised.xlsx"
    custom = Period.custom(Period.quarter("2026Q1").start, Period.quarter("2026Q1").end)
    named = report_file_name(custom, named=True, suffix="pdf")
    assert named == "W4I-report-2026-01-01_2026-03-31-named.pdf"


def test_content_names_are_names_windows_accepts() -> None:
    assert content_name("W4I-7K2QX", "pathway-summary", "it", suffix="pdf") == (
        "W4I-7K2QX-pathway-summary-it.pdf"
    )
    assert content_name("W4I-7K2QX", "access-request") == "W4I-7K2QX-access-request"
    assert safe_file_name('Q3: "rejected"/<rows>?.xlsx') == "Q3- -rejected-rows-.xlsx"
    assert safe_file_name("CON.pdf") == "_CON.pdf" and safe_file_name("report. ") == "report"
    assert safe_file_name(" .pdf") == "W4I-document.pdf"
    assert len(safe_file_name("x" * 400 + ".xlsx")) <= 150
    assert safe_file_name("x" * 400 + ".xlsx").endswith("x.xlsx")


def test_the_folder_last_used_is_remembered(
    qtbot: QtBot, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    elsewhere = tmp_path / "funder"
    elsewhere.mkdir()
    asked: list[str] = []

    def dialog(_parent: object, _title: str, where: str, *_a: object) -> tuple[str, str]:
        asked.append(where)
        return str(elsewhere / "mine.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert ask_save_path(parent, "Save", "W4I-a.xlsx", "") == elsewhere / "mine.xlsx"
    assert ask_save_path(parent, "Save", "W4I-b.pdf", "") == elsewhere / "mine.xlsx"
    assert asked == [str(documents / "W4I-a.xlsx"), str(elsewhere / "W4I-b.pdf")]
    elsewhere.rmdir()
    assert start_folder() == documents  # a remembered folder that is gone: Documents again


@pytest.fixture
def qt_dialogs() -> Iterator[None]:
    """Qt's own file dialog, which a test can find and close, even where a native one exists."""
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QCoreApplication.testAttribute(attribute)
    QCoreApplication.setAttribute(attribute, True)
    yield
    QCoreApplication.setAttribute(attribute, before)


@pytest.mark.usefixtures("qt_dialogs")
def test_the_real_dialog_opens_in_documents_with_the_name(qtbot: QtBot, documents: Path) -> None:
    """The dialog itself, found among the windows: its folder and the name it proposes."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def look() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, look)
            return
        dialog = shown[0]
        seen["folder"] = dialog.directory().absolutePath()
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = box.text() if box is not None else ""
        dialog.reject()

    QTimer.singleShot(0, look)
    chosen = ask_save_path(parent, "Save the report", "W4I-report-2026Q3-pseudonymised.xlsx")
    assert chosen is None  # cancelled
    assert Path(seen["folder"]) == documents
    assert seen["name"] == "W4I-report-2026Q3-pseudonymised.xlsx"
