"""Finding participants: the list's pages, counts and the lookup by code, within what the actor
may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from w4i_desktop.dates import age_on
from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.errors import NotFound
from w4i_desktop.folding import fold
from w4i_desktop.models import Participant, Pathway, PathwayStep, Site, User
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import visible_clause
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.page_cache import roomy_cache
from w4i_desktop.storage.portable import nulls_smallest, per_dialect
from w4i_desktop.storage.search import CODE_PREFIX, narrow_to_matches


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    code: str
    name: str
    birth_date: date | None
    birth_year: int | None
    country_of_birth: str | None
    site: str
    caseworker: str | None
    enrolled_on: date | None
    closed_on: date | None
    stage: StepKind | None
    last_activity_at: datetime | None

    def age_on(self, day: date) -> int | None:
        """Whole years on `day`; from 1 July of the birth year where only the year is known."""
        born = self.birth_date or (date(self.birth_year, 7, 1) if self.birth_year else None)
        if born is None:
            return None
        return age_on(born, day)


@dataclass(frozen=True)
class ParticipantQuery:
    text: str = ""
    site_id: int | None = None
    caseworker_id: int | None = None
    status: str | None = None  # "open" or "closed"
    stage: StepKind | None = None
    order_by: str = "name"
    descending: bool = False
    offset: int = 0
    limit: int = 200


def stage_of_participant() -> Any:
    """The kind of her first step still to do or in progress: where she is on her pathway."""
    return (
        select(PathwayStep.kind)
        .join(Pathway, Pathway.id == PathwayStep.pathway_id)
        .where(
            Pathway.participant_id == Participant.id,
            PathwayStep.status.in_([StepStatus.TODO, StepStatus.IN_PROGRESS]),
        )
        .order_by(PathwayStep.position)
        .limit(1)
        .scalar_subquery()
    )


_ORDER = {
    "code": Participant.code,
    "name": Participant.sort_name,
    "enrolled_on": Participant.enrolled_on,
    "country": Participant.country_of_birth,
    "site": Participant.site_id,
    "birth": Participant.birth_year,
    "last_activity": Participant.last_activity_at,
}


def _narrowed(ctx: Context, query: ParticipantQuery, statement: Select[Any]) -> Select[Any]:
    """`statement`, over participants, narrowed to the list `query` asks for."""
    conditions = [visible_clause(ctx), _not_anonymised(query)]
    if query.site_id is not None:
        conditions.append(Participant.site_id == query.site_id)
    if query.caseworker_id is not None:
        conditions.append(Participant.caseworker_id == query.caseworker_id)
    if query.status == "open":
        conditions.append(Participant.closed_on.is_(None))
    elif query.status == "closed":
        conditions.append(Participant.closed_on.is_not(None))
    if query.stage is not None:
        conditions.append(stage_of_participant() == query.stage)
    return _by_text(statement.where(*conditions), query.text)


def _not_anonymised(query: ParticipantQuery) -> ColumnElement[bool]:
    """Not anonymised: on SQLite written `+anonymised_at IS NULL` (SQLite's way to keep a term
    off the indexes) unless open or closed ones are asked for. Else the planner reads everyone
    through ix_participant_list_state, whose first column it is, and sorts them all for one
    page (10 ms at 100,000) rather than reading the page from the name index (0.2 ms)."""
    plain = Participant.anonymised_at.is_(None)
    if query.status is not None:  # there that index reads them in the order of their names
        return plain
    unindexed = literal_column(f"+{Participant.__tablename__}.anonymised_at").is_(None)
    return per_dialect(unindexed, plain)


def _by_text(statement: Select[Any], text: str) -> Select[Any]:
    folded = fold(text.strip()) or ""
    if len(folded) == 1 and folded.isalpha():
        # One letter: last names starting with it, as in a phone book. Read in order from the
        # name index, where a full-text prefix of one letter would match a quarter of everyone.
        return statement.where(
            Participant.sort_name >= folded, Participant.sort_name < chr(ord(folded) + 1)
        )
    return narrow_to_matches(statement, text, Participant.__table__)


def count(ctx: Context, query: ParticipantQuery) -> int:
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        return _count(session, ctx, query)


def _count(session: Session, ctx: Context, query: ParticipantQuery) -> int:
    counted = _narrowed(ctx, query, select(func.count(Participant.id)).select_from(Participant))
    return int(session.scalar(counted) or 0)


def search(ctx: Context, query: ParticipantQuery) -> list[ParticipantRow]:
    """One page of the list."""
    return search_with_total(ctx, query, with_total=False)[0]


def search_with_total(
    ctx: Context, query: ParticipantQuery, *, with_total: bool = True
) -> tuple[list[ParticipantRow], int | None]:
    """One page of the list and (with_total) how many rows the whole list has.

    In two steps: the page's ids through the narrow indexes, then the listed columns of just
    those rows (participant rows are wide; reading thousands for a search that matches
    thousands would cost most of the time).
    """
    ctx.require(Action.PARTICIPANT_VIEW)
    order = _ORDER.get(query.order_by, _ORDER["name"])
    page = (
        _narrowed(ctx, query, select(Participant.id))
        .order_by(nulls_smallest(order, descending=query.descending), Participant.id)
        .offset(query.offset)
        .limit(query.limit)
    )
    caseworker = aliased(User)
    with ctx.db.transaction() as session:
        roomy_cache(session)  # each keystroke reads rows of the same pages: keep them decrypted
        ids = list(session.scalars(page))
        total = None
        if with_total:
            # A first page that is not full is the whole list: no second pass to count it.
            whole = query.offset == 0 and len(ids) < query.limit
            total = len(ids) if whole else _count(session, ctx, query)
        if not ids:
            return [], total
        details = (
            select(
                Participant.id,
                Participant.code,
                Participant.first_name,
                Participant.last_name,
                Participant.birth_date,
                Participant.birth_year,
                Participant.country_of_birth,
                Site.name,
                caseworker.display_name,
                Participant.enrolled_on,
                Participant.closed_on,
                Participant.last_activity_at,
            )
            .join(Site, Site.id == Participant.site_id)
            .outerjoin(caseworker, caseworker.id == Participant.caseworker_id)
            .where(Participant.id.in_(_listed(ids)))
        )
        rows = {row[0]: row for row in session.execute(details)}
        stages = _stages(session, ids)
    return [_list_row(rows[i], stages.get(i)) for i in ids], total


def _listed(ids: list[int]) -> BindParameter[list[int]]:
    """A page's ids, written into the SQL as numbers: SQLite looks a list of literal numbers
    up several times faster than the same list bound as 200 parameters."""
    return bindparam("listed_ids", ids, expanding=True, literal_execute=True)


def _stages(session: Session, ids: list[int]) -> dict[int, StepKind]:
    """`stage_of_participant` of each of `ids`, read in one pass over their open steps: a
    subquery per row sorted each one's steps apart (a third of a search's time)."""
    found: dict[int, tuple[int, StepKind]] = {}
    steps = (
        select(Pathway.participant_id, PathwayStep.position, PathwayStep.kind)
        .join(Pathway, Pathway.id == PathwayStep.pathway_id)
        .where(
            Pathway.participant_id.in_(_listed(ids)),
            PathwayStep.status.in_([StepStatus.TODO, StepStatus.IN_PROGRESS]),
        )
    )
    for participant_id, position, kind in session.execute(steps):
        first = found.get(participant_id)
        if first is None or position < first[0]:
            found[participant_id] = (position, kind)
    return {participant_id: kind for participant_id, (_, kind) in found.items()}


def _list_row(row: Any, stage: StepKind | None) -> ParticipantRow:
    return ParticipantRow(
        id=row[0],
        code=row[1],
        name=" ".join(n for n in (row[2], row[3]) if n),
        birth_date=row[4],
        birth_year=row[5],
        country_of_birth=row[6],
        site=row[7],
        caseworker=row[8],
        enrolled_on=row[9],
        closed_on=row[10],
        stage=stage,
        last_activity_at=row[11],
    )


def id_for_code(ctx: Context, code: str) -> int:
    """The id of the visible, not anonymised participant with this pseudonymous code."""
    ctx.require(Action.PARTICIPANT_VIEW)
    wanted = (code or "").strip().upper()
    if wanted and not wanted.startswith(CODE_PREFIX):
        wanted = CODE_PREFIX + wanted  # people type the five characters they read
    with ctx.db.transaction() as session:
        found = session.scalar(
            select(Participant.id).where(
                Participant.code == wanted,
                visible_clause(ctx),
                Participant.anonymised_at.is_(None),
            )
        )
    if found is None:
        raise NotFound(f"No participant with the code {wanted or '(empty)'} is visible to you.")
    return int(found)
