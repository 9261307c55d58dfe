"""Privacy by design (GDPR): the access request (Art. 15/20), erasure (Art. 17) and retention.

An erasure removes what identifies her and keeps what the indicators need (shared/spec/
indicators.md): year (not date) of birth, country, education, site, dates of intake and exit,
pathway steps, placements, language assessments. Her pseudonymous code stays so the statistics
stay consistent; the anonymised record is no longer listed, searchable or openable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from w4i_desktop.catalogues import FALLBACK
from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.models import (
    Activity,
    Attachment,
    Consent,
    Employer,
    FollowUp,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    PathwayTemplate,
    Placement,
    Site,
    Vacancy,
)
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import audit, erasure_ledger, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.notices import write_document
from w4i_desktop.services.participants import load_visible, visible_clause
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.search import purge_deleted_terms

EXPORT_SCHEMA_VERSION = 1
ATTACHMENTS_NOTE = (
    "Only the list of documents is included here, not their contents. "
    "Each document can be provided as a copy on request."
)

# Identity, contact and free text: emptied by an erasure. Everything else on the row is a code,
# a year, a date of the programme or an enumeration the indicators are computed from.
ERASED_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "preferred_name",
    "birth_date",
    "phone",
    "email",
    "neighbourhood",
    "work_experience",
    "needs_and_goals",
    "sensitive_notes",
)
RETENTION_REASON = "retention"
MAX_REASON = 200


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _columns(row: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Every column of an ORM row, JSON-ready (deferred BLOBs are left out by `skip`)."""
    return {
        c.key: _jsonable(getattr(row, c.key)) for c in row.__table__.columns if c.key not in skip
    }


# --- the access request ------------------------------------------------------------------------


def export_participant(ctx: Context, participant_id: int) -> dict[str, Any]:
    """Everything held about one participant, as a JSON-serialisable document.

    Her own rows only: the profile (every column), language assessments, consents, pathways
    with their steps, placements with the employer's name and the follow-ups, timeline
    activities, and the list of attached documents (not their bytes: see "attachments_note").
    Audited as an export of the participant.
    """
    ctx.require(Action.PARTICIPANT_EXPORT)
    with ctx.db.transaction() as session:
        p = load_visible(session, ctx, participant_id)
        pid = p.id
        site_name = session.scalar(select(Site.name).where(Site.id == p.site_id))
        assessments = session.scalars(
            select(LanguageAssessment)
            .where(LanguageAssessment.participant_id == pid)
            .order_by(LanguageAssessment.assessed_on, LanguageAssessment.id)
        )
        consents = session.scalars(
            select(Consent)
            .where(Consent.participant_id == pid)
            .order_by(Consent.given_on, Consent.id)
        )
        pathways = session.scalars(
            select(Pathway)
            .options(selectinload(Pathway.steps).selectinload(PathwayStep.template_step))
            .where(Pathway.participant_id == pid)
            .order_by(Pathway.started_on, Pathway.id)
        )
        pathway_docs = []
        for pathway in pathways:
            template = (
                session.get(PathwayTemplate, pathway.template_id) if pathway.template_id else None
            )
            doc = _columns(pathway)
            doc["template"] = (
                {"key": template.key, "version": template.version} if template else None
            )
            doc["steps"] = [{**_columns(step), "titles": step.all_titles} for step in pathway.steps]
            pathway_docs.append(doc)
        placement_docs = []
        placements = session.execute(
            select(Placement, Employer.name, Vacancy.title)
            .options(selectinload(Placement.follow_ups))
            .join(Employer, Employer.id == Placement.employer_id)
            .outerjoin(Vacancy, Vacancy.id == Placement.vacancy_id)
            .where(Placement.participant_id == pid)
            .order_by(Placement.start_date, Placement.id)
        )
        for placement, employer_name, vacancy_title in placements:
            doc = _columns(placement)
            doc["employer"] = employer_name
            doc["vacancy"] = vacancy_title
            doc["follow_ups"] = [_columns(f) for f in placement.follow_ups]
            placement_docs.append(doc)
        activities = session.scalars(
            select(Activity)
            .where(Activity.participant_id == pid)
            .order_by(Activity.occurred_at, Activity.id)
        )
        attachments = session.execute(
            select(
                Attachment.id,
                Attachment.filename,
                Attachment.media_type,
                Attachment.size,
                Attachment.added_at,
            )
            .where(Attachment.participant_id == pid)
            .order_by(Attachment.added_at, Attachment.id)
        )
        document: dict[str, Any] = {
            "schema_version": EXPORT_SCHEMA_VERSION,
            "generated_at": utcnow().isoformat(),
            "participant": _columns(p),
            "site": site_name,
            "language_assessments": [_columns(a) for a in assessments],
            "consents": [_columns(c) for c in consents],
            "pathways": pathway_docs,
            "placements": placement_docs,
            "activities": [_columns(a) for a in activities],
            "attachments": [
                {
                    "id": a.id,
                    "filename": a.filename,
                    "media_type": a.media_type,
                    "size": a.size,
                    "added_at": _jsonable(a.added_at),
                }
                for a in attachments
            ],
            "attachments_note": ATTACHMENTS_NOTE,
        }
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.EXPORT,
            "participant",
            pid,
            {"format": "json"},
        )
        return document


def write_export(
    ctx: Context, participant_id: int, out_dir: Path, language: str | None = None
) -> tuple[Path, Path]:
    """Write the access-request document to `<out_dir>/<code>.json` (UTF-8, indented) and, for
    her to read, `<code>.pdf` in `language` (default: her preferred language, else English);
    each atomically. Returns both paths."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise BadInput("The folder {folder} does not exist.", folder=str(out_dir))
    from w4i_desktop.documents.access_request import access_request_pdf  # reportlab: when needed

    document = export_participant(ctx, participant_id)
    code = document["participant"]["code"]
    shown_in = language or document["participant"].get("preferred_language") or FALLBACK
    readable = access_request_pdf(document, shown_in, settings.organisation_name(ctx), date.today())
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    json_path, pdf_path = out_dir / f"{code}.json", out_dir / f"{code}.pdf"
    write_document(json_path, data)
    write_document(pdf_path, readable)
    return json_path, pdf_path


# --- erasure ------------------------------------------------------------------------------------


def _clean_reason(reason: str) -> str:
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise BadInput("Give the reason for the erasure (e.g. the request's reference).")
    return cleaned[:MAX_REASON]


def _erase_in(session: Session, ctx: Context, participant: Participant, reason: str) -> None:
    erase_in(session, ctx.actor.user_id, participant, reason)


def erase_in(session: Session, user_id: int | None, participant: Participant, reason: str) -> None:
    """Empty her personal data and free text, keep the statistics; within the caller's
    transaction, audited (also used to re-apply an erasure after a restore)."""
    pid = participant.id
    for name in ERASED_FIELDS:
        setattr(participant, name, None)
    participant.sort_name = ""  # the ORM event recomputes it from the (now empty) names
    participant.anonymised_at = utcnow()
    session.execute(
        delete(Attachment)
        .where(Attachment.participant_id == pid)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Activity)
        .where(Activity.participant_id == pid)
        .values(text=None)
        .execution_options(synchronize_session=False)
    )
    pathway_ids = select(Pathway.id).where(Pathway.participant_id == pid).scalar_subquery()
    session.execute(
        update(PathwayStep)
        .where(PathwayStep.pathway_id.in_(pathway_ids))
        .values(notes=None, skip_reason=None)
        .execution_options(synchronize_session=False)
    )
    # A custom step's title is typed by a person and may name her; template steps keep theirs.
    session.execute(
        update(PathwayStep)
        .where(PathwayStep.pathway_id.in_(pathway_ids), PathwayStep.template_step_id.is_(None))
        .values(titles=None)
        .execution_options(synchronize_session=False)
    )
    placement_ids = select(Placement.id).where(Placement.participant_id == pid).scalar_subquery()
    session.execute(
        update(FollowUp)
        .where(FollowUp.placement_id.in_(placement_ids))
        .values(notes=None)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    audit.record(session, user_id, AuditAction.ERASE, "participant", pid, {"reason": reason})


def erase_participant(ctx: Context, participant_id: int, reason: str) -> None:
    """Erase one participant's personal data in one transaction, keeping anonymous statistics."""
    ctx.require(Action.PARTICIPANT_ERASE)
    cleaned = _clean_reason(reason)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        code = participant.code
        _erase_in(session, ctx, participant, cleaned)
        purge_deleted_terms(session.connection())
    erasure_ledger.remember(ctx, code, "erase")  # committed: a restore must not undo it
    ctx.db.checkpoint()


def _retention_cutoff(years: int, today: date) -> date:
    if years < 1:
        raise BadInput("The retention period is at least one year.")
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def participants_past_retention(
    ctx: Context, years: int, today: date
) -> list[tuple[int, str, date]]:
    """(id, code, closed_on) of the participants closed more than `years` years before
    `today` and not yet anonymised, oldest closure first."""
    ctx.require(Action.PARTICIPANT_ERASE)
    cutoff = _retention_cutoff(years, today)
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(Participant.id, Participant.code, Participant.closed_on)
            .where(
                visible_clause(ctx),
                Participant.anonymised_at.is_(None),
                Participant.closed_on.is_not(None),
                Participant.closed_on < cutoff,
            )
            .order_by(Participant.closed_on, Participant.id)
        )
        return [(pid, code, closed) for pid, code, closed in rows if closed is not None]


def anonymise_past_retention(
    ctx: Context,
    years: int,
    today: date,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Erase (reason "retention") everyone past the retention period; how many were erased.

    Each erasure is its own transaction, so an interruption leaves whole records only.
    `progress(done, total)` is called after each one; returning False stops there (cancel).
    """
    ctx.require(Action.PARTICIPANT_ERASE)
    due = participants_past_retention(ctx, years, today)
    done = 0
    for pid, code, _closed_on in due:
        with ctx.db.transaction() as session:
            participant = load_visible(session, ctx, pid)
            _erase_in(session, ctx, participant, RETENTION_REASON)
        erasure_ledger.remember(ctx, code, "erase")
        done += 1
        if progress is not None and not progress(done, len(due)):
            break
    if done:
        with ctx.db.transaction() as session:
            purge_deleted_terms(session.connection())
        ctx.db.checkpoint()
    return done
