"""The import wizard in the real window, with the keyboard only: after an import there is no way
back to its Import button (Back is gone, Alt+B and Alt+I do nothing), "Import another file"
starts again from the first page, and the same file checked again has every row rejected as
already registered, so Import stays disabled. Read back through the core: the file's women
once each, with the caseworker chosen in the wizard and the default pathway."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, STAFF, open_database, user_names
from tests.realwin.harness import RealApp
from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.services import participant_search, participants, record_views
from w4i_desktop.services.participant_search import ParticipantQuery

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

WIZARD = "^Import a spreadsheet$"
SAVE_REJECTED = "^Save the rejected rows$"
PAGE_TITLE = (10, 5, 600, 45)  # where the wizard shows the page's title
WOMEN = ("Bianca Esposito", "Chiara Marino", "Lucía Verdi")
CSV = (
    "Cognome;Nome;Data di nascita;Telefono\n"
    "Esposito;Bianca;03/04/1990;+39 333 555 0001\n"
    "Marino;Chiara;1985-11-30;\n"
    "Verdi;Lucía;;333 555 0003\n"
)


def to_page(app: RealApp, wizard: str, keys: str, where: str) -> None:
    """`keys`, then wait until the next page is drawn (what is typed before that would still
    land on the old page)."""
    app.x.screenshot(where.replace(" ", "-"))
    with app.x.redrawn(wizard, PAGE_TITLE, f"the page after {where}"):
        app.x.key(keys)


def check_file(app: RealApp, wizard: str, source: Path) -> None:
    """On the first page (the file's path has the keyboard): the file, its columns, the check."""
    app.x.type(str(source))
    to_page(app, wizard, "alt+n", "file page")
    to_page(app, wizard, "alt+n", "columns page")


def test_an_import_cannot_be_run_twice_from_the_wizard(app: RealApp, tmp_path: Path) -> None:
    source = tmp_path / "donne.csv"
    source.write_text(CSV, encoding="utf-8")
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.x.activate(app.main)
    app.x.key("alt+f", "m")  # File > I&mport a spreadsheet…
    wizard = app.x.wait_window(WIZARD)
    check_file(app, wizard, source)
    app.x.key("alt+w")  # Case&worker of the imported participants
    app.x.type("C")  # Carla, as she would pick her in the list
    to_page(app, wizard, "alt+i", "check page")  # &Import
    done = app.x.screenshot("done-page")

    app.x.key("alt+b", "alt+i")  # no Back, no Import on the last page: nothing happens
    to_page(app, wizard, "alt+a", "done page")  # Import &another file
    check_file(app, wizard, source)
    app.x.screenshot("checked-again")
    app.x.key("alt+i")  # disabled: every row is already registered
    app.x.key("alt+s")  # &Save the rejected rows…: there are rejected rows
    app.x.wait_window(SAVE_REJECTED)
    app.x.close_all(SAVE_REJECTED)
    app.x.activate(wizard)
    app.x.key("Escape")
    app.x.wait_gone(WIZARD)
    assert app.quit() == 0, app.describe()

    ctx = open_database(app)
    try:
        found = [r for r in participant_search.search(ctx, ParticipantQuery()) if r.name in WOMEN]
        assert sorted(r.name for r in found) == sorted(WOMEN), f"see {done}"
        with ctx.db.transaction() as session:
            usernames = user_names(session)
        chosen = {usernames.get(participants.get(ctx, r.id)["caseworker_id"]) for r in found}
        assert chosen == {STAFF}
        for row in found:
            steps = record_views.pathway_steps(ctx, row.id)
            assert (steps[0].kind, steps[0].status) == (StepKind.INTAKE, StepStatus.DONE)
            assert {s.kind for s in steps} >= {StepKind.CONSENT, StepKind.CLOSURE}
    finally:
        ctx.db.close()
