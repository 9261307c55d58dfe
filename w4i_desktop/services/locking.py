"""Optimistic locking: a save is refused when someone else saved the row since it was read.

One rule for every versioned record (participants, employers, vacancies, pathway steps,
placements):
- the version the editor read is compared first (`check_version`), and SQLAlchemy's own check
  at the UPDATE (a `StaleDataError` when two saves both passed that comparison) ends the same
  way: `StaleEdit`, with its one message;
- a refused save writes nothing, not even an audit entry;
- an accepted save sets only the fields whose value changes and writes one UPDATE entry naming
  them (`{"fields": [...]}`, sorted); a save that changes nothing writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import StaleEdit
from w4i_desktop.services import audit


class Versioned(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def version_id(self) -> int: ...


def check_version(row: Versioned, expected_version: int | None) -> None:
    """Refuse the edit when `row` was saved since the editor read `expected_version`. None: the
    caller read no version (a script, an import), so there is nothing to compare."""
    if expected_version is not None and row.version_id != expected_version:
        raise StaleEdit()


def flush(session: Session) -> None:
    """Write the pending changes; a row saved meanwhile by someone else is a StaleEdit."""
    try:
        session.flush()
    except StaleDataError:
        raise StaleEdit() from None


def apply_changes(
    session: Session,
    actor_id: int | None,
    row: Versioned,
    entity: str,
    values: Mapping[str, Any],
    expected_version: int | None = None,
) -> list[str]:
    """Check the version, set the fields of `values` that change, flush and audit them; the
    names of the fields changed (none: nothing written, nothing audited)."""
    check_version(row, expected_version)
    changed = sorted(name for name, value in values.items() if getattr(row, name) != value)
    if not changed:
        return []
    for name in changed:
        setattr(row, name, values[name])
    flush(session)
    audit.record(session, actor_id, AuditAction.UPDATE, entity, row.id, {"fields": changed})
    return changed
