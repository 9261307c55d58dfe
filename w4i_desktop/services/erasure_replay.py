"""Applying the erasure ledger again to a restored database (services.backups): each erasure
and each deletion of a record created by mistake that the backup predates. Kept apart from the
ledger itself, which privacy and record_deletion write to: this module uses both of them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.models import Participant
from w4i_desktop.services import audit, record_deletion
from w4i_desktop.services.erasure_ledger import Entry
from w4i_desktop.services.privacy import erase_in
from w4i_desktop.storage.search import purge_deleted_terms

RESTORE_REASON = "restore"  # the audit's reason for an erasure applied again


@dataclass(frozen=True)
class Reapplied:
    """What a restore did again from the ledger: erasures, and records deleted by mistake."""

    erased: int = 0
    deleted: int = 0


def reapply_in(session: Session, entries: list[Entry], user_id: int | None) -> Reapplied:
    """Apply `entries` again (oldest first) in the caller's transaction: an erasure of a
    participant not yet anonymised, a deletion of a participant still there; audited (reason
    "restore"). Entries whose participant is not in the database, or already erased, change
    nothing: applying twice is applying once."""
    erased = deleted = 0
    for entry in sorted(entries):
        participant = session.scalar(select(Participant).where(Participant.code == entry.code))
        if participant is None:
            continue
        if entry.action == "delete":
            pid = participant.id
            record_deletion.delete_in(session, participant)
            audit.record(session, user_id, AuditAction.DELETE, "participant", pid,
                         {"reason": RESTORE_REASON})  # fmt: skip
            deleted += 1
        elif participant.anonymised_at is None:
            erase_in(session, user_id, participant, RESTORE_REASON)
            erased += 1
    if erased or deleted:
        session.flush()
        purge_deleted_terms(session.connection())
    return Reapplied(erased, deleted)
