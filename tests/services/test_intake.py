from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import CefrLevel, ConsentPurpose, Role, StepKind, StepStatus
from w4i_desktop.errors import BadInput, NotFound
from w4i_desktop.models import IntakeDraft, LanguageAssessment, Participant, Pathway, Site
from w4i_desktop.services import consents, intake, participants, sites
from w4i_desktop.services.context import Context
from w4i_desktop.services.intake import EligibilityWarning

ANSWERS = {
    "first_name": "Amal",
    "last_name": "Haddad",
    "birth_date": "1991-05-03",
    "phone": "+39 333 123 4567",
    "country_of_birth": "SY",
    "permit_type": "international_protection",
    "languages": "ar, en",
    "consents": ["processing", "follow_up_contact"],
    "host_language": "it",
    "host_cefr": "A2",
}


def test_drafts_are_saved_loaded_and_listed_per_volunteer(
    login_as: UserFactory, admin_ctx: Context
) -> None:
    site = admin_ctx.actor.site_id
    anna, bea = login_as(Role.VOLUNTEER, site), login_as(Role.VOLUNTEER, site)
    first = intake.save_draft(anna, None, "es", 2, {"first_name": "Amal", "last_name": "H"})
    assert intake.save_draft(anna, first, "es", 3, {"first_name": "Amal"}) == first
    intake.save_draft(bea, None, "it", 1, {"last_name": "Other"})

    assert intake.load_draft(anna, first) == ("es", 3, {"first_name": "Amal"})
    assert [(r.id, r.name, r.step, r.language) for r in intake.list_drafts(anna)] == [
        (first, "Amal", 3, "es")
    ]
    assert [r.name for r in intake.list_drafts(bea)] == ["Other"]
    assert len(intake.list_drafts(admin_ctx)) == 2  # administrators see every draft
    with pytest.raises(NotFound):
        intake.load_draft(bea, first)
    with pytest.raises(NotFound):
        intake.save_draft(bea, first, "it", 1, {})
    with pytest.raises(NotFound):
        intake.delete_draft(bea, first)
    with pytest.raises(BadInput):
        intake.save_draft(anna, None, "xx", 0, {})
    intake.delete_draft(anna, first)
    assert intake.list_drafts(anna) == []


def test_submit_creates_participant_consents_assessment_and_pathway(
    login_as: UserFactory, admin_ctx: Context
) -> None:
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    draft = intake.save_draft(volunteer, None, "en", 8, ANSWERS)
    pid = intake.submit(volunteer, draft, ANSWERS)

    record = participants.get(admin_ctx, pid)
    assert (record["first_name"], record["last_name"]) == ("Amal", "Haddad")
    assert record["birth_date"] == date(1991, 5, 3)
    assert record["languages"] == ["ar", "en"]
    assert record["enrolled_on"] == date.today()
    current = consents.current_consents(admin_ctx, pid)
    assert current[ConsentPurpose.PROCESSING] and current[ConsentPurpose.FOLLOW_UP_CONTACT]
    assert not current[ConsentPurpose.PHOTOS]
    with admin_ctx.db.transaction() as session:
        participant = session.get(Participant, pid)
        assert participant is not None
        assert participant.interviewer_id == volunteer.actor.user_id
        assert {c.notice_version for c in participant.consents} == {"2026-1"}
        assessment = session.scalars(select(LanguageAssessment)).one()
        assert (assessment.language, assessment.level, assessment.self_assessed) == (
            "it",
            CefrLevel.A2,
            True,
        )
        pathway = session.scalars(select(Pathway).where(Pathway.participant_id == pid)).one()
        done = {s.kind for s in pathway.steps if s.status is StepStatus.DONE}
        assert done == {StepKind.INTAKE, StepKind.CONSENT}
        assert session.scalars(select(IntakeDraft)).all() == []


def test_submit_without_processing_consent_is_refused(admin_ctx: Context) -> None:
    answers = {**ANSWERS, "consents": ["photos"]}
    with pytest.raises(BadInput, match="Without consent to processing"):
        intake.submit(admin_ctx, None, answers)
    with admin_ctx.db.transaction() as session:
        assert session.scalars(select(Participant)).all() == []


def test_eligibility_warnings() -> None:
    on = date(2026, 6, 1)
    adult = {"birth_date": "2000-01-01", "permit_expires_on": "2027-01-01"}
    assert intake.eligibility_warnings(adult, on) == []
    minor = {"birth_date": (on - timedelta(days=17 * 365)).isoformat()}
    assert intake.eligibility_warnings(minor, on) == [EligibilityWarning.MINOR]
    expired = {"birth_date": "1990-01-01", "permit_expires_on": "2026-05-31"}
    assert intake.eligibility_warnings(expired, on) == [EligibilityWarning.PERMIT_EXPIRED]
    assert intake.eligibility_warnings({"permit_type": "none"}, on) == [
        EligibilityWarning.NO_PERMIT
    ]
    assert intake.eligibility_warnings({"birth_date": "garbage"}, on) == []


def test_submit_is_all_or_nothing(admin_ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = intake.save_draft(admin_ctx, None, "it", 3, ANSWERS)

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("the pathway could not start")

    monkeypatch.setattr(intake.pathways, "start_default_pathway", broken)
    with pytest.raises(RuntimeError):
        intake.submit(admin_ctx, draft_id, ANSWERS)
    with admin_ctx.db.transaction() as session:
        assert session.scalars(select(Participant)).all() == []
        assert session.scalars(select(Pathway)).all() == []
    assert [d.id for d in intake.list_drafts(admin_ctx)] == [draft_id]  # nothing lost


def _site_in(admin_ctx: Context, name: str, country: str | None) -> int:
    site_id = sites.add_site(admin_ctx, name, name)
    with admin_ctx.db.transaction() as session:
        site = session.get(Site, site_id)
        assert site is not None
        site.country = country
    return site_id


def test_submit_stores_site_caseworker_and_citizenship(
    login_as: UserFactory, admin_ctx: Context
) -> None:
    amsterdam = _site_in(admin_ctx, "Amsterdam", "NL")
    caseworker = login_as(Role.STAFF, amsterdam).actor.user_id
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    answers = {**ANSWERS, "site_id": amsterdam, "caseworker_id": caseworker, "nationality": "sy"}
    del answers["host_language"]  # then the site's: Dutch
    pid = intake.submit(volunteer, None, answers)
    record = participants.get(admin_ctx, pid)
    assert (record["site_id"], record["caseworker_id"]) == (amsterdam, caseworker)
    assert record["nationality"] == "SY"
    with admin_ctx.db.transaction() as session:
        assessment = session.scalars(select(LanguageAssessment)).one()
        assert (assessment.language, assessment.host_language) == ("nl", True)


def test_without_a_caseworker_she_waits_to_be_assigned_at_the_volunteers_site(
    login_as: UserFactory, admin_ctx: Context
) -> None:
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    pid = intake.submit(volunteer, None, {**ANSWERS, "caseworker_id": None})
    record = participants.get(admin_ctx, pid)
    assert (record["site_id"], record["caseworker_id"]) == (admin_ctx.actor.site_id, None)


def test_site_and_caseworker_are_checked(login_as: UserFactory, admin_ctx: Context) -> None:
    home = admin_ctx.actor.site_id
    closed = _site_in(admin_ctx, "Old office", None)
    sites.change_site(admin_ctx, closed, "Old office", "", active=False)
    other = _site_in(admin_ctx, "Stockholm", "SE")
    elsewhere = login_as(Role.STAFF, other).actor.user_id
    volunteer_id = login_as(Role.VOLUNTEER, home).actor.user_id
    manager = login_as(Role.MANAGER, other).actor.user_id  # sees every site
    cases = [
        ({"site_id": closed}, "site_id"),
        ({"site_id": 999}, "site_id"),
        ({"site_id": home, "caseworker_id": elsewhere}, "caseworker_id"),
        ({"site_id": home, "caseworker_id": volunteer_id}, "caseworker_id"),
        ({"site_id": home, "caseworker_id": 999}, "caseworker_id"),
    ]
    for change, field in cases:
        with pytest.raises(BadInput) as refused:
            intake.submit(admin_ctx, None, {**ANSWERS, **change})
        assert refused.value.field == field, change
    with admin_ctx.db.transaction() as session:
        assert session.scalars(select(Participant)).all() == []
    pid = intake.submit(admin_ctx, None, {**ANSWERS, "site_id": home, "caseworker_id": manager})
    assert participants.get(admin_ctx, pid)["caseworker_id"] == manager


def test_choices_offer_open_sites_and_who_may_follow_her(
    login_as: UserFactory, admin_ctx: Context
) -> None:
    home = admin_ctx.actor.site_id
    amsterdam = _site_in(admin_ctx, "Amsterdam", "NL")
    closed = _site_in(admin_ctx, "Old office", None)
    sites.change_site(admin_ctx, closed, "Old office", "", active=False)
    staff_home = login_as(Role.STAFF, home).actor.user_id
    staff_ams = login_as(Role.STAFF, amsterdam).actor.user_id
    login_as(Role.VOLUNTEER, home)
    volunteer = login_as(Role.VOLUNTEER, amsterdam)
    offered = intake.choices(volunteer)
    assert offered.own_site_id == amsterdam
    assert {(s.id, s.host_language) for s in offered.sites} == {(home, None), (amsterdam, "nl")}
    for_amsterdam = {c.id for c in offered.caseworkers_for(amsterdam)}
    assert staff_ams in for_amsterdam and staff_home not in for_amsterdam
    assert admin_ctx.actor.user_id in for_amsterdam  # administrators see every site


def test_problems_name_their_fields() -> None:
    found = intake.problems(
        {
            "email": "amal-at-example",
            "languages": "ar, klingon",
            "available_from": "9:3",
            "birth_date": "2999-01-01",
            "first_name": "Amal",
            "host_cefr": "Z9",
        }
    )
    assert {e.field for e in found} == {
        "email",
        "languages",
        "available_from",
        "birth_date",
        "host_cefr",
    }
    assert intake.problems({"first_name": "Amal", "languages": "ar, fr"}) == []
