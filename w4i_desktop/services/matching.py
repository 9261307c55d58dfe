"""Matching from the database: candidates for a vacancy (only those who consented to sharing
with employers) and vacancies for a participant, scored by services/match_scoring.py.

A vacancy's language is the one it names, else the host language of its employer's site (of
the organisation when the employer has no site); her level is read in that language only.
Those living elsewhere who would neither commute nor relocate there are left out both ways."""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    String,
    Text,
    and_,
    cast,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from w4i_desktop.enums import CefrLevel, ChildcareNeed, ConsentPurpose, VacancyStatus
from w4i_desktop.errors import NotFound
from w4i_desktop.models import Consent, Employer, LanguageAssessment, Participant, Vacancy
from w4i_desktop.services.consents import has_consent
from w4i_desktop.services.context import Context
from w4i_desktop.services.match_scoring import (
    HOST,
    Candidate,
    Match,
    Opening,
    PreparedOpening,
    language_reason,
    rank,
    rank_key,
    score_prepared,
    within_reach,
)
from w4i_desktop.services.participants import load_visible, visible_clause
from w4i_desktop.services.permissions import Action
from w4i_desktop.services.sites import host_languages_of_sites
from w4i_desktop.storage.portable import per_dialect

# --- loading and ranking from the database ---------------------------------------------------


def _sharing_in_force(on: date) -> ColumnElement[bool]:
    """`consents.has_consent` as a clause over every participant at once."""
    # Dates compared as the ISO text they are stored as: against a bound date parameter the
    # candidates' query took 0.74 s instead of 0.33 s at 100,000 participants.
    # SELECT 1, not SELECT *: SQLite then answers from ix_consent_in_force without the rows.
    day = on.isoformat()
    return (
        select(literal_column("1"))
        .where(
            Consent.participant_id == Participant.id,
            Consent.purpose == ConsentPurpose.SHARING_WITH_EMPLOYERS,
            cast(Consent.given_on, String) <= day,
            or_(Consent.withdrawn_on.is_(None), cast(Consent.withdrawn_on, String) > day),
        )
        .exists()
    )


def _with_levels(
    session: Session, language: str | None, *conditions: ColumnElement[bool]
) -> Iterator[tuple[Any, CefrLevel | None]]:
    """The participants meeting `conditions`, each with her latest level in `language` (None:
    in the host language), None when she was never assessed in it.

    One query, joined to her assessments of that language and read in her id order (the table's
    own order, so SQLite does not sort), the latest picked here as each woman's rows end.
    A second query for everyone's levels, or SQLite sorting each woman's assessments, both
    cost more at 100,000 participants; rows are streamed so that they do not pile up for
    the garbage collector to walk.
    """
    la = LanguageAssessment
    query = (
        select(
            *_CANDIDATE_COLUMNS,
            type_coerce(la.assessed_on, String),
            la.id,
            type_coerce(la.level, String),
        )
        .outerjoin(
            la,
            and_(
                la.participant_id == Participant.id,
                la.language == language if language else la.host_language.is_(True),
            ),
        )
        .where(*conditions)
        .order_by(Participant.id)
    )
    latest: Any = None
    for chunk in session.connection().execute(query).partitions(1000):
        for row in chunk:
            if latest is not None and row[0] != latest[0]:
                yield latest, _LEVELS.get(latest[-1])
                latest = None
            if latest is None or (row[-2] is not None and row[-3:-1] > latest[-3:-1]):
                latest = row
    if latest is not None:
        yield latest, _LEVELS.get(latest[-1])


# JSON and enum columns come as stored text, parsed once per distinct value (women share
# skill sets, days and needs): decoding every row cost a tenth of the time.
_CANDIDATE_COLUMNS = (
    Participant.id,
    Participant.code,
    Participant.first_name,
    Participant.last_name,
    cast(Participant.skills, Text),  # as stored: PostgreSQL's driver would decode JSON
    Participant.municipality,
    cast(Participant.available_days, Text),
    Participant.available_from,
    Participant.available_until,
    Participant.children_count,
    type_coerce(Participant.childcare_need, String),
    Participant.would_relocate,
    cast(Participant.commutes_to, Text),
)


class _Parsed:
    """Stored text to values, remembered for the length of one call."""

    def __init__(self) -> None:
        self.lists: dict[str | None, tuple[str, ...]] = {None: ()}

    def tags(self, stored: str | None) -> tuple[str, ...]:
        found = self.lists.get(stored)
        if found is None:
            loaded = json.loads(stored) if stored else []
            found = self.lists[stored] = tuple(str(t) for t in loaded or ())
        return found

    def candidate(self, row: Any, levels: dict[str, CefrLevel], consent: bool) -> Candidate:
        return Candidate(
            participant_id=row[0],
            code=row[1],
            name=_name(row),
            levels=tuple(levels.items()),
            skills=self.tags(row[4]),
            municipality=row[5],
            available_days=self.tags(row[6]),
            available_from=row[7],
            available_until=row[8],
            children_count=row[9] or 0,
            childcare_need=_NEEDS.get(row[10], ChildcareNeed.NONE),
            has_sharing_consent=consent,
            would_relocate=bool(row[11]),
            commutes_to=self.tags(row[12]),
        )

    def place(self, row: Any) -> tuple[str | None, bool, tuple[str, ...]]:
        return (row[5], bool(row[11]), self.tags(row[12]))


def _name(row: Any) -> str:
    first, last = row[2], row[3]
    return f"{first} {last}" if first and last else first or last or ""


_LEVELS: dict[str | None, CefrLevel] = {level.value: level for level in CefrLevel}
_NEEDS: dict[str | None, ChildcareNeed] = {need.value: need for need in ChildcareNeed}


_OPENING_COLUMNS = (
    Vacancy.id,
    Vacancy.title,
    Employer.name,
    Vacancy.municipality,
    Vacancy.hours_per_week,
    Vacancy.schedule_days,
    Vacancy.start_time,
    Vacancy.end_time,
    Vacancy.childcare_compatible,
    Vacancy.required_cefr,
    Vacancy.skills,
    Vacancy.required_language,
    Employer.site_id,
)


def _opening(row: Any, languages: dict[int | None, str | None]) -> Opening:
    return Opening(
        vacancy_id=row[0],
        title=row[1],
        employer=row[2],
        municipality=row[3],
        hours_per_week=row[4],
        schedule_days=tuple(row[5] or ()),
        start_time=row[6],
        end_time=row[7],
        childcare_compatible=bool(row[8]),
        required_cefr=row[9] or CefrLevel.NONE,
        skills=tuple(row[10] or ()),
        language=row[11] or languages.get(row[12], languages[None]),
    )


def _load_opening(session: Session, vacancy_id: int) -> Opening:
    found = session.execute(
        select(*_OPENING_COLUMNS)
        .join(Employer, Employer.id == Vacancy.employer_id)
        .where(Vacancy.id == vacancy_id)
    ).one_or_none()
    if found is None:
        raise NotFound("This vacancy does not exist.")
    return _opening(found, host_languages_of_sites(session))


def candidates_for_vacancy(
    ctx: Context,
    vacancy_id: int,
    on: date | None = None,
    include_excluded: bool = False,
    *,
    limit: int | None = None,
) -> list[Match]:
    """The open participants visible to the actor who consent to sharing on `on`, ranked.

    Those without that consent are never returned, not even as excluded: the consent gates
    every place that shows a participant to an employer. `limit` keeps the best `limit`.
    """
    ctx.require(Action.EMPLOYER_VIEW)
    on = on or date.today()
    conditions: tuple[ColumnElement[bool], ...] = (
        _mostly_true(visible_clause(ctx)),
        Participant.anonymised_at.is_(None),
        Participant.closed_on.is_(None),
        Participant.enrolled_on.is_not(None),
        _sharing_in_force(on),
    )
    with ctx.db.transaction() as session:
        prepared = PreparedOpening(_load_opening(session, vacancy_id))
        conditions += _within_reach_clause(session, prepared)
        if not include_excluded:
            conditions += _childcare_fits_clause(prepared)
        rows = _with_levels(session, prepared.opening.language, *conditions)
        matches = _scored(prepared, rows, include_excluded)
        if limit is not None:
            # Only the best stay alive: no list of 50,000 to sort and to garbage-collect.
            return heapq.nsmallest(limit, matches, key=rank_key)
        return rank(matches)


def _mostly_true(clause: ColumnElement[bool]) -> ColumnElement[bool]:
    """`clause`, which SQLite is told holds for most participants: staff of the largest site
    were read through ix_participant_site_id and their wide rows (0.26 s) rather than through
    ix_participant_match alone (0.13 s)."""
    return per_dialect(func.likelihood(clause, literal_column("0.9"), type_=Boolean), clause)


def _within_reach_clause(
    session: Session, prepared: PreparedOpening
) -> tuple[ColumnElement[bool], ...]:
    """A condition that leaves out, in SQL, most of those out of the job's reach: she lives
    in another municipality, would not relocate and commutes nowhere. Spellings of her
    municipality are folded here, once per distinct spelling (a few dozen, from its index);
    those who commute somewhere are all kept, and `PreparedOpening.out_of_reach` judges
    every row that is read, so that the results are those of scoring everyone."""
    if prepared.municipality is None:
        return ()
    spellings = session.scalars(select(Participant.municipality).distinct()).all()
    near = [s for s in spellings if s is not None and prepared.in_municipality_or_unknown(s)]
    return (
        or_(
            Participant.would_relocate.is_(True),
            Participant.municipality.is_(None),
            Participant.municipality.in_(near),
            cast(Participant.commutes_to, Text) != "[]",
        ),
    )


def _childcare_fits_clause(prepared: PreparedOpening) -> tuple[ColumnElement[bool], ...]:
    """Leaves out, in SQL, those whose childcare need is a hard conflict with the job."""
    hard = [need for need in ChildcareNeed if prepared.childcare_reason(need).hard]
    if not hard:
        return ()
    need = type_coerce(Participant.childcare_need, String)
    return (or_(need.is_(None), need.not_in([n.value for n in hard])),)


def _scored(
    prepared: PreparedOpening,
    rows: Iterable[tuple[Any, CefrLevel | None]],
    include_excluded: bool,
) -> Iterator[Match]:
    """Matches straight from the rows: a Candidate apiece added a tenth to the time. Those
    out of reach (elsewhere, neither commuting nor relocating) are never returned."""
    parsed = _Parsed()
    tags, where = parsed.tags, parsed.place
    # Those the language rule excludes are dropped before the rest of the scoring.
    levels: list[CefrLevel | None] = [*CefrLevel, None]
    too_low = {level for level in levels if language_reason(prepared, level).hard}
    for row, level in rows:
        if level in too_low and not include_excluded:
            continue
        place = where(row)
        if prepared.out_of_reach(place):
            continue
        match = prepared.match(
            row[0],
            row[1],
            _name(row),
            level,
            tags(row[4]),
            tags(row[6]),
            (row[7], row[8]),
            place,
            _NEEDS.get(row[10], ChildcareNeed.NONE),
            True,
        )
        if include_excluded or not match.excluded:
            yield match


def vacancies_for_participant(
    ctx: Context, participant_id: int, on: date | None = None, include_excluded: bool = True
) -> list[Match]:
    """The vacancies open on `on`, ranked for her.

    She is the subject here, so nothing is hidden from her caseworker: without a consent to
    share, every result carries a hard "no_consent" reason instead. Vacancies out of her reach
    (another municipality she would neither commute nor relocate to) are left out.
    """
    ctx.require(Action.EMPLOYER_VIEW)
    on = on or date.today()
    with ctx.db.transaction() as session:
        load_visible(session, ctx, participant_id)
        [(row, _)] = list(_with_levels(session, None, Participant.id == participant_id))
        consent = has_consent(session, participant_id, ConsentPurpose.SHARING_WITH_EMPLOYERS, on)
        candidate = _Parsed().candidate(row, _latest_levels(session, participant_id), consent)
        languages = host_languages_of_sites(session)
        openings = [
            _opening(r, languages)
            for r in session.execute(
                select(*_OPENING_COLUMNS)
                .join(Employer, Employer.id == Vacancy.employer_id)
                .where(
                    Vacancy.status == VacancyStatus.OPEN,
                    or_(Vacancy.closed_on.is_(None), Vacancy.closed_on >= on),
                )
            )
        ]
    # Jobs out of her reach are left out before they are scored (two in three, at times).
    reachable = (o for o in openings if within_reach(candidate, o.municipality))
    matches = (score_prepared(candidate, PreparedOpening(o)) for o in reachable)
    return rank(m for m in matches if include_excluded or not m.excluded)


def _latest_levels(session: Session, participant_id: int) -> dict[str, CefrLevel]:
    """Her latest level per language, and under HOST her latest host-language level."""
    la = LanguageAssessment
    levels: dict[str, CefrLevel] = {}
    for language, host, level in session.execute(
        select(la.language, la.host_language, la.level)
        .where(la.participant_id == participant_id)
        .order_by(la.assessed_on, la.id)
    ):
        levels[language] = level
        if host:
            levels[HOST] = level
    return levels
