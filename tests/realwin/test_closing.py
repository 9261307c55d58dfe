"""Closing the real window after a change: the window goes at once, the backup of the change
is made behind it, and the application ends once that backup is complete."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, open_database
from tests.realwin.harness import MAIN_TITLE, RealApp
from tests.realwin.test_lock import start_a_draft
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import backups

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]


def test_the_window_goes_at_once_and_the_change_is_backed_up_behind_it(app: RealApp) -> None:
    folder = app.db.parent / "backups"
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    start_a_draft(app)  # a change since the sign-in
    app.x.activate(app.main)
    app.x.key("ctrl+q")
    closed = time.monotonic()
    app.x.wait_gone(MAIN_TITLE)
    gone_s = time.monotonic() - closed
    assert app.process is not None
    assert app.process.wait(60) == 0, app.describe()
    assert gone_s < 5, f"the window took {gone_s:.1f} s to go"
    (made,) = [b for b in backups.list_backups(folder) if b.kind == "automatic"]
    assert list(folder.glob(".*.partial")) == []
    counts = backups.verify_backup(made.path, ADMIN, ADMIN_PASSWORD)
    ctx = open_database(app)
    try:
        with ctx.db.transaction() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEvent))
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    finally:
        ctx.db.close()
    # Everything but the backup's own audit entry, written after it (and this check's sign-in).
    assert last is not None and last.action == AuditAction.LOGIN
    assert counts["audit_event"] == (entries or 0) - 2, app.describe()
