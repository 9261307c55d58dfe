"""`w4i-desktop --self-test`, unfrozen: it passes here, and a missing file makes it fail with a
line that says what is missing. (`python dev.py build` runs it on the frozen build.)"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from w4i_desktop import config, self_test
from w4i_desktop.services import users

CHECK_NAMES = [name for name, _ in self_test.CHECKS]


def run_self_test() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = self_test.run(out)
    return code, out.getvalue().splitlines()


def test_every_check_passes_and_prints_one_line() -> None:
    code, lines = run_self_test()

    assert code == 0, "\n".join(lines)
    assert len(lines) == len(CHECK_NAMES) + 1
    for line, name in zip(lines, CHECK_NAMES, strict=False):
        assert line.startswith(f"ok  {name} ")
    assert lines[-1] == "self-test passed"
    assert {"migrations", "write participant", "read participant", "report"} <= set(CHECK_NAMES)
    report = next(line for line in lines if line.startswith("ok  report"))
    assert "pages" in report


def test_a_missing_resources_folder_fails_with_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere"
    monkeypatch.setattr(config, "resources_dir", lambda: missing)

    code, lines = run_self_test()

    assert code == 1
    assert lines == [f"FAIL resources: the resources folder {missing} is missing"]


def test_a_missing_data_file_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config, "resources_dir", lambda: tmp_path)

    code, lines = run_self_test()

    assert code == 1
    assert lines[0].startswith("ok  resources")
    assert lines[-1].startswith("FAIL pathway template: FileNotFoundError")
    assert "work_is_progress.json" in lines[-1]


def test_missing_translations_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "translations_dir", lambda: tmp_path)

    code, lines = run_self_test()

    assert code == 1
    assert lines[-1] == f"FAIL translations: the translation {tmp_path / 'w4i_it.qm'} is missing"


def test_missing_metadata_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_test, "METADATA", ("w4i-desktop", "no-such-distribution"))

    code, lines = run_self_test()

    assert code == 1
    assert lines[-1] == (
        "FAIL metadata: no metadata for no-such-distribution: its version is unknown"
    )


def test_an_unexpected_error_says_where_and_the_temporary_folder_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_sqlcipher(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'sqlcipher3'")

    monkeypatch.setattr(users, "create_database", no_sqlcipher)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    code, lines = run_self_test()

    assert code == 1
    assert lines[-1].startswith(
        "FAIL encrypted database: ModuleNotFoundError: No module named 'sqlcipher3' "
        "(in test_self_test.py:"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_failure_after_the_database_opened_still_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4i_desktop.reports import pdf_report

    def broken(*args: object) -> bytes:
        return b"not a pdf"

    monkeypatch.setattr(pdf_report, "pdf_report", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    code, lines = run_self_test()

    assert code == 1
    assert lines[-1] == "FAIL report: the report is not a PDF"
    assert list(tmp_path.iterdir()) == []


def test_the_babel_locales_checked_are_the_interface_locales() -> None:
    from w4i_desktop.views.language import LOCALES

    assert tuple(LOCALES.values()) == self_test.UI_LOCALES


def test_the_application_option_runs_qt_then_the_core_checks(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "W4I_HOME": str(tmp_path)}

    result = subprocess.run(
        [sys.executable, "-m", "w4i_desktop", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ok  qt                   offscreen, widgets, charts")
    assert len(lines) == len(CHECK_NAMES) + 2
    assert lines[-1] == "self-test passed"
    assert not (tmp_path / "logs" / "self-test.txt").exists()
