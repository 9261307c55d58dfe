"""Atomic writes: a file another program holds open (Windows, Excel) is kept as it was."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD
from w4i_desktop import cli
from w4i_desktop.errors import FileInUse, StorageFull
from w4i_desktop.services.context import Context
from w4i_desktop.services.notices import write_document
from w4i_desktop.storage.atomic import write_bytes_atomic

OLD = b"the workbook the manager still has open"


def _locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rename fails as Windows fails it over a file open in Excel."""

    def refuse(self: Path, target: str | os.PathLike[str]) -> Path:
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(Path, "replace", refuse)


def test_a_file_open_elsewhere_is_named_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "W4I-report-2026Q3-pseudonymised.xlsx"
    target.write_bytes(OLD)
    _locked(monkeypatch)
    with pytest.raises(FileInUse) as raised:
        write_bytes_atomic(target, b"the new report")
    assert str(raised.value) == (
        "The file W4I-report-2026Q3-pseudonymised.xlsx is open in another program (Excel?). "
        "Close it there, or save under another name."
    )
    assert raised.value.name == target.name
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp file left


def test_a_document_write_keeps_the_specific_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The services' `write_document` turns other OSErrors into a generic failure: not this."""
    target = tmp_path / "summary.pdf"
    target.write_bytes(OLD)
    _locked(monkeypatch)
    with pytest.raises(FileInUse):
        write_document(target, b"%PDF new")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_a_full_disk_is_still_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(OLD)

    def full(self: Path, target: str | os.PathLike[str]) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", full)
    with pytest.raises(StorageFull):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_normal_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(OLD)
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


@pytest.mark.sqlcipher_only(reason="the command opens the test's database file with --db")
def test_the_command_line_says_so_in_one_line(
    admin_ctx: Context,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    admin_ctx.db.close()
    target = tmp_path / "out" / "W4I-report-2025Q3-pseudonymised.xlsx"
    target.parent.mkdir()
    target.write_bytes(OLD)
    _locked(monkeypatch)
    argv = ["report", "excel", "--db", str(db_path), "--user", "admin", "--password-stdin",
            "--period", "2025Q3", "--out", str(target)]  # fmt: skip
    code = cli.main(argv, stdin=io.StringIO(ADMIN_PASSWORD + "\n"))
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        "w4i: The file W4I-report-2025Q3-pseudonymised.xlsx is open in another program "
        "(Excel?). Close it there, or save under another name.\n"
    )
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]
