"""Lock (Ctrl+L) and unlock in the real window: by another user, and by the same user who
only types her password (the focus waits in Password when the name is known)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.realwin.conftest import (
    ADMIN,
    ADMIN_PASSWORD,
    STAFF,
    STAFF_PASSWORD,
    open_database,
    user_names,
)
from tests.realwin.harness import RealApp
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent, IntakeDraft

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

PAGE_TITLE = (10, 5, 600, 45)
WORK_AREA = (0, 40, 180, 150)  # the list of screens, hidden behind the sign-in page


def who_did_what(app: RealApp) -> tuple[list[str], list[str]]:
    """(who signed in, oldest first; who owns each intake draft), read through the core
    before this check's own sign-in is recorded."""
    ctx = open_database(app)
    try:
        with ctx.db.transaction() as session:
            names = user_names(session)
            logins = session.scalars(
                select(AuditEvent.user_id)
                .where(AuditEvent.action == AuditAction.LOGIN)
                .order_by(AuditEvent.seq)
            ).all()
            drafts = session.scalars(select(IntakeDraft.interviewer_id)).all()
            return [names[u] for u in logins if u is not None][:-1], [names[u] for u in drafts]
    finally:
        ctx.db.close()


def start_a_draft(app: RealApp) -> None:
    """Ctrl+I, on to the second page (the interview is saved as a draft), Escape."""
    wizard = app.open_intake()
    with app.x.redrawn(wizard, PAGE_TITLE, "the interview's second page"):
        app.x.key("alt+n")
    app.cancel_intake(wizard)


def test_locked_by_one_user_and_unlocked_by_another(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.x.key("ctrl+l")
    # The other user: Alt+U to the user name (its text selected), her name, Tab, password.
    app.x.key("alt+u")
    app.x.type(STAFF)
    app.x.key("Tab")
    app.x.type(STAFF_PASSWORD)
    app.x.key("Return")
    app.wait_signed_in(STAFF)
    start_a_draft(app)  # as her
    assert app.quit() == 0, app.describe()
    assert who_did_what(app) == ([ADMIN, STAFF], [STAFF]), f"see {app.last_shot}"


def test_unlocked_by_the_same_user_typing_only_her_password(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.x.key("ctrl+l")
    with app.x.redrawn(app.main, WORK_AREA, "the session open again"):
        app.x.type(ADMIN_PASSWORD)
        app.x.key("Return")
    start_a_draft(app)
    assert app.quit() == 0, app.describe()
    assert who_did_what(app) == ([ADMIN, ADMIN], [ADMIN]), f"see {app.last_shot}"
