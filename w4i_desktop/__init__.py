"""W4I Desktop: the Qt-free core."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("w4i-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
