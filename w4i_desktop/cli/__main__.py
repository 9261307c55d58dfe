"""`python -m w4i_desktop.cli`: the `w4i` command."""

import sys

from w4i_desktop.cli.main import main

sys.exit(main())
