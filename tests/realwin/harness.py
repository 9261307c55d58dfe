"""The real window: an X server (Xvfb) with a window manager (openbox), the application run as
a subprocess on Qt's `xcb` platform, and a person's keys sent through the window system with
XTest (`xdotool`). Results are read back through the core services after the app has exited.

Every wait polls a condition (a window shown or gone, a part of a window drawn anew, a
setting written) until a generous deadline; on a timeout the whole screen is saved as a PNG
and its path is named in the error.
"""

from __future__ import annotations

import configparser
import hashlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
SCREEN = "1366x768x24"
# Xvfb, the window manager, XTest input, screenshots, the window manager's readiness.
TOOLS = ("Xvfb", "openbox", "xdotool", "import", "xprop")
MAIN_TITLE = "^W4I Desktop$"
INTAKE_TITLE = "^Intake interview$"
WAIT = 20.0  # seconds: generous, for a loaded 2-core CI machine
POLL = 0.05
# -r: no key auto-repeat. On a loaded machine xdotool's key-up can come late enough for the
# server to repeat the key, and "aa" is typed where "a" was meant.
XVFB = ("Xvfb", "-nolisten", "tcp", "-r")
# With W4I_HOME set the app keeps its settings in a file inside it (app.keep_settings_in_home).
SETTINGS_DIR = "Women4Integration"
SETTINGS_FILE = "W4I Desktop.ini"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_until(
    condition: Callable[[], object], timeout: float, what: str, on_timeout: Callable[[], str]
) -> object:
    """Poll `condition` until it returns something truthy; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not after {timeout:.0f} s. {on_timeout()}")
        time.sleep(POLL)


class XServer:
    """Xvfb on a free display number (it picks one itself: -displayfd) and openbox on it."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._logs: list[IO[bytes]] = []
        read_end, write_end = os.pipe()
        try:
            self.xvfb = subprocess.Popen(
                # -r: no key auto-repeat. On a loaded machine xdotool's key-up can come late
                # enough for the server to repeat the key: "aa" typed where "a" was meant.
                [*XVFB, "-displayfd", str(write_end), "-screen", "0", SCREEN],
                pass_fds=(write_end,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log("xvfb.log"),
            )
        finally:
            os.close(write_end)
        try:
            self.display = ":" + self._read_display(read_end)
        except BaseException:
            self._stop(self.xvfb)
            raise
        finally:
            os.close(read_end)
        self.wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env={**os.environ, "DISPLAY": self.display},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log("openbox.log"),
        )
        try:
            wait_until(self._wm_ready, WAIT, "openbox to manage the screen", self._wm_log)
        except BaseException:
            self.stop()
            raise

    def _log(self, name: str) -> IO[bytes]:
        log = (self.folder / name).open("wb")
        self._logs.append(log)
        return log

    def _read_display(self, fd: int) -> str:
        data = b""
        deadline = time.monotonic() + WAIT
        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(left, 0))
            if not ready:
                raise TimeoutError(f"Xvfb did not start; see {self.folder / 'xvfb.log'}")
            chunk = os.read(fd, 64)
            if not chunk:
                raise RuntimeError(f"Xvfb exited; see {self.folder / 'xvfb.log'}")
            data += chunk
        return data.decode().strip()

    def _wm_ready(self) -> bool:
        if self.wm.poll() is not None:
            raise RuntimeError(f"openbox exited; {self._wm_log()}")
        found = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
        )
        return "window id" in found.stdout

    def _wm_log(self) -> str:
        return f"openbox said: {(self.folder / 'openbox.log').read_text(errors='replace')[-800:]}"

    @staticmethod
    def _stop(process: subprocess.Popen[bytes]) -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def stop(self) -> None:
        self._stop(self.wm)
        self._stop(self.xvfb)
        for log in self._logs:
            log.close()


class X:
    """Real input and looking at the screen, on one display."""

    def __init__(self, display: str, evidence: Path) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}
        self.evidence = evidence
        self._shots = 0
        self.describe: Callable[[], str] = lambda: ""

    def run(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(args, env=self.env, capture_output=True, timeout=60)

    def key(self, *keys: str) -> None:
        """Key presses, e.g. "Tab", "alt+n", "ctrl+q" (xdotool key names)."""
        self.run("xdotool", "key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "25", text)

    def windows(self, title: str) -> list[str]:
        """Visible windows whose title matches the regular expression `title`."""
        found = self.run("xdotool", "search", "--onlyvisible", "--name", title)
        return found.stdout.decode().split()

    def title(self, window: str) -> str:
        return self.run("xdotool", "getwindowname", window).stdout.decode().strip()

    def visible_titles(self) -> list[str]:
        return [self.title(w) for w in self.windows(".")]

    def wait_window(self, title: str, timeout: float = WAIT) -> str:
        """The window shown with this title, activated (it has the keyboard)."""
        found = wait_until(
            lambda: self.windows(title), timeout, f"a window titled {title!r}", self.explain
        )
        assert isinstance(found, list)
        window: str = found[-1]
        self.activate(window)
        return window

    def wait_gone(self, title: str, timeout: float = WAIT) -> None:
        wait_until(lambda: not self.windows(title), timeout, f"{title!r} to close", self.explain)

    def close_all(self, title: str) -> None:
        """Escape in each window with this title (a dialog, then the box it leaves) until
        none is left."""
        deadline = time.monotonic() + WAIT
        while found := self.windows(title):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{title!r} stays open after Escape. {self.explain()}")
            self.activate(found[-1])
            self.key("Escape")
            wait_until(
                lambda: found[-1] not in self.windows(title),
                WAIT,
                f"{title!r} to close on Escape",
                self.explain,
            )

    def activate(self, window: str) -> None:
        self.run("xdotool", "windowactivate", "--sync", window)
        wait_until(
            lambda: self.run("xdotool", "getactivewindow").stdout.decode().strip() == window,
            WAIT,
            f"window {window} to have the keyboard",
            self.explain,
        )

    def grab(self, window: str, region: tuple[int, int, int, int]) -> bytes:
        """A digest of the pixels of `region` (x, y, width, height) of the window."""
        x, y, w, h = region
        pixels = self.run(
            "import", "-silent", "-window", window, "-crop", f"{w}x{h}+{x}+{y}", "+repage", "rgb:-"
        ).stdout
        return hashlib.sha256(pixels).digest()

    @contextmanager
    def redrawn(self, window: str, region: tuple[int, int, int, int], what: str) -> Iterator[None]:
        """Wait, after the body's keys, until that part of the window shows something else."""
        before = self.grab(window, region)
        yield
        wait_until(lambda: self.grab(window, region) != before, WAIT, what, self.explain)

    def size(self, window: str) -> tuple[int, int]:
        shell = self.run("xdotool", "getwindowgeometry", "--shell", window).stdout.decode()
        found = dict(line.split("=", 1) for line in shell.split())
        return int(found["WIDTH"]), int(found["HEIGHT"])

    def status_bar(self, window: str) -> tuple[int, int, int, int]:
        """The left of the main window's status bar (who is signed in, in the interface's
        language): no menu ever drops over it."""
        _width, height = self.size(window)
        return (0, height - 22, 300, 22)

    def screenshot(self, name: str) -> Path:
        self._shots += 1
        path = self.evidence / f"{self._shots:02d}-{name}.png"
        self.run("import", "-silent", "-window", "root", str(path))
        return path

    def explain(self) -> str:
        shot = self.screenshot("timeout")
        return f"Screenshot: {shot}. Visible windows: {self.visible_titles()}. {self.describe()}"


def prepared_copy(source: Path, folder: Path) -> Path:
    """A copy of the database file and its key slots (`.keys`) for one test."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in source.parent.iterdir():
        if path.name.startswith(source.name) and ".lock" not in path.name:
            shutil.copy2(path, folder / path.name)
    return folder / source.name


def menu_mnemonic(language: str, context: str, source: str) -> str:
    """The letter after '&' in the translated `source` (English: in the source itself)."""
    text = source
    if language != "en":
        tree = ET.parse(ROOT / "translations" / f"w4i_{language}.ts")
        for ctx in tree.getroot().iter("context"):
            if ctx.findtext("name") != context:
                continue
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    text = message.findtext("translation") or source
    match = re.search(r"&(\w)", text)
    assert match, f"no mnemonic in {text!r}"
    letter = match.group(1).lower()
    # xdotool wants the X keysym's name for a letter outside ASCII (Swedish "Spr&åk").
    return KEYSYMS.get(letter, letter)


KEYSYMS = {"å": "aring", "ä": "adiaeresis", "ö": "odiaeresis", "é": "eacute", "ñ": "ntilde"}


class RealApp:
    """`python -m w4i_desktop --db PATH` on xcb, with its own settings, data folder and log."""

    def __init__(self, x: X, db: Path, folder: Path, language: str = "en") -> None:
        self.x = x
        self.db = db
        self.folder = folder
        self.config = folder / "config"  # the user's settings: must stay untouched
        self.config.mkdir(parents=True, exist_ok=True)
        (self.home / "settings" / SETTINGS_DIR).mkdir(parents=True, exist_ok=True)
        # The Getting started page would open by itself at a first sign-in.
        self.settings_path.write_text(
            f"[help]\ngetting_started_seen=true\n\n[ui]\nlanguage={language}\n", encoding="utf-8"
        )
        self.output = folder / "app-output.txt"
        self.process: subprocess.Popen[bytes] | None = None
        self.main = ""
        x.describe = self.describe

    @property
    def home(self) -> Path:
        return self.folder / "home"

    @property
    def settings_path(self) -> Path:
        return self.home / "settings" / SETTINGS_DIR / SETTINGS_FILE

    def settings(self) -> configparser.RawConfigParser:
        parser = configparser.RawConfigParser(strict=False)
        parser.read(self.settings_path, encoding="utf-8")
        return parser

    def setting(self, section: str, key: str) -> str | None:
        return self.settings().get(section, key, fallback=None)

    def start(self) -> str:
        """Start the app on its database; the main window (its sign-in page)."""
        self.main = self.launch(MAIN_TITLE)
        return self.main

    def launch(self, first_title: str) -> str:
        """Start the app as a person does; the first window it shows, titled `first_title`
        (the first-run dialog when the database does not exist yet)."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("LC_", "QT_", "W4I_")) and key not in ("LANGUAGE", "LANG")
        }
        env.update(
            DISPLAY=self.x.display,
            QT_QPA_PLATFORM="xcb",
            LANG="C.UTF-8",  # the app then uses British English conventions (dd/MM/yyyy)
            W4I_HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.config),
            # No credential store: "Remember me" stays hidden, nothing waits for D-Bus.
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        with self.output.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "w4i_desktop", "--db", str(self.db)],
                cwd=self.folder,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        return self.x.wait_window(first_title, timeout=60)

    def describe(self) -> str:
        said = self.output.read_text(errors="replace")[-1500:] if self.output.exists() else ""
        running = self.process is not None and self.process.poll() is None
        logged = self.log_text()[-1500:]
        return (
            f"App {'running' if running else 'not running'}; it printed: {said!r}; "
            f"its log ends: {logged!r}"
        )

    def sign_in(self, username: str, password: str, *, refused: bool = False) -> None:
        """From a fresh start: the sign-in page has the user name box focused and empty."""
        self.x.type(username)
        self.x.key("Tab")
        self.x.type(password)
        self.x.key("Return")
        if not refused:
            self.wait_signed_in(username)

    def wait_signed_in(self, username: str) -> None:
        """Until the sign-in has finished: its last step keeps the user name in the settings.
        (Keys typed before then are handled inside the sign-in, while the automatic backup
        runs, and can pull the window from under it.)"""
        wait_until(
            lambda: self.setting("login", "last_user") == username,
            WAIT,
            f"{username} signed in",
            self.x.explain,
        )

    def cancel_intake(self, wizard: str) -> None:
        """Escape in the interview after its first page: it closes, and a box says that the
        answers were kept as a draft; Return closes the box."""
        self.x.activate(wizard)
        self.x.key("Escape")
        box = wait_until(
            lambda: [w for w in self.x.windows(INTAKE_TITLE) if w != wizard],
            WAIT,
            "the box saying the interview was kept as a draft",
            self.x.explain,
        )
        assert isinstance(box, list)
        self.x.activate(box[-1])
        self.x.key("Return")
        self.x.wait_gone(INTAKE_TITLE)

    def open_intake(self) -> str:
        """Ctrl+I: the interview opens only in a signed-in session."""
        self.x.key("ctrl+i")
        return self.x.wait_window(INTAKE_TITLE)

    def quit(self, timeout: float = 60) -> int:
        """Ctrl+Q in the main window (a screenshot first, as evidence), then the exit code."""
        assert self.process is not None
        self.last_shot = self.x.screenshot("before-quit")
        self.x.activate(self.main)
        self.x.key("ctrl+q")
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            shot = self.x.screenshot("did-not-quit")
            said = self.describe()
            self.kill()
            raise AssertionError(
                f"The app did not quit on Ctrl+Q within {timeout:.0f} s. Screenshot: {shot}. {said}"
            ) from None
        return code

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def log_text(self) -> str:
        log = self.home / "logs" / "w4i.log"
        return log.read_text(errors="replace") if log.exists() else ""
