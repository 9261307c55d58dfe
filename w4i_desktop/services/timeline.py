"""A participant's timeline: meetings, calls, courses and notes, each by a user on a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from w4i_desktop.enums import ActivityKind, AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.models import Activity, Participant, User
from w4i_desktop.models.base import utcnow
from w4i_desktop.services import audit
from w4i_desktop.services import validation as v
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action

MAX_TEXT_LENGTH = 10_000


@dataclass(frozen=True)
class ActivityRow:
    id: int
    occurred_at: datetime
    kind: ActivityKind
    text: str | None
    author: str | None  # the user's display name; None once that user is gone


def add_activity(
    ctx: Context,
    participant_id: int,
    kind: ActivityKind,
    text: str | None,
    *,
    occurred_at: datetime | None = None,
) -> int:
    """Record an activity by the actor and move the participant's last activity forward.

    The last-activity time is written with a plain UPDATE, outside the row version: adding a
    note must not make the profile that is open in a form look edited by someone else."""
    ctx.require(Action.PARTICIPANT_UPDATE)
    kind = ActivityKind(kind)
    cleaned = v.text(text, "text", MAX_TEXT_LENGTH, required=kind is ActivityKind.NOTE)
    when = (occurred_at or utcnow()).astimezone(UTC)
    if when > utcnow():
        raise BadInput("the date is in the future.", field="occurred_at")
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        activity = Activity(
            participant_id=participant.id,
            occurred_at=when,
            kind=kind,
            text=cleaned,
            user_id=ctx.actor.user_id,
        )
        session.add(activity)
        session.flush()
        latest = participant.last_activity_at
        if latest is None or when > latest:
            session.execute(
                update(Participant)
                .where(Participant.id == participant.id)
                .values(last_activity_at=when)
                .execution_options(synchronize_session=False)
            )
            session.expire(participant, ["last_activity_at"])
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "activity", activity.id)
        return activity.id


def list_activities(ctx: Context, participant_id: int) -> list[ActivityRow]:
    """The participant's activities, newest first."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        rows = session.execute(
            select(Activity, User.display_name)
            .outerjoin(User, User.id == Activity.user_id)
            .where(Activity.participant_id == participant.id)
            .order_by(Activity.occurred_at.desc(), Activity.id.desc())
        )
        return [
            ActivityRow(
                id=activity.id,
                occurred_at=activity.occurred_at,
                kind=activity.kind,
                text=activity.text,
                author=author,
            )
            for activity, author in rows
        ]
