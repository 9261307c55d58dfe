"""A record created by mistake deleted by an administrator in the real window, by keyboard
alone: the record's Privacy menu reached with Tab, "Delete record created by mistake…" chosen
by its letter, the reason typed where the focus waits, Alt+D, the message closed with Return."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, PEOPLE, open_database
from tests.realwin.harness import WAIT, RealApp, wait_until
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import participant_search
from w4i_desktop.services.participant_search import ParticipantQuery

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

FIRST, LAST, _BORN, _PHONE = PEOPLE[1]  # Olena Kovalenko
TITLE = "Delete record created by mistake"
REASON = "Entered twice"


def test_an_administrator_deletes_a_record_by_keyboard(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    x = app.x
    x.key("ctrl+f")
    x.type(LAST)
    x.key("Return")  # the search goes to the results, the first row chosen
    x.key("Return")  # and opens it
    # First n&ame, then back over the tabs, Save and Close record… to Privacy; Space opens it.
    x.key("alt+a", "shift+Tab", "shift+Tab", "shift+Tab", "shift+Tab", "space")
    x.key("d")  # &Delete record created by mistake…
    dialog = x.wait_window(TITLE)
    x.type(REASON)  # the focus waits in the reason
    x.key("alt+d")  # &Delete record
    # The dialog goes, a box of the same title says "The record … is deleted."
    wait_until(
        lambda: [w for w in x.windows(TITLE) if w != dialog],
        WAIT,
        "the box saying the record is deleted",
        x.explain,
    )
    x.activate(x.windows(TITLE)[-1])
    x.key("Return")
    x.wait_gone(TITLE)
    assert app.quit() == 0, app.describe()

    ctx = open_database(app)
    try:
        names = [row.name for row in participant_search.search(ctx, ParticipantQuery())]
        with ctx.db.transaction() as session:
            deletions = session.execute(
                select(AuditEvent.entity, AuditEvent.detail).where(
                    AuditEvent.action == AuditAction.DELETE
                )
            ).all()
    finally:
        ctx.db.close()
    assert f"{FIRST} {LAST}" not in names, f"the screen before quitting: {app.last_shot}"
    assert len(names) == len(PEOPLE) - 1
    assert [(entity, detail) for entity, detail in deletions] == [
        ("participant", {"reason": len(REASON)})
    ]
