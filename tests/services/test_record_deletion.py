"""Deleting a record created by mistake: administrators only, with a reason, within the window,
refused once she was reported on; everything of hers goes, in one audited transaction."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

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
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.models import (
    Activity,
    Attachment,
    AuditEvent,
    Consent,
    Employer,
    FollowUp,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.models.base import utcnow
from w4i_desktop.reports.export import export_report
from w4i_desktop.reports.indicators import compute
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.services import (
    attachments,
    audit,
    consents,
    erasure_ledger,
    participant_search,
    participants,
    record_deletion,
    summaries,
    timeline,
)
from w4i_desktop.services.context import Context
from w4i_desktop.services.participant_search import ParticipantQuery
from w4i_desktop.storage.search import SEARCH_TABLE

CANARY = "Qzxwvyllandra"
ENROLLED = date(2026, 1, 15)
QUARTER = Period.quarter("2026Q1")


def make_mistake(ctx: Context, first_name: str = CANARY) -> int:
    """A participant with something in every table that hangs on her (but a placement)."""
    pid = participants.create(
        ctx,
        {
            "first_name": first_name,
            "last_name": "Ouedraogo",
            "phone": "+39 333 1234567",
            "email": f"{first_name.lower()}@example.org",
            "enrolled_on": ENROLLED,
            "skills": ["cooking"],
        },
    )
    consents.record_consent(ctx, pid, ConsentPurpose.PROCESSING, ENROLLED, "v1")
    timeline.add_activity(ctx, pid, ActivityKind.NOTE, f"Met {first_name} at the centre")
    attachments.add_attachment(ctx, pid, f"CV {first_name}.pdf", b"%PDF-1.4 her CV\n")
    with ctx.db.transaction() as session:
        session.add(
            LanguageAssessment(
                participant_id=pid,
                language="it",
                level=CefrLevel.A2,
                stage=AssessmentStage.INTAKE,
                assessed_on=ENROLLED,
            )
        )
        pathway = Pathway(participant_id=pid, started_on=ENROLLED)
        pathway.steps = [
            PathwayStep(position=1, kind=StepKind.SKILLS_ASSESSMENT, status=StepStatus.TODO)
        ]
        session.add(pathway)
    return pid


def _add_placement(ctx: Context, pid: int) -> None:
    with ctx.db.transaction() as session:
        employer = Employer(name="Trattoria")
        session.add(employer)
        session.flush()
        placement = Placement(
            participant_id=pid,
            employer_id=employer.id,
            type=PlacementType.FIXED_TERM,
            start_date=ENROLLED,
        )
        placement.follow_ups = [
            FollowUp(followed_up_on=ENROLLED, months_after_start=0, still_employed=True)
        ]
        session.add(placement)


def _created_days_ago(ctx: Context, pid: int, days: int) -> None:
    with ctx.db.transaction() as session:
        participant = session.get(Participant, pid)
        assert participant is not None
        participant.created_at = utcnow() - timedelta(days=days)


def _rows_of(ctx: Context, pid: int) -> dict[str, int]:
    with ctx.db.transaction() as session:
        pathways = select(Pathway.id).where(Pathway.participant_id == pid)
        placements = select(Placement.id).where(Placement.participant_id == pid)
        counts = {
            model.__tablename__: session.scalar(
                select(func.count()).select_from(model).where(model.participant_id == pid)
            )
            or 0
            for model in (Consent, LanguageAssessment, Activity, Attachment, Pathway, Placement)
        }
        counts["participant"] = (
            session.scalar(
                select(func.count()).select_from(Participant).where(Participant.id == pid)
            )
            or 0
        )
        counts["pathway_step"] = (
            session.scalar(
                select(func.count())
                .select_from(PathwayStep)
                .where(PathwayStep.pathway_id.in_(pathways))
            )
            or 0
        )
        counts["follow_up"] = (
            session.scalar(
                select(func.count())
                .select_from(FollowUp)
                .where(FollowUp.placement_id.in_(placements))
            )
            or 0
        )
        counts[SEARCH_TABLE] = session.execute(
            text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE rowid = :pid"), {"pid": pid}
        ).scalar_one()
        return counts


def _new_in_quarter(ctx: Context) -> int | float | None:
    with ctx.db.transaction() as session:
        return compute(session, QUARTER).values["I1"]


def test_deleting_removes_her_and_everything_hanging_on_her(admin_ctx: Context) -> None:
    pid = make_mistake(admin_ctx)
    kept = make_mistake(admin_ctx, "Vrommelinda")
    assert all(_rows_of(admin_ctx, pid)[table] for table in ("consent", "activity", "pathway_step"))
    counted_before = _new_in_quarter(admin_ctx)

    code = record_deletion.delete_participant(admin_ctx, pid, "  entered twice  by mistake ")

    assert set(_rows_of(admin_ctx, pid).values()) == {0}
    assert _rows_of(admin_ctx, kept)["participant"] == 1
    assert participant_search.search(admin_ctx, ParticipantQuery(text=CANARY)) == []
    assert participant_search.count(admin_ctx, ParticipantQuery(text="Vrommelinda")) == 1
    assert _new_in_quarter(admin_ctx) == (counted_before or 0) - 1  # gone from the statistics
    with admin_ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        assert (event.action, event.entity, event.entity_id) == (
            AuditAction.DELETE,
            "participant",
            pid,
        )
        assert event.detail == {"reason": len("entered twice by mistake")}
    assert code.startswith("W4I-")


@pytest.mark.sqlcipher_only(reason="The ledger is a file beside a SQLCipher database.")
def test_the_deletion_is_remembered_so_a_restore_deletes_her_again(admin_ctx: Context) -> None:
    pid = make_mistake(admin_ctx)
    code = record_deletion.delete_participant(admin_ctx, pid, "test entry")
    path = admin_ctx.db.path
    assert isinstance(path, Path)
    assert [(e.code, e.action) for e in erasure_ledger.read(erasure_ledger.ledger_path(path))] == [
        (code, "delete")
    ]


def test_a_placement_and_its_follow_ups_go_too_with_delete_in(admin_ctx: Context) -> None:
    """What a restore re-applies: no refusal, no audit, everything gone."""
    pid = make_mistake(admin_ctx)
    _add_placement(admin_ctx, pid)
    with admin_ctx.db.transaction() as session:
        participant = session.get(Participant, pid)
        assert participant is not None
        assert participant.consents  # loaded before: must not be deleted twice
        record_deletion.delete_in(session, participant)
    assert set(_rows_of(admin_ctx, pid).values()) == {0}


@pytest.mark.parametrize("role", [Role.MANAGER, Role.STAFF, Role.VOLUNTEER])
def test_only_administrators_delete(admin_ctx: Context, login_as: UserFactory, role: Role) -> None:
    pid = make_mistake(admin_ctx)
    ctx = login_as(role, site_id=1)
    with pytest.raises(PermissionDenied):
        record_deletion.delete_participant(ctx, pid, "entered twice")
    with pytest.raises(PermissionDenied):
        record_deletion.refusal(ctx, pid)
    assert _rows_of(admin_ctx, pid)["participant"] == 1


def test_a_reason_is_required(admin_ctx: Context) -> None:
    pid = make_mistake(admin_ctx)
    with pytest.raises(BadInput, match="reason"):
        record_deletion.delete_participant(admin_ctx, pid, "   ")
    assert _rows_of(admin_ctx, pid)["participant"] == 1


def test_only_within_the_window_after_creation(admin_ctx: Context) -> None:
    assert record_deletion.delete_window_days(admin_ctx) == 14
    pid = make_mistake(admin_ctx)
    _created_days_ago(admin_ctx, pid, 15)
    assert record_deletion.refusal(admin_ctx, pid) is not None
    with pytest.raises(BadInput, match="more than 14 days ago"):
        record_deletion.delete_participant(admin_ctx, pid, "entered twice")
    assert _rows_of(admin_ctx, pid)["participant"] == 1

    record_deletion.set_delete_window_days(admin_ctx, 30)
    assert record_deletion.delete_window_days(admin_ctx) == 30
    assert record_deletion.refusal(admin_ctx, pid) is None
    record_deletion.delete_participant(admin_ctx, pid, "entered twice")
    assert _rows_of(admin_ctx, pid)["participant"] == 0


def test_a_window_of_zero_days_allows_the_day_of_creation_only(admin_ctx: Context) -> None:
    record_deletion.set_delete_window_days(admin_ctx, 0)
    today, yesterday = make_mistake(admin_ctx), make_mistake(admin_ctx, "Vrommelinda")
    _created_days_ago(admin_ctx, yesterday, 1)
    assert record_deletion.refusal(admin_ctx, today) is None
    assert record_deletion.refusal(admin_ctx, yesterday) is not None


@pytest.mark.parametrize("days", [-1, 366])
def test_the_window_is_between_0_and_365_days(admin_ctx: Context, days: int) -> None:
    with pytest.raises(BadInput, match="between 0 and 365 days"):
        record_deletion.set_delete_window_days(admin_ctx, days)
    assert record_deletion.delete_window_days(admin_ctx) == 14


def test_the_window_is_a_setting_managers_cannot_change_without_permission(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    with pytest.raises(PermissionDenied):
        record_deletion.set_delete_window_days(login_as(Role.STAFF, site_id=1), 30)


def test_refused_once_a_report_that_may_count_her_was_made(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = make_mistake(admin_ctx)
    # A report of a period that ended before she enrolled cannot count her.
    export_report(admin_ctx, ReportRequest(Period.quarter("2025Q4")), tmp_path / "q4.xlsx")
    assert record_deletion.refusal(admin_ctx, pid) is None

    export_report(admin_ctx, ReportRequest(QUARTER), tmp_path / "q.xlsx")
    refused = record_deletion.refusal(admin_ctx, pid)
    assert refused is not None and "report" in refused.template
    with pytest.raises(BadInput, match="report that may count her"):
        record_deletion.delete_participant(admin_ctx, pid, "entered twice")
    assert _rows_of(admin_ctx, pid)["participant"] == 1


def test_a_report_made_before_her_record_or_of_another_site_does_not_count(
    admin_ctx: Context, tmp_path: Path
) -> None:
    export_report(admin_ctx, ReportRequest(QUARTER), tmp_path / "q.xlsx")
    pid = make_mistake(admin_ctx)
    with admin_ctx.db.transaction() as session:
        session.execute(
            text("UPDATE audit_event SET at = :at WHERE action = 'export'"),
            {"at": (utcnow() - timedelta(days=1)).replace(tzinfo=None)},
        )
    # The audit chain is not what this test is about; a report of another site comes after.
    with admin_ctx.db.transaction() as session:
        audit.record(
            session,
            admin_ctx.actor.user_id,
            AuditAction.EXPORT,
            "report",
            None,
            {"format": "pdf", "period": "2026Q1", "site_id": 999, "named": False, "count": 0},
        )
    assert record_deletion.refusal(admin_ctx, pid) is None


def test_refused_once_her_data_was_exported(admin_ctx: Context, tmp_path: Path) -> None:
    pid = make_mistake(admin_ctx)
    summaries.write_summary(admin_ctx, pid, tmp_path / "summary.pdf")
    with pytest.raises(BadInput, match="Her data has been exported"):
        record_deletion.delete_participant(admin_ctx, pid, "entered twice")
    assert _rows_of(admin_ctx, pid)["participant"] == 1


def test_refused_while_she_has_a_placement(admin_ctx: Context) -> None:
    pid = make_mistake(admin_ctx)
    _add_placement(admin_ctx, pid)
    with pytest.raises(BadInput, match="placement"):
        record_deletion.delete_participant(admin_ctx, pid, "entered twice")
    assert _rows_of(admin_ctx, pid)["placement"] == 1
