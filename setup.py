"""The wheel carries what the application reads besides its code: the compiled translations
(translations/*.ts compiled with Qt's lrelease, from the PySide6 the build requires) and
resources/ (fonts, icons, help pages, texts of documents), as `w4i_desktop/data/`. A plain
`pip install .` is then a working, translated application: config.translations_dir() and
config.resources_dir() look there. An editable install (`dev.py`) reads the source tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> Path:
    import PySide6  # a build requirement (pyproject.toml)

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        data = Path(self.build_lib) / "w4i_desktop" / "data"
        shutil.copytree(ROOT / "resources", data / "resources", dirs_exist_ok=True)
        compiled = data / "translations"
        compiled.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "translations").glob("w4i_*.ts")):
            qm = compiled / ts.with_suffix(".qm").name
            subprocess.run([str(lrelease()), str(ts), "-qm", str(qm), "-silent"], check=True)


setup(cmdclass={"build_py": BuildWithData})
