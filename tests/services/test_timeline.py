from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import ActivityKind, AuditAction, Role
from w4i_desktop.errors import BadInput, NotFound, PermissionDenied
from w4i_desktop.models import AuditEvent, Site
from w4i_desktop.services import participant_search, participants, timeline
from w4i_desktop.services.context import Context


def test_note_is_listed_with_author_and_moves_last_activity(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    version = participants.get(admin_ctx, pid)["version_id"]
    earlier = datetime.now(UTC) - timedelta(days=3)
    timeline.add_activity(admin_ctx, pid, ActivityKind.CALL, None, occurred_at=earlier)
    note_id = timeline.add_activity(admin_ctx, pid, ActivityKind.NOTE, "  Wants a B1 course.  ")

    rows = timeline.list_activities(admin_ctx, pid)
    assert [r.kind for r in rows] == [ActivityKind.NOTE, ActivityKind.CALL]  # newest first
    assert rows[0].id == note_id
    assert rows[0].text == "Wants a B1 course."
    assert rows[0].author == "admin"
    assert rows[1].text is None
    [row] = participant_search.search(admin_ctx, participant_search.ParticipantQuery())
    assert row.last_activity_at == rows[0].occurred_at
    # The profile's row version is untouched: a form opened before the note still saves.
    assert participants.get(admin_ctx, pid)["version_id"] == version
    participants.update(admin_ctx, pid, {"phone": "+39 02 1234567"}, version)


def test_an_older_activity_does_not_move_last_activity_back(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Okafor"})
    timeline.add_activity(admin_ctx, pid, ActivityKind.MEETING, "Intake")
    timeline.add_activity(
        admin_ctx,
        pid,
        ActivityKind.COURSE,
        "Italian A2",
        occurred_at=datetime.now(UTC) - timedelta(days=30),
    )
    [row] = participant_search.search(admin_ctx, participant_search.ParticipantQuery())
    newest = timeline.list_activities(admin_ctx, pid)[0]
    assert newest.kind is ActivityKind.MEETING
    assert row.last_activity_at == newest.occurred_at


def test_adding_is_audited_without_the_text(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Okafor"})
    note_id = timeline.add_activity(admin_ctx, pid, ActivityKind.NOTE, "private words")
    with admin_ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        assert (event.action, event.entity, event.entity_id) == (
            AuditAction.CREATE,
            "activity",
            note_id,
        )
        assert "private" not in str(event.detail)


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        (ActivityKind.NOTE, "   ", "required"),
        (ActivityKind.NOTE, "x" * 10_001, "longer than"),
    ],
)
def test_bad_notes_are_refused(
    admin_ctx: Context, kind: ActivityKind, text: str, message: str
) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Okafor"})
    with pytest.raises(BadInput, match=message):
        timeline.add_activity(admin_ctx, pid, kind, text)
    assert timeline.list_activities(admin_ctx, pid) == []


def test_future_activity_is_refused(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Okafor"})
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    with pytest.raises(BadInput, match="future"):
        timeline.add_activity(admin_ctx, pid, ActivityKind.MEETING, "x", occurred_at=tomorrow)


def test_volunteers_read_only_their_own_participants_timeline(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    own = participants.create(volunteer, {"first_name": "Fatima"})
    other = participants.create(admin_ctx, {"first_name": "Olga"})
    timeline.add_activity(admin_ctx, own, ActivityKind.NOTE, "First meeting went well.")
    timeline.add_activity(admin_ctx, other, ActivityKind.NOTE, "Not for the volunteer.")

    assert [r.text for r in timeline.list_activities(volunteer, own)] == [
        "First meeting went well."
    ]
    with pytest.raises(NotFound):
        timeline.list_activities(volunteer, other)
    with pytest.raises(PermissionDenied):
        timeline.add_activity(volunteer, own, ActivityKind.NOTE, "volunteers cannot add")


def test_staff_of_another_site_cannot_add(admin_ctx: Context, login_as: UserFactory) -> None:
    with admin_ctx.db.transaction() as session:
        site = Site(name="Torino")
        session.add(site)
        session.flush()
        torino = site.id
    staff = login_as(Role.STAFF, site_id=torino)
    pid = participants.create(admin_ctx, {"last_name": "Rossi"})
    with pytest.raises(NotFound):
        timeline.add_activity(staff, pid, ActivityKind.NOTE, "wrong site")
