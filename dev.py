#!/usr/bin/env python3
"""Set-up in one command, on Linux, macOS or Windows (`py dev.py run` there).

python3 dev.py run    install into .venv, make a demo database, start the app
python3 dev.py test   install into .venv with the test tools, run ruff, mypy and pytest
python3 dev.py translations   update translations/*.ts from the sources and compile them to .qm
python3 dev.py build  freeze the app with PyInstaller into dist/w4i-desktop, run its self-test
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
DEMO_PASSWORD = "demo-pass-word"  # noqa: S105 - the demo database holds invented people only


def sh(*args: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def install(extras: str) -> None:
    if not PYTHON.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.create(VENV, with_pip=True)
    stamp = VENV / f".installed-{extras or 'app'}"
    pyproject = ROOT / "pyproject.toml"
    if stamp.exists() and stamp.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    sh(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]" if extras else ".")
    stamp.touch()


def run(extra_args: list[str]) -> None:
    install("")
    translations(update=False)
    demo_home = ROOT / ".demo"
    demo_db = demo_home / "w4i-demo.db"
    env = {**os.environ, "W4I_PASSWORD": DEMO_PASSWORD, "W4I_HOME": str(demo_home)}
    if not demo_db.exists():
        print("Creating a demo database with 2,000 invented participants ...", flush=True)
        sh(
            PYTHON,
            "-m",
            "w4i_desktop.cli",
            "demo",
            "--db",
            demo_db,
            "--participants",
            "2000",
            env=env,
        )
    print(f"Demo database: {demo_db}  user: admin  password: {DEMO_PASSWORD}", flush=True)
    sh(PYTHON, "-m", "w4i_desktop", "--db", demo_db, *extra_args, env=env)


TRANSLATED = ("it", "es", "sv", "nl")


def translations(_extra_args: list[str] | None = None, update: bool = True) -> None:
    """Bring translations/w4i_<lang>.ts up to date with the sources (pyside6-lupdate), then
    compile them to .qm (pyside6-lrelease). `run` and `test` only compile."""
    if update:
        install("")
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "w4i_desktop" / "views").rglob("*.py"), ROOT / "w4i_desktop" / "app.py"]
    )
    for lang in TRANSLATED:
        ts = ROOT / "translations" / f"w4i_{lang}.ts"
        if update:
            sh(BIN / "pyside6-lupdate", *sources, "-ts", ts, "-no-obsolete", "-silent")
        sh(BIN / "pyside6-lrelease", ts, "-qm", ts.with_suffix(".qm"), "-silent")


def test(extra_args: list[str]) -> None:
    install("dev")
    translations(update=False)
    # Offscreen for the tests' own widgets; the real-window tests (tests/realwin) start the app
    # in a subprocess on xcb under Xvfb, and skip without Xvfb/openbox/xdotool (fail under CI).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Through the venv's Python: works the same on Windows, where scripts end in .exe.
    sh(PYTHON, "-m", "ruff", "check", ".", env=env)
    sh(PYTHON, "-m", "mypy", env=env)
    sh(PYTHON, "-m", "pytest", *extra_args, env=env)


def build(extra_args: list[str]) -> None:
    """Freeze with PyInstaller (build.spec, one folder: dist/w4i-desktop), then run the frozen
    `w4i-desktop --self-test` offscreen; exit non-zero if either fails."""
    install("build")
    translations(update=False)
    folder = ROOT / "dist" / "w4i-desktop"
    started = time.perf_counter()
    sh(
        PYTHON,
        "-m",
        "PyInstaller",
        "build.spec",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        ROOT / "dist",
        "--workpath",
        ROOT / "build" / "pyinstaller",
        *extra_args,
    )
    build_seconds = time.perf_counter() - started
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    mib = sum(p.stat().st_size for p in files) / 2**20
    print(f"Built {folder} in {build_seconds:.0f} s: {mib:.0f} MiB, {len(files)} files", flush=True)
    exe = folder / ("w4i-desktop.exe" if os.name == "nt" else "w4i-desktop")
    with tempfile.TemporaryDirectory(prefix="w4i-build-home-") as home:
        # Offscreen Qt; W4I_HOME keeps the self-test (and its log, should a windowed Windows
        # build have no stdout) away from this computer's data folder.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "W4I_HOME": home}
        started = time.perf_counter()
        result = subprocess.run(
            [str(exe), "--self-test"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        print(result.stdout, end="", flush=True)
        fallback = Path(home) / "logs" / "self-test.txt"
        if fallback.exists():
            print(fallback.read_text(encoding="utf-8"), end="", flush=True)
    if result.returncode != 0:
        print(result.stderr, end="", file=sys.stderr, flush=True)
        print(f"The frozen self-test failed (exit code {result.returncode}).", file=sys.stderr)
        sys.exit(1)
    seconds = time.perf_counter() - started
    print(f"Frozen self-test passed in {seconds:.1f} s; the app is in {folder}", flush=True)
    # The frozen `w4i` command too: its script moved once and the build failed only at the end.
    cli = folder / ("w4i.exe" if os.name == "nt" else "w4i")
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True)
    if version.returncode != 0 or not version.stdout.startswith("w4i "):
        print(version.stderr, end="", file=sys.stderr, flush=True)
        print("The frozen w4i command does not run.", file=sys.stderr)
        sys.exit(1)
    print(f"Frozen command: {version.stdout.strip()}", flush=True)


def main() -> None:
    commands = {"run": run, "test": test, "translations": translations, "build": build}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        sys.exit(2)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
