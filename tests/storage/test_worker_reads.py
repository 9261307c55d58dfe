"""A read in a worker thread (views/operations.py runs the dashboard's and matching's there)
works on the SQLCipher file while the GUI thread's unit of work is open: it gets a pooled
connection of its own and a unit of work of its own, and sees what was committed (WAL lets a
reader run beside the writer), not what the open unit of work has written so far."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from w4i_desktop.services import participant_search, participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery


@pytest.mark.sqlcipher_only
def test_a_worker_reads_beside_the_open_unit_of_work(admin_ctx: Context) -> None:
    participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Committed"})
    threads: list[threading.Thread] = []

    def count_in_a_worker() -> int:
        threads.append(threading.current_thread())
        return participant_search.count(admin_ctx, ParticipantQuery(status=None))

    with ThreadPoolExecutor(max_workers=1) as pool:
        with admin_ctx.db.transaction():  # the GUI thread's, still open and writing
            participants.create(admin_ctx, {"first_name": "Bea", "last_name": "Uncommitted"})
            assert participant_search.count(admin_ctx, ParticipantQuery(status=None)) == 2
            seen = pool.submit(count_in_a_worker).result(timeout=30)
        assert seen == 1  # its own unit of work: the committed state, no waiting on the writer
        assert threads[0] is not threading.main_thread()
        # And after the commit, a worker sees it.
        assert pool.submit(count_in_a_worker).result(timeout=30) == 2
