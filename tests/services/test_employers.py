"""Employers, contact persons, interactions and vacancies."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import (
    CefrLevel,
    InteractionKind,
    PlacementType,
    Role,
    VacancyStatus,
)
from w4i_desktop.errors import BadInput, PermissionDenied, StaleEdit
from w4i_desktop.services import employers, participants, placements, vacancies
from w4i_desktop.services.context import Context


def test_create_update_and_refuse_a_stale_save(admin_ctx: Context) -> None:
    eid = employers.create_employer(
        admin_ctx, {"name": "Cooperativa Sociale Àncora", "sector": "q", "municipality": "Milano"}
    )
    record = employers.get_employer(admin_ctx, eid)
    assert (record["name"], record["sector"]) == ("Cooperativa Sociale Àncora", "Q")
    version = employers.update_employer(
        admin_ctx, eid, {"website": "ancora.example"}, record["version_id"]
    )
    with pytest.raises(StaleEdit):
        employers.update_employer(admin_ctx, eid, {"name": "Stale"}, record["version_id"])
    assert employers.get_employer(admin_ctx, eid)["website"] == "ancora.example"
    assert version == record["version_id"] + 1
    for bad in ({"name": ""}, {"sector": "Z"}, {"colour": "red"}):
        with pytest.raises(BadInput):
            employers.create_employer(admin_ctx, {"name": "X", **bad})


def test_list_filters_by_text_sector_municipality_and_engagement(admin_ctx: Context) -> None:
    hotel = employers.create_employer(
        admin_ctx, {"name": "Hôtel du Lac", "sector": "I", "municipality": "Malmö"}
    )
    shop = employers.create_employer(
        admin_ctx, {"name": "Bakery Sol", "sector": "G", "municipality": "Malmo"}
    )
    employers.create_employer(admin_ctx, {"name": "Quiet Ltd", "sector": "G"})
    employers.log_interaction(admin_ctx, hotel, date(2026, 2, 3), InteractionKind.CALL, "Intro")
    pid = participants.create(admin_ctx, {"first_name": "A", "last_name": "B"})
    placements.create_placement(admin_ctx, pid, shop, PlacementType.INTERNSHIP, date(2025, 12, 1))

    def names(**kwargs: object) -> list[str]:
        return [row.name for row in employers.list_employers(admin_ctx, **kwargs)]  # type: ignore[arg-type]

    assert names(text="hotel") == ["Hôtel du Lac"]  # accents and case ignored
    assert names(sector="g") == ["Bakery Sol", "Quiet Ltd"]
    assert names(municipality="malmo") == ["Bakery Sol", "Hôtel du Lac"]
    q1 = (date(2026, 1, 1), date(2026, 3, 31))
    assert names(period=q1, engaged_only=True) == ["Hôtel du Lac"]
    q4 = (date(2025, 10, 1), date(2025, 12, 31))
    rows = {r.name: r for r in employers.list_employers(admin_ctx, period=q4)}
    assert rows["Bakery Sol"].engaged and not rows["Hôtel du Lac"].engaged
    assert rows["Hôtel du Lac"].last_contact == date(2026, 2, 3)
    assert employers.municipalities(admin_ctx) == ["Malmo", "Malmö"]


def test_contacts_and_the_interaction_log(admin_ctx: Context) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Bakery Sol"})
    cid = employers.add_contact(
        admin_ctx, eid, {"name": "Eva Berg", "job_title": "HR", "email": "eva@example.org"}
    )
    assert [c.name for c in employers.contacts(admin_ctx, eid)] == ["Eva Berg"]
    employers.log_interaction(admin_ctx, eid, date(2026, 1, 5), InteractionKind.MEETING, "Visit")
    employers.log_interaction(admin_ctx, eid, date(2026, 2, 5), InteractionKind.EMAIL, "Offer")
    log = employers.interactions(admin_ctx, eid)
    assert [(i.occurred_on, i.kind, i.by) for i in log] == [
        (date(2026, 2, 5), InteractionKind.EMAIL, admin_ctx.actor.username),
        (date(2026, 1, 5), InteractionKind.MEETING, admin_ctx.actor.username),
    ]
    employers.delete_contact(admin_ctx, cid)
    assert employers.contacts(admin_ctx, eid) == []
    with pytest.raises(BadInput):
        employers.add_contact(admin_ctx, eid, {"name": "X", "email": "not-an-address"})


def test_vacancies_inherit_place_and_close_when_filled(admin_ctx: Context) -> None:
    eid = employers.create_employer(
        admin_ctx, {"name": "Bakery Sol", "sector": "G", "municipality": "Malmö"}
    )
    vid = vacancies.create_vacancy(
        admin_ctx,
        eid,
        {
            "title": "Baker's assistant",
            "hours_per_week": 20,
            "schedule_days": ["mon", "tue", "wed"],
            "start_time": "06:00",
            "end_time": "11:00",
            "required_cefr": "A2",
            "skills": ["Baking", "hygiene"],
            "opened_on": date(2026, 1, 10),
        },
    )
    vacancy = vacancies.get_vacancy(admin_ctx, vid)
    assert (vacancy["municipality"], vacancy["sector"]) == ("Malmö", "G")
    assert vacancy["required_cefr"] is CefrLevel.A2 and vacancy["skills"] == ["baking", "hygiene"]
    vacancies.update_vacancy(admin_ctx, vid, {"status": "filled"}, vacancy["version_id"])
    filled = vacancies.get_vacancy(admin_ctx, vid)
    assert filled["status"] is VacancyStatus.FILLED and filled["closed_on"] == date.today()
    assert vacancies.vacancies(admin_ctx, open_only=True) == []
    for bad in (
        {"title": "X", "schedule_days": ["someday"]},
        {"title": "X", "start_time": "18:00", "end_time": "09:00"},
        {"title": "X", "opened_on": date(2026, 2, 1), "closed_on": date(2026, 1, 1)},
        {"title": "X", "hours_per_week": 0},
    ):
        with pytest.raises(BadInput):
            vacancies.create_vacancy(admin_ctx, eid, bad)


def test_employer_placements_name_her_and_the_vacancy_and_volunteers_see_nothing(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    eid = employers.create_employer(admin_ctx, {"name": "Bakery Sol"})
    vacancy = vacancies.create_vacancy(admin_ctx, eid, {"title": "Baker's assistant"})
    pid = participants.create(admin_ctx, {"first_name": "Zahra", "last_name": "Karimi"})
    placements.create_placement(
        admin_ctx, pid, eid, PlacementType.PERMANENT, date(2026, 1, 5), vacancy_id=vacancy
    )
    rows = employers.placements_of(admin_ctx, eid)
    code = participants.get(admin_ctx, pid)["code"]
    assert [
        (r.participant_id, r.participant_code, r.participant_name, r.vacancy) for r in rows
    ] == [(pid, code, "Zahra Karimi", "Baker's assistant")]
    # Staff of her site see her name too (whoever sees employers may see her record).
    assert [r.participant_name for r in employers.placements_of(login_as(Role.STAFF, 1), eid)] == [
        "Zahra Karimi"
    ]
    volunteer = login_as(Role.VOLUNTEER)
    for call in (
        lambda: employers.list_employers(volunteer),
        lambda: employers.create_employer(volunteer, {"name": "X"}),
        lambda: employers.placements_of(volunteer, eid),
    ):
        with pytest.raises(PermissionDenied):
            call()
