"""Where things live on this computer, and logging that never records personal data."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

import platformdirs

APP_NAME = "W4I Desktop"
APP_AUTHOR = "Women4Integration"
HOME_ENV = "W4I_HOME"  # one folder for everything: a portable install, or tests


def data_dir() -> Path:
    """Database, key slots and backups (%LOCALAPPDATA%\\Women4Integration\\W4I Desktop)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "logs"
    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / "w4i.db"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def setup_logging(level: int = logging.INFO) -> Path:
    """Rotating log file in the per-user log folder. Log ids, counts and types, never names."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "w4i.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("w4i_desktop")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path


def log_bug(logger: logging.Logger, exc: BaseException, where: str) -> None:
    """Log a bug by exception type and stack only: messages can carry personal data."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.error("bug in %s: %s\n%s", where, type(exc).__name__, frames)


def _shipped(name: str) -> Path:
    """Where `name` (translations or resources) is: inside the PyInstaller bundle; inside the
    package when it was installed from a wheel (setup.py puts it in `w4i_desktop/data/`);
    else beside the package, in the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    package = Path(__file__).resolve().parent
    installed = package / "data" / name
    return installed if installed.is_dir() else package.parent / name


def translations_dir() -> Path:
    """The compiled translations (w4i_<lang>.qm)."""
    return _shipped("translations")


def resources_dir() -> Path:
    """Fonts, icons, help pages, the pathway template, texts of documents."""
    return _shipped("resources")
