"""The intake interview typed end to end with the keyboard only, in the real window.

The volunteer moves with Tab, types dates as she reads them (14/05/1985), goes on with Alt+N
and submits with Alt+S. What the interview kept is read back through the core: the new
participant, or (if Submit did not go through) the draft the interview saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, open_database
from tests.realwin.harness import RealApp
from w4i_desktop.services import intake, participant_search, participants
from w4i_desktop.services.participant_search import ParticipantQuery

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

WIZARD = "^Intake interview$"
PAGE_TITLE = (10, 5, 600, 45)  # where the wizard shows the page's title


def next_page(app: RealApp, wizard: str, where: str) -> None:
    """Alt+N, then wait until the next page is drawn: the button clicks a moment after the
    key, and what is typed before that still lands on the old page."""
    app.x.screenshot(where.replace(" ", "-"))
    with app.x.redrawn(wizard, PAGE_TITLE, f"the page after {where}"):
        app.x.key("alt+n")


def kept_answers(app: RealApp, first_name: str, last_name: str) -> dict[str, Any]:
    """Her record's fields, or the unsubmitted draft's answers, by her name."""
    name = f"{first_name} {last_name}"
    ctx = open_database(app)
    try:
        found = [r.id for r in participant_search.search(ctx, ParticipantQuery()) if r.name == name]
        if found:
            return {"submitted": True, **participants.get(ctx, found[0])}
        for draft in intake.list_drafts(ctx):
            _language, _step, data = intake.load_draft(ctx, draft.id)
            if data.get("first_name") == first_name:
                born = data.get("birth_date")
                return {
                    "submitted": False,
                    **data,
                    "birth_date": date.fromisoformat(born) if born else None,
                }
        return {"submitted": False}
    finally:
        ctx.db.close()


def test_an_interview_typed_with_the_keyboard_keeps_every_answer_in_its_field(
    app: RealApp,
) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    wizard = app.open_intake()
    x = app.x

    # Interview language (and site): the list finds "English" as it is typed.
    x.type("English")
    next_page(app, wizard, "the interview language")
    # Privacy notice: Tab past the notice and its Print button to "Processing", tick it.
    x.key("Tab", "Tab", "space")
    next_page(app, wizard, "the consent")
    # Identity and contact: the focus starts in First name; Tab from field to field.
    x.type("Samira")
    x.key("Tab")
    x.type("Benali")
    x.key("Tab")
    x.type("14/05/1985")
    x.key("Tab")
    x.type("+39 333 1234567")
    x.key("Tab")
    x.type("samira.benali@example.org")
    identity = x.screenshot("identity-typed")
    next_page(app, wizard, "identity and contact")
    # Origin: the country list finds "Morocco" as it is typed; Alt+A to the arrival year.
    x.type("Morocco")
    x.key("alt+a")
    x.type("2019")
    next_page(app, wizard, "origin")
    next_page(app, wizard, "languages")
    # Education and work: Alt+W to Work experience.
    x.key("alt+w")
    x.type("Cook in a restaurant, five years")
    next_page(app, wizard, "education")
    # Family: the number of children (the focus starts there), typed over the 0 shown.
    x.key("ctrl+a")
    x.type("2")
    next_page(app, wizard, "family")
    # Needs and goals: the focus starts in the text.
    x.type("Work in a kitchen, mornings")
    next_page(app, wizard, "needs and goals")
    x.key("alt+s")  # Submit
    try:
        x.wait_gone(WIZARD)
    except TimeoutError as refused:
        # Not submitted (the error is on the review page): cancel, which keeps the draft.
        x.screenshot("not-submitted")
        app.cancel_intake(wizard)  # the draft is kept
        note = f"Submit did not go through ({refused})"
    else:
        note = "submitted"
    assert app.quit() == 0, app.describe()

    kept = kept_answers(app, "Samira", "Benali")
    wanted = {
        "submitted": True,
        "first_name": "Samira",
        "last_name": "Benali",
        "birth_date": date(1985, 5, 14),
        "phone": "+39 333 1234567",
        "email": "samira.benali@example.org",
        "country_of_birth": "MA",
        "arrival_year": 2019,
        "work_experience": "Cook in a restaurant, five years",
        "children_count": 2,
        "needs_and_goals": "Work in a kitchen, mornings",
        "preferred_language": "en",
    }
    got = {key: kept.get(key) for key in wanted}
    assert got == wanted, (
        f"{note}. The interview kept {got}. Identity page as typed: {identity}; "
        f"the screen before quitting: {app.last_shot}"
    )
