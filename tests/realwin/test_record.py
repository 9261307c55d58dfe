"""A participant's record edited and saved with the keyboard in the real window: found with
Ctrl+F, opened with Return, fields reached by their Alt+letter, saved with Ctrl+S."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, PEOPLE, open_database
from tests.realwin.harness import RealApp
from w4i_desktop.services import participant_search, participants
from w4i_desktop.services.participant_search import ParticipantQuery

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

FIRST, LAST, BORN, PHONE = PEOPLE[0]  # Amina Haddad


def open_her_record(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.x.key("ctrl+f")
    app.x.type(LAST)
    app.x.key("Return")  # the search goes to the results, the first row chosen
    app.x.key("Return")  # and opens it


def her_record(app: RealApp) -> dict[str, Any]:
    ctx = open_database(app)
    try:
        rows = participant_search.search(ctx, ParticipantQuery())
        found = [row.id for row in rows if row.name == f"{FIRST} {LAST}"]
        assert len(found) == 1, [row.name for row in rows]
        return participants.get(ctx, found[0])
    finally:
        ctx.db.close()


def test_fields_edited_with_the_keyboard_are_saved(app: RealApp) -> None:
    open_her_record(app)
    x = app.x
    x.key("alt+e")  # E-mail
    x.type("amina.haddad@example.org")
    # Phone, the field before: Shift+Tab selects what is there. (Alt+P would open the
    # Privacy menu: "&Privacy" and "&Phone" share the letter.)
    x.key("shift+Tab")
    x.type("+39 320 555 1234")
    x.key("alt+m")  # Municipality
    x.type("Sesto San Giovanni")
    x.key("ctrl+s")
    assert app.quit() == 0, app.describe()
    record = her_record(app)
    got = {key: record[key] for key in ("phone", "municipality", "email", "birth_date")}
    assert got == {
        "phone": "+39 320 555 1234",
        "municipality": "Sesto San Giovanni",
        "email": "amina.haddad@example.org",
        "birth_date": BORN,
    }, f"the screen before quitting: {app.last_shot}"


def test_a_birth_date_typed_into_the_record_is_saved(app: RealApp) -> None:
    open_her_record(app)
    x = app.x
    # Date of birth: Tab from Preferred name (Alt+B is also "Country of &birth" on the
    # Background tab), the date typed over the one shown, then Tab on to Phone.
    x.key("alt+r", "Tab")
    x.type("14/05/1985")
    x.key("Tab")
    x.type("+39 320 555 9876")
    x.key("ctrl+s")
    assert app.quit() == 0, app.describe()
    record = her_record(app)
    got = {key: record[key] for key in ("birth_date", "phone")}
    assert got == {"birth_date": date(1985, 5, 14), "phone": "+39 320 555 9876"}, (
        f"the screen before quitting: {app.last_shot}"
    )
