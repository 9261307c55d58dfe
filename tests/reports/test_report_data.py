"""The report's content in one unit of work: who may have it, what it lists, that reading it
audits nothing (the export does, tests/reports/test_export.py).

`seed` builds the small dataset the Excel and PDF tests share: 2025Q3 at two sites, with a
canary participant whose name must never appear in a pseudonymised report.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.config import resources_dir
from w4i_desktop.enums import (
    ClosureReason,
    EducationLevel,
    EmploymentStatus,
    PlacementType,
    Role,
)
from w4i_desktop.errors import BadInput, NotFound, PermissionDenied
from w4i_desktop.models import AuditEvent, Employer, Participant, Placement, Site
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.report_data import ReportData, build_report_data
from w4i_desktop.reports.request import ReportRequest
from w4i_desktop.reports.texts import REPORT_LANGUAGES, ReportTexts
from w4i_desktop.services import settings
from w4i_desktop.services.context import Context

Q3 = Period.quarter("2025Q3")
ORGANISATION = "Casa Aurora"
CANARY_FIRST, CANARY_LAST = "Zenobia", "Quagliarella"
CANARY_CODE = "W4I-ZZZZ1"
CANARY_EMPLOYER = "Forno Lucciola"
REASON = "Audit by the regional fund, ref. 2025/77"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def seed(ctx: Context) -> int:
    """Twelve participants at the admin's site and two at Torino; returns Torino's id."""
    settings.set_organisation_name(ctx, ORGANISATION)
    assert ctx.actor.site_id is not None
    with ctx.db.transaction() as session:
        torino = Site(name="Torino")
        session.add(torino)
        session.flush()
        bakery = Employer(name=CANARY_EMPLOYER, site_id=ctx.actor.site_id)
        hotel = Employer(name="=HYPERLINK(1)", site_id=ctx.actor.site_id)  # not a formula
        session.add_all([bakery, hotel])
        session.flush()

        def person(number: int, **fields: object) -> Participant:
            values: dict[str, object] = {
                "code": f"W4I-T{number:04d}",
                "first_name": "Anna",
                "last_name": f"Rossi{number}",
                "site_id": ctx.actor.site_id,
                "enrolled_on": date(2025, 7, 1 + number),
                "birth_date": date(1995, 3, 3),
                "country_of_birth": "UA",
                "education_level": EducationLevel.UPPER_SECONDARY,
                "employment_status": EmploymentStatus.UNEMPLOYED,
            }
            values.update(fields)
            participant = Participant(**values)
            session.add(participant)
            session.flush()
            return participant

        canary = person(
            0,
            code=CANARY_CODE,
            first_name=CANARY_FIRST,
            last_name=CANARY_LAST,
            birth_date=date(1962, 2, 14),
            country_of_birth="MA",
            education_level=EducationLevel.TERTIARY,
        )
        placed = [person(n) for n in range(1, 8)]  # 7 from Ukraine, aged 30
        person(8, country_of_birth="PE", birth_date=None, birth_year=2003)
        person(9, country_of_birth="PE", enrolled_on=date(2025, 3, 1))  # active, not new
        person(10, closed_on=date(2025, 9, 1), closure_reason=ClosureReason.EMPLOYED)
        person(11, enrolled_on=date(2024, 1, 1), closed_on=date(2025, 6, 30))  # not active
        person(12, enrolled_on=None)  # never counted
        person(13, site_id=torino.id, country_of_birth="SY")
        person(14, site_id=torino.id, country_of_birth="SY", first_name=None, last_name=None)
        session.add(
            Placement(
                participant_id=canary.id,
                employer_id=bakery.id,
                type=PlacementType.INTERNSHIP,
                start_date=date(2025, 8, 1),
                hours_per_week=20.0,
            )
        )
        for number, participant in enumerate(placed):
            session.add(
                Placement(
                    participant_id=participant.id,
                    employer_id=hotel.id,
                    type=PlacementType.PERMANENT,
                    start_date=date(2025, 8, 2 + number),
                    end_date=date(2026, 1, 31) if number == 0 else None,
                    hours_per_week=30.0,
                )
            )
        return torino.id


def report(ctx: Context, **options: object) -> ReportData:
    return build_report_data(ctx, ReportRequest(Q3, **options))  # type: ignore[arg-type]


@pytest.fixture
def torino(admin_ctx: Context) -> int:
    return seed(admin_ctx)


def _last_audit(ctx: Context) -> AuditEvent:
    with ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        session.expunge(event)
        return event


def test_pseudonymised_lists_hold_codes_and_no_names(admin_ctx: Context, torino: int) -> None:
    data = report(admin_ctx)
    assert data.organisation == ORGANISATION
    assert data.site_name is None and data.scope == "All sites"
    assert data.generated_by == "admin" and data.generated_at.tzinfo is not None
    assert not data.named and data.reason is None
    values = data.indicators.values
    assert len(data.participants) == values["I2"] == 13
    assert len(data.placements) == values["I5"] == 8
    assert [p.code for p in data.participants] == sorted(p.code for p in data.participants)
    assert all(p.first_name is None and p.last_name is None for p in data.participants)
    assert all(p.birth_date is None for p in data.participants)
    assert all(p.first_name is None and p.last_name is None for p in data.placements)
    first = data.placements[0]
    assert (first.code, first.start_date, first.type) == (
        CANARY_CODE,
        date(2025, 8, 1),
        PlacementType.INTERNSHIP,
    )
    assert first.employer == CANARY_EMPLOYER and first.hours_per_week is None  # named only
    assert data.site_names[str(torino)] == "Torino"


def test_named_lists_carry_names_and_the_reason(admin_ctx: Context, torino: int) -> None:
    data = report(admin_ctx, named=True, reason=f"  {REASON}\n ")
    assert data.named and data.reason == REASON
    canary = next(p for p in data.participants if p.code == CANARY_CODE)
    assert (canary.first_name, canary.last_name) == (CANARY_FIRST, CANARY_LAST)
    assert canary.birth_date == date(1962, 2, 14)
    assert data.placements[0].last_name == CANARY_LAST
    assert data.placements[0].hours_per_week == 20.0


def test_one_site(admin_ctx: Context, torino: int) -> None:
    data = report(admin_ctx, site_id=torino)
    assert data.site_name == data.scope == "Torino"
    assert [p.site for p in data.participants] == ["Torino", "Torino"]
    assert data.placements == ()
    with pytest.raises(NotFound):
        report(admin_ctx, site_id=9999)


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.STAFF])
def test_staff_and_volunteers_get_no_report(
    admin_ctx: Context, login_as: UserFactory, role: Role
) -> None:
    ctx = login_as(role, site_id=admin_ctx.actor.site_id)
    with pytest.raises(PermissionDenied):
        report(ctx, site_id=admin_ctx.actor.site_id)
    with pytest.raises(PermissionDenied):
        report(ctx, named=True, reason=REASON)


def test_named_reports_need_a_manager_and_a_reason(
    admin_ctx: Context, login_as: UserFactory, torino: int
) -> None:
    manager = login_as(Role.MANAGER, site_id=admin_ctx.actor.site_id)
    for empty in (None, "", "  \n "):
        with pytest.raises(BadInput):
            report(manager, named=True, reason=empty)
    assert report(manager, named=True, reason=REASON).named
    assert not report(manager).named


def test_bad_language_or_format_is_bad_input(admin_ctx: Context) -> None:
    with pytest.raises(BadInput):
        report(admin_ctx, language="de")
    with pytest.raises(BadInput):
        report(admin_ctx, output="csv")


def test_reading_the_data_audits_nothing(admin_ctx: Context, torino: int) -> None:
    """The EXPORT entry is written by the export, once the file is in place: data read for a
    report whose save is then cancelled leaves no trace in the log."""
    before = _last_audit(admin_ctx).seq
    report(admin_ctx, output="pdf", site_id=torino)
    report(admin_ctx, named=True, reason=REASON)
    assert _last_audit(admin_ctx).seq == before


def test_the_data_carries_the_organisation_and_its_logo(admin_ctx: Context, torino: int) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    assert report(admin_ctx).logo is None
    settings.set_organisation_logo(admin_ctx, png)
    data = report(admin_ctx)
    assert (data.organisation, data.logo) == (ORGANISATION, png)


# The catalogue (resources/reports/*.json)


def _catalogue(language: str) -> dict[str, str]:
    path = resources_dir() / "reports" / f"{language}.json"
    loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
def test_every_language_has_every_text_with_the_same_placeholders(language: str) -> None:
    english, other = _catalogue("en"), _catalogue(language)
    assert list(other) == list(english)
    for key, text in other.items():
        assert text.strip(), key
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(english[key])), key


@pytest.mark.parametrize("language", [lang for lang in REPORT_LANGUAGES if lang != "en"])
def test_translations_are_not_english_copies(language: str) -> None:
    english, other = _catalogue("en"), _catalogue(language)
    words = {k: PLACEHOLDER.sub("", text) for k, text in english.items()}
    same = [k for k, text in english.items() if len(words[k]) > 20 and other[k] == text]
    assert same == []


@pytest.mark.parametrize("language", REPORT_LANGUAGES)
def test_sheet_names_are_valid_and_distinct(language: str) -> None:
    names = [text for key, text in _catalogue(language).items() if key.startswith("sheet.")]
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)
    assert all(name == name.strip() and not name.startswith("'") for name in names)
    assert len({name.casefold() for name in names}) == len(names)


def test_texts_format_numbers_periods_and_categories() -> None:
    it = ReportTexts.for_language("it")
    assert it.period(Q3) == "3º trimestre 2025 (1 luglio 2025 – 30 settembre 2025)"
    assert it.percent(66.7) == "66,7%"
    assert it.percent(None) == "n.d."
    assert it.number(12345) == "12.345"
    assert it.category("country_of_birth", "MA") == "Marocco"
    assert it.category("placement_type", "internship") == "Tirocinio"
    assert ReportTexts.for_language("sv").category("age_band", "unknown") == "Okänd"
    custom = Period.custom(date(2025, 1, 1), date(2025, 2, 15))
    assert ReportTexts.for_language("nl").period(custom) == "1 januari 2025 – 15 februari 2025"
    with pytest.raises(BadInput):
        ReportTexts.for_language("de")
