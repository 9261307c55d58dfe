"""Matching by the language a vacancy names and by where she lives (issue 15): a home-help job
in Amsterdam asking Dutch A2 ranks the woman in Amsterdam with Dutch A2 first, includes the
one in Utrecht who commutes there, and never lists the one in Milano who speaks Italian well."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import AssessmentStage, CefrLevel, ConsentPurpose, Role
from w4i_desktop.errors import BadInput
from w4i_desktop.models import Employer, LanguageAssessment, Site
from w4i_desktop.services import consents, participants, sites, vacancies
from w4i_desktop.services.context import Context
from w4i_desktop.services.matching import candidates_for_vacancy, vacancies_for_participant

L = CefrLevel
ON = date(2026, 3, 2)
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


def add_site(ctx: Context, name: str, country: str | None) -> int:
    return sites.add_site(ctx, name, name, country)


def add_employer(ctx: Context, site_id: int | None, municipality: str = "Amsterdam") -> int:
    with ctx.db.transaction() as session:
        employer = Employer(name="Thuiszorg West", municipality=municipality, site_id=site_id)
        session.add(employer)
        session.flush()
        return employer.id


def home_help(ctx: Context, employer_id: int, **fields: Any) -> int:
    values: dict[str, Any] = {
        "title": "Thuishulp",
        "municipality": "Amsterdam",
        "schedule_days": WEEKDAYS,
        "start_time": "09:00",
        "end_time": "15:00",
        "required_cefr": "A2",
        "skills": ["elderly_care", "cleaning"],
        "opened_on": date(2026, 1, 1),
    }
    values.update(fields)
    return vacancies.create_vacancy(ctx, employer_id, values)


def woman(
    ctx: Context,
    name: str,
    municipality: str,
    levels: dict[str, CefrLevel],
    site_id: int,
    **fields: Any,
) -> int:
    values: dict[str, Any] = {
        "first_name": name,
        "last_name": "Test",
        "enrolled_on": date(2026, 1, 5),
        "municipality": municipality,
        "site_id": site_id,
        "skills": ["Elderly care", "cleaning"],
        "available_days": WEEKDAYS,
        "available_from": "08:00",
        "available_until": "17:00",
    }
    values.update(fields)
    pid = participants.create(ctx, values)
    with ctx.db.transaction() as session:
        for language, level in levels.items():
            session.add(
                LanguageAssessment(
                    participant_id=pid,
                    language=language,
                    host_language=language == "nl",
                    level=level,
                    stage=AssessmentStage.INTAKE,
                    assessed_on=date(2026, 1, 10),
                )
            )
    consents.record_consent(
        ctx, pid, ConsentPurpose.SHARING_WITH_EMPLOYERS, date(2026, 1, 5), "2026-1"
    )
    return pid


@pytest.fixture
def amsterdam(admin_ctx: Context) -> int:
    return add_site(admin_ctx, "Amsterdam", "NL")


def test_the_issue_example_ranks_by_dutch_and_leaves_out_milano(
    admin_ctx: Context, amsterdam: int
) -> None:
    job = home_help(admin_ctx, add_employer(admin_ctx, amsterdam))
    milano = woman(admin_ctx, "Giulia", "Milano", {"it": L.B2}, amsterdam)
    local = woman(admin_ctx, "Sanne", "Amsterdam", {"nl": L.A2, "it": L.C2}, amsterdam)
    commuter = woman(
        admin_ctx, "Hiba", "Utrecht", {"nl": L.B1}, amsterdam, commutes_to="Haarlem, amsterdam "
    )
    mover = woman(admin_ctx, "Rosa", "Rotterdam", {"nl": L.A2}, amsterdam, would_relocate=True)

    for include in (False, True):
        ranked = candidates_for_vacancy(admin_ctx, job, ON, include_excluded=include)
        assert [m.participant_id for m in ranked] == [local, commuter, mover]
        assert milano not in [m.participant_id for m in ranked]
    first, second, third = ranked
    assert first.reasons[0].text == "Dutch: A2, meets the required A2"
    assert first.reasons[1].text == "skills: cleaning, elderly care (2 of 2)"
    assert "lives in Utrecht, commutes to Amsterdam" in [r.text for r in second.reasons]
    assert "lives in Rotterdam, would relocate to Amsterdam" in [r.text for r in third.reasons]
    assert not any(m.excluded or m.out_of_reach for m in ranked)

    # Vacancies for her: the same rule the other way round.
    assert vacancies_for_participant(admin_ctx, milano, ON) == []
    [theirs] = vacancies_for_participant(admin_ctx, commuter, ON)
    assert theirs.vacancy_id == job


def test_another_language_never_stands_in_for_the_one_asked(
    admin_ctx: Context, amsterdam: int
) -> None:
    job = home_help(admin_ctx, add_employer(admin_ctx, amsterdam))
    polyglot = woman(admin_ctx, "Amal", "Amsterdam", {"it": L.C2, "en": L.C1}, amsterdam)
    assert candidates_for_vacancy(admin_ctx, job, ON) == []
    [match] = candidates_for_vacancy(admin_ctx, job, ON, include_excluded=True)
    assert match.participant_id == polyglot and match.excluded
    assert match.reasons[0].code == "language_unknown"
    assert match.reasons[0].text == "Dutch: level not assessed, A2 required"
    # A vacancy asking for no level does not care.
    relaxed = home_help(admin_ctx, add_employer(admin_ctx, amsterdam), required_cefr="none")
    [ok] = candidates_for_vacancy(admin_ctx, relaxed, ON)
    assert ok.reasons[0].code == "language_not_required" and not ok.excluded


def test_a_named_language_wins_over_the_sites(admin_ctx: Context, amsterdam: int) -> None:
    job = home_help(admin_ctx, add_employer(admin_ctx, amsterdam), required_language="EN")
    assert vacancies.get_vacancy(admin_ctx, job)["required_language"] == "en"
    her = woman(admin_ctx, "Grace", "Amsterdam", {"en": L.B1, "nl": L.A1}, amsterdam)
    [match] = candidates_for_vacancy(admin_ctx, job, ON)
    assert (match.participant_id, match.reasons[0].text) == (
        her,
        "English: B1, above the required A2",
    )
    with pytest.raises(BadInput):
        home_help(admin_ctx, add_employer(admin_ctx, amsterdam), required_language="xx")


def test_default_language_follows_the_site_else_the_organisation(
    admin_ctx: Context, amsterdam: int
) -> None:
    assert vacancies.default_language(admin_ctx, add_employer(admin_ctx, amsterdam)) == "nl"
    # No site: the organisation's country (the first-run site has none; Amsterdam is NL).
    assert vacancies.default_language(admin_ctx, add_employer(admin_ctx, None)) == "nl"
    madrid = add_site(admin_ctx, "Madrid", "ES")
    assert vacancies.default_language(admin_ctx, add_employer(admin_ctx, madrid)) == "es"
    bare = add_site(admin_ctx, "Elsewhere", None)
    assert vacancies.default_language(admin_ctx, add_employer(admin_ctx, bare)) == "nl"


def test_sites_get_a_country_and_the_first_site_has_none(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    with admin_ctx.db.transaction() as session:
        assert [s.country for s in session.query(Site)] == [None]  # first run: none chosen
    site = sites.add_site(admin_ctx, "Malmö", "Malmö", "se")
    [row] = [r for r in sites.list_site_rows(admin_ctx) if r.id == site]
    assert row.country == "SE"
    sites.change_site(admin_ctx, site, "Malmö", "Malmö", True, country="NL")
    sites.change_site(admin_ctx, site, "Malmö C", "Malmö", True)  # country kept
    [row] = [r for r in sites.list_site_rows(admin_ctx) if r.id == site]
    assert (row.name, row.country) == ("Malmö C", "NL")
    with pytest.raises(BadInput):
        sites.change_site(admin_ctx, site, "Malmö C", "Malmö", True, country="AB")
    sites.change_site(admin_ctx, site, "Malmö C", "Malmö", True, country=None)
    [row] = [r for r in sites.list_site_rows(admin_ctx) if r.id == site]
    assert row.country is None


def test_mobility_is_saved_with_her_record(admin_ctx: Context, amsterdam: int) -> None:
    pid = woman(
        admin_ctx,
        "Hiba",
        "Utrecht",
        {},
        amsterdam,
        commutes_to="Amsterdam; amsterdam, Haarlem",
        would_relocate=True,
    )
    record = participants.get(admin_ctx, pid)
    assert record["commutes_to"] == ["Amsterdam", "Haarlem"]
    assert record["would_relocate"] is True
    assert record["skills"] == ["cleaning", "elderly_care"]


def test_staff_may_not_see_candidates_of_other_sites_even_nearby(
    admin_ctx: Context, login_as: UserFactory, amsterdam: int
) -> None:
    job = home_help(admin_ctx, add_employer(admin_ctx, amsterdam))
    here = woman(admin_ctx, "Sanne", "Amsterdam", {"nl": L.B1}, amsterdam)
    staff = login_as(Role.STAFF, amsterdam)
    assert [m.participant_id for m in candidates_for_vacancy(staff, job, ON)] == [here]
