from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import UserFactory
from w4i_desktop.enums import (
    AssessmentStage,
    CefrLevel,
    ChildcareNeed,
    ClosureReason,
    ConsentPurpose,
    Role,
    VacancyStatus,
    Weekday,
)
from w4i_desktop.errors import NotFound, PermissionDenied
from w4i_desktop.models import Employer, LanguageAssessment, Site, Vacancy
from w4i_desktop.services import consents, participants, privacy
from w4i_desktop.services.context import Context
from w4i_desktop.services.match_scoring import (
    REASON_CODES,
    Candidate,
    Match,
    Opening,
    Reason,
    rank,
    score,
    within_reach,
)
from w4i_desktop.services.matching import candidates_for_vacancy, vacancies_for_participant

L = CefrLevel
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
EVERY_DAY = tuple(d.value for d in Weekday)
SHARING = ConsentPurpose.SHARING_WITH_EMPLOYERS

# An afternoon-to-evening waitressing job in Milano, asking B1.
WAITRESS = Opening(
    vacancy_id=1,
    title="Cameriera",
    employer="Trattoria da Gino",
    municipality="Milano",
    hours_per_week=30,
    schedule_days=WEEKDAYS,
    start_time="14:00",
    end_time="20:00",
    childcare_compatible=False,
    required_cefr=L.B1,
    skills=("cooking", "hospitality"),
    language="it",
)


def woman(pid: int, name: str, level: CefrLevel, **fields: Any) -> Candidate:
    values: dict[str, Any] = {
        "skills": ("cooking", "hospitality"),
        "municipality": "Milano",
        "available_days": WEEKDAYS,
        "available_from": "08:00",
        "available_until": "22:00",
        "has_sharing_consent": True,
    }
    values.update(fields)
    return Candidate(
        participant_id=pid, code=f"W4I-{pid:05d}", name=name, levels=(("it", level),), **values
    )


def reason(match: Match, prefix: str) -> Reason:
    [found] = [r for r in match.reasons if r.code.startswith(prefix)]
    return found


def texts(match: Match) -> list[str]:
    return [r.text for r in match.reasons]


# --- the pure function -------------------------------------------------------------------------


def test_constructed_women_rank_in_the_expected_order_with_their_reasons() -> None:
    women = [
        woman(1, "Amina Diallo", L.B2, available_days=EVERY_DAY),
        woman(2, "Bea Rossi", L.B1, skills=("Cooking",), municipality="milano "),
        woman(3, "Chiara Neri", L.A2, childcare_need=ChildcareNeed.PARTIAL, children_count=2),
        woman(4, "Dina Haddad", L.A1),
        woman(
            5,
            "Eva Lind",
            L.B1,
            skills=(),
            municipality="Monza",
            available_days=(),
            available_from=None,
            available_until=None,
        ),
        woman(6, "Fatima Ouali", L.B1, childcare_need=ChildcareNeed.FULL, children_count=1),
    ]
    ranked = rank(score(w, WAITRESS) for w in reversed(women))

    assert [(m.participant_name, m.score, m.excluded) for m in ranked] == [
        ("Amina Diallo", 100.0, False),
        ("Bea Rossi", 87.5, False),
        ("Chiara Neri", 54.0, False),  # one level below, and evenings clash with childcare
        ("Fatima Ouali", 90.0, True),  # full childcare need and an evening shift
        ("Dina Haddad", 65.0, True),  # two levels below
        ("Eva Lind", 55.0, True),  # lives in Monza: out of reach (callers leave her out)
    ]
    amina, bea, chiara, fatima, dina, eva = ranked
    assert eva.out_of_reach and not any(m.out_of_reach for m in ranked[:-1])
    assert texts(amina) == [
        "Italian: B2, above the required B1",
        "skills: cooking, hospitality (2 of 2)",
        "available on mon, tue, wed, thu, fri",
        "available 14:00-20:00",
        "lives in Milano",
        "no childcare needed",
    ]
    assert reason(bea, "language").text == "Italian: B1, meets the required B1"
    assert reason(bea, "skills").params == {"skills": "cooking", "count": "1", "asked": "2"}
    assert reason(bea, "same_").code == "same_municipality"  # case and spaces ignored
    assert reason(chiara, "language").text == "Italian: A2, one level below the required B1"
    assert reason(chiara, "language").points == 14.0
    conflict = reason(chiara, "childcare")
    assert (conflict.code, conflict.text, conflict.hard) == (
        "childcare_conflict",
        "evenings: conflicts with childcare",
        False,
    )
    assert conflict.params == {"parts": "evenings", "need": "partial"}
    assert conflict.points < 0
    assert texts(eva)[1:5] == [
        "none of the skills asked: cooking, hospitality",
        "availability not recorded",
        "available hours not recorded",
        "lives in Monza, job in Milano",
    ]
    assert reason(fatima, "childcare").hard
    far = reason(dina, "language")
    assert (far.code, far.hard, far.text) == (
        "language_far_below",
        True,
        "Italian: A1, far below the required B1 (2 levels)",
    )
    assert {r.code for m in ranked for r in m.reasons} <= REASON_CODES


def test_no_consent_is_a_hard_conflict_named_first() -> None:
    match = score(woman(1, "Amina", L.B2, has_sharing_consent=False), WAITRESS)
    assert match.excluded
    assert match.reasons[0].code == "no_consent"
    assert match.reasons[0].text == "no consent to share her data with employers"


def test_weekend_days_conflict_and_clash_with_childcare() -> None:
    weekend_job = replace(WAITRESS, schedule_days=(*WEEKDAYS, "sat", "sun"), end_time="16:00")
    her = woman(1, "Amina", L.B1, childcare_need=ChildcareNeed.PARTIAL)
    match = score(her, weekend_job)
    days = reason(match, "days_")
    assert (days.code, days.params, days.text) == (
        "days_conflict",
        {"days": "sat, sun"},
        "not available on sat, sun",
    )
    assert days.points == pytest.approx(10 * 5 / 7, abs=0.01)
    assert reason(match, "childcare").text == "weekends: conflicts with childcare"
    assert not match.excluded

    always = score(replace(her, available_days=EVERY_DAY), weekend_job)
    assert reason(always, "days_").code == "days_fit"
    assert always.score > match.score


def test_early_and_overnight_shifts_name_the_parts_that_clash() -> None:
    her = woman(1, "Amina", L.B1, childcare_need=ChildcareNeed.PARTIAL)
    early = score(her, replace(WAITRESS, start_time="06:00", end_time="14:00"))
    assert reason(early, "childcare").text == "early mornings: conflicts with childcare"
    night = score(her, replace(WAITRESS, start_time="22:00", end_time="06:00"))
    assert reason(night, "childcare").params["parts"] == "early_mornings, evenings"
    day = score(her, replace(WAITRESS, start_time="09:00", end_time="15:00"))
    assert reason(day, "childcare").code == "childcare_ok"
    welcoming = score(
        replace(her, childcare_need=ChildcareNeed.FULL),
        replace(WAITRESS, childcare_compatible=True),
    )
    assert reason(welcoming, "childcare").code == "childcare_compatible"
    assert not welcoming.excluded


def test_missing_availability_is_neutral() -> None:
    unknown = woman(
        1, "Unknown", L.B1, available_days=(), available_from=None, available_until=None
    )
    fits = woman(2, "Fits", L.B1)
    clashes = woman(3, "Clashes", L.B1, available_days=("mon",), available_until="15:00")
    scores = {c.name: score(c, WAITRESS) for c in (unknown, fits, clashes)}
    assert [r.code for r in scores["Unknown"].reasons[2:4]] == [
        "availability_unknown",
        "hours_unknown",
    ]
    assert [r.points for r in scores["Unknown"].reasons[2:4]] == [5.0, 5.0]
    assert scores["Fits"].score > scores["Unknown"].score > scores["Clashes"].score
    hours = reason(scores["Clashes"], "hours")
    assert hours.text == "works 14:00-20:00, available 08:00-15:00"
    assert hours.points == pytest.approx(10 / 6, abs=0.01)


def test_a_vacancy_without_requirements_asks_nothing_of_her() -> None:
    open_job = Opening(vacancy_id=2, title="Helper", employer="Coop")
    match = score(Candidate(1, "W4I-1", "Amina", has_sharing_consent=True), open_job)
    assert [r.code for r in match.reasons] == [
        "language_not_required",
        "no_skills_required",
        "availability_unknown",
        "hours_unknown",
        "municipality_unknown",
        "childcare_not_needed",
    ]
    assert not match.excluded


def test_her_level_none_is_far_below_b1_and_one_below_a1() -> None:
    nobody = woman(1, "Amina", L.NONE)
    far = reason(score(nobody, WAITRESS), "language").text
    assert far == "Italian: no level, far below the required B1 (3 levels)"
    a1_job = replace(WAITRESS, required_cefr=L.A1)
    assert not score(nobody, a1_job).excluded


def test_ties_are_broken_by_name() -> None:
    same = [woman(i, name, L.B1) for i, name in enumerate(["Zoe", "Ada", "Mia"], start=1)]
    assert [m.participant_name for m in rank(score(w, WAITRESS) for w in same)] == [
        "Ada",
        "Mia",
        "Zoe",
    ]


levels = st.sampled_from(list(CefrLevel))
clock = st.one_of(
    st.none(), st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
)
day_sets = st.lists(st.sampled_from(EVERY_DAY), unique=True).map(tuple)
skill_sets = st.lists(st.sampled_from(["cooking", "sewing", "driving", "Cleaning"])).map(tuple)


@given(
    levels,
    levels,
    day_sets,
    day_sets,
    clock,
    clock,
    clock,
    clock,
    skill_sets,
    skill_sets,
    st.sampled_from(list(ChildcareNeed)),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["Monza", " monza", "Milano"]),
    st.booleans(),
    st.booleans(),
)
def test_every_score_is_within_0_and_100_and_explained(
    her_level: CefrLevel,
    needed: CefrLevel,
    her_days: tuple[str, ...],
    job_days: tuple[str, ...],
    free_from: str | None,
    free_until: str | None,
    start: str | None,
    end: str | None,
    her_skills: tuple[str, ...],
    job_skills: tuple[str, ...],
    need: ChildcareNeed,
    compatible: bool,
    consent: bool,
    home: str,
    relocate: bool,
    commute: bool,
) -> None:
    her = Candidate(
        1, "W4I-1", "Amina", (("", her_level),), her_skills, home, her_days, free_from,
        free_until, 1, need, consent, relocate, ("MONZA",) if commute else (),
    )  # fmt: skip
    job = Opening(
        2, "Job", "Coop", "Monza", None, job_days, start, end, compatible, needed, job_skills
    )
    match = score(her, job)
    assert 0 <= match.score <= 100
    assert match.excluded == any(r.hard for r in match.reasons)
    assert match.excluded == (
        not consent
        or (needed is not L.NONE and needed.rank - her_level.rank >= 2)
        or reason(match, "childcare").hard
        or match.out_of_reach
    )
    assert match.out_of_reach == (home == "Milano" and not relocate and not commute)
    assert within_reach(her, job.municipality) is not match.out_of_reach
    assert all(r.code in REASON_CODES and r.text for r in match.reasons)


# --- from the database -------------------------------------------------------------------------

ON = date(2026, 3, 2)


def add_vacancy(ctx: Context, **fields: Any) -> int:
    values: dict[str, Any] = {
        "title": "Cameriera",
        "municipality": "Milano",
        "schedule_days": list(WEEKDAYS),
        "start_time": "09:00",
        "end_time": "15:00",
        "required_cefr": L.B1,
        "required_language": "it",
        "skills": ["cooking"],
        "opened_on": date(2026, 1, 1),
    }
    values.update(fields)
    with ctx.db.transaction() as session:
        employer = Employer(name="Trattoria da Gino", municipality="Milano")
        session.add(employer)
        session.flush()
        vacancy = Vacancy(employer_id=employer.id, **values)
        session.add(vacancy)
        session.flush()
        return vacancy.id


def add_level(ctx: Context, pid: int, level: CefrLevel, on: date, *, host: bool = True) -> None:
    with ctx.db.transaction() as session:
        session.add(
            LanguageAssessment(
                participant_id=pid,
                language="it" if host else "en",
                host_language=host,
                level=level,
                stage=AssessmentStage.INTAKE,
                assessed_on=on,
            )
        )


def enrol(
    ctx: Context,
    last_name: str,
    level: CefrLevel | None = L.B1,
    consent: bool = True,
    **fields: Any,
) -> int:
    values: dict[str, Any] = {
        "first_name": "Ana",
        "last_name": last_name,
        "enrolled_on": date(2026, 1, 5),
        "municipality": "Milano",
        "skills": ["cooking"],
        "available_days": list(WEEKDAYS),
        "available_from": "08:00",
        "available_until": "16:00",
    }
    values.update(fields)
    pid = participants.create(ctx, values)
    if level is not None:
        add_level(ctx, pid, level, date(2026, 1, 10))
    if consent:
        consents.record_consent(ctx, pid, SHARING, date(2026, 1, 5), "2026-1")
    return pid


def ids(matches: list[Match]) -> list[int]:
    return [m.participant_id for m in matches]


def test_only_consenting_participants_are_ranked_and_withdrawal_removes_her(
    admin_ctx: Context,
) -> None:
    vacancy = add_vacancy(admin_ctx)
    best = enrol(admin_ctx, "Best", L.B2)
    good = enrol(admin_ctx, "Good", L.A2)
    silent = enrol(admin_ctx, "Silent", L.C1, consent=False)
    far = enrol(admin_ctx, "Far", L.A1)

    assert ids(candidates_for_vacancy(admin_ctx, vacancy, ON)) == [best, good]
    everyone = candidates_for_vacancy(admin_ctx, vacancy, ON, include_excluded=True)
    assert ids(everyone) == [best, good, far]  # she without consent: not even as excluded
    assert silent not in ids(everyone)
    assert everyone[-1].excluded
    best_reason = candidates_for_vacancy(admin_ctx, vacancy, ON)[0].reasons[0]
    assert best_reason.text == "Italian: B2, above the required B1"
    assert ids(candidates_for_vacancy(admin_ctx, vacancy, ON, limit=1)) == [best]

    consents.withdraw_consent(admin_ctx, best, SHARING, date(2026, 3, 1))
    assert ids(candidates_for_vacancy(admin_ctx, vacancy, ON)) == [good]
    assert ids(candidates_for_vacancy(admin_ctx, vacancy)) == [good]  # today
    # On a day before the withdrawal her consent was in force.
    assert ids(candidates_for_vacancy(admin_ctx, vacancy, date(2026, 2, 28))) == [best, good]


def test_her_latest_level_in_the_language_asked_counts(admin_ctx: Context) -> None:
    vacancy = add_vacancy(admin_ctx)
    pid = enrol(admin_ctx, "Learner", L.A1)
    add_level(admin_ctx, pid, L.C2, date(2026, 2, 1), host=False)  # English: not the host language
    assert candidates_for_vacancy(admin_ctx, vacancy, ON) == []
    add_level(admin_ctx, pid, L.B1, date(2026, 2, 1))
    [match] = candidates_for_vacancy(admin_ctx, vacancy, ON)
    assert match.reasons[0].text == "Italian: B1, meets the required B1"
    unassessed = enrol(admin_ctx, "Unassessed", level=None)
    low = candidates_for_vacancy(admin_ctx, vacancy, ON, include_excluded=True)[-1]
    assert (low.participant_id, low.reasons[0].code) == (unassessed, "language_unknown")
    assert low.reasons[0].text == "Italian: level not assessed, B1 required"
    assert low.excluded


def test_closed_anonymised_and_not_enrolled_participants_are_not_candidates(
    admin_ctx: Context,
) -> None:
    vacancy = add_vacancy(admin_ctx)
    stays = enrol(admin_ctx, "Stays")
    closed = enrol(admin_ctx, "Closed")
    erased = enrol(admin_ctx, "Erased")
    enrol(admin_ctx, "Applicant", enrolled_on=None)
    participants.close(admin_ctx, closed, date(2026, 2, 1), ClosureReason.EMPLOYED)
    privacy.erase_participant(admin_ctx, erased, "She asked to be forgotten.")
    assert ids(candidates_for_vacancy(admin_ctx, vacancy, ON, include_excluded=True)) == [stays]


def test_volunteers_may_not_match(admin_ctx: Context, login_as: UserFactory) -> None:
    vacancy = add_vacancy(admin_ctx)
    pid = enrol(admin_ctx, "Diallo")
    volunteer = login_as(Role.VOLUNTEER, admin_ctx.actor.site_id)
    with pytest.raises(PermissionDenied):
        candidates_for_vacancy(volunteer, vacancy, ON)
    with pytest.raises(PermissionDenied):
        vacancies_for_participant(volunteer, pid, ON)


def test_staff_see_only_the_participants_of_their_site(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    vacancy = add_vacancy(admin_ctx)
    pid = enrol(admin_ctx, "Diallo")
    with admin_ctx.db.transaction() as session:
        torino = Site(name="Torino")
        session.add(torino)
        session.flush()
        torino_id = torino.id
    theirs = enrol(admin_ctx, "Torinese", site_id=torino_id)
    here = login_as(Role.STAFF, admin_ctx.actor.site_id)
    there = login_as(Role.STAFF, torino_id)

    assert ids(candidates_for_vacancy(here, vacancy, ON)) == [pid]
    assert ids(candidates_for_vacancy(there, vacancy, ON)) == [theirs]
    assert vacancies_for_participant(here, pid, ON)
    with pytest.raises(NotFound):
        vacancies_for_participant(there, pid, ON)


def test_an_unknown_vacancy_is_not_found(admin_ctx: Context) -> None:
    with pytest.raises(NotFound):
        candidates_for_vacancy(admin_ctx, 999, ON)


def test_vacancies_for_participant_ranks_open_vacancies_and_marks_missing_consent(
    admin_ctx: Context,
) -> None:
    pid = enrol(admin_ctx, "Diallo", L.B1, consent=False, childcare_need="full")
    fits = add_vacancy(admin_ctx, title="Aiuto cuoca")
    evening = add_vacancy(admin_ctx, title="Cameriera serale", start_time="18:00", end_time="22:00")
    harder = add_vacancy(admin_ctx, title="Receptionist", required_cefr=L.B2, skills=["office"])
    add_vacancy(admin_ctx, title="Filled", status=VacancyStatus.FILLED)
    add_vacancy(admin_ctx, title="Ended", closed_on=date(2026, 2, 1))
    add_vacancy(admin_ctx, title="Ends today", closed_on=ON)

    ranked = vacancies_for_participant(admin_ctx, pid, ON)
    # All excluded alike, so by score: the evening job's 80 beats the B2 job's 54.
    assert [(m.vacancy_title, m.score) for m in ranked] == [
        ("Aiuto cuoca", 100.0),
        ("Ends today", 100.0),
        ("Cameriera serale", 80.0),
        ("Receptionist", 54.0),
    ]
    assert all(m.excluded and m.reasons[0].code == "no_consent" for m in ranked)
    assert {m.vacancy_id for m in ranked} >= {fits, evening, harder}

    consents.record_consent(admin_ctx, pid, SHARING, date(2026, 1, 5), "2026-1")
    ranked = vacancies_for_participant(admin_ctx, pid, ON)
    assert [(m.vacancy_title, m.excluded) for m in ranked] == [
        ("Aiuto cuoca", False),
        ("Ends today", False),
        ("Receptionist", False),
        ("Cameriera serale", True),  # full childcare need, evening shift
    ]
    assert "evenings: conflicts with childcare" in texts(ranked[-1])
    assert reason(ranked[2], "language").text == "Italian: B1, one level below the required B2"
    open_only = vacancies_for_participant(admin_ctx, pid, ON, include_excluded=False)
    assert [m.vacancy_title for m in open_only] == ["Aiuto cuoca", "Ends today", "Receptionist"]
