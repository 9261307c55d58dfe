"""SIGKILL a writer mid-stream, many times: the file stays sound and keeps every commit."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD
from w4i_desktop.models import Participant
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.engine import integrity_problems

pytestmark = pytest.mark.sqlcipher_only(
    reason="A SQLCipher file killed mid-write (a server has its own crash safety)."
)

KILLS = 50

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from w4i_desktop.services import participants, users
    ctx = users.login(Path(sys.argv[1]), "admin", sys.argv[2])
    n = 0
    while True:
        n += 1
        pid = participants.create(ctx, {
            "first_name": "Crash%d" % n, "last_name": "Test" * 25,
            "work_experience": "x" * (n % 7 * 900),
        })
        # Printed only after the commit returned: the parent may rely on these rows.
        print(pid, flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_row(admin_ctx: Context, db_path: Path) -> None:
    admin_ctx.db.close()
    rng = random.Random(2026)
    committed: set[int] = set()
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), ADMIN_PASSWORD],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # the writer is past start-up and committing
        assert first.strip().isdigit(), first
        time.sleep(rng.uniform(0.0, 0.15))
        writer.kill()
        writer.wait()
        committed |= {int(line) for line in [first, *writer.stdout.read().split()] if line.strip()}
        writer.stdout.close()

    ctx = users.login(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert integrity_problems(ctx.db.engine) == []
        with ctx.db.transaction() as session:
            stored = set(session.scalars(select(Participant.id)))
        assert committed <= stored
        assert len(committed) >= KILLS
    finally:
        ctx.db.close()
