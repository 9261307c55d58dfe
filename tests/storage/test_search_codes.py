"""Codes typed in the search box ("W4I-7K", "w4i-7k") are looked up in the code's own index on
SQLite, and find what the full-text index found."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from w4i_desktop.models import Participant
from w4i_desktop.services import participant_search, participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.storage.search import SEARCH_TABLE, matching_participant_ids


def _sql(user_text: str) -> str:
    found = matching_participant_ids(user_text)
    assert found is not None
    return str(found.compile(dialect=sqlite.dialect()))


def test_a_code_alone_is_read_from_the_code_index_not_the_full_text_index() -> None:
    assert SEARCH_TABLE not in _sql("W4I-7K")
    assert SEARCH_TABLE not in _sql("w4i-7k w4i-7")
    # Words, or a code with words, still go through the full-text index.
    assert SEARCH_TABLE in _sql("maria")
    assert SEARCH_TABLE in _sql("W4I-7K maria")


@pytest.mark.parametrize("shown", [str.upper, str.lower, lambda code: code[:6]])
def test_a_typed_code_finds_her_in_any_case_and_by_its_start(
    admin_ctx: Context, shown: Callable[[str], str]
) -> None:
    ids = [participants.create(admin_ctx, {"last_name": f"Diallo{n}"}) for n in range(3)]
    with admin_ctx.db.transaction() as session:
        codes = {
            pid: code for pid, code in session.execute(select(Participant.id, Participant.code))
        }
    wanted = ids[1]
    typed = shown(codes[wanted])
    found = participant_search.search(admin_ctx, ParticipantQuery(text=typed))
    expected = {pid for pid, code in codes.items() if code.startswith(typed.upper())}
    assert wanted in expected
    assert {row.id for row in found} == expected
