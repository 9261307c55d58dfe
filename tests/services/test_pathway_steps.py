"""Moving a participant's steps, and editing templates without touching started pathways."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import Role, StepKind, StepStatus
from w4i_desktop.errors import BadInput, PermissionDenied, StaleEdit
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import participant_search, participants, pathways, record_views
from w4i_desktop.services.context import Context


@pytest.fixture
def pid(admin_ctx: Context) -> int:
    new_id = participants.create(
        admin_ctx, {"first_name": "Ana", "last_name": "Silva", "enrolled_on": date(2026, 3, 1)}
    )
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, new_id, date(2026, 3, 1), admin_ctx.actor.user_id)
    return new_id


def _stage(ctx: Context, pid: int) -> StepKind | None:
    """Her stage as the participant list shows it."""
    rows = participant_search.search(ctx, participant_search.ParticipantQuery(text="Silva"))
    return next(r.stage for r in rows if r.id == pid)


def _step(ctx: Context, pid: int, kind: StepKind) -> record_views.StepRow:
    return next(s for s in record_views.pathway_steps(ctx, pid) if s.kind is kind)


def test_done_records_who_and_when_and_the_stage_follows(admin_ctx: Context, pid: int) -> None:
    step = _step(admin_ctx, pid, StepKind.NEEDS_ASSESSMENT)
    assert _stage(admin_ctx, pid) is StepKind.NEEDS_ASSESSMENT
    pathways.set_step_status(admin_ctx, step.id, StepStatus.DONE, date(2026, 3, 10))
    done = _step(admin_ctx, pid, StepKind.NEEDS_ASSESSMENT)
    assert (done.status, done.completed_on, done.started_on) == (
        StepStatus.DONE,
        date(2026, 3, 10),
        date(2026, 3, 10),
    )
    assert done.completed_by == admin_ctx.actor.username
    assert _stage(admin_ctx, pid) is StepKind.SKILLS_ASSESSMENT
    with admin_ctx.db.transaction() as session:
        last = session.query(AuditEvent).order_by(AuditEvent.seq.desc()).first()
        assert last is not None and last.entity == "pathway_step"


def test_in_progress_then_back_to_todo_clears_the_dates(admin_ctx: Context, pid: int) -> None:
    step = _step(admin_ctx, pid, StepKind.LANGUAGE_COURSE)
    pathways.set_step_status(admin_ctx, step.id, StepStatus.IN_PROGRESS, date(2026, 4, 1))
    assert _step(admin_ctx, pid, StepKind.LANGUAGE_COURSE).started_on == date(2026, 4, 1)
    pathways.set_step_status(admin_ctx, step.id, StepStatus.TODO)
    back = _step(admin_ctx, pid, StepKind.LANGUAGE_COURSE)
    assert (back.started_on, back.completed_on, back.completed_by) == (None, None, None)


def test_skipping_needs_a_reason(admin_ctx: Context, pid: int) -> None:
    step = _step(admin_ctx, pid, StepKind.INTERNSHIP)
    with pytest.raises(BadInput):
        pathways.set_step_status(admin_ctx, step.id, StepStatus.SKIPPED, skip_reason="  ")
    pathways.set_step_status(admin_ctx, step.id, StepStatus.SKIPPED, skip_reason="Found a job")
    skipped = _step(admin_ctx, pid, StepKind.INTERNSHIP)
    assert (skipped.status, skipped.skip_reason) == (StepStatus.SKIPPED, "Found a job")


def test_no_completion_in_the_future_and_stale_versions_refused(
    admin_ctx: Context, pid: int
) -> None:
    step = _step(admin_ctx, pid, StepKind.CV_PREPARATION)
    with pytest.raises(BadInput):
        pathways.set_step_status(
            admin_ctx, step.id, StepStatus.DONE, date.today() + timedelta(days=1)
        )
    pathways.update_step(admin_ctx, step.id, date(2026, 9, 1), "Bring the diploma", step.version_id)
    with pytest.raises(StaleEdit):
        pathways.update_step(admin_ctx, step.id, None, "stale", step.version_id)
    changed = _step(admin_ctx, pid, StepKind.CV_PREPARATION)
    assert (changed.due_on, changed.notes) == (date(2026, 9, 1), "Bring the diploma")


def test_volunteers_cannot_move_steps(admin_ctx: Context, pid: int, login_as: UserFactory) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    step = _step(admin_ctx, pid, StepKind.CV_PREPARATION)
    with pytest.raises(PermissionDenied):
        pathways.set_step_status(volunteer, step.id, StepStatus.DONE)


def test_a_new_template_version_leaves_started_pathways_alone(
    admin_ctx: Context, pid: int, login_as: UserFactory
) -> None:
    view = pathways.template_view(admin_ctx)
    steps = list(view.steps)
    renamed = next(i for i, s in enumerate(steps) if s.kind is StepKind.SKILLS_ASSESSMENT)
    steps[renamed] = replace(
        steps[renamed], titles={**steps[renamed].titles, "en": "Skills check (new)"}
    )
    steps.pop(next(i for i, s in enumerate(steps) if s.kind is StepKind.EMPOWERMENT))
    steps.insert(3, pathways.StepDraft(StepKind.CUSTOM, {"en": "Visit the job centre"}, 20, False))
    assert pathways.save_template(admin_ctx, view.key, steps, view.version) == view.version + 1

    old = record_views.pathway_steps(admin_ctx, pid)
    assert any(s.kind is StepKind.EMPOWERMENT for s in old)
    assert _step(admin_ctx, pid, StepKind.SKILLS_ASSESSMENT).title("en") == "Skills assessment"

    newer = participants.create(admin_ctx, {"first_name": "Bea", "last_name": "Lopes"})
    with admin_ctx.db.transaction() as session:
        pathways.start_default_pathway(session, newer, date(2026, 5, 1), None)
    fresh = record_views.pathway_steps(admin_ctx, newer)
    assert not any(s.kind is StepKind.EMPOWERMENT for s in fresh)
    assert _step(admin_ctx, newer, StepKind.SKILLS_ASSESSMENT).title("en") == "Skills check (new)"
    custom = _step(admin_ctx, newer, StepKind.CUSTOM)
    assert (custom.position, custom.due_on) == (3, date(2026, 5, 21))

    with pytest.raises(StaleEdit):  # saved from the editor opened before
        pathways.save_template(admin_ctx, view.key, list(view.steps), view.version)
    with pytest.raises(PermissionDenied):
        pathways.save_template(login_as(Role.STAFF), view.key, steps, view.version + 1)


def test_template_validation(admin_ctx: Context) -> None:
    view = pathways.template_view(admin_ctx)
    with pytest.raises(BadInput):
        pathways.save_template(admin_ctx, view.key, [], view.version)
    no_english = pathways.StepDraft(StepKind.CUSTOM, {"it": "Solo italiano"}, 5, True)
    with pytest.raises(BadInput):
        pathways.save_template(admin_ctx, view.key, [no_english], view.version)
    too_late = pathways.StepDraft(StepKind.CUSTOM, {"en": "Later"}, 99999, True)
    with pytest.raises(BadInput):
        pathways.save_template(admin_ctx, view.key, [too_late], view.version)
    assert pathways.template_view(admin_ctx).version == view.version
