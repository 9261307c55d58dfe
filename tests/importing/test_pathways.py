"""Imported participants start the default pathway and get the caseworker chosen for the import;
checking a file again after importing it flags every person already registered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import UserFactory
from tests.importing.helpers import dump, write_csv
from w4i_desktop.enums import Role, StepKind, StepStatus
from w4i_desktop.errors import BadInput
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.run import run_import
from w4i_desktop.services import participant_search, participants, pathways, record_views, sites
from w4i_desktop.services.context import Context

ROWS = [
    ["Cognome", "Nome", "Data di nascita", "Telefono", "Data di iscrizione"],
    ["Rossi", "Amina", "03/04/1990", "+39 333 1234567", "02/09/2025"],
    ["Verdi", "Lucía", "1985-11-30", "", ""],
    ["Bruni", "Olga", "", "333 7654321", "15/01/2025"],
]
TODAY = date(2025, 10, 6)


def _file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "partecipanti.csv", ROWS, delimiter=";")


def _import(ctx: Context, path: Path, caseworker_id: int | None = None) -> tuple[int, ...]:
    plan = dry_run(ctx, "participants", path, language="it", today=TODAY)
    assert plan.rejected_rows == []
    return run_import(ctx, plan, today=TODAY, caseworker_id=caseworker_id).ids


def _by_hand(ctx: Context, started_on: date) -> list[record_views.StepRow]:
    """The default pathway services.pathways starts for one participant, intake done."""
    pid = participants.create(ctx, {"first_name": "Ref", "last_name": "Erence"})
    with ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, started_on, ctx.actor.user_id,
                                       (StepKind.INTAKE,))  # fmt: skip
    return record_views.pathway_steps(ctx, pid)


def _comparable(steps: list[record_views.StepRow]) -> list[record_views.StepRow]:
    return [replace(s, id=0) for s in steps]


def test_imported_participants_follow_the_default_pathway(
    admin_ctx: Context, tmp_path: Path
) -> None:
    ids = _import(admin_ctx, _file(tmp_path))
    started = [date(2025, 9, 2), TODAY, date(2025, 1, 15)]  # her enrolment date, or today
    for pid, day in zip(ids, started, strict=True):
        steps = record_views.pathway_steps(admin_ctx, pid)
        assert len(steps) == len(pathways.load_template_file()["steps"])
        assert _comparable(steps) == _comparable(_by_hand(admin_ctx, day))
        done = [(s.kind, s.completed_on, s.completed_by) for s in steps
                if s.status is StepStatus.DONE]  # fmt: skip
        assert done == [(StepKind.INTAKE, day, "admin")]
        consent = next(s for s in steps if s.kind is StepKind.CONSENT)
        assert consent.status is StepStatus.TODO and consent.due_on is not None
        assert all(s.due_on is None for s in steps if s.kind in pathways.FOLLOW_UP_KINDS)


def test_the_caseworker_chosen_or_none(
    admin_ctx: Context, login_as: UserFactory, tmp_path: Path
) -> None:
    staff = login_as(Role.STAFF, site_id=admin_ctx.actor.site_id)
    ids = _import(admin_ctx, _file(tmp_path), staff.actor.user_id)
    assert {participants.get(admin_ctx, pid)["caseworker_id"] for pid in ids} == {
        staff.actor.user_id
    }
    others = tmp_path / "altri"
    others.mkdir()
    rows = [ROWS[0], ["Neri", "Ana", "01/01/1970", "", ""]]
    ids = _import(admin_ctx, write_csv(others / "p.csv", rows, delimiter=";"))
    assert participants.get(admin_ctx, ids[0])["caseworker_id"] is None  # to assign


def test_a_caseworker_who_cannot_follow_them_is_refused(
    admin_ctx: Context, login_as: UserFactory, tmp_path: Path
) -> None:
    volunteer = login_as(Role.VOLUNTEER, site_id=admin_ctx.actor.site_id)
    elsewhere = login_as(Role.STAFF, site_id=sites.add_site(admin_ctx, "Torino"))
    plan = dry_run(admin_ctx, "participants", _file(tmp_path), language="en", today=TODAY)
    before = dump(admin_ctx)
    with pytest.raises(BadInput, match="cannot be the caseworker"):
        run_import(admin_ctx, plan, caseworker_id=volunteer.actor.user_id)
    with pytest.raises(BadInput, match="another site"):
        run_import(admin_ctx, plan, caseworker_id=elsewhere.actor.user_id)
    assert dump(admin_ctx) == before


def test_checking_a_file_again_after_importing_it_flags_everyone(
    admin_ctx: Context, tmp_path: Path
) -> None:
    # The last row has nothing but a name: only its name can tell it was imported already.
    path = write_csv(tmp_path / "p.csv", [*ROWS, ["NERI", "Àna", "", "", ""]], delimiter=";")
    ids = _import(admin_ctx, path)
    codes = [participants.get(admin_ctx, pid)["code"] for pid in ids]
    again = dry_run(admin_ctx, "participants", path, language="en", today=TODAY)
    assert again.ok_rows == []
    problems = [(p.reason, p.message) for row in again.rows for p in row.problems]
    assert problems == [
        ("duplicate_existing", f"possibly already registered as {codes[0]} (same name and "
                               "date of birth)"),
        ("duplicate_existing", f"possibly already registered as {codes[1]} (same name and "
                               "date of birth)"),
        ("duplicate_existing", f"possibly already registered as {codes[2]} (same phone number)"),
        ("duplicate_existing", f"possibly already registered as {codes[3]} (same name, and no "
                               "date of birth or phone to tell them apart)"),
    ]  # fmt: skip
    with pytest.raises(BadInput):
        run_import(admin_ctx, again, skip_rejected=True)  # nothing left to import
    assert participant_search.count(admin_ctx, participant_search.ParticipantQuery()) == 4


def test_rows_with_nothing_but_a_name(admin_ctx: Context, tmp_path: Path) -> None:
    """Only against the people registered, and only for a row with nothing but a name: a row
    with a different date of birth is no duplicate (the rules of services/duplicates.py)."""
    participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Neri",
                                    "birth_date": date(1970, 1, 1)})  # fmt: skip
    rows = [ROWS[0], ["Neri", "Ana", "02/02/1980", "", ""], ["Bruni", "Olga", "", "", ""],
            ["Bruni", "Olga", "", "", ""], ["Ana", "Neri", "", "", ""]]  # fmt: skip
    path = write_csv(tmp_path / "p.csv", rows, delimiter=";")
    plan = dry_run(admin_ctx, "participants", path, language="en", today=TODAY)
    problems = [(row.line, p.reason, p.message) for row in plan.rows for p in row.problems]
    code = participant_search.search(admin_ctx, participant_search.ParticipantQuery())[0].code
    assert problems == [  # rows 3 and 4: two of a file, as the services' rules leave them
        (5, "duplicate_existing", f"possibly already registered as {code} (same name, and no "
                                  "date of birth or phone to tell them apart)"),
    ]  # fmt: skip
