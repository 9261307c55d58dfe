"""The participant list's query per keystroke (issue 17: rows within 20 ms at 100,000)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery, search_with_total
from w4i_desktop.storage.page_cache import ROOMY_CACHE_KIB


@pytest.fixture
def statements(admin_ctx: Context) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    engine = admin_ctx.db.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def counts(statements: list[str]) -> list[str]:
    """The statements that only count."""
    return [s for s in statements if s.lower().lstrip().startswith("select count(")]


def test_a_first_page_that_is_not_full_is_counted_without_a_second_query(
    admin_ctx: Context, statements: list[str]
) -> None:
    for name in ("Diallo", "Dimitrova", "Okafor"):
        participants.create(admin_ctx, {"last_name": name})
    statements.clear()
    rows, total = search_with_total(admin_ctx, ParticipantQuery(status="open", limit=5))
    assert (len(rows), total) == (3, 3)
    assert counts(statements) == []  # the page is the whole list

    rows, total = search_with_total(admin_ctx, ParticipantQuery(limit=2))
    assert (len(rows), total) == (2, 3)  # a full page: the rest is counted
    assert len(counts(statements)) == 1


@pytest.mark.sqlcipher_only(reason="SQLite's page cache (a server caches its own pages)")
def test_the_list_keeps_the_pages_it_read_decrypted_for_the_next_keystroke(
    admin_ctx: Context,
) -> None:
    # Issue 17: each keystroke reads its page's rows, scattered over the table; with 8 MiB of
    # cache they were decrypted again at every keystroke.
    participants.create(admin_ctx, {"last_name": "Diallo"})
    with admin_ctx.db.transaction() as session:
        session.connection().exec_driver_sql("PRAGMA cache_size = -2000")
    search_with_total(admin_ctx, ParticipantQuery(text="dia"))
    with admin_ctx.db.transaction() as session:
        kept = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
    assert int(kept) == -ROOMY_CACHE_KIB
