"""The translations are complete, consistent with their sources, and up to date."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("it", "es", "sv", "nl")
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\w)")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_finished_with_the_same_placeholders_and_accelerators(
    language: str,
) -> None:
    problems = []
    for context, message in _messages(ROOT / "translations" / f"w4i_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        for text in _translations(message):
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: accelerators differ")
    assert problems == []


def _lupdate() -> Path:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate comes with PySide6-Essentials"
    return Path(found)


def test_the_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "w4i_desktop" / "views").rglob("*.py"), ROOT / "w4i_desktop" / "app.py"]
    )
    shutil.copyfile(ROOT / "translations" / "w4i_it.ts", tmp_path / "w4i_it.ts")
    subprocess.run(
        [str(_lupdate()), *sources, "-ts", str(tmp_path / "w4i_it.ts"), "-no-obsolete", "-silent"],
        cwd=ROOT,
        check=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(ctx, m.findtext("source") or "") for ctx, m in _messages(path)}

    committed = keys(ROOT / "translations" / "w4i_it.ts")
    fresh = keys(tmp_path / "w4i_it.ts")
    assert fresh - committed == set(), "new strings: run `python3 dev.py translations`"
    assert committed - fresh == set(), "strings gone from the sources: run dev.py translations"


# --- every user-visible literal goes through tr ---------------------------------------------------

SHOWN_BY = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setTitle", "setSubTitle",
    "addItem", "addTab", "setAccessibleName", "setAccessibleDescription", "setStatusTip",
    "setButtonText", "setLabelText", "showMessage", "information", "warning", "question",
    "critical", "addRow", "setInformativeText", "setSpecialValueText",
}  # fmt: skip
WORDS = re.compile(r"[A-Za-z]{2,}")


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name not in SHOWN_BY:
            continue
        for arg in node.args:
            shown = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if shown and WORDS.search(arg.value) and not arg.value.startswith("<"):
                found.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    return found


def test_no_user_visible_literal_skips_translation() -> None:
    views = sorted((ROOT / "w4i_desktop" / "views").rglob("*.py"))
    problems = [line for path in views for line in _untranslated(path)]
    assert problems == []


def test_the_check_finds_a_literal_given_to_a_widget(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label = QLabel("Hello there")\nbutton.setToolTip(self.tr("Fine"))\nx.setText("–")\n'
    )
    assert _untranslated(sample) == ["sample.py:1: 'Hello there'"]
