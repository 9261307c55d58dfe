"""Behaviour that differed between SQLite and PostgreSQL until made the same, checked on the
engine the suite runs on (SQLCipher by default, PostgreSQL with W4I_TEST_DATABASE_URL)."""

from __future__ import annotations

from pathlib import Path

from tests.importing.fixtures import EXISTING, participant_file
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.run import run_import
from w4i_desktop.services import participant_search, participants
from w4i_desktop.services.context import Context


def test_an_empty_value_sorts_first_going_up_and_last_going_down(admin_ctx: Context) -> None:
    ids = {
        "none": participants.create(admin_ctx, {"last_name": "None"}),
        "old": participants.create(admin_ctx, {"last_name": "Old", "enrolled_on": "2024-01-05"}),
        "new": participants.create(admin_ctx, {"last_name": "New", "enrolled_on": "2025-03-01"}),
    }
    query = participant_search.ParticipantQuery
    up = participant_search.search(admin_ctx, query(order_by="enrolled_on"))
    down = participant_search.search(admin_ctx, query(order_by="enrolled_on", descending=True))
    assert [r.id for r in up] == [ids["none"], ids["old"], ids["new"]]
    assert [r.id for r in down] == [ids["new"], ids["old"], ids["none"]]


def test_a_participant_added_after_an_import_gets_a_free_id(
    admin_ctx: Context, tmp_path: Path
) -> None:
    # An import writes its rows with their ids set; a server's id sequence must move past them.
    participants.create(admin_ctx, EXISTING)
    plan = dry_run(admin_ctx, "participants", participant_file(tmp_path, "sv", "xlsx"),
                   language="sv", host_language="sv")  # fmt: skip
    imported = run_import(admin_ctx, plan, skip_rejected=True)
    assert imported.created == 2
    later = participants.create(admin_ctx, {"last_name": "After"})
    assert later > max(imported.ids)
