from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, select

from tests.conftest import UserFactory
from w4i_desktop.enums import (
    ActivityKind,
    AssessmentStage,
    AuditAction,
    CefrLevel,
    ConsentPurpose,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.errors import NotFound, StaleEdit
from w4i_desktop.models import (
    AuditEvent,
    Consent,
    Employer,
    LanguageAssessment,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.services import attachments, participants, record_views, timeline
from w4i_desktop.services.context import Context


def _fill(ctx: Context, pid: int) -> None:
    with ctx.db.transaction() as session:
        session.add_all(
            [
                Consent(
                    participant_id=pid,
                    purpose=ConsentPurpose.PROCESSING,
                    given_on=date(2026, 1, 5),
                    notice_version="2026-01",
                    recorded_by_id=ctx.actor.user_id,
                ),
                Consent(
                    participant_id=pid,
                    purpose=ConsentPurpose.PHOTOS,
                    given_on=date(2026, 1, 5),
                    withdrawn_on=date(2026, 2, 1),
                    notice_version="2026-01",
                ),
                LanguageAssessment(
                    participant_id=pid,
                    language="it",
                    level=CefrLevel.A2,
                    stage=AssessmentStage.DURING,
                    assessed_on=date(2026, 4, 1),
                ),
                LanguageAssessment(
                    participant_id=pid,
                    language="it",
                    level=CefrLevel.A1,
                    stage=AssessmentStage.INTAKE,
                    assessed_on=date(2026, 1, 5),
                ),
            ]
        )
        old = Pathway(participant_id=pid, started_on=date(2025, 1, 1))
        current = Pathway(participant_id=pid, started_on=date(2026, 1, 5))
        session.add_all([old, current])
        session.flush()
        session.add_all(
            [
                PathwayStep(
                    pathway_id=old.id, position=1, kind=StepKind.INTAKE, titles={"en": "Old"}
                ),
                PathwayStep(
                    pathway_id=current.id,
                    position=2,
                    kind=StepKind.CONSENT,
                    titles={"en": "Privacy consent", "it": "Consenso privacy"},
                    due_on=date(2026, 1, 12),
                ),
                PathwayStep(
                    pathway_id=current.id,
                    position=1,
                    kind=StepKind.INTAKE,
                    titles={"en": "Intake"},
                    status=StepStatus.DONE,
                    completed_on=date(2026, 1, 5),
                ),
            ]
        )
        employer = Employer(name="Cooperativa Sole")
        session.add(employer)
        session.flush()
        session.add(
            Placement(
                participant_id=pid,
                employer_id=employer.id,
                type=PlacementType.INTERNSHIP,
                start_date=date(2026, 3, 1),
                hours_per_week=20,
            )
        )


def test_summaries_of_a_record(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina"})
    _fill(admin_ctx, pid)

    consents = record_views.consents(admin_ctx, pid)
    assert [(c.purpose, c.active, c.recorded_by) for c in consents] == [
        (ConsentPurpose.PROCESSING, True, "admin"),
        (ConsentPurpose.PHOTOS, False, None),
    ]
    assessments = record_views.assessments(admin_ctx, pid)
    assert [(a.stage, a.level) for a in assessments] == [
        (AssessmentStage.INTAKE, CefrLevel.A1),
        (AssessmentStage.DURING, CefrLevel.A2),
    ]
    steps = record_views.pathway_steps(admin_ctx, pid)
    assert [(s.kind, s.status) for s in steps] == [
        (StepKind.INTAKE, StepStatus.DONE),
        (StepKind.CONSENT, StepStatus.TODO),
    ]
    assert steps[1].title("it") == "Consenso privacy"
    assert steps[1].title("sv") == "Privacy consent"
    [placement] = record_views.placements(admin_ctx, pid)
    assert (placement.employer, placement.type, placement.end_date) == (
        "Cooperativa Sole",
        PlacementType.INTERNSHIP,
        None,
    )


def test_empty_record(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina"})
    for summary in (
        record_views.consents,
        record_views.assessments,
        record_views.pathway_steps,
        record_views.placements,
    ):
        assert summary(admin_ctx, pid) == []


@pytest.mark.parametrize(
    "summary",
    [
        record_views.consents,
        record_views.assessments,
        record_views.pathway_steps,
        record_views.placements,
    ],
)
def test_volunteers_cannot_read_others_records(
    admin_ctx: Context, login_as: UserFactory, summary: object
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    other = participants.create(admin_ctx, {"first_name": "Olga"})
    assert callable(summary)
    with pytest.raises(NotFound):
        summary(volunteer, other)


# --- the record screen: one read, one save ---------------------------------------------------


@contextmanager
def counting_transactions(ctx: Context) -> Iterator[list[int]]:
    """The database transactions begun inside the block (nested units of work join the outer
    one, so each BEGIN is one unit of work)."""
    begun: list[int] = []

    def count(_connection: object) -> None:
        begun.append(1)

    event.listen(ctx.db.engine, "begin", count)
    try:
        yield begun
    finally:
        event.remove(ctx.db.engine, "begin", count)


def _views(ctx: Context, pid: int) -> list[object]:
    with ctx.db.transaction() as session:
        return list(
            session.scalars(
                select(AuditEvent.detail).where(
                    AuditEvent.action == AuditAction.VIEW,
                    AuditEvent.entity == "participant",
                    AuditEvent.entity_id == pid,
                )
            )
        )


def test_the_record_screen_is_read_in_one_unit_of_work_and_audited_once(
    admin_ctx: Context,
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "sensitive_notes": "asylum"})
    _fill(admin_ctx, pid)
    timeline.add_activity(admin_ctx, pid, ActivityKind.CALL, "Called about the course")
    attachments.add_attachment(admin_ctx, pid, "cv.pdf", b"%PDF-1.4")
    with counting_transactions(admin_ctx) as begun:
        screen = record_views.record_screen(admin_ctx, pid)
    assert len(begun) == 1
    assert screen.participant_id == pid
    assert (screen.record["first_name"], screen.record["version_id"]) == ("Amina", 1)
    assert [c.purpose for c in screen.consents] == [
        ConsentPurpose.PROCESSING,
        ConsentPurpose.PHOTOS,
    ]
    assert [a.level for a in screen.assessments] == [CefrLevel.A1, CefrLevel.A2]
    assert [s.kind for s in screen.steps] == [StepKind.INTAKE, StepKind.CONSENT]
    assert [p.employer for p in screen.placements] == ["Cooperativa Sole"]
    assert [a.text for a in screen.activities] == ["Called about the course"]
    assert [d.filename for d in screen.documents] == ["cv.pdf"]
    assert screen.choices.sites and screen.choices.caseworkers and screen.choices.skills
    assert _views(admin_ctx, pid) == [{"fields": ["sensitive_notes"]}]


def test_a_save_is_one_unit_of_work_and_not_a_view(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina"})
    _fill(admin_ctx, pid)
    record_views.record_screen(admin_ctx, pid)  # opened: one view
    with counting_transactions(admin_ctx) as begun:
        screen = record_views.save_record(admin_ctx, pid, {"phone": "+39 333 1234567"}, 1)
    assert len(begun) == 1  # the save and the read back; before: about twelve
    assert (screen.record["phone"], screen.record["version_id"]) == ("+39 333 1234567", 2)
    assert len(screen.steps) == 2 and len(screen.consents) == 2  # every tab read back
    assert len(_views(admin_ctx, pid)) == 1  # saving is not opening again


def test_a_stale_save_reads_nothing_back_and_changes_nothing(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina"})
    participants.update(admin_ctx, pid, {"municipality": "Milano"}, 1)  # someone else
    with pytest.raises(StaleEdit):
        record_views.save_record(admin_ctx, pid, {"phone": "+39 333 1234567"}, 1)
    assert participants.get(admin_ctx, pid)["phone"] is None


def test_a_volunteer_cannot_open_someone_elses_record(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    other = participants.create(admin_ctx, {"first_name": "Olga"})
    with pytest.raises(NotFound):
        record_views.record_screen(login_as(Role.VOLUNTEER), other)
    assert _views(admin_ctx, other) == []
