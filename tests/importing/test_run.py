"""The import: all or nothing, cancellable, audited, and the same records as the forms make."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.conftest import UserFactory
from tests.importing.fixtures import CMD, EXISTING, HYPERLINK, participant_file
from tests.importing.helpers import dump, write_csv
from w4i_desktop.enums import AssessmentStage, AuditAction, CefrLevel, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.run import ImportCancelled, run_import
from w4i_desktop.models import AuditEvent, LanguageAssessment, Participant
from w4i_desktop.models.participant import sort_name_of
from w4i_desktop.services import audit, participant_search, participants
from w4i_desktop.services.context import Context


def test_nothing_is_imported_while_a_row_is_rejected(admin_ctx: Context, tmp_path: Path) -> None:
    participants.create(admin_ctx, EXISTING)
    plan = dry_run(admin_ctx, "participants", participant_file(tmp_path, "it", "csv"),
                   language="it", host_language="it")  # fmt: skip
    before = dump(admin_ctx)
    with pytest.raises(BadInput, match="9 righe sono state scartate"):
        run_import(admin_ctx, plan)
    assert dump(admin_ctx) == before


def test_leaving_the_rejected_rows_out(admin_ctx: Context, tmp_path: Path) -> None:
    participants.create(admin_ctx, EXISTING)
    plan = dry_run(admin_ctx, "participants", participant_file(tmp_path, "sv", "xlsx"),
                   language="sv", host_language="sv")  # fmt: skip
    result = run_import(admin_ctx, plan, skip_rejected=True)
    assert (result.created, result.skipped) == (2, 9)
    amina, formulas = (participants.get(admin_ctx, pid) for pid in result.ids)
    assert (amina["last_name"], amina["country_of_birth"], amina["birth_date"]) == (
        "Haddad", "MA", date(1988, 3, 15)
    )  # fmt: skip
    # Formula-like text is stored as typed: text, never a formula, never changed.
    assert (formulas["last_name"], formulas["first_name"]) == (HYPERLINK, CMD)
    with admin_ctx.db.transaction() as session:
        levels = session.execute(
            select(LanguageAssessment.participant_id, LanguageAssessment.language,
                   LanguageAssessment.level, LanguageAssessment.stage,
                   LanguageAssessment.assessed_on)
            .order_by(LanguageAssessment.participant_id)
        ).all()  # fmt: skip
    enrolled = amina["enrolled_on"]
    assert levels == [
        (result.ids[0], "sv", CefrLevel.B1, AssessmentStage.INTAKE, enrolled),
        (result.ids[1], "sv", CefrLevel.A2, AssessmentStage.INTAKE, enrolled),
    ]


def test_an_imported_participant_is_the_one_the_form_would_make(
    admin_ctx: Context, tmp_path: Path
) -> None:
    values = {
        "last_name": "Núñez Pérez", "first_name": "José", "preferred_name": "Pepa",
        "birth_date": date(1990, 2, 28), "phone": "+34612345678", "email": "jn@example.org",
        "neighbourhood": "Benimaclet", "country_of_birth": "PE", "nationality": "ES",
        "arrival_year": 2015, "permit_type": "work", "permit_expires_on": date(2030, 1, 31),
        "employment_status": "unemployed", "education_level": "isced_5_8",
        "qualification_recognised": True, "municipality": "Valencia",
        "enrolled_on": date(2025, 9, 2), "languages": ["es", "qu"], "work_experience": "Cocina",
        "skills": ["cocina", "costura"], "children_count": 2, "childcare_need": "partial",
        "available_days": ["mon", "tue"], "available_from": "09:00", "available_until": "14:00",
        "driving_licence": True, "preferred_language": "es", "needs_and_goals": "Trabajo",
        "sensitive_notes": "nota",
    }  # fmt: skip
    by_form = participants.create(admin_ctx, values)
    cells = {key: value if not isinstance(value, list) else ", ".join(value)
             for key, value in values.items()}  # fmt: skip
    cells.update(birth_date="28/02/1990", permit_expires_on="31/01/2030", enrolled_on="2/9/25",
                 qualification_recognised="sí", driving_licence="x")  # fmt: skip
    path = write_csv(tmp_path / "f.csv", [list(cells), list(cells.values())])
    mapping = dict(enumerate(cells))
    plan = dry_run(admin_ctx, "participants", path, mapping, accept_duplicates=True)
    [imported] = run_import(admin_ctx, plan).ids
    with admin_ctx.db.transaction() as session:
        table = Participant.__table__
        skip = {"id", "code", "created_at", "updated_at"}
        form, bulk = (
            session.execute(select(table).where(table.c.id == pid)).one()._asdict()
            for pid in (by_form, imported)
        )
    assert {k: v for k, v in bulk.items() if k not in skip} == {
        k: v for k, v in form.items() if k not in skip
    }
    assert bulk["sort_name"] == sort_name_of("José", "Núñez Pérez") == "nunez perez jose"
    assert bulk["code"].startswith("W4I-") and bulk["code"] != form["code"]


def test_imported_people_can_be_found_by_name(admin_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Cognome", "Nome", "Telefono"],
                                          ["Öztürk", "Ayşe", "+39 333 765 4321"]])  # fmt: skip
    run_import(admin_ctx, dry_run(admin_ctx, "participants", path))
    query = participant_search.ParticipantQuery(text="ozturk ays")
    assert [row.name for row in participant_search.search(admin_ctx, query)] == ["Ayşe Öztürk"]
    query = participant_search.ParticipantQuery(text="+3933376")
    assert participant_search.count(admin_ctx, query) == 1


def test_one_audit_entry_counts_the_import(admin_ctx: Context, tmp_path: Path) -> None:
    rows = [["Cognome"], *([f"Persona{i}"] for i in range(5))]
    plan = dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", rows))
    run_import(admin_ctx, plan)
    with admin_ctx.db.transaction() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last is not None
        assert (last.action, last.entity, last.entity_id, last.detail) == (
            AuditAction.CREATE, "participant", None, {"count": 5, "via": "import", "format": "csv"}
        )  # fmt: skip
        assert last.user_id == admin_ctx.actor.user_id
        assert audit.verify(session).ok


def test_progress_and_cancel(admin_ctx: Context, tmp_path: Path) -> None:
    rows = [["Cognome", "Nome"], *([f"Cognome{i}", f"Nome{i}"] for i in range(2500))]
    plan = dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", rows))
    before = dump(admin_ctx)
    calls: list[tuple[int, int]] = []

    def cancel_after_first_chunk(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1000

    with pytest.raises(ImportCancelled, match="cancelled; nothing was imported"):
        run_import(admin_ctx, plan, cancel_after_first_chunk)
    assert calls == [(0, 2500), (1000, 2500)]
    assert dump(admin_ctx) == before
    calls.clear()
    result = run_import(admin_ctx, plan, lambda done, total: calls.append((done, total)) or True)
    assert result.created == 2500
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500), (2500, 2500)]


def test_an_error_half_way_keeps_nothing(
    admin_ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["Cognome", "Livello di italiano"], *([f"Cognome{i}", "B1"] for i in range(1500))]
    plan = dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", rows),
                   host_language="it")  # fmt: skip
    before = dump(admin_ctx)
    from w4i_desktop.importing import run

    real = run.insert_rows

    def fail_on_assessments(session: object, table: object, *args: object) -> None:
        if getattr(table, "name", "") == "language_assessment":
            raise OSError("disk unplugged")
        real(session, table, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "insert_rows", fail_on_assessments)
    with pytest.raises(OSError, match="disk unplugged"):
        run_import(admin_ctx, plan)
    assert dump(admin_ctx) == before


def test_who_may_import(admin_ctx: Context, login_as: UserFactory, tmp_path: Path) -> None:
    plan = dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", [["Cognome"], ["X"]]))
    for role in (Role.VOLUNTEER, Role.STAFF):
        with pytest.raises(PermissionDenied):
            run_import(login_as(role, admin_ctx.actor.site_id), plan)
    manager = login_as(Role.MANAGER, admin_ctx.actor.site_id)
    assert run_import(manager, plan).created == 1


def test_nothing_to_import(admin_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Cognome", "Data di nascita"], ["X", "31/02/1990"]])
    plan = dry_run(admin_ctx, "participants", path)
    with pytest.raises(BadInput, match="There is nothing to import"):
        run_import(admin_ctx, plan, skip_rejected=True)


def test_formula_like_names_go_out_in_reports_as_text(admin_ctx: Context, tmp_path: Path) -> None:
    from w4i_desktop.reports.excel import excel_report
    from w4i_desktop.reports.periods import Period
    from w4i_desktop.reports.report_data import build_report_data
    from w4i_desktop.reports.request import ReportRequest

    today = date.today()
    rows = [["Cognome", "Nome", "Data di iscrizione"],
            [HYPERLINK, CMD, today.strftime("%d/%m/%Y")]]  # fmt: skip
    run_import(admin_ctx, dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", rows)))
    request = ReportRequest(Period.containing(today), named=True, reason="test")
    data = build_report_data(admin_ctx, request)
    book = load_workbook(io.BytesIO(excel_report(data)))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    found = {c.value: c.data_type for c in cells if c.value in (HYPERLINK, CMD)}
    assert found == {HYPERLINK: "s", CMD: "s"}
