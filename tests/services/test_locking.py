"""One optimistic-locking rule for every versioned record (services/locking.py): a stale save is
refused with the same error and message, leaves nothing behind (not even an audit entry), and an
accepted save audits exactly the fields it changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from w4i_desktop.enums import AuditAction, PlacementType, StepKind
from w4i_desktop.errors import StaleEdit
from w4i_desktop.models import AuditEvent, Participant
from w4i_desktop.services import (
    employers,
    locking,
    participants,
    pathways,
    placements,
    record_views,
    vacancies,
)
from w4i_desktop.services.context import Context


@dataclass(frozen=True)
class Editable:
    """One kind of versioned record: how to make one, read its version, and edit it."""

    entity: str
    make: Callable[[Context], int]
    version: Callable[[Context, int], int]
    edit: Callable[[Context, int, int, str], object]  # (ctx, id, expected version, new text)
    changed: list[str]  # the fields an edit changes, as the audit names them


def _participant(ctx: Context) -> int:
    pid = participants.create(
        ctx, {"first_name": "Lina", "last_name": "Haddad", "enrolled_on": date(2025, 9, 1)}
    )
    with ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, date(2025, 9, 1), ctx.actor.user_id)
    return pid


def _step(ctx: Context) -> int:
    pid = _participant(ctx)
    return next(
        s.id for s in record_views.pathway_steps(ctx, pid) if s.kind is StepKind.LANGUAGE_COURSE
    )


def _step_version(ctx: Context, step_id: int) -> int:
    with ctx.db.transaction() as session:
        step = pathways._load_step(session, ctx, step_id)
        return step.version_id


def _placement(ctx: Context) -> int:
    employer = employers.create_employer(ctx, {"name": "Hotel Bellavista", "sector": "I"})
    return placements.create_placement(
        ctx, _participant(ctx), employer, PlacementType.FIXED_TERM, date(2026, 1, 5)
    )


def _vacancy(ctx: Context) -> int:
    employer = employers.create_employer(ctx, {"name": "Trattoria Da Gino", "sector": "I"})
    return vacancies.create_vacancy(ctx, employer, {"title": "Cook"})


RECORDS = [
    Editable(
        "participant",
        lambda ctx: participants.create(ctx, {"first_name": "Ana", "last_name": "Silva"}),
        lambda ctx, pid: int(participants.get(ctx, pid)["version_id"]),
        lambda ctx, pid, version, text: participants.update(
            ctx, pid, {"municipality": text}, version
        ),
        ["municipality"],
    ),
    Editable(
        "employer",
        lambda ctx: employers.create_employer(ctx, {"name": "Hotel Bellavista"}),
        lambda ctx, eid: int(employers.get_employer(ctx, eid)["version_id"]),
        lambda ctx, eid, version, text: employers.update_employer(
            ctx, eid, {"name": "Hotel Bellavista", "municipality": text}, version
        ),
        ["municipality"],  # the unchanged name is not named
    ),
    Editable(
        "vacancy",
        _vacancy,
        lambda ctx, vid: int(vacancies.get_vacancy(ctx, vid)["version_id"]),
        lambda ctx, vid, version, text: vacancies.update_vacancy(
            ctx, vid, {"municipality": text}, version
        ),
        ["municipality"],
    ),
    Editable(
        "pathway_step",
        _step,
        _step_version,
        lambda ctx, sid, version, text: pathways.update_step(ctx, sid, None, text, version),
        ["due_on", "notes"],  # the due date the template gave is cleared
    ),
    Editable(
        "placement",
        _placement,
        lambda ctx, plid: placements.get_placement(ctx, plid).version_id,
        lambda ctx, plid, version, text: placements.update_placement(
            ctx,
            plid,
            PlacementType.FIXED_TERM,
            date(2026, 1, 5),
            hours_per_week=float(len(text)),
            expected_version=version,
        ),
        ["hours_per_week"],
    ),
]


def _updates(ctx: Context, entity: str, entity_id: int) -> list[Any]:
    with ctx.db.transaction() as session:
        return list(
            session.scalars(
                select(AuditEvent.detail)
                .where(
                    AuditEvent.action == AuditAction.UPDATE,
                    AuditEvent.entity == entity,
                    AuditEvent.entity_id == entity_id,
                )
                .order_by(AuditEvent.seq)
            )
        )


@pytest.mark.parametrize("kind", RECORDS, ids=[r.entity for r in RECORDS])
def test_a_stale_edit_is_refused_the_same_way_and_leaves_no_audit_entry(
    admin_ctx: Context, kind: Editable
) -> None:
    row_id = kind.make(admin_ctx)
    seen = kind.version(admin_ctx, row_id)

    kind.edit(admin_ctx, row_id, seen, "Milano")  # the first editor saves
    with pytest.raises(StaleEdit) as refused:
        kind.edit(admin_ctx, row_id, seen, "Monza centro")  # the second, on what she had read
    assert type(refused.value) is StaleEdit
    assert str(refused.value) == StaleEdit.MESSAGE

    # One UPDATE entry, for the save that happened, naming only what it changed.
    assert _updates(admin_ctx, kind.entity, row_id) == [{"fields": kind.changed}]
    assert kind.version(admin_ctx, row_id) == seen + 1


@pytest.mark.parametrize("kind", RECORDS, ids=[r.entity for r in RECORDS])
def test_a_save_that_changes_nothing_writes_nothing(admin_ctx: Context, kind: Editable) -> None:
    row_id = kind.make(admin_ctx)
    kind.edit(admin_ctx, row_id, kind.version(admin_ctx, row_id), "Milano")
    version = kind.version(admin_ctx, row_id)
    kind.edit(admin_ctx, row_id, version, "Milano")  # the same value again
    assert kind.version(admin_ctx, row_id) == version
    assert len(_updates(admin_ctx, kind.entity, row_id)) == 1


def test_a_row_saved_between_the_check_and_the_write_is_refused_too(admin_ctx: Context) -> None:
    """Two saves that both passed the version comparison: the UPDATE itself finds the row
    changed (SQLAlchemy's StaleDataError), and the editor gets the same StaleEdit."""
    pid = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    with pytest.raises(StaleEdit) as refused, admin_ctx.db.transaction() as session:
        row = session.get(Participant, pid)
        assert row is not None
        locking.check_version(row, 1)
        session.execute(  # another writer, behind the ORM's back
            update(Participant)
            .where(Participant.id == pid)
            .values(version_id=Participant.version_id + 1)
            .execution_options(synchronize_session=False)
        )
        locking.apply_changes(session, admin_ctx.actor.user_id, row, "participant", {"phone": "1"})
    assert str(refused.value) == StaleEdit.MESSAGE
    assert _updates(admin_ctx, "participant", pid) == []
