"""No label is cut, in any language: the record's and the interview's labels show whole
("Telefono", never "Telefonc"), checked on the pixels the label draws."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views import widgets
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.intake.intake_pages import IdentityPage
from w4i_desktop.views.language import apply_language, apply_pseudo_translation
from w4i_desktop.views.window.main_window import SCREENS, MainWindow

LANGUAGES = ("en", "it", "es", "sv", "nl", "pseudo")


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    name: str = request.param
    if name == "pseudo":
        apply_language("en")
        apply_pseudo_translation()
    else:
        assert apply_language(name)
    yield name
    apply_language("en")


def _last_column_is_empty(label: QLabel) -> bool:
    """No glyph reaches the right edge the label clips its text to: that column of pixels is
    all background."""
    image = label.grab().toImage()  # in device pixels (150 %: 1.5 a pixel)
    ratio = image.devicePixelRatio()
    x = min(round((label.contentsRect().right() + 1) * ratio) - 1, image.width() - 1)
    column = [image.pixelColor(x, y).lightness() for y in range(image.height())]
    background, _count = Counter(column).most_common(1)[0]
    return all(abs(value - background) < 40 for value in column)


def _drawn_inside(label: QLabel) -> bool:
    """The text, placed by its measured width but drawn wider by the shortcut letter's
    underline (widgets.mnemonic_room), ends inside the label."""
    text = label.text()
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    measured = label.fontMetrics().horizontalAdvance(plain)
    area = label.contentsRect()
    align = label.alignment()
    if align & Qt.AlignmentFlag.AlignRight:
        start = area.right() + 1 - measured
    elif align & Qt.AlignmentFlag.AlignHCenter:
        start = area.left() + (area.width() - measured) // 2
    else:
        start = area.left() + label.indent() if label.indent() > 0 else area.left()
    return start + measured + widgets.mnemonic_room(label) <= area.right() + 1  # clipped there


def _cut_labels(root: QWidget) -> list[str]:
    cut = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if (
            not label.isVisible()
            or not text.strip()
            or label.wordWrap()
            or label.textFormat() == Qt.TextFormat.RichText
            or text.lstrip().startswith("<")
            or (label.pixmap() is not None and not label.pixmap().isNull())
        ):
            continue
        whole = label.width() >= label.sizeHint().width()
        if not (whole and _drawn_inside(label) and _last_column_is_empty(label)):
            cut.append(f"{text!r} {label.width()}<{label.sizeHint().width()}")
    return cut


def _save(widget: QWidget, name: str) -> None:
    if os.environ.get("W4I_SCREENSHOTS") == "1":
        folder = Path(os.environ.get("W4I_SHOTS_DIR", "/tmp/w4i-clipping"))
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_label_on_the_record_is_cut(
    qtbot: QtBot, state: AppState, admin_ctx: Context, language: str
) -> None:
    pid = participants.create(
        admin_ctx, {"first_name": "Amal", "last_name": "Al-Hassan", "phone": "+31 6 8037 1148"}
    )
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1229, 700)  # where it opens on a 1366×768 screen
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(SCREENS.index("participants"))
    window.participants.open_participant(pid)
    record = window.participants.record
    cut: list[str] = []
    for tab in range(record.tabs.count()):
        record.tabs.setCurrentIndex(tab)
        qtbot.wait(10)  # laid out
        cut += [f"tab {tab}: {c}" for c in _cut_labels(record.tabs.currentWidget())]
        _save(window, f"record_{language}_{tab}")
    assert cut == []


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_label_on_the_interviews_identity_page_is_cut(qtbot: QtBot, language: str) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = IdentityPage()
    wizard.addPage(page)
    wizard.resize(720, 560)  # the interview's size
    wizard.show()
    qtbot.waitExposed(wizard)
    assert _cut_labels(page) == []
    _save(wizard, f"intake_identity_{language}")


def test_the_check_sees_a_cut_label(qtbot: QtBot) -> None:
    """The check itself: "&Telefono" exactly as wide as measured, as the record had it."""
    assert apply_language("it")
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        label = QLabel("&Telefono", holder)
        label.setBuddy(holder)
        label.resize(label.sizeHint())
        holder.show()
        qtbot.waitExposed(holder)
        assert not _last_column_is_empty(label)  # what the eye saw: "Telefonc"
        assert _cut_labels(holder) != []
        widgets.keep_labels_whole(holder)
        label.resize(label.minimumWidth(), label.height())
        assert _cut_labels(holder) == []
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_label_on_a_main_screen_is_cut(
    qtbot: QtBot, state: AppState, admin_ctx: Context, language: str
) -> None:
    participants.create(admin_ctx, {"first_name": "Amal", "last_name": "Al-Hassan"})
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1229, 700)  # where it opens on a 1366×768 screen
    window.show()
    qtbot.waitExposed(window)
    cut: list[str] = []
    for screen in SCREENS:
        window.nav.setCurrentRow(SCREENS.index(screen))
        qtbot.wait(10)  # laid out
        cut += [f"{screen}: {c}" for c in _cut_labels(window.pages.currentWidget())]
        _save(window, f"screen_{language}_{screen}")
    assert cut == []
