from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import (
    AssessmentStage,
    CefrLevel,
    ConsentPurpose,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.errors import NotFound
from w4i_desktop.models import (
    Consent,
    Employer,
    LanguageAssessment,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.services import participants, record_views
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
