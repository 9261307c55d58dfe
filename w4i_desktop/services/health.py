"""Checking the whole database in one go: the file (SQLite's and SQLCipher's own full checks)
and the audit log's hash chain. A flipped byte in a data page is found by the file checks,
which the audit chain alone cannot see; a changed audit entry by the chain, which the file
checks cannot see (it was changed through SQL, with the key)."""

from __future__ import annotations

from dataclasses import dataclass

from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.engine import integrity_problems


@dataclass(frozen=True)
class HealthReport:
    """`file_problems` is None on a server, which checks its own storage."""

    file_problems: tuple[str, ...] | None
    audit_entries: int
    audit_problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.file_problems and not self.audit_problems


def check_database(ctx: Context) -> HealthReport:
    """Both checks, reading every page of the file and every audit entry (seconds at
    100,000 participants: run it off the GUI thread)."""
    ctx.require(Action.AUDIT_VERIFY)
    with ctx.db.transaction() as session:
        chain = audit.verify(session)
    file_problems = None if ctx.db.is_server else tuple(integrity_problems(ctx.db.engine))
    return HealthReport(file_problems, chain.entries, chain.problems)
