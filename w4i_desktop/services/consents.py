"""Consents: recorded and withdrawn per purpose, dated, against a version of the privacy notice.

A purpose may be recorded again (a newer notice, a renewed consent); it is current while its
latest record is not withdrawn. Withdrawing ends every record of that purpose still running.
Other services ask `has_consent` before acting on a purpose (e.g. sharing with employers).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction, ConsentPurpose
from w4i_desktop.errors import BadInput
from w4i_desktop.models import Consent
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action, allowed

MAX_NOTICE_VERSION = 20


def _require_edit(ctx: Context) -> None:
    """Staff and above edit consents; volunteers record them during their own intakes
    (load_visible then limits a volunteer to the participants she interviewed)."""
    if not allowed(ctx.actor.role, Action.PARTICIPANT_UPDATE):
        ctx.require(Action.INTAKE_RUN)


def _purpose(purpose: ConsentPurpose | str) -> ConsentPurpose:
    try:
        return ConsentPurpose(purpose)
    except ValueError:
        raise BadInput("Unknown consent purpose: {purpose}.", purpose=repr(purpose)) from None


def record_consent(
    ctx: Context,
    participant_id: int,
    purpose: ConsentPurpose,
    given_on: date,
    notice_version: str,
) -> int:
    """Record a consent given on `given_on` under privacy notice `notice_version`; its id."""
    _require_edit(ctx)
    purpose = _purpose(purpose)
    if not isinstance(given_on, date):
        raise BadInput("this must be a date.", field="given_on")
    if given_on > date.today():
        raise BadInput("the date is in the future.", field="given_on")
    version = (notice_version or "").strip()
    if not version:
        raise BadInput("Name the version of the privacy notice she was given.")
    if len(version) > MAX_NOTICE_VERSION:
        raise BadInput(
            "this is longer than {max_length} characters.",
            field="notice_version",
            max_length=MAX_NOTICE_VERSION,
        )
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        consent = Consent(
            participant_id=participant.id,
            purpose=purpose,
            given_on=given_on,
            notice_version=version,
            recorded_by_id=ctx.actor.user_id,
        )
        session.add(consent)
        session.flush()
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.CREATE,
            "consent",
            consent.id,
            {"purpose": purpose.value},
        )
        return consent.id


def withdraw_consent(
    ctx: Context, participant_id: int, purpose: ConsentPurpose, withdrawn_on: date
) -> None:
    """End the current consent for `purpose` on `withdrawn_on`."""
    _require_edit(ctx)
    purpose = _purpose(purpose)
    if not isinstance(withdrawn_on, date):
        raise BadInput("this must be a date.", field="withdrawn_on")
    if withdrawn_on > date.today():
        raise BadInput("the date is in the future.", field="withdrawn_on")
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        running = list(
            session.scalars(
                select(Consent)
                .where(
                    Consent.participant_id == participant.id,
                    Consent.purpose == purpose,
                    Consent.withdrawn_on.is_(None),
                )
                .order_by(Consent.given_on, Consent.id)
            )
        )
        if not running:
            raise BadInput("There is no current consent for this purpose to withdraw.")
        if withdrawn_on < running[-1].given_on:
            raise BadInput("The withdrawal date is before the consent was given.")
        for consent in running:
            consent.withdrawn_on = withdrawn_on
        session.flush()
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.UPDATE,
            "consent",
            running[-1].id,
            {"purpose": purpose.value, "fields": ["withdrawn_on"]},
        )


def current_consents(ctx: Context, participant_id: int) -> dict[ConsentPurpose, bool]:
    """For every purpose, whether her latest consent for it is in force (not withdrawn)."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        rows = session.scalars(
            select(Consent)
            .where(Consent.participant_id == participant.id)
            .order_by(Consent.given_on, Consent.id)
        )
        latest: dict[ConsentPurpose, Consent] = {c.purpose: c for c in rows}
    return {p: p in latest and latest[p].withdrawn_on is None for p in ConsentPurpose}


def has_consent(session: Session, participant_id: int, purpose: ConsentPurpose, on: date) -> bool:
    """Whether a consent for `purpose` was in force on `on` (given on or before it and not
    withdrawn by then). For other services, inside their own transaction and permission check."""
    found = session.scalar(
        select(Consent.id)
        .where(
            Consent.participant_id == participant_id,
            Consent.purpose == ConsentPurpose(purpose),
            Consent.given_on <= on,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
        )
        .limit(1)
    )
    return found is not None
