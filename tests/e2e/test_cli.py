"""The `w4i` command as scripts use it: real processes, real key derivation cost."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from w4i_desktop.storage.keyslots import KeyFile


def w4i(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "w4i_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "centre.db"
    result = w4i(
        "init",
        "--db",
        str(db),
        "--admin",
        "coordinator",
        "--organisation",
        "Casa Donne",
        "--password-stdin",
        stdin="coordinator-pass-7\n",
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"^\s+([34679A-Z]{5}-){5}[34679A-Z]{5}$", result.stdout, re.M)
    return db


def test_init_writes_an_encrypted_database_with_calibrated_slots(initialised: Path) -> None:
    keyfile = KeyFile.load(initialised)
    assert {s.kind for s in keyfile.slots} == {"user", "recovery"}
    assert all(s.kdf["memory_kib"] >= 64 * 1024 for s in keyfile.slots)
    assert initialised.read_bytes()[:16] != b"SQLite format 3\x00"


def test_users_add_then_the_new_user_logs_in(initialised: Path) -> None:
    added = w4i(
        "users",
        "add",
        "volunteer1",
        "--role",
        "volunteer",
        "--db",
        str(initialised),
        "--password-stdin",
        stdin="coordinator-pass-7\nvolunteer-pass-7\n",
    )
    assert added.returncode == 0, added.stderr
    # A volunteer may not verify the audit log: refused by the service, exit code 1.
    refused = w4i(
        "audit",
        "verify",
        "--db",
        str(initialised),
        "--user",
        "volunteer1",
        env={"W4I_PASSWORD": "volunteer-pass-7"},
    )
    assert refused.returncode == 1
    assert "does not allow" in refused.stderr


def test_audit_verify(initialised: Path) -> None:
    result = w4i(
        "audit", "verify", "--db", str(initialised), env={"W4I_PASSWORD": "coordinator-pass-7"}
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"Audit log intact: \d+ entries", result.stdout)


def test_wrong_password_is_one_clear_line(initialised: Path) -> None:
    result = w4i("audit", "verify", "--db", str(initialised), "--password-stdin", stdin="nope\n")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["w4i: The user name or the password is wrong."]


@pytest.mark.parametrize(
    "args",
    [
        ("init",),
        ("demo", "--participants", "-3"),
        ("users", "add", "x", "--role", "king"),
        ("frobnicate",),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    result = w4i(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("w4i: "), result.stderr


def test_init_refuses_an_existing_file(initialised: Path) -> None:
    result = w4i(
        "init", "--db", str(initialised), "--admin", "x1", "--password-stdin", stdin="a-pass-word\n"
    )
    assert result.returncode == 2
    assert "already exists" in result.stderr


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    stray = tmp_path / "photo.db"
    stray.write_bytes(os.urandom(4096))
    (tmp_path / "photo.db.keys").write_text("{}", encoding="utf-8")
    result = w4i(
        "audit", "verify", "--db", str(stray), "--user", "x", env={"W4I_PASSWORD": "whatever"}
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
