"""`python -m w4i_desktop` and `w4i-desktop`: the desktop application."""

from __future__ import annotations

import sys


def main() -> int:
    from w4i_desktop.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
