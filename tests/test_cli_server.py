"""The `w4i` command with a shared server: `--server URL` instead of `--db PATH`, `init --server`,
the role's password (URL, $W4I_SERVER_PASSWORD, a prompt at a terminal, never shown), and the
commands a server does not take. Tests marked by the `server_url` fixture need PostgreSQL
(W4I_TEST_DATABASE_URL, as in .ci/postgres.sh) and are skipped without it."""

from __future__ import annotations

import getpass
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import URL

from tests.conftest import FAST_KDF
from w4i_desktop import cli
from w4i_desktop.cli.server import SERVER_PASSWORD_ENV, server_url
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.storage.server import server_label

ADMIN_PW = "quiet-harbour-lantern-7"
REMOTE = "postgresql://w4i@db.example.org/w4i"
UNREACHABLE = "postgresql://w4i:s3cret-role-pw@127.0.0.1:1/w4i"  # nothing listens on port 1


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    code = cli.main(list(argv), stdin=io.StringIO(stdin))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KdfParams, "calibrated", classmethod(lambda cls, *a, **k: FAST_KDF))
    monkeypatch.delenv(SERVER_PASSWORD_ENV, raising=False)
    monkeypatch.delenv("W4I_PASSWORD", raising=False)


def _address(url: URL) -> str:
    return url.render_as_string(hide_password=False)


# --- with a server -------------------------------------------------------------------------


def test_init_on_a_server_then_commands_with_server_work(
    server_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    server = _address(server_url)
    code, out, err = run(
        capsys, "init", "--server", server, "--admin", "boss", "--site", "Roma",
        "--password-stdin", stdin=ADMIN_PW + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"Created the W4I database on the server {server_label(server_url)}")
    assert re.search(r"^\s+([34679A-Z]{5}-){5}[34679A-Z]{5}$", out, re.M)

    code, out, err = run(
        capsys, "users", "add", "anna", "--role", "staff", "--server", server, "--user", "boss",
        "--password-stdin", stdin=f"{ADMIN_PW}\namber-violin-garden\n",
    )  # fmt: skip
    assert (code, out.strip()) == (0, "Added anna (staff)."), err
    code, out, err = run(
        capsys, "audit", "verify", "--server", server, "--user", "boss", "--password-stdin",
        stdin=ADMIN_PW + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert re.search(r"Audit log intact: \d+ entries", out)
    code, _, err = run(
        capsys, "audit", "verify", "--server", server, "--user", "anna", "--password-stdin",
        stdin="amber-violin-garden\n",
    )  # fmt: skip
    assert code == 1 and "does not allow" in err  # a staff member may not: roles as in a file

    code, out, err = run(
        capsys, "users", "reset-password", "anna", "--server", server, "--user", "boss",
        "--password-stdin", stdin=f"{ADMIN_PW}\ncopper-meadow-kettle\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, "audit", "verify", "--server", server, "--user", "anna", "--password-stdin",
        stdin="amber-violin-garden\n",
    )  # fmt: skip
    assert code == 1 and err.strip() == "w4i: The user name or the password is wrong."

    code, _, err = run(
        capsys, "init", "--server", server, "--admin", "other", "--password-stdin",
        stdin="silver-orchard-bicycle\n",
    )  # fmt: skip
    assert code == 2 and "already holds a W4I database" in err
    assert len(err.strip().splitlines()) == 1


# --- without a server ----------------------------------------------------------------------


def test_another_computer_without_tls_is_refused_with_a_clear_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys, "init", "--server", REMOTE, "--admin", "boss", "--password-stdin",
        stdin=ADMIN_PW + "\n",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        "w4i: The server db.example.org must be reached over TLS: add ?sslmode=require "
        "(or verify-full) to its address."
    ]
    code, _, err = run(capsys, "audit", "verify", "--server", REMOTE, "--user", "boss")
    assert code == 2 and "must be reached over TLS" in err


def test_db_and_server_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["audit", "verify", "--db", "x.db", "--server", REMOTE])
    assert exited.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ("backup", "--out", "copy.w4ibak"),
        ("backup", "verify", "copy.w4ibak"),
        ("restore", "copy.w4ibak"),
    ],
)
def test_backups_of_a_shared_database_are_the_servers_business(
    argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv, "--server", "postgresql://w4i@localhost/w4i")
    assert code == 2
    assert err.strip().splitlines() == [
        "w4i: A shared database is backed up and restored on its server (for example with "
        "pg_dump and pg_restore), not from W4I Desktop."
    ]


def test_demo_data_goes_into_a_local_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", "--server", "postgresql://w4i@localhost/w4i")
    assert code == 2 and "w4i migrate-to-server" in err


def test_a_server_needs_a_user_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "audit", "verify", "--server", "postgresql://w4i@localhost/w4i")
    assert code == 2 and err.strip() == "w4i: Name the user with --user."


def test_the_role_password_is_never_shown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "audit", "verify", "--server", UNREACHABLE, "--user", "boss", "--password-stdin",
        stdin="pw\n",
    )  # fmt: skip
    assert code == 2 and "cannot be reached" in err and "w4i@127.0.0.1:1/w4i" in err
    assert "s3cret" not in out + err


def test_where_the_role_password_comes_from(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: never a prompt
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    assert server_url("postgresql://w4i:in-url@localhost/w4i").password == "in-url"
    assert server_url("postgresql://w4i@localhost/w4i").password is None
    monkeypatch.setenv(SERVER_PASSWORD_ENV, "from-env")
    assert server_url("postgresql://w4i@localhost/w4i").password == "from-env"
    assert server_url("postgresql://w4i:in-url@localhost/w4i").password == "in-url"


def test_the_role_password_is_asked_at_a_terminal_only_without_libpqs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return "typed"

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", ask)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert server_url("postgresql://w4i@localhost/w4i").password == "typed"
    assert asked == ["Password of the server role w4i (Enter: none): "]
    (tmp_path / "pgpass").write_text("localhost:5432:w4i:w4i:secret\n")
    assert server_url("postgresql://w4i@localhost/w4i").password is None
    assert len(asked) == 1
