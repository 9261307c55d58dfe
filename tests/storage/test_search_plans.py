"""How the participant list reads SQLite at 100,000 participants (issue 17: a keystroke's rows
within 20 ms): the full-text matches joined rather than copied into a list of ids first, the
whole list's page read from the name index rather than everyone sorted, and the full-text
index merged into one segment by migration 0007."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text

from w4i_desktop.services import participant_search, participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.storage import migrate
from w4i_desktop.storage.search import SEARCH_TABLE


@contextmanager
def statements(ctx: Context) -> Iterator[list[tuple[str, Any]]]:
    """The SQL (and parameters) the database runs meanwhile."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def _page(seen: list[tuple[str, Any]]) -> tuple[str, Any]:
    """The query of the page's ids (the first of a search's reads that sorts)."""
    return next(sql for sql in seen if "ORDER BY" in sql[0])


def _plan(ctx: Context, statement: str, parameters: Any) -> str:
    with ctx.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        return " | ".join(str(row[-1]) for row in rows)


def _segments(ctx: Context) -> int:
    with ctx.db.engine.connect() as conn:
        query = f"SELECT count(DISTINCT segid) FROM {SEARCH_TABLE}_idx"
        return int(conn.execute(text(query)).scalar_one())


def test_a_search_joins_the_full_text_matches(admin_ctx: Context) -> None:
    # "id IN (SELECT rowid ...)" copied 11,000 ids for "ma" into a temporary index first.
    found = participants.create(admin_ctx, {"first_name": "Maria", "last_name": "Rossi"})
    participants.create(admin_ctx, {"first_name": "Oksana", "last_name": "Bondar"})
    with statements(admin_ctx) as seen:
        rows = participant_search.search(admin_ctx, ParticipantQuery(text="ma ro"))
    assert [row.id for row in rows] == [found]
    page = _page(seen)[0]
    assert f"JOIN {SEARCH_TABLE} ON" in page
    assert "IN (SELECT rowid" not in page


@pytest.mark.sqlcipher_only(reason="SQLite's query planner")
def test_the_whole_list_reads_its_page_from_the_name_index(admin_ctx: Context) -> None:
    for n in range(30):
        participants.create(admin_ctx, {"last_name": f"Name{n:02}"})
    with admin_ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # as a real database has: the planner's statistics
    for shown in (ParticipantQuery(), ParticipantQuery(text="W4I")):  # "W4I": every code
        with statements(admin_ctx) as seen:
            rows = participant_search.search(admin_ctx, shown)
        assert [row.name for row in rows] == [f"Name{n:02}" for n in range(30)]
        plan = _plan(admin_ctx, *_page(seen))
        # Not everyone read and sorted for one page (10 ms of 100,000 participants).
        assert "TEMP B-TREE" not in plan, plan
        assert "ix_participant_sort_name" in plan, plan


@pytest.mark.sqlcipher_only(reason="SQLite's full-text segments")
def test_migration_0007_merges_the_full_text_index_into_one_segment(admin_ctx: Context) -> None:
    # Each participant saved on her own: a segment each (FTS5 merges them only by fours).
    ids = [participants.create(admin_ctx, {"last_name": f"Bianchi{n}"}) for n in range(3)]
    assert _segments(admin_ctx) > 1
    with admin_ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0006'")
    migrate.upgrade(admin_ctx.db.engine)
    assert migrate.current_revision(admin_ctx.db.engine) == migrate.head_revision()
    assert _segments(admin_ctx) == 1
    found = participant_search.search(admin_ctx, ParticipantQuery(text="bianchi"))
    assert sorted(row.id for row in found) == sorted(ids)
