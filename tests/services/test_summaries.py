from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from tests.pdfs import embedded_fonts, pdf_text
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import (
    ActivityKind,
    AssessmentStage,
    AuditAction,
    CefrLevel,
    ClosureReason,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.errors import BadInput, NotFound, W4IError
from w4i_desktop.models import AuditEvent, LanguageAssessment, Pathway, PathwayStep, Site
from w4i_desktop.services import (
    employers,
    participants,
    pathways,
    placements,
    privacy,
    record_views,
    settings,
    summaries,
    timeline,
)
from w4i_desktop.services.context import Context

# Canaries: free text and contact details that must never reach her summary.
SECRET = "Qzxwvyllandra-secret"
STEP_NOTE = "Vrommelinda-stepnote"
SKIP_REASON = "Plonkwiddle-skipped"
COURSE_NOTE = "Brastelwick-course"
MEETING_NOTE = "Glimmerfoss-meeting"
FOLLOW_UP_NOTE = "Snorkelbury-followup"
PHONE = "+39 333 9876543"
EMAIL = "oksana.canary@example.org"
START = date(2025, 9, 1)


def _step(ctx: Context, pid: int, kind: StepKind) -> record_views.StepRow:
    return next(s for s in record_views.pathway_steps(ctx, pid) if s.kind is kind)


def _participant(ctx: Context, **values: object) -> int:
    """Оксана, with her pathway, notes everywhere, two language levels and an internship."""
    pid = participants.create(
        ctx,
        {
            "first_name": "Оксана",
            "last_name": "Коваленко",
            "phone": PHONE,
            "email": EMAIL,
            "sensitive_notes": SECRET,
            "needs_and_goals": f"{SECRET} goals",
            "enrolled_on": START,
            "preferred_language": "it",
            **values,
        },
    )
    with ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, START, ctx.actor.user_id)
        session.add_all(
            [
                LanguageAssessment(
                    participant_id=pid,
                    language="it",
                    level=CefrLevel.A1,
                    stage=AssessmentStage.INTAKE,
                    assessed_on=START,
                ),
                LanguageAssessment(
                    participant_id=pid,
                    language="it",
                    level=CefrLevel.B1,
                    stage=AssessmentStage.DURING,
                    assessed_on=date(2026, 2, 1),
                ),
                LanguageAssessment(
                    participant_id=pid,
                    language="uk",
                    host_language=False,
                    level=CefrLevel.C2,
                    stage=AssessmentStage.INTAKE,
                    assessed_on=START,
                ),
            ]
        )
    needs = _step(ctx, pid, StepKind.NEEDS_ASSESSMENT)
    pathways.update_step(ctx, needs.id, needs.due_on, STEP_NOTE, needs.version_id)
    pathways.set_step_status(ctx, needs.id, StepStatus.DONE, date(2025, 9, 10))
    empowerment = _step(ctx, pid, StepKind.EMPOWERMENT)
    pathways.set_step_status(ctx, empowerment.id, StepStatus.SKIPPED, skip_reason=SKIP_REASON)
    timeline.add_activity(ctx, pid, ActivityKind.COURSE, COURSE_NOTE)
    timeline.add_activity(ctx, pid, ActivityKind.MEETING, MEETING_NOTE)
    employer = employers.create_employer(ctx, {"name": "Hotel Bellavista", "sector": "I"})
    placement = placements.create_placement(
        ctx, pid, employer, PlacementType.INTERNSHIP, date(2026, 1, 12), hours_per_week=27.5
    )
    placements.record_follow_up(ctx, placement, 1, date(2026, 2, 12), True, FOLLOW_UP_NOTE)
    return pid


def _text(data: bytes) -> str:
    return " ".join(pdf_text(data).split())


def _last_audit(ctx: Context) -> AuditEvent:
    with ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        return event


def test_the_summary_shows_her_path_in_her_language_and_none_of_her_notes(
    admin_ctx: Context, tmp_path: Path
) -> None:
    settings.set_organisation_name(admin_ctx, "Casa delle Donne")
    pid = _participant(admin_ctx)
    code = participants.get(admin_ctx, pid)["code"]

    written = summaries.write_summary(admin_ctx, pid, tmp_path / "summary.pdf")

    assert written == tmp_path / "summary.pdf"
    data = written.read_bytes()
    assert data.startswith(b"%PDF")
    lines = [line.strip() for line in pdf_text(data).splitlines()]
    assert "Оксана Коваленко" in lines
    text = _text(data)
    italian = Texts.for_language("it")
    assert italian("summary.title") in text and code in text and "Casa delle Donne" in text
    # Step titles from resources/pathways/work_is_progress.json, in Italian.
    for title in ("Colloquio di accoglienza", "Analisi dei bisogni", "Corso di lingua"):
        assert title in text
    assert "Intake interview" not in text and "Needs assessment" not in text
    assert italian("label.status.skipped") in text  # the skipped step, without why
    assert "Hotel Bellavista" in text and italian("label.placement_type.internship") in text
    assert "27,5" in text
    assert "B1" in text and italian.language_name("uk") not in text  # host language only
    for canary in (SECRET, STEP_NOTE, SKIP_REASON, COURSE_NOTE, MEETING_NOTE, FOLLOW_UP_NOTE):
        assert canary not in text, canary
    assert PHONE not in text and "9876543" not in text and EMAIL not in text
    assert SECRET.encode() not in data and EMAIL.encode() not in data
    fonts = embedded_fonts(data)
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_the_data_holds_her_most_recent_pathway_levels_and_placements(
    admin_ctx: Context,
) -> None:
    pid = _participant(admin_ctx)
    data = summaries.summary_data(admin_ctx, pid)

    assert data.language == "it"
    assert data.name == "Оксана Коваленко"
    assert data.enrolled_on == START and data.closed_on is None
    assert data.generated_on == date.today()
    kinds = [s.kind for s in data.steps]
    assert kinds == [s.kind for s in record_views.pathway_steps(admin_ctx, pid)]
    assert data.steps[0].title == "Colloquio di accoglienza"
    needs = next(s for s in data.steps if s.kind is StepKind.NEEDS_ASSESSMENT)
    assert (needs.status, needs.completed_on) == (StepStatus.DONE, date(2025, 9, 10))
    assert [(lv.level, lv.assessed_on) for lv in data.language_levels] == [
        (CefrLevel.A1, START),
        (CefrLevel.B1, date(2026, 2, 1)),
    ]
    [placement] = data.placements
    assert (placement.employer, placement.type, placement.hours_per_week) == (
        "Hotel Bellavista",
        PlacementType.INTERNSHIP,
        27.5,
    )
    # Nothing on the data could carry a note: it has no field for one.
    assert SECRET not in repr(data) and STEP_NOTE not in repr(data) and PHONE not in repr(data)


def test_the_language_is_hers_unless_another_is_asked_for(admin_ctx: Context) -> None:
    pid = _participant(admin_ctx, preferred_language="sv")
    assert summaries.summary_data(admin_ctx, pid).language == "sv"
    assert summaries.summary_data(admin_ctx, pid, "es").language == "es"
    no_preference = participants.create(admin_ctx, {"first_name": "Ayşe", "last_name": "Yılmaz"})
    assert summaries.summary_data(admin_ctx, no_preference).language == "en"
    with pytest.raises(BadInput):
        summaries.summary_data(admin_ctx, pid, "de")


def test_a_summary_in_another_language_uses_that_languages_titles(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = _participant(admin_ctx)
    text = _text(summaries.write_summary(admin_ctx, pid, tmp_path / "s.pdf", "sv").read_bytes())
    assert "Inskrivningssamtal" in text and "Min väg till arbete" in text
    assert "Colloquio di accoglienza" not in text


def test_steps_without_titles_of_their_own_take_the_shipped_ones(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Ayşe", "preferred_language": "nl"})
    with admin_ctx.db.transaction() as session:
        old = Pathway(participant_id=pid, started_on=date(2024, 1, 1))
        old.steps = [PathwayStep(position=0, kind=StepKind.CLOSURE, status=StepStatus.DONE)]
        new = Pathway(participant_id=pid, started_on=date(2025, 1, 1))
        new.steps = [
            PathwayStep(position=0, kind=StepKind.SKILLS_ASSESSMENT, status=StepStatus.TODO),
            PathwayStep(
                position=1, kind=StepKind.CUSTOM, titles={"en": "Bike lessons"}, required=False
            ),
        ]
        session.add_all([old, new])
    data = summaries.summary_data(admin_ctx, pid)
    assert [s.title for s in data.steps] == ["Competentiescan", "Bike lessons"]


def test_a_participant_without_a_pathway_gets_a_summary_that_says_so(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Ayşe", "last_name": "Yılmaz"})
    data = summaries.summary_data(admin_ctx, pid)
    assert (data.steps, data.language_levels, data.placements) == ((), (), ())
    text = _text(summaries.write_summary(admin_ctx, pid, tmp_path / "s.pdf").read_bytes())
    assert "Ayşe Yılmaz" in text
    assert text.count(Texts.for_language("en")("summary.empty")) == 4


def test_printing_is_audited_as_an_export_without_personal_data(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = _participant(admin_ctx)
    summaries.write_summary(admin_ctx, pid, tmp_path / "summary.pdf")
    event = _last_audit(admin_ctx)
    assert (event.action, event.entity, event.entity_id, event.detail) == (
        AuditAction.EXPORT,
        "participant",
        pid,
        {"format": "summary-pdf"},
    )
    assert event.user_id == admin_ctx.actor.user_id


def test_a_volunteer_may_print_it_for_the_women_she_interviewed_only(
    admin_ctx: Context, login_as: UserFactory, tmp_path: Path
) -> None:
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    hers = participants.create(volunteer, {"first_name": "Ayşe", "last_name": "Yılmaz"})
    other = _participant(admin_ctx)

    path = summaries.write_summary(volunteer, hers, tmp_path / "hers.pdf")
    assert "Ayşe Yılmaz" in _text(path.read_bytes())
    assert _last_audit(admin_ctx).user_id == volunteer.actor.user_id
    with pytest.raises(NotFound) as caught:
        summaries.write_summary(volunteer, other, tmp_path / "other.pdf")
    assert "Оксана" not in str(caught.value)
    assert not (tmp_path / "other.pdf").exists()


def test_staff_of_another_site_cannot_print_it(admin_ctx: Context, login_as: UserFactory) -> None:
    with admin_ctx.db.transaction() as session:
        torino = Site(name="Torino")
        session.add(torino)
        session.flush()
        torino_id = torino.id
    pid = _participant(admin_ctx)
    with pytest.raises(NotFound):
        summaries.summary_data(login_as(Role.STAFF, torino_id), pid)
    same_site = login_as(Role.STAFF, admin_ctx.actor.site_id)
    assert summaries.summary_data(same_site, pid).code


def test_an_erased_participant_has_no_summary(admin_ctx: Context) -> None:
    pid = _participant(admin_ctx)
    privacy.erase_participant(admin_ctx, pid, "request 12")
    with pytest.raises(NotFound):
        summaries.summary_data(admin_ctx, pid)


def test_a_closed_path_says_when_it_ended(admin_ctx: Context, tmp_path: Path) -> None:
    pid = _participant(admin_ctx, preferred_language="en")
    ended = date.today() - timedelta(days=3)
    participants.close(admin_ctx, pid, ended, ClosureReason.EMPLOYED)
    text = _text(summaries.write_summary(admin_ctx, pid, tmp_path / "s.pdf").read_bytes())
    en = Texts.for_language("en")
    assert " ".join(en("summary.next.closed", date=en.date(ended)).split()) in text


def test_a_file_that_cannot_be_written_is_a_clear_error(admin_ctx: Context, tmp_path: Path) -> None:
    pid = _participant(admin_ctx)
    with pytest.raises(W4IError) as caught:
        summaries.write_summary(admin_ctx, pid, tmp_path / "missing" / "summary.pdf")
    message = str(caught.value)
    assert "summary.pdf" in message
    assert "Оксана" not in message and "Коваленко" not in message
