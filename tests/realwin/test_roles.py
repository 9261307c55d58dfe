"""What a volunteer is offered in the real window: no Employers, Pathways or Reports screen
(their Ctrl+3/4/5 do nothing, no refusal box), and her read-only record asks nothing on leaving
(issue 16: "save changes?" came back until she chose Discard)."""

from __future__ import annotations

import pytest

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, FAST_KDF
from tests.realwin.harness import RealApp
from w4i_desktop.enums import Role
from w4i_desktop.services import participant_search, participants, users
from w4i_desktop.services.context import Actor, Context

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

VOLUNTEER, VOLUNTEER_PASSWORD = "vera", "lantern orchard pebble quartz"
HER_FIRST, HER_LAST = "Noor", "Rahimi"  # no date of birth: the year of birth stays empty
REFUSALS = ("Employers", "Pathways", "Unsaved changes")


def add_a_volunteer_and_her_interview(app: RealApp) -> None:
    """On the test's copy of the database, before the app starts."""
    ctx = users.login(app.db, ADMIN, ADMIN_PASSWORD)
    try:
        site_id = ctx.actor.site_id or users.list_sites(ctx)[0][0]
        user_id = users.add_user(
            ctx, VOLUNTEER, VOLUNTEER_PASSWORD, Role.VOLUNTEER, site_id=site_id, kdf=FAST_KDF
        )
        volunteer = Context(ctx.db, Actor(user_id, VOLUNTEER, Role.VOLUNTEER, site_id))
        participants.create(volunteer, {"first_name": HER_FIRST, "last_name": HER_LAST})
    finally:
        ctx.db.close()


def no_box_opened(app: RealApp) -> None:
    opened = [t for t in app.x.visible_titles() if t in REFUSALS]
    assert not opened, f"{opened} opened; screenshot {app.x.screenshot('refusal')}"


def test_a_volunteer_is_not_offered_employers_or_pathways(app: RealApp) -> None:
    add_a_volunteer_and_her_interview(app)
    app.start()
    app.sign_in(VOLUNTEER, VOLUNTEER_PASSWORD)
    x = app.x
    x.key("ctrl+6")  # Settings: offered to every role
    x.key("ctrl+3")  # Employers: not offered, nothing happens
    x.key("ctrl+4")  # Pathways: the same
    x.key("ctrl+5")  # Reports (made by managers): the same
    no_box_opened(app)
    assert app.quit() == 0, app.describe()
    # The window keeps the screen it shows at quitting: still Settings.
    assert app.setting("window", "screen") == "settings", f"see {app.last_shot}"


def test_leaving_her_read_only_record_asks_nothing(app: RealApp) -> None:
    add_a_volunteer_and_her_interview(app)
    app.start()
    app.sign_in(VOLUNTEER, VOLUNTEER_PASSWORD)
    x = app.x
    x.key("ctrl+f")
    x.type(HER_LAST)
    x.key("Return")  # to the results, the first row chosen
    x.key("Return")  # and opened
    x.key("alt+y")  # Year of birth: disabled, the keys go nowhere that changes her
    x.type("1985")
    x.key("ctrl+s")
    x.key("alt+Left")  # back to the list: a box asking to save would take the next keys
    x.key("ctrl+6")
    no_box_opened(app)
    assert app.quit() == 0, app.describe()
    assert app.setting("window", "screen") == "settings", f"see {app.last_shot}"
    ctx = users.login(app.db, ADMIN, ADMIN_PASSWORD)
    try:
        found = [
            row.id
            for row in participant_search.search(ctx, participant_search.ParticipantQuery())
            if row.name == f"{HER_FIRST} {HER_LAST}"
        ]
        assert participants.get(ctx, found[0])["birth_year"] is None
    finally:
        ctx.db.close()
