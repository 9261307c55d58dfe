"""Issue 10's load test in small: bench/bench_server.py's quick mode (2 client processes x 20
mixed reads and writes on shared records) against the test server, with all its checks: no
error but StaleEdit retries, no lost update (per-client counters, one row version per
acknowledged save, the latest value kept), every note stored, the audit chain whole and grown
by exactly the logins and audited operations. Skipped without W4I_TEST_DATABASE_URL (the
server_url fixture); .ci/postgres.sh sets it. The full run is `python bench/bench_server.py`.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import URL

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench_server(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # On sys.path while the benchmark runs: its spawned clients import it from there too.
    monkeypatch.syspath_prepend(str(BENCH))
    return importlib.import_module("bench_server")


def test_two_clients_in_quick_mode_lose_nothing_and_keep_the_audit_chain(
    server_url: URL, bench_server: ModuleType
) -> None:
    result = bench_server.run(server_url, clients=2, ops=20, people=40, hot=6, seed=7)
    report = bench_server.render(result)
    failed = {name: detail for name, (ok, detail) in result.checks.items() if not ok}
    assert not failed, report
    assert result.ok and result.errors == []
    assert result.operations == 40
    assert result.latency_ms["all"]["count"] == 40
    assert result.latency_ms["read"]["count"] + result.latency_ms["write"]["count"] == 40
    assert result.throughput > 0
    assert len(result.checks) == 7
