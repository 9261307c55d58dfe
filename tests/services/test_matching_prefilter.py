"""Candidates for a vacancy leave out in SQL those who can never be listed (out of reach, a
childcare need the job cannot meet) before they are scored (issue 17: 300 ms at 100,000
participants). The ranking must be the one of scoring everyone: checked here against scoring
every open, consenting participant in Python, on demo data and on spellings that only fold
equal ("MILANO ", "Malmo" for "Malmö"), blank municipalities and commuters."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import (
    AssessmentStage,
    CefrLevel,
    ChildcareNeed,
    ConsentPurpose,
    Role,
)
from w4i_desktop.models import Employer, LanguageAssessment, Participant, Vacancy
from w4i_desktop.services import consents, demo, participants
from w4i_desktop.services.consents import has_consent
from w4i_desktop.services.context import Context
from w4i_desktop.services.match_scoring import Candidate, Match, rank, score
from w4i_desktop.services.matching import (
    _latest_levels,
    _load_opening,
    candidates_for_vacancy,
)
from w4i_desktop.services.participants import visible_clause

TODAY = date(2026, 3, 2)
SHARING = ConsentPurpose.SHARING_WITH_EMPLOYERS


def consenting(ctx: Context) -> list[Candidate]:
    """Every open, enrolled, visible participant consenting on TODAY, read one by one through
    the ORM: scoring each is what `candidates_for_vacancy` must return."""
    with ctx.db.transaction() as session:
        women = session.scalars(
            select(Participant).where(
                visible_clause(ctx),
                Participant.anonymised_at.is_(None),
                Participant.closed_on.is_(None),
                Participant.enrolled_on.is_not(None),
            )
        ).all()
        return [
            Candidate(
                participant_id=p.id,
                code=p.code,
                name=" ".join(n for n in (p.first_name, p.last_name) if n),
                levels=tuple(_latest_levels(session, p.id).items()),
                skills=tuple(p.skills or ()),
                municipality=p.municipality,
                available_days=tuple(p.available_days or ()),
                available_from=p.available_from,
                available_until=p.available_until,
                children_count=p.children_count or 0,
                childcare_need=p.childcare_need or ChildcareNeed.NONE,
                has_sharing_consent=True,
                would_relocate=bool(p.would_relocate),
                commutes_to=tuple(p.commutes_to or ()),
            )
            for p in women
            if has_consent(session, p.id, SHARING, TODAY)
        ]


def everyone_scored(
    ctx: Context, women: list[Candidate], vacancy_id: int, include_excluded: bool
) -> list[Match]:
    with ctx.db.transaction() as session:
        opening = _load_opening(session, vacancy_id)
    matches = (score(candidate, opening) for candidate in women)
    return rank(m for m in matches if not m.out_of_reach and (include_excluded or not m.excluded))


def all_vacancies(ctx: Context) -> list[int]:
    with ctx.db.transaction() as session:
        return list(session.scalars(select(Vacancy.id).order_by(Vacancy.id)))


def assert_same_as_scoring_everyone(ctx: Context, vacancy_ids: list[int]) -> int:
    listed, women = 0, consenting(ctx)
    for vacancy_id in vacancy_ids:
        for include_excluded in (False, True):
            expected = everyone_scored(ctx, women, vacancy_id, include_excluded)
            found = candidates_for_vacancy(ctx, vacancy_id, TODAY, include_excluded)
            assert found == expected, (vacancy_id, include_excluded)
            best = candidates_for_vacancy(ctx, vacancy_id, TODAY, include_excluded, limit=5)
            assert best == expected[:5]
            listed += len(found)
    return listed


def test_demo_rankings_equal_scoring_everyone(admin_ctx: Context, login_as: UserFactory) -> None:
    demo.generate(admin_ctx, 150, seed=7, today=TODAY)
    every = all_vacancies(admin_ctx)  # open or not: matching does not ask
    vacancies = every[:: max(1, len(every) // 8)]  # a spread of towns, levels and shifts
    assert len(vacancies) >= 8
    assert assert_same_as_scoring_everyone(admin_ctx, vacancies) > 0
    with admin_ctx.db.transaction() as session:
        site_id = session.scalars(select(Participant.site_id).limit(1)).one()
    staff = login_as(Role.STAFF, site_id=site_id)
    assert_same_as_scoring_everyone(staff, vacancies[:4])


def add_job(ctx: Context, municipality: str | None, **fields: Any) -> int:
    values: dict[str, Any] = {
        "title": "Hulp",
        "municipality": municipality,
        "schedule_days": ["mon", "sat"],
        "start_time": "06:00",
        "end_time": "14:00",
        "required_cefr": CefrLevel.A2,
        "required_language": "sv",
        "opened_on": date(2026, 1, 1),
    }
    values.update(fields)
    with ctx.db.transaction() as session:
        employer = Employer(name="Städ AB", municipality=municipality)
        session.add(employer)
        session.flush()
        vacancy = Vacancy(employer_id=employer.id, **values)
        session.add(vacancy)
        session.flush()
        return vacancy.id


def enrol(ctx: Context, name: str, **fields: Any) -> int:
    values: dict[str, Any] = {"first_name": "Ana", "last_name": name, "enrolled_on": TODAY}
    values.update(fields)
    pid = participants.create(ctx, values)
    with ctx.db.transaction() as session:
        session.add(
            LanguageAssessment(
                participant_id=pid,
                language="sv",
                host_language=True,
                level=CefrLevel.B1,
                stage=AssessmentStage.INTAKE,
                assessed_on=TODAY,
            )
        )
    consents.record_consent(ctx, pid, SHARING, TODAY, "2026-1")
    return pid


@pytest.mark.parametrize("job_town", ["Malmö", " malmo", None])
def test_spellings_blanks_commuters_and_childcare_equal_scoring_everyone(
    admin_ctx: Context, job_town: str | None
) -> None:
    kept = [
        enrol(admin_ctx, "Here", municipality="Malmö"),
        enrol(admin_ctx, "Shouting", municipality="MALMO "),
        enrol(admin_ctx, "Plain", municipality="Malmo"),
        enrol(admin_ctx, "Blank", municipality="  "),
        enrol(admin_ctx, "Nowhere", municipality=None),
        enrol(admin_ctx, "Commuter", municipality="Lund", commutes_to=["Trelleborg", "malmö"]),
        enrol(admin_ctx, "Mover", municipality="Lund", would_relocate=True),
        enrol(admin_ctx, "Partial", municipality="Malmö", childcare_need=ChildcareNeed.PARTIAL),
    ]
    full = enrol(admin_ctx, "Full", municipality="Malmö", childcare_need=ChildcareNeed.FULL)
    away = [
        enrol(admin_ctx, "Away", municipality="Lund"),
        enrol(admin_ctx, "Elsewhere", municipality="Lund", commutes_to=["Trelleborg"]),
    ]
    early = add_job(admin_ctx, job_town)
    daytime = add_job(admin_ctx, job_town, start_time="09:00", schedule_days=["mon"])
    assert_same_as_scoring_everyone(admin_ctx, [early, daytime])

    listed = {m.participant_id for m in candidates_for_vacancy(admin_ctx, early, TODAY)}
    assert full not in listed  # a full childcare need and an early weekend shift: excluded
    if job_town is None:
        assert listed == {*kept, *away}
    else:
        assert listed == set(kept)
        everyone = candidates_for_vacancy(admin_ctx, early, TODAY, include_excluded=True)
        assert {m.participant_id for m in everyone} == {*kept, full}
    daytime_ids = {m.participant_id for m in candidates_for_vacancy(admin_ctx, daytime, TODAY)}
    assert full in daytime_ids  # within daycare hours her need is met
