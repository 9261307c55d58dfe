from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import ADMIN_PASSWORD, FAST_KDF, UserFactory
from w4i_desktop.enums import (
    CEFR_ORDER,
    AuditAction,
    ClosureReason,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
)
from w4i_desktop.errors import PermissionDenied
from w4i_desktop.models import (
    Activity,
    AuditEvent,
    Consent,
    Employer,
    FollowUp,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    PathwayTemplate,
    Placement,
    Site,
    User,
    Vacancy,
)
from w4i_desktop.models.participant import sort_name_of
from w4i_desktop.services import audit, demo, users
from w4i_desktop.services.codes import CODE_ALPHABET
from w4i_desktop.services.context import Context
from w4i_desktop.services.demo import world as demo_world
from w4i_desktop.storage.search import matching_participant_ids

TODAY = date(2025, 6, 30)
N = 300
LAST_FOUR_QUARTERS = [
    (date(2024, 7, 1), date(2024, 9, 30)),
    (date(2024, 10, 1), date(2024, 12, 31)),
    (date(2025, 1, 1), date(2025, 3, 31)),
    (date(2025, 4, 1), date(2025, 6, 30)),
]


@dataclass
class Demo:
    ctx: Context
    summary: demo.DemoSummary
    progress: list[tuple[int, int]]


def _new_db(path: Path) -> Context:
    return users.create_database(
        path, "admin", ADMIN_PASSWORD, site_name="Milano", kdf=FAST_KDF
    ).context


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """One generated database shared by the read-only tests of this module."""
    ctx = _new_db(tmp_path_factory.mktemp("demo") / "w4i.db")
    calls: list[tuple[int, int]] = []
    summary = demo.generate(
        ctx, N, seed=4, today=TODAY, progress=lambda done, total: calls.append((done, total))
    )
    yield Demo(ctx, summary, calls)
    ctx.db.close()


@pytest.fixture
def session(made: Demo) -> Iterator[Session]:
    with made.ctx.db.transaction() as s:
        yield s


def test_summary_matches_the_rows(made: Demo, session: Session) -> None:
    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    s = made.summary
    assert s.participants == N == count(Participant)
    assert s.employers == count(Employer) >= 12
    assert s.vacancies == count(Vacancy) > s.employers
    assert s.placements == count(Placement)
    assert s.follow_ups == count(FollowUp)
    assert s.assessments == count(LanguageAssessment) > N
    assert s.consents == count(Consent) > N
    assert s.pathway_steps == count(PathwayStep) == 19 * N
    assert s.activities == count(Activity) >= 2 * N
    assert count(Pathway) == N
    assert str(s).startswith(f"Created {N} participants, {s.employers} employers, ")
    assert made.progress[0] == (0, N) and made.progress[-1] == (N, N)


def test_enrolments_reach_back_three_years_and_fill_each_recent_quarter(session: Session) -> None:
    enrolled = list(session.scalars(select(Participant.enrolled_on)))
    assert all(d is not None and date(2022, 6, 30) <= d <= TODAY for d in enrolled)
    assert min(d for d in enrolled if d) < date(2023, 1, 1)
    for start, end in LAST_FOUR_QUARTERS:
        assert sum(1 for d in enrolled if d and start <= d <= end) >= 10, (start, end)
    assert all(d is not None and d.weekday() < 5 for d in enrolled)


def test_about_a_third_closed_with_several_reasons(session: Session) -> None:
    rows = session.execute(
        select(Participant.enrolled_on, Participant.closed_on, Participant.closure_reason)
    ).all()
    closed = [r for r in rows if r.closed_on is not None]
    assert 0.25 * N <= len(closed) <= 0.45 * N
    assert all(r.enrolled_on < r.closed_on <= TODAY for r in closed)
    assert all((r.closure_reason is None) == (r.closed_on is None) for r in rows)
    reasons = Counter(r.closure_reason for r in closed)
    assert set(reasons) == set(ClosureReason)
    assert reasons[ClosureReason.EMPLOYED] >= 10


def test_placements_follow_ups_and_positive_exits(session: Session) -> None:
    enrolled: dict[int, date] = {
        pid: on or date.max
        for pid, on in session.execute(select(Participant.id, Participant.enrolled_on))
    }
    placements = session.scalars(select(Placement)).all()
    placed = Counter(p.participant_id for p in placements)
    assert 0.2 * N <= len(placed) <= 0.4 * N
    assert any(n == 2 for n in placed.values())
    assert len({p.type for p in placements}) >= 5
    assert all(enrolled[p.participant_id] < p.start_date <= TODAY for p in placements)
    assert all(p.end_date is None or p.end_date > p.start_date for p in placements)

    follow_ups = session.scalars(select(FollowUp)).all()
    six_months = [f for f in follow_ups if f.months_after_start == 6]
    assert len(six_months) >= 10
    assert all(f.followed_up_on <= TODAY for f in follow_ups)
    assert 0.6 < sum(f.still_employed for f in follow_ups) / len(follow_ups) < 0.98

    # Every exit "employed" has a job that is running on the day she left the programme.
    exits = session.execute(
        select(Participant.id, Participant.closed_on).where(
            Participant.closure_reason == ClosureReason.EMPLOYED
        )
    ).all()
    by_person: dict[int, list[Placement]] = {}
    for p in placements:
        by_person.setdefault(p.participant_id, []).append(p)
    for pid, closed_on in exits:
        assert closed_on is not None
        assert any(
            p.start_date <= closed_on and (p.end_date is None or p.end_date >= closed_on)
            for p in by_person.get(pid, [])
        ), pid


def test_host_language_assessments_show_progress(session: Session) -> None:
    rows = session.execute(
        select(
            LanguageAssessment.participant_id,
            LanguageAssessment.assessed_on,
            LanguageAssessment.level,
        )
        .where(LanguageAssessment.host_language.is_(True))
        .order_by(LanguageAssessment.participant_id, LanguageAssessment.assessed_on)
    ).all()
    first: dict[int, int] = {}
    progress_dates: list[date] = []
    for pid, on, level in rows:
        first.setdefault(pid, level.rank)
        if level.rank > first[pid]:
            progress_dates.append(on)
    assert len(first) == N  # everyone has an intake level
    assert len(progress_dates) >= 30
    last_year = LAST_FOUR_QUARTERS[0][0]
    assert sum(1 for d in progress_dates if d >= last_year) >= 10
    assert {level for *_, level in rows} >= set(CEFR_ORDER[:5])


def test_pathways_follow_the_template_with_done_active_and_overdue_steps(
    session: Session,
) -> None:
    template = session.scalars(
        select(PathwayTemplate).where(PathwayTemplate.key == demo.TEMPLATE_KEY)
    ).one()
    kinds = [s.kind for s in template.steps]
    assert kinds == [kind for kind, *_ in demo.WORK_IS_PROGRESS]
    assert all(set(s.titles) == {"en", "it", "es", "sv", "nl"} for s in template.steps)

    people = {p.id: p for p in session.scalars(select(Participant))}
    steps = session.execute(
        select(PathwayStep, Pathway.participant_id)
        .join(Pathway, Pathway.id == PathwayStep.pathway_id)
        .order_by(PathwayStep.pathway_id, PathwayStep.position)
    ).all()
    per_pathway: dict[int, list[StepKind]] = {}
    overdue = skills_done_last_quarter = training_active_last_quarter = 0
    q_start, q_end = LAST_FOUR_QUARTERS[-1]
    for step, pid in steps:
        person = people[pid]
        per_pathway.setdefault(step.pathway_id, []).append(step.kind)
        last_day = person.closed_on or TODAY
        assert person.enrolled_on is not None
        if step.status is StepStatus.DONE:
            assert step.completed_on is not None and step.started_on is not None
            assert person.enrolled_on <= step.started_on <= step.completed_on <= last_day
        else:
            assert step.completed_on is None
        if step.status is StepStatus.IN_PROGRESS:
            assert person.closed_on is None and step.started_on is not None
        if step.status is StepStatus.SKIPPED:
            assert step.skip_reason
        if (
            person.closed_on is None
            and step.due_on is not None
            and step.due_on <= TODAY
            and step.status in (StepStatus.TODO, StepStatus.IN_PROGRESS)
        ):
            overdue += 1
        if (
            step.kind is StepKind.SKILLS_ASSESSMENT
            and step.completed_on
            and q_start <= step.completed_on <= q_end
        ):
            skills_done_last_quarter += 1
        if (
            step.kind in (StepKind.TRAINING, StepKind.LANGUAGE_COURSE)
            and step.started_on
            and step.started_on <= q_end
            and (step.completed_on is None or step.completed_on >= q_start)
        ):
            training_active_last_quarter += 1
    assert all(k == kinds for k in per_pathway.values())
    assert overdue >= 20
    assert skills_done_last_quarter >= 5
    assert training_active_last_quarter >= 10
    statuses = Counter(step.status for step, _ in steps)
    assert all(statuses[s] >= 50 for s in StepStatus)


def test_codes_are_unique_and_well_formed(session: Session) -> None:
    codes = list(session.scalars(select(Participant.code)))
    assert len(set(codes)) == N
    pattern = re.compile(rf"^W4I-[{CODE_ALPHABET}]{{5}}$")
    assert all(pattern.match(c) for c in codes)


def test_staff_and_volunteers_work_at_the_sites_without_key_slots(
    made: Demo, session: Session
) -> None:
    sites = {name: id_ for name, id_ in session.execute(select(Site.name, Site.id))}
    staff = session.scalars(select(User).where(User.role == Role.STAFF)).all()
    volunteers = session.scalars(select(User).where(User.role == Role.VOLUNTEER)).all()
    four = ("Milano", "Barcelona", "Amsterdam", "Malmö")
    assert {u.site_id for u in staff} == {sites[n] for n in four}
    assert len(volunteers) >= 2
    for user in [*staff, *volunteers]:
        assert not made.ctx.db.has_user_slot(user.username)
    caseworker_of_site = {u.site_id: u.id for u in staff}
    people = session.scalars(select(Participant)).all()
    assert all(p.caseworker_id == caseworker_of_site[p.site_id] for p in people)
    volunteer_ids = {u.id for u in volunteers}
    assert sum(p.interviewer_id in volunteer_ids for p in people) >= 10
    assert Counter(p.site_id for p in people).most_common()[-1][1] >= 0.1 * N


def test_people_are_multilingual_and_read_back_through_the_models(session: Session) -> None:
    people = session.scalars(select(Participant)).all()
    assert len({p.country_of_birth for p in people}) >= 15
    assert any(not p.last_name.isascii() for p in people if p.last_name)
    assert any(p.birth_date is None and p.birth_year for p in people)
    for p in people:
        assert p.enrolled_on is not None and p.birth_year is not None
        assert 17 <= p.enrolled_on.year - p.birth_year <= 63
        if p.birth_date is not None:
            assert p.birth_date.year == p.birth_year
        assert p.created_at.tzinfo is UTC and isinstance(p.languages, list)
        assert p.arrival_year is not None and p.birth_year < p.arrival_year <= p.enrolled_on.year
        # Most live in the site's city; the rest nearby, most of whom commute to it.
        nearby = {spec.name: spec.nearby for spec in demo_world.SITES}[p.site.name]
        assert p.municipality == p.site.name or p.municipality in nearby
        assert all(town in (p.site.name, *nearby) for town in p.commutes_to)
    elsewhere = [p for p in people if p.municipality != p.site.name]
    assert 0.05 * N <= len(elsewhere) <= 0.3 * N
    assert sum(p.site.name in p.commutes_to for p in elsewhere) >= 0.4 * len(elsewhere)
    assert any(p.would_relocate for p in people)
    assert {p.site.name: p.site.country for p in people} == {
        "Milano": "IT",  # the first-run site had none: the demo gave it its country
        "Barcelona": "ES",
        "Amsterdam": "NL",
        "Malmö": "SE",
    }
    one = people[0]
    assert isinstance(one.enrolled_on, date) and isinstance(one.skills, list)
    assert isinstance(one.last_activity_at, datetime)
    step = session.scalars(select(PathwayStep)).first()
    assert step is not None and step.version_id == 1
    assert step.titles is None and step.template_step is not None  # titles come from there
    assert step.title_for("it") == step.template_step.titles["it"] != ""
    assert all(p.sort_name == sort_name_of(p.first_name, p.last_name) for p in people)
    consents = session.scalars(select(Consent)).all()
    assert sum(c.withdrawn_on is not None for c in consents) >= 3
    assert all(c.withdrawn_on is None or c.withdrawn_on > c.given_on for c in consents)


def test_search_index_and_audit_log_follow(session: Session) -> None:
    person = session.scalars(select(Participant).where(Participant.email.is_not(None))).first()
    assert person is not None and person.last_name
    found = matching_participant_ids(f"{person.code} {person.last_name}")
    assert found is not None and person.id in set(session.scalars(found))
    event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event is not None and event.action is AuditAction.CREATE
    assert (event.entity, event.detail) == ("demo", {"count": N})
    assert audit.verify(session).ok


def test_same_seed_same_people_other_seed_other_people(tmp_path: Path) -> None:
    def people(folder: str, seed: int) -> list[tuple[str | None, ...]]:
        (tmp_path / folder).mkdir()
        ctx = _new_db(tmp_path / folder / "w4i.db")
        try:
            demo.generate(ctx, 40, seed=seed, today=TODAY)
            with ctx.db.transaction() as s:
                rows = s.execute(
                    select(
                        Participant.code, Participant.first_name, Participant.last_name
                    ).order_by(Participant.id)
                ).all()
                return [tuple(r) for r in rows]
        finally:
            ctx.db.close()

    first = people("a", 11)
    assert first == people("b", 11)
    assert first != people("c", 12)


def test_a_second_run_adds_people_and_reuses_sites_and_staff(admin_ctx: Context) -> None:
    demo.generate(admin_ctx, 30, seed=1, today=TODAY)
    second = demo.generate(admin_ctx, 20, seed=1, today=TODAY)
    assert (second.participants, second.sites, second.users) == (20, 0, 0)
    with admin_ctx.db.transaction() as s:
        codes = list(s.scalars(select(Participant.code)))
        assert len(codes) == len(set(codes)) == 50
        assert s.scalar(select(func.count()).select_from(Site)) == 4  # Milano already existed
        assert s.scalar(select(func.count()).select_from(PathwayTemplate)) == 1


@pytest.mark.parametrize("role", [Role.STAFF, Role.VOLUNTEER])
def test_only_managers_and_admins_may_generate(login_as: UserFactory, role: Role) -> None:
    with pytest.raises(PermissionDenied):
        demo.generate(login_as(role), 5, today=TODAY)


def test_a_manager_may_generate(login_as: UserFactory) -> None:
    assert demo.generate(login_as(Role.MANAGER), 5, today=TODAY).participants == 5


def test_placement_types_cover_the_indicator_breakdown(session: Session) -> None:
    types = set(session.scalars(select(Placement.type)))
    assert {PlacementType.PERMANENT, PlacementType.FIXED_TERM, PlacementType.INTERNSHIP} <= types


def test_the_connection_gets_its_page_cache_size_back(admin_ctx: Context) -> None:
    def cache_size() -> int:
        with admin_ctx.db.transaction() as s:
            return int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())

    before = cache_size()
    demo.generate(admin_ctx, 3, today=TODAY)
    assert cache_size() == before != -demo.BULK_CACHE_KIB
