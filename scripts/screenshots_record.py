"""Screenshots of every tab of a participant's record, with demo-like data.

    python scripts/screenshots_record.py [--out docs/screenshots] [--lang it]

Works without a display (the offscreen platform). The database is made in a temporary folder
and deleted afterwards; the consents, pathway and placement rows are written directly because
their screens come with later issues.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from w4i_desktop.enums import (
    ActivityKind,
    AssessmentStage,
    CefrLevel,
    ConsentPurpose,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.models import (
    Consent,
    Employer,
    LanguageAssessment,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.services import attachments, participants, timeline, users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.keyslots import KdfParams
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.participant.participant_record import ParticipantRecord

FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
STEPS = [
    (StepKind.INTAKE, "Intake interview", StepStatus.DONE, 0),
    (StepKind.CONSENT, "Privacy consent", StepStatus.DONE, 0),
    (StepKind.LANGUAGE_ASSESSMENT, "Italian language assessment", StepStatus.DONE, 7),
    (StepKind.INDIVIDUAL_PLAN, "Individual plan", StepStatus.DONE, 14),
    (StepKind.LANGUAGE_COURSE, "Italian course (A2)", StepStatus.IN_PROGRESS, 90),
    (StepKind.CV_PREPARATION, "CV and job search", StepStatus.TODO, 60),
    (StepKind.JOB_MATCHING, "Employer matching", StepStatus.TODO, 120),
    (StepKind.FOLLOW_UP_3M, "Follow-up after 3 months", StepStatus.TODO, 210),
]


def demo_participant(ctx: Context) -> int:
    start = date.today() - timedelta(days=75)
    pid = participants.create(
        ctx,
        {
            "first_name": "Amina",
            "last_name": "Diallo",
            "preferred_name": "Mina",
            "birth_date": date(1989, 3, 14),
            "phone": "+39 333 481 2290",
            "email": "amina.diallo@example.org",
            "municipality": "Milano",
            "neighbourhood": "Giambellino",
            "enrolled_on": start,
            "caseworker_id": ctx.actor.user_id,
            "needs_and_goals": (
                "Wants a part-time job in catering or cleaning, mornings only while her "
                "youngest is at nursery. Interested in a HACCP course."
            ),
            "sensitive_notes": "Prefers to be called on her mobile only.",
            "country_of_birth": "SN",
            "nationality": "SN",
            "arrival_year": 2019,
            "permit_type": "family",
            "permit_expires_on": date.today() + timedelta(days=400),
            "languages": ["wo", "fr", "it"],
            "education_level": "isced_3_4",
            "qualification_recognised": False,
            "employment_status": "long_term_unemployed",
            "skills": "cooking, cleaning, childcare",
            "work_experience": "Five years as a cook in a family restaurant in Dakar.",
            "children_count": 2,
            "childcare_need": "partial",
            "available_days": ["mon", "tue", "wed", "thu", "fri"],
            "available_from": "08:30",
            "available_until": "13:00",
            "driving_licence": False,
        },
    )
    with ctx.db.transaction() as session:
        for purpose in (ConsentPurpose.PROCESSING, ConsentPurpose.SHARING_WITH_EMPLOYERS):
            session.add(
                Consent(
                    participant_id=pid,
                    purpose=purpose,
                    given_on=start,
                    notice_version="2026-01",
                    recorded_by_id=ctx.actor.user_id,
                )
            )
        session.add(
            Consent(
                participant_id=pid,
                purpose=ConsentPurpose.PHOTOS,
                given_on=start,
                withdrawn_on=start + timedelta(days=30),
                notice_version="2026-01",
                recorded_by_id=ctx.actor.user_id,
            )
        )
        for days, level, stage in (
            (7, CefrLevel.A1, AssessmentStage.INTAKE),
            (70, CefrLevel.A2, AssessmentStage.DURING),
        ):
            session.add(
                LanguageAssessment(
                    participant_id=pid,
                    language="it",
                    level=level,
                    stage=stage,
                    assessed_on=start + timedelta(days=days),
                )
            )
        pathway = Pathway(participant_id=pid, started_on=start)
        session.add(pathway)
        session.flush()
        for position, (kind, title, status, offset) in enumerate(STEPS, start=1):
            session.add(
                PathwayStep(
                    pathway_id=pathway.id,
                    position=position,
                    kind=kind,
                    titles={"en": title},
                    status=status,
                    due_on=start + timedelta(days=offset),
                    completed_on=start + timedelta(days=offset)
                    if status is StepStatus.DONE
                    else None,
                )
            )
        employer = Employer(name="Cooperativa Sociale Il Sole")
        session.add(employer)
        session.flush()
        session.add(
            Placement(
                participant_id=pid,
                employer_id=employer.id,
                type=PlacementType.INTERNSHIP,
                start_date=date.today() - timedelta(days=10),
                hours_per_week=20,
            )
        )
    now = datetime.now(UTC)
    for days, kind, text in (
        (74, ActivityKind.MEETING, "Intake interview with Mina; consent signed."),
        (60, ActivityKind.COURSE, "Enrolled in the A2 Italian course at CPIA 5."),
        (30, ActivityKind.CALL, "Called about the HACCP course: starts in two weeks."),
        (
            9,
            ActivityKind.NOTE,
            "First week of the internship went well; the kitchen team "
            "is happy with her. Next check-in in a month.",
        ),
    ):
        timeline.add_activity(ctx, pid, kind, text, occurred_at=now - timedelta(days=days))
    attachments.add_attachment(ctx, pid, "CV Amina Diallo.pdf", b"%PDF-1.4 " + b"0" * 48_000)
    attachments.add_attachment(ctx, pid, "Permesso di soggiorno.jpg", b"\xff\xd8" + b"1" * 350_000)
    attachments.add_attachment(ctx, pid, "Attestato HACCP.pdf", b"%PDF-1.4 " + b"2" * 120_000)
    return pid


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en_GB")
    args = parser.parse_args()
    QLocale.setDefault(QLocale(args.lang))
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.db"
        ctx = users.create_database(
            db_path,
            "lucia",
            "demo-pass-word",
            site_name="Milano Giambellino",
            admin_display_name="Lucia Ferri",
            kdf=FAST_KDF,
        ).context
        users.add_user(
            ctx, "marco", "demo-pass-word", Role.STAFF, display_name="Marco Bianchi", kdf=FAST_KDF
        )
        pid = demo_participant(ctx)
        state = AppState(db_path)
        state.set_context(ctx)
        record = ParticipantRecord(state)
        record.resize(1100, 720)
        record.show()
        record.load(pid)
        names = [
            "profile",
            "background",
            "family",
            "consent",
            "pathway",
            "placements",
            "timeline",
            "documents",
        ]
        for index, name in enumerate(names):
            record.tabs.setCurrentIndex(index)
            app.processEvents()
            path = args.out / f"record_{name}.png"
            record.grab().save(str(path))
            print(path)
        record.tabs.setCurrentIndex(0)
        record.profile.email.setText("amina.diallo@example")
        record.save()  # refused: the message bar names the field and the field is outlined
        app.processEvents()
        record.grab().save(str(args.out / "record_error.png"))
        record.revert()
        record.new()
        app.processEvents()
        record.grab().save(str(args.out / "record_new.png"))
        record.close()
        state.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
