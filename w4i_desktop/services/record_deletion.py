"""Deleting a participant's record that was created by mistake (a test entry, a duplicate typed
twice, the wrong person): unlike an erasure (services/privacy.py), which keeps her anonymous
statistics, a deletion removes her row and everything hanging on it, so that she never was.

Only an administrator may delete (Action.PARTICIPANT_DELETE), giving a reason, and only while
the mistake is fresh and nothing went out of the database about her. A deletion is refused:

- when her record was created more than `delete_window_days` days ago (the organisation's
  setting "record_delete_days", default 14, 0 to 365; 0 allows deleting on the day of creation
  only);
- when she was *reported on*, meaning any of:
  - a report (an audited export of entity "report") was produced at or after her record's
    creation, for all sites or for her site, for a period that ends on or after her enrolment
    date (a participant without an enrolment date is counted in no report; a report whose
    period cannot be read counts as reported on);
  - her own data left the database: an access-request export or a pathway summary (an audited
    export of entity "participant" with her id);
  - she has a placement with an employer: a placement is an outcome shared with an employer and
    counted for the funders; if the placement itself was the mistake, remove it first.

A deletion removes, in one transaction: her language assessments, consents, pathways and their
steps, placements and their follow-ups, timeline activities (notes), attachments, her row in
the full-text search index (a database trigger, then the index is merged so her words are not
left in old segments) and her row, so she is gone from lists, search and the statistics too.
It is audited as AuditAction.DELETE of entity "participant" with her id and, as detail
"reason", the length of the reason given: never the reason itself, which is typed freely and
may name her (the audit log is never erased). Her code is then remembered in the erasure
ledger, so that restoring an older backup deletes her again.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.models import (
    Activity,
    Attachment,
    AuditEvent,
    Consent,
    FollowUp,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import audit, erasure_ledger, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.search import purge_deleted_terms

DELETE_DAYS = "record_delete_days"
DEFAULT_DELETE_DAYS = 14
MAX_DELETE_DAYS = 365
MAX_REASON = 200


# --- the deletion itself ------------------------------------------------------------------------


def delete_in(session: Session, participant: Participant) -> None:
    """Remove her and everything hanging on her within the caller's transaction.

    No permission check, no audit, no refusal: the caller decides (the service below, or a
    restore re-applying a deletion). The search index row goes with her row (trigger)."""
    pid = participant.id
    placement_ids = select(Placement.id).where(Placement.participant_id == pid)
    pathway_ids = select(Pathway.id).where(Pathway.participant_id == pid)
    statements = (
        delete(FollowUp).where(FollowUp.placement_id.in_(placement_ids)),
        delete(Placement).where(Placement.participant_id == pid),
        delete(PathwayStep).where(PathwayStep.pathway_id.in_(pathway_ids)),
        delete(Pathway).where(Pathway.participant_id == pid),
        delete(Activity).where(Activity.participant_id == pid),
        delete(Attachment).where(Attachment.participant_id == pid),
        delete(Consent).where(Consent.participant_id == pid),
        delete(LanguageAssessment).where(LanguageAssessment.participant_id == pid),
    )
    for statement in statements:
        session.execute(statement.execution_options(synchronize_session=False))
    session.expire(participant, ["assessments", "consents"])
    session.delete(participant)
    session.flush()


# --- the organisation's window ------------------------------------------------------------------


def delete_window_days(ctx: Context) -> int:
    """For how many days after its creation a record may be deleted (see the module)."""
    stored = settings.get_value(ctx, DELETE_DAYS)
    if stored and stored.isdigit() and int(stored) <= MAX_DELETE_DAYS:
        return int(stored)
    return DEFAULT_DELETE_DAYS


def set_delete_window_days(ctx: Context, days: int) -> None:
    if not 0 <= days <= MAX_DELETE_DAYS:
        raise BadInput("Allow deleting a record between 0 and 365 days after its creation.")
    settings.set_value(ctx, DELETE_DAYS, str(days))


# --- when a deletion is refused -----------------------------------------------------------------


def _period_end(label: object) -> date | None:
    """The last day of a report's period from its audited label ("2026Q3" or
    "2026-01-01/2026-02-15"); None when it cannot be read."""
    from w4i_desktop.reports.periods import Period  # the reports package is heavier

    if not isinstance(label, str):
        return None
    try:
        if "/" in label:
            return date.fromisoformat(label.split("/", 1)[1])
        return Period.quarter(label).end
    except (BadInput, ValueError):
        return None


def _may_count_her(detail: dict[str, object], participant: Participant) -> bool:
    site = detail.get("site_id")
    if site is not None and site != participant.site_id:
        return False
    if participant.enrolled_on is None:
        return False
    end = _period_end(detail.get("period"))
    return end is None or end >= participant.enrolled_on


def _exports_since(
    session: Session, participant: Participant
) -> list[tuple[str, dict[str, object]]]:
    """(entity, detail) of the exports of reports and of her own data since her creation.

    The log is read from its newest entry back (its order is the order of time) and no further
    than her creation, so that this costs the entries of the last days, not the whole log."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.entity, AuditEvent.detail)
        .where(
            AuditEvent.action == AuditAction.EXPORT,
            or_(
                AuditEvent.entity == "report",
                (AuditEvent.entity == "participant") & (AuditEvent.entity_id == participant.id),
            ),
        )
        .order_by(AuditEvent.seq.desc())
        .execution_options(yield_per=100)
    )
    found: list[tuple[str, dict[str, object]]] = []
    for at, entity, detail in rows:
        if at < participant.created_at:
            break
        found.append((entity or "", dict(detail or {})))
    rows.close()
    return found


def refusal_in(session: Session, participant: Participant, window_days: int) -> BadInput | None:
    """Why she may not be deleted (the first reason found), or None: see the module."""
    created = participant.created_at
    if (utcnow().date() - created.date()) > timedelta(days=window_days):
        return BadInput(
            "This record was created more than {days} days ago, so it cannot be deleted. "
            "Erase her personal data instead if that is needed.",
            days=window_days,
        )
    exports = _exports_since(session, participant)
    if any(entity == "participant" for entity, _detail in exports):
        return BadInput(
            "Her data has been exported (an access request or a pathway summary), so her "
            "record cannot be deleted. Erase her personal data instead if that is needed."
        )
    if any(_may_count_her(detail, participant) for _entity, detail in exports):
        return BadInput(
            "A report that may count her has been made since her record was created, so it "
            "cannot be deleted. Erase her personal data instead if that is needed."
        )
    placed = session.scalar(select(Placement.id).where(Placement.participant_id == participant.id))
    if placed is not None:
        return BadInput(
            "She has a placement with an employer, so her record cannot be deleted. If the "
            "placement was a mistake too, remove it first."
        )
    return None


def refusal(ctx: Context, participant_id: int) -> BadInput | None:
    """Why this administrator may not delete her record now, or None when she may be deleted.
    The screen asks before offering the deletion; `delete_participant` asks again."""
    ctx.require(Action.PARTICIPANT_DELETE)
    days = delete_window_days(ctx)
    with ctx.db.transaction() as session:
        return refusal_in(session, load_visible(session, ctx, participant_id), days)


# --- the service --------------------------------------------------------------------------------


def _clean_reason(reason: str) -> str:
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise BadInput("Give the reason for deleting this record (e.g. entered twice).")
    return cleaned[:MAX_REASON]


def delete_participant(ctx: Context, participant_id: int, reason: str) -> str:
    """Delete her record created by mistake and all hanging on it, in one transaction; audited.
    Returns her code (now free of any record). Refused with BadInput as the module says."""
    ctx.require(Action.PARTICIPANT_DELETE)
    cleaned = _clean_reason(reason)
    days = delete_window_days(ctx)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        refused = refusal_in(session, participant, days)
        if refused is not None:
            raise refused
        code = participant.code
        delete_in(session, participant)
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.DELETE,
            "participant",
            participant_id,
            {"reason": len(cleaned)},  # its length only: the text may name her
        )
        purge_deleted_terms(session.connection())
    ctx.db.checkpoint()
    erasure_ledger.remember(ctx, code, "delete")
    return code
