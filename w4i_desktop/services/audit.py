"""The audit log: append-only, hash-chained, free of personal data.

Each entry's hash covers its own fields and the previous entry's hash; `audit_head` holds the last
sequence number and hash. Editing, deleting, inserting or reordering entries, or cutting off the
tail, breaks the chain and `verify` names the first place where it breaks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent, AuditHead
from w4i_desktop.models.base import utcnow

GENESIS = "0" * 64
_HEAD_ID = 1

# Detail values are ids, counts, codes and field names, never what a person typed or is called.
ALLOWED_DETAIL_KEYS = frozenset(
    {
        "fields",
        "count",
        "format",
        "role",
        "purpose",
        "from_revision",
        "to_revision",
        "reason",
        "named",
        "via",
        "period",
        "site_id",
    }
)


def _digest(
    prev_hash: str,
    seq: int,
    at: datetime,
    user_id: int | None,
    action: str,
    entity: str | None,
    entity_id: int | None,
    detail: Mapping[str, object],
) -> str:
    payload = json.dumps(
        [prev_hash, seq, at.isoformat(), user_id, action, entity, entity_id, detail],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def record(
    session: Session,
    user_id: int | None,
    action: AuditAction,
    entity: str | None = None,
    entity_id: int | None = None,
    detail: Mapping[str, object] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one entry within the caller's transaction (so it commits or rolls back with it)."""
    detail = dict(detail or {})
    unknown = set(detail) - ALLOWED_DETAIL_KEYS
    if unknown:
        raise ValueError(f"audit detail keys not allowed: {sorted(unknown)}")
    head = session.get(AuditHead, _HEAD_ID, with_for_update=True)
    if head is None:
        head = AuditHead(id=_HEAD_ID, seq=0, hash=GENESIS)
        session.add(head)
    at = (at or utcnow()).astimezone(UTC)  # hashed as read back: UTC, microseconds
    seq = head.seq + 1
    digest = _digest(head.hash, seq, at, user_id, action.value, entity, entity_id, detail)
    event = AuditEvent(
        seq=seq,
        at=at,
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
        prev_hash=head.hash,
        hash=digest,
    )
    session.add(event)
    head.seq, head.hash = seq, digest
    session.flush()
    return event


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> VerifyResult:
    """Check the chain up to its head. The head is read first: on a shared server others may
    be appending while this reads, and an entry appears together with the head that names it."""
    problems: list[str] = []
    head = session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == _HEAD_ID)
    ).first()
    query = select(AuditEvent).order_by(AuditEvent.seq)
    if head is not None:
        query = query.where(AuditEvent.seq <= head.seq)
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    for event in session.scalars(query).yield_per(2000):
        count += 1
        if event.seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (found {event.seq} next)")
            expected_seq = event.seq
        if event.prev_hash != prev_hash:
            problems.append(f"entry {event.seq} does not follow the entry before it")
        recomputed = _digest(
            event.prev_hash,
            event.seq,
            event.at,
            event.user_id,
            event.action.value,
            event.entity,
            event.entity_id,
            event.detail,
        )
        if recomputed != event.hash:
            problems.append(f"entry {event.seq} was changed after it was written")
        prev_hash = event.hash
        expected_seq += 1
    last_seq = expected_seq - 1
    if head is None:
        if count:
            problems.append("the audit head is missing")
    elif head.seq != last_seq or head.hash != prev_hash:
        problems.append(f"the log ends at entry {last_seq} but should end at entry {head.seq}")
    # Entries no head ever reached were not written through `record`. Read the newest entry
    # before the head again: a writer committing in between moves the head past it.
    newest = session.scalar(select(func.max(AuditEvent.seq)))
    head_now = session.scalar(select(AuditHead.seq).where(AuditHead.id == _HEAD_ID))
    if newest is not None and (head_now is None or newest > head_now):
        problems.append(f"entries after entry {head_now or 0} are not part of the chain")
    return VerifyResult(entries=count, problems=tuple(problems))
