"""A portable install (W4I_HOME) keeps this computer's settings in a file inside its folder,
not in the user's settings that every database on the computer shares (the registry on
Windows; ~/.config here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# A fresh process: QSettings' default format and paths are process-wide and set once.
_SCRIPT = """
import sys
from PySide6.QtCore import QSettings
from w4i_desktop.app import make_application
from w4i_desktop.views import language
app = make_application(["w4i"])
QSettings().setValue("login/last_user", "amina.admin")
language.remember_language("sv")
QSettings().sync()
print(QSettings().fileName())
"""


def _run(tmp_path: Path, home: Path | None) -> tuple[str, Path]:
    user_config = tmp_path / "user-config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(user_config)}
    env.pop("W4I_HOME", None)
    if home is not None:
        env["W4I_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout.strip().splitlines()[-1], user_config


def test_with_w4i_home_the_settings_stay_in_its_folder(tmp_path: Path) -> None:
    home = tmp_path / "stick"
    home.mkdir()
    file_name, user_config = _run(tmp_path, home)
    settings_file = Path(file_name)
    assert home in settings_file.parents
    text = settings_file.read_text(encoding="utf-8")
    assert "amina.admin" in text and "sv" in text
    assert not user_config.exists() or not any(user_config.rglob("*.conf"))


def test_without_it_the_user_settings_are_used(tmp_path: Path) -> None:
    file_name, user_config = _run(tmp_path, None)
    assert user_config in Path(file_name).parents
