"""The components W4I Desktop ships with (the Windows build bundles all of them), their
licences, and their versions and licence texts as installed. Qt-free: the About dialog shows
it, a build script can read it.

Licence names are SPDX identifiers where one exists. Versions and licence texts come from the
installed distributions' metadata (importlib.metadata) and are never required: a build that
left the metadata out shows "—" and the licence's name and homepage instead.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from w4i_desktop.config import resources_dir

APP_LICENCE = "GPL-3.0-or-later"
APP_HOMEPAGE = "https://www.gnu.org/licenses/gpl-3.0.html"
UNKNOWN_VERSION = "—"
# Files a distribution ships its licence in (any folder, any suffix).
_LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice)", re.IGNORECASE)
_MAX_LICENCE_CHARS = 200_000  # one file; enough for every licence here


@dataclass(frozen=True)
class Component:
    """One bundled component. `distribution` is its name for importlib.metadata (None for what
    is not a Python distribution); `licence_file` a text under resources/ for those; `version`
    a version known without metadata. `optional` components are listed only when installed
    (they depend on the platform or the Python version)."""

    name: str
    distribution: str | None
    licence: str
    homepage: str
    licence_file: str | None = None
    version: str | None = None
    optional: bool = False


BUNDLED: tuple[Component, ...] = (
    Component("Python", None, "PSF-2.0", "https://www.python.org/",
              version=platform.python_version()),
    Component("Qt for Python (PySide6)", "PySide6-Essentials",
              "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "https://www.qt.io/qt-for-python"),
    Component("Qt for Python Add-ons (Qt Charts)", "PySide6-Addons",
              "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only; Qt Charts: GPL-3.0-only",
              "https://www.qt.io/qt-for-python"),
    Component("Shiboken", "shiboken6", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
              "https://www.qt.io/qt-for-python"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org/"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    Component("Mako", "Mako", "MIT", "https://www.makotemplates.org/"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com/p/markupsafe/"),
    Component("typing_extensions", "typing_extensions", "PSF-2.0",
              "https://github.com/python/typing_extensions"),
    Component("SQLCipher (sqlcipher3)", "sqlcipher3", "Zlib; SQLCipher: BSD-3-Clause",
              "https://github.com/coleifer/sqlcipher3"),
    Component("psycopg", "psycopg", "LGPL-3.0-only", "https://www.psycopg.org/psycopg3/"),
    Component("psycopg (binary: libpq, OpenSSL, Kerberos, OpenLDAP, Cyrus SASL)",
              "psycopg-binary",
              "LGPL-3.0-only; libpq: PostgreSQL; OpenSSL: Apache-2.0; Kerberos: MIT; "
              "OpenLDAP: OLDAP-2.8; Cyrus SASL: BSD-Attribution-HPND-disclaimer",
              "https://www.psycopg.org/psycopg3/", optional=True),
    Component("argon2-cffi", "argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io/"),
    Component("argon2-cffi-bindings", "argon2-cffi-bindings", "MIT",
              "https://github.com/hynek/argon2-cffi-bindings"),
    Component("cffi", "cffi", "MIT OR MIT-0", "https://cffi.readthedocs.io/"),
    Component("pycparser", "pycparser", "BSD-3-Clause", "https://github.com/eliben/pycparser"),
    Component("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause",
              "https://cryptography.io/"),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("jaraco.classes", "jaraco.classes", "MIT", "https://github.com/jaraco/jaraco.classes"),
    Component("jaraco.context", "jaraco.context", "MIT", "https://github.com/jaraco/jaraco.context"),
    Component("jaraco.functools", "jaraco.functools", "MIT",
              "https://github.com/jaraco/jaraco.functools"),
    Component("more-itertools", "more-itertools", "MIT",
              "https://github.com/more-itertools/more-itertools"),
    Component("backports.tarfile", "backports.tarfile", "MIT",
              "https://github.com/jaraco/backports.tarfile", optional=True),
    Component("importlib_metadata", "importlib_metadata", "Apache-2.0",
              "https://github.com/python/importlib_metadata", optional=True),
    Component("lazy-importer", "lazy-importer", "Apache-2.0", "https://pypi.org/project/lazy-importer/",
              optional=True),
    Component("zipp", "zipp", "MIT", "https://github.com/jaraco/zipp", optional=True),
    Component("SecretStorage", "SecretStorage", "BSD-3-Clause",
              "https://github.com/mitya57/secretstorage", optional=True),
    Component("Jeepney", "jeepney", "MIT", "https://gitlab.com/takluyver/jeepney", optional=True),
    Component("pywin32-ctypes", "pywin32-ctypes", "BSD-3-Clause",
              "https://github.com/enthought/pywin32-ctypes", optional=True),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("filelock", "filelock", "MIT OR Unlicense", "https://github.com/tox-dev/filelock"),
    Component("Babel", "babel", "BSD-3-Clause", "https://babel.pocoo.org/"),
    Component("tzdata", "tzdata", "Apache-2.0", "https://github.com/python/tzdata", optional=True),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    Component("Pillow", "pillow", "MIT-CMU", "https://python-pillow.github.io/"),
    Component("charset-normalizer", "charset-normalizer", "MIT",
              "https://github.com/jawah/charset_normalizer"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    Component("et-xmlfile", "et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    Component("lxml", "lxml", "BSD-3-Clause", "https://lxml.de/"),
    Component("Faker", "Faker", "MIT", "https://github.com/joke2k/faker"),
    Component("zxcvbn", "zxcvbn", "MIT", "https://github.com/dwolfhub/zxcvbn-python"),
    Component("greenlet", "greenlet", "MIT AND PSF-2.0", "https://github.com/python-greenlet/greenlet",
              optional=True),
    Component("DejaVu fonts", None, "Bitstream-Vera; DejaVu changes: public domain",
              "https://dejavu-fonts.github.io/", licence_file="fonts/LICENSE-DejaVu.txt",
              version="2.37"),
)  # fmt: skip


def _distribution(component: Component) -> metadata.Distribution | None:
    if component.distribution is None:
        return None
    try:
        return metadata.distribution(component.distribution)
    except (metadata.PackageNotFoundError, ValueError, OSError):
        return None


def version_of(component: Component) -> str | None:
    """The installed version, or None when the metadata is not available."""
    if component.version is not None:
        return component.version
    found = _distribution(component)
    if found is None:
        return None
    try:
        version: str | None = found.version
    except (KeyError, AttributeError):  # metadata without a Version field
        return None
    return version or None


def shown(component: Component) -> bool:
    """Optional components are listed where they are installed; the others always."""
    return not component.optional or version_of(component) is not None


def components() -> list[Component]:
    """The components to list here, in the order of BUNDLED."""
    return [c for c in BUNDLED if shown(c)]


def rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) for each component listed; "—" for an unknown version."""
    return [(c.name, version_of(c) or UNKNOWN_VERSION, c.licence) for c in components()]


def find(name: str) -> Component | None:
    return next((c for c in BUNDLED if c.name == name), None)


def licence_text(component: Component) -> str | None:
    """The full licence text as shipped (several files one after the other, each under its
    name), or None when none is available."""
    if component.licence_file is not None:
        path = resources_dir() / component.licence_file
        try:
            return path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    found = _distribution(component)
    if found is None:
        return None
    try:
        files = list(found.files or [])
    except (OSError, ValueError):
        return None
    # The distribution's own licence first (in its .dist-info), then those of what it embeds.
    candidates = sorted(
        (f for f in files if _LICENCE_FILE.match(Path(str(f)).name)),
        key=lambda f: (".dist-info" not in str(f), str(f)),
    )
    texts = []
    for file in candidates:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if text and text.strip():
            texts.append((Path(str(file)).name, text.strip()[:_MAX_LICENCE_CHARS]))
    if not texts:
        return None
    if len(texts) == 1:
        return texts[0][1]
    return "\n\n".join(f"===== {name} =====\n\n{text}" for name, text in texts)


def distributions() -> list[str]:
    """The Python distributions bundled, e.g. for PyInstaller's copy_metadata(), so that the
    frozen build can show their versions and licence texts."""
    return [c.distribution for c in BUNDLED if c.distribution is not None]
