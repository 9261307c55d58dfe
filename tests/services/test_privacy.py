from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select, text

from tests.conftest import UserFactory
from tests.pdfs import pdf_text
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import (
    ActivityKind,
    AssessmentStage,
    AuditAction,
    CefrLevel,
    ClosureReason,
    ConsentPurpose,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.errors import BadInput, NotFound, PermissionDenied
from w4i_desktop.models import (
    Activity,
    Attachment,
    AuditEvent,
    Employer,
    FollowUp,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.services import (
    attachments,
    consents,
    participant_search,
    participants,
    privacy,
    timeline,
)
from w4i_desktop.services.context import Context
from w4i_desktop.storage.search import SEARCH_TABLE

CANARY = "Qzxwvyllandra"
OTHER = "Vrommelinda"


def _pdf(first_name: str) -> bytes:
    return f"%PDF-1.4 the CV of {first_name}\n".encode()


def make_participant(ctx: Context, first_name: str, last_name: str = "Ouedraogo") -> int:
    """A participant with something in every related table, closed on 30 June 2025."""
    pid = participants.create(
        ctx,
        {
            "first_name": first_name,
            "last_name": last_name,
            "preferred_name": first_name[:4],
            "birth_date": date(1990, 4, 2),
            "phone": "+39 333 1234567",
            "email": f"{first_name.lower()}@example.org",
            "neighbourhood": "Barriera di Milano",
            "country_of_birth": "BF",
            "nationality": "BF",
            "arrival_year": 2019,
            "permit_type": "family",
            "employment_status": "unemployed",
            "education_level": "isced_3_4",
            "municipality": "Torino",
            "enrolled_on": date(2024, 2, 1),
            "languages": ["fr", "it"],
            "work_experience": f"Cook at {first_name}'s restaurant",
            "skills": ["cooking"],
            "needs_and_goals": f"{first_name} wants to work in a kitchen",
            "sensitive_notes": f"{first_name}: private matter",
        },
    )
    consents.record_consent(ctx, pid, ConsentPurpose.PROCESSING, date(2024, 2, 1), "v1")
    timeline.add_activity(ctx, pid, ActivityKind.NOTE, f"Met {first_name} at the centre")
    attachments.add_attachment(ctx, pid, f"CV {first_name}.pdf", _pdf(first_name))
    with ctx.db.transaction() as session:
        employer = Employer(name=f"Trattoria of {last_name}")
        session.add(employer)
        session.flush()
        session.add(
            LanguageAssessment(
                participant_id=pid,
                language="it",
                level=CefrLevel.A2,
                stage=AssessmentStage.INTAKE,
                assessed_on=date(2024, 2, 1),
            )
        )
        pathway = Pathway(participant_id=pid, started_on=date(2024, 2, 1))
        pathway.steps = [
            PathwayStep(
                position=1,
                kind=StepKind.SKILLS_ASSESSMENT,
                status=StepStatus.DONE,
                started_on=date(2024, 2, 5),
                completed_on=date(2024, 2, 20),
                notes=f"{first_name} is a fine cook",
            ),
            PathwayStep(
                position=2,
                kind=StepKind.CUSTOM,
                titles={"en": f"Course with {first_name}'s sister"},
                status=StepStatus.SKIPPED,
                skip_reason=f"{first_name} was ill",
            ),
        ]
        session.add(pathway)
        placement = Placement(
            participant_id=pid,
            employer_id=employer.id,
            type=PlacementType.FIXED_TERM,
            start_date=date(2024, 6, 1),
            hours_per_week=30.0,
        )
        placement.follow_ups = [
            FollowUp(
                followed_up_on=date(2024, 12, 1),
                months_after_start=6,
                still_employed=True,
                notes=f"{first_name} is happy",
            )
        ]
        session.add(placement)
    participants.close(ctx, pid, date(2025, 6, 30), ClosureReason.EMPLOYED)
    return pid


def _code(ctx: Context, pid: int) -> str:
    with ctx.db.transaction() as session:
        participant = session.get(Participant, pid)
        assert participant is not None
        return participant.code


def _last_audit(ctx: Context) -> AuditEvent:
    with ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        return event


# --- the access request ------------------------------------------------------------------------


def test_export_holds_every_column_and_her_rows_and_nothing_of_anyone_else(
    admin_ctx: Context,
) -> None:
    pid = make_participant(admin_ctx, CANARY)
    other = make_participant(admin_ctx, OTHER, "Zabrowskaja")
    other_code = _code(admin_ctx, other)

    document = privacy.export_participant(admin_ctx, pid)
    dumped = json.dumps(document)  # JSON-serialisable as it is

    assert document["schema_version"] == privacy.EXPORT_SCHEMA_VERSION
    assert datetime.fromisoformat(document["generated_at"]).tzinfo is not None
    columns = {c.name for c in Participant.__table__.columns}
    assert set(document["participant"]) == columns
    person = document["participant"]
    assert person["first_name"] == CANARY
    assert person["birth_date"] == "1990-04-02"
    assert person["education_level"] == "isced_3_4"
    assert person["closure_reason"] == "employed"
    assert person["sensitive_notes"] == f"{CANARY}: private matter"

    assert [a["level"] for a in document["language_assessments"]] == ["A2"]
    assert [(c["purpose"], c["given_on"]) for c in document["consents"]] == [
        ("processing", "2024-02-01")
    ]
    [pathway] = document["pathways"]
    assert [s["kind"] for s in pathway["steps"]] == ["skills_assessment", "custom"]
    assert pathway["steps"][1]["titles"] == {"en": f"Course with {CANARY}'s sister"}
    [placement] = document["placements"]
    assert placement["employer"] == "Trattoria of Ouedraogo"
    assert placement["type"] == "fixed_term"
    assert [f["notes"] for f in placement["follow_ups"]] == [f"{CANARY} is happy"]
    assert [a["text"] for a in document["activities"]] == [f"Met {CANARY} at the centre"]
    [doc] = document["attachments"]
    assert (doc["filename"], doc["size"]) == (f"CV {CANARY}.pdf", len(_pdf(CANARY)))
    assert "data" not in doc and "%PDF" not in dumped
    assert "not their contents" in document["attachments_note"]

    for foreign in (OTHER, "Zabrowskaja", other_code):
        assert foreign not in dumped

    event = _last_audit(admin_ctx)
    assert (event.action, event.entity, event.entity_id) == (
        AuditAction.EXPORT,
        "participant",
        pid,
    )


def test_write_export_writes_json_and_pdf_atomically(admin_ctx: Context, tmp_path: Path) -> None:
    pid = make_participant(admin_ctx, "Amélie")
    out = tmp_path / "out"
    out.mkdir()
    path, pdf_path = privacy.write_export(admin_ctx, pid, out)
    code = _code(admin_ctx, pid)
    assert (path, pdf_path) == (out / f"{code}.json", out / f"{code}.pdf")
    raw = path.read_bytes()
    assert "Amélie".encode() in raw  # UTF-8, not \u escapes
    assert json.loads(raw)["participant"]["first_name"] == "Amélie"
    assert pdf_text(pdf_path.read_bytes()).count("Amélie") >= 1
    assert sorted(p.name for p in out.iterdir()) == sorted([path.name, pdf_path.name])
    with pytest.raises(BadInput):
        privacy.write_export(admin_ctx, pid, tmp_path / "missing")


def test_the_readable_pdf_shows_her_data_in_her_language_and_no_one_elses(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = make_participant(admin_ctx, "Оксана", "Nguyễn")
    other = make_participant(admin_ctx, "Bintou", "Traoré")
    version = participants.get(admin_ctx, pid)["version_id"]
    participants.update(admin_ctx, pid, {"preferred_language": "it"}, version)
    _, pdf_path = privacy.write_export(admin_ctx, pid, tmp_path)
    text = " ".join(pdf_text(pdf_path.read_bytes()).split())
    shown = participants.get(admin_ctx, pid)
    for field in ("first_name", "last_name", "phone", "email", "neighbourhood", "municipality",
                  "work_experience", "needs_and_goals", "sensitive_notes"):  # fmt: skip
        assert str(shown[field]) in text, field
    assert "Met Оксана at the centre" in text and "CV Оксана.pdf" in text
    assert "Trattoria of Nguyễn" in text
    italian = Texts.for_language("it")
    assert italian("dsar.section.consents") in text
    assert italian("notice.purpose.processing") in text
    assert italian.country("BF") in text  # Burkina Faso, named in Italian
    assert participants.get(admin_ctx, other)["first_name"] not in text
    assert "Traoré" not in text
    (tmp_path / "en").mkdir()
    _, english = privacy.write_export(admin_ctx, pid, tmp_path / "en", "en")
    assert Texts.for_language("en")("dsar.section.consents") in pdf_text(english.read_bytes())


# --- erasure ------------------------------------------------------------------------------------

STATISTICAL = (
    "code",
    "birth_year",
    "country_of_birth",
    "nationality",
    "arrival_year",
    "permit_type",
    "employment_status",
    "education_level",
    "municipality",
    "site_id",
    "enrolled_on",
    "closed_on",
    "closure_reason",
    "languages",
    "skills",
)


def _statistics(ctx: Context, pid: int) -> dict[str, Any]:
    with ctx.db.transaction() as session:
        p = session.get(Participant, pid)
        assert p is not None
        steps = session.execute(
            select(
                PathwayStep.position,
                PathwayStep.kind,
                PathwayStep.status,
                PathwayStep.started_on,
                PathwayStep.completed_on,
            )
            .join(Pathway)
            .where(Pathway.participant_id == pid)
            .order_by(PathwayStep.position)
        ).all()
        placements = session.execute(
            select(
                Placement.employer_id,
                Placement.type,
                Placement.start_date,
                Placement.end_date,
                Placement.hours_per_week,
                FollowUp.months_after_start,
                FollowUp.still_employed,
            )
            .join(FollowUp)
            .where(Placement.participant_id == pid)
        ).all()
        levels = session.execute(
            select(LanguageAssessment.level, LanguageAssessment.assessed_on).where(
                LanguageAssessment.participant_id == pid
            )
        ).all()
        activities = session.execute(
            select(Activity.kind, Activity.occurred_at).where(Activity.participant_id == pid)
        ).all()
        return {
            **{name: getattr(p, name) for name in STATISTICAL},
            "steps": steps,
            "placements": placements,
            "levels": levels,
            "activities": activities,
        }


def _decrypted_pages(path: Path, key: bytes, page_size: int = 4096) -> bytes:
    """The plaintext of a SQLCipher 4 file (raw key, AES-256-CBC, 80 reserved bytes a page:
    the IV then the HMAC); or of a WAL's frames, each after its 24-byte header."""
    raw = path.read_bytes()
    is_wal = path.name.endswith("-wal")
    step, start = (page_size + 24, 32) if is_wal else (page_size, 0)
    out = []
    for offset in range(start, len(raw) - step + 1, step):
        page = raw[offset + 24 : offset + step] if is_wal else raw[offset : offset + step]
        skip = 16 if (not is_wal and offset == 0) else 0  # page 1 starts with the salt
        iv = page[page_size - 80 : page_size - 64]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[skip : page_size - 80]) + decryptor.finalize())
    return b"".join(out)


def test_erasure_removes_personal_data_and_keeps_the_statistics(admin_ctx: Context) -> None:
    pid = make_participant(admin_ctx, CANARY)
    other = make_participant(admin_ctx, OTHER)
    before = _statistics(admin_ctx, pid)
    other_before = privacy.export_participant(admin_ctx, other)

    privacy.erase_participant(admin_ctx, pid, "request 2026/17 by e-mail")

    with admin_ctx.db.transaction() as session:
        p = session.get(Participant, pid)
        assert p is not None
        for name in privacy.ERASED_FIELDS:
            assert getattr(p, name) is None, name
        assert p.first_name is None and p.last_name is None and p.preferred_name is None
        assert p.birth_date is None and p.phone is None and p.email is None
        assert p.neighbourhood is None and p.work_experience is None
        assert p.needs_and_goals is None and p.sensitive_notes is None
        assert p.sort_name == ""
        assert p.anonymised_at is not None
        assert p.birth_year == 1990
        assert (
            session.scalars(select(Attachment).where(Attachment.participant_id == pid)).all() == []
        )
        texts = session.scalars(select(Activity.text).where(Activity.participant_id == pid))
        assert list(texts) == [None]
        steps = session.scalars(
            select(PathwayStep).join(Pathway).where(Pathway.participant_id == pid)
        ).all()
        assert all(s.notes is None and s.skip_reason is None for s in steps)
        assert [s.titles for s in steps if s.kind is StepKind.CUSTOM] == [None]
        notes = session.scalars(
            select(FollowUp.notes).join(Placement).where(Placement.participant_id == pid)
        )
        assert list(notes) == [None]
        fts = session.execute(
            text(f"SELECT names, phone, email FROM {SEARCH_TABLE} WHERE rowid = :id"),
            {"id": pid},
        ).one()
        assert tuple(fts) in {("", None, None), (None, None, None)}
        hits = session.execute(
            text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"),
            {"q": CANARY.lower()},
        ).all()
        assert hits == []
    assert _statistics(admin_ctx, pid) == before

    # No longer listed, found, opened or exported; the other participant is untouched.
    query = participant_search.ParticipantQuery
    assert participant_search.search(admin_ctx, query(text=CANARY)) == []
    assert participant_search.search(admin_ctx, query(text=before["code"])) == []
    assert [r.id for r in participant_search.search(admin_ctx, query(text=OTHER))] == [other]
    with pytest.raises(NotFound):
        participants.get(admin_ctx, pid)
    with pytest.raises(NotFound):
        privacy.export_participant(admin_ctx, pid)
    with pytest.raises(NotFound):
        privacy.erase_participant(admin_ctx, pid, "again")
    with pytest.raises(NotFound):
        participant_search.id_for_code(admin_ctx, before["code"])
    other_after = privacy.export_participant(admin_ctx, other)
    for doc in (other_before, other_after):
        doc.pop("generated_at")
    assert other_after == other_before

    event = _last_audit(admin_ctx)
    assert event.action is AuditAction.EXPORT  # the export above; the erasure before it
    with admin_ctx.db.transaction() as session:
        erased = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.ERASE)
        ).one()
        assert (erased.entity, erased.entity_id) == ("participant", pid)
        assert erased.detail == {"reason": "request 2026/17 by e-mail"}


def test_the_erased_name_is_gone_from_the_database_file_and_its_wal(admin_ctx: Context) -> None:
    pid = make_participant(admin_ctx, CANARY)
    make_participant(admin_ctx, OTHER)
    key = admin_ctx.db.data_key
    db_file = admin_ctx.db.path
    wal = db_file.with_name(db_file.name + "-wal")

    privacy.erase_participant(admin_ctx, pid, "request")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    admin_ctx.db.close()

    plaintext = _decrypted_pages(db_file, key)
    assert OTHER.lower().encode() in plaintext  # the decryption works: the other one is there
    files = [db_file, wal] if wal.exists() else [db_file]
    for path in files:
        raw = path.read_bytes()
        for needle in (CANARY, CANARY.lower()):
            assert needle.encode() not in raw
            assert needle.encode("utf-16-le") not in raw
    # "llandra": the full-text index stores terms prefix-compressed ("qzxw" + "vyllandra").
    for blob in [plaintext] + ([_decrypted_pages(wal, key)] if wal.exists() else []):
        for needle in (CANARY, CANARY.lower(), "llandra"):
            assert needle.encode() not in blob, needle


def test_erasure_needs_a_reason(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    with pytest.raises(BadInput):
        privacy.erase_participant(admin_ctx, pid, "   ")
    assert participants.get(admin_ctx, pid)["last_name"] == "Diallo"


def test_a_long_reason_is_cut_in_the_audit_log(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    privacy.erase_participant(admin_ctx, pid, "x" * 500)
    assert _last_audit(admin_ctx).detail == {"reason": "x" * 200}


# --- permissions --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.STAFF])
def test_volunteers_and_staff_cannot_export_or_erase(
    admin_ctx: Context, login_as: UserFactory, role: Role, tmp_path: Path
) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    site_id = participants.get(admin_ctx, pid)["site_id"]
    ctx = login_as(role, site_id)
    out = tmp_path / "out"
    out.mkdir()
    calls: list[Callable[[], object]] = [
        lambda: privacy.export_participant(ctx, pid),
        lambda: privacy.write_export(ctx, pid, out),
        lambda: privacy.erase_participant(ctx, pid, "request"),
        lambda: privacy.participants_past_retention(ctx, 5, date.today()),
        lambda: privacy.anonymise_past_retention(ctx, 5, date.today()),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert participants.get(admin_ctx, pid)["last_name"] == "Diallo"
    assert list(out.iterdir()) == []


def test_a_manager_may_export_and_erase(admin_ctx: Context, login_as: UserFactory) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    manager = login_as(Role.MANAGER)
    assert privacy.export_participant(manager, pid)["participant"]["last_name"] == "Diallo"
    privacy.erase_participant(manager, pid, "request")
    with pytest.raises(NotFound):
        participants.get(admin_ctx, pid)


# --- retention ----------------------------------------------------------------------------------


def _in_search_index(ctx: Context, needle: bytes) -> bool:
    """Whether any block of the full-text index (live or not) holds `needle`."""
    with ctx.db.transaction() as session:
        blocks = session.execute(text(f"SELECT block FROM {SEARCH_TABLE}_data")).scalars()
        return any(needle in bytes(b or b"") for b in blocks)


def test_retention_anonymises_only_those_closed_long_enough_ago(admin_ctx: Context) -> None:
    today = date(2026, 11, 26)
    old = participants.create(
        admin_ctx, {"last_name": "Oldenbarnevelt", "enrolled_on": date(2019, 1, 1)}
    )
    assert _in_search_index(admin_ctx, b"barnevelt")
    recent = participants.create(
        admin_ctx, {"last_name": "Recent", "enrolled_on": date(2019, 1, 1)}
    )
    just = participants.create(admin_ctx, {"last_name": "Just", "enrolled_on": date(2019, 1, 1)})
    still_open = participants.create(admin_ctx, {"last_name": "Open"})
    participants.close(admin_ctx, old, date(2020, 11, 20), ClosureReason.MOVED_AWAY)
    participants.close(admin_ctx, recent, date(2022, 11, 26), ClosureReason.EMPLOYED)
    participants.close(admin_ctx, just, date(2021, 11, 26), ClosureReason.OTHER)  # exactly 5

    due = privacy.participants_past_retention(admin_ctx, 5, today)
    assert due == [(old, _code(admin_ctx, old), date(2020, 11, 20))]

    assert privacy.anonymise_past_retention(admin_ctx, 5, today) == 1
    assert not _in_search_index(admin_ctx, b"barnevelt")
    with pytest.raises(NotFound):
        participants.get(admin_ctx, old)
    for kept in (recent, just, still_open):
        assert participants.get(admin_ctx, kept)["last_name"]
    with admin_ctx.db.transaction() as session:
        p = session.get(Participant, old)
        assert p is not None and p.last_name is None
        assert p.closed_on == date(2020, 11, 20)
        assert p.closure_reason is ClosureReason.MOVED_AWAY
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.ERASE)
        ).one()
        assert (event.entity_id, event.detail) == (old, {"reason": "retention"})

    assert privacy.anonymise_past_retention(admin_ctx, 5, today) == 0  # already done
    assert privacy.participants_past_retention(admin_ctx, 5, today) == []


def test_retention_closed_six_years_ago_goes_four_years_ago_stays(admin_ctx: Context) -> None:
    today = date.today()
    six = participants.create(admin_ctx, {"last_name": "Six"})
    four = participants.create(admin_ctx, {"last_name": "Four"})
    participants.close(admin_ctx, six, today - timedelta(days=6 * 366), ClosureReason.OTHER)
    participants.close(admin_ctx, four, today - timedelta(days=4 * 365), ClosureReason.OTHER)
    assert privacy.anonymise_past_retention(admin_ctx, 5, today) == 1
    with pytest.raises(NotFound):
        participants.get(admin_ctx, six)
    assert participants.get(admin_ctx, four)["last_name"] == "Four"


def test_retention_on_29_february_and_bad_years(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Leap"})
    participants.close(admin_ctx, pid, date(2023, 2, 27), ClosureReason.OTHER)
    assert [r[0] for r in privacy.participants_past_retention(admin_ctx, 1, date(2024, 2, 29))] == [
        pid
    ]
    with pytest.raises(BadInput):
        privacy.participants_past_retention(admin_ctx, 0, date(2024, 2, 29))
    assert datetime.now(UTC).year >= 2024


def test_the_readable_pdf_never_prints_arabic_as_broken_letters(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = make_participant(admin_ctx, "فاطمة", "الزهراء")
    _, pdf_path = privacy.write_export(admin_ctx, pid, tmp_path, "en")
    text = pdf_text(pdf_path.read_bytes())
    assert not any("\u0600" <= c <= "\u06ff" for c in text)  # no isolated Arabic glyphs
    assert "[…]" in text
    assert " ".join(Texts.for_language("en")("dsar.unprintable", mark="[…]").split()) in " ".join(
        text.split()
    )
    document = json.loads((tmp_path / pdf_path.with_suffix(".json").name).read_text("utf-8"))
    assert document["participant"]["first_name"] == "فاطمة"  # exact in the JSON
