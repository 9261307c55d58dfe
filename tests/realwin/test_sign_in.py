"""Signing in, typed into the real window: the right password, and a wrong one first."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, open_database, user_names
from tests.realwin.harness import RealApp
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]


def sign_ins(app: RealApp) -> list[tuple[str, str | None]]:
    """(action, user name) of every sign-in and failed sign-in, oldest first; read before
    this check's own sign-in is recorded."""
    ctx = open_database(app)
    try:
        with ctx.db.transaction() as session:
            names = user_names(session)
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.in_([AuditAction.LOGIN, AuditAction.FAILED_LOGIN]))
                .order_by(AuditEvent.seq)
            ).all()
            return [(e.action.value, names.get(e.user_id or 0)) for e in events]
    finally:
        ctx.db.close()


def test_signing_in_with_the_right_password_opens_the_session(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.open_intake()  # Ctrl+I works only in a signed-in session
    app.x.close_all("^Intake interview$")
    assert app.quit() == 0, app.describe()
    # The last entry is this check's own sign-in through the core.
    assert sign_ins(app)[:-1] == [("login", ADMIN)], f"see {app.last_shot}"


def test_a_wrong_password_is_refused_then_the_right_one_signs_in(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, "not-the-password", refused=True)
    # The password box is emptied and keeps the focus: type the right one at once.
    app.x.type(ADMIN_PASSWORD)
    app.x.key("Return")
    app.wait_signed_in(ADMIN)
    app.open_intake()
    app.x.close_all("^Intake interview$")
    assert app.quit() == 0, app.describe()
    assert sign_ins(app)[:-1] == [("failed_login", ADMIN), ("login", ADMIN)], f"see {app.last_shot}"
