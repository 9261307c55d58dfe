"""The import itself: every record of a plan in one unit of work, or none of them.

It refuses a plan with rejected rows unless told to leave them out (`skip_rejected`), and then
imports the correct rows, still all together. `progress(done, total)` is called as rows are
written; when it returns False the import stops, the unit of work is rolled back and
`ImportCancelled` is raised: nothing of the file is kept.

Rows are written in bulk (bulk.py), not through participants.create() once per row, which would
take 11 s for 10,000 people: the values are the ones the services' cleaners returned in the dry
run (rows.py), the defaults the model's, the code and sort name made as create() makes them, and
the full-text index follows through its trigger. One audit entry records the import: who, what
kind of record, how many, from which format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AssessmentStage, AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.importing.bulk import insert_rows, next_free_id
from w4i_desktop.importing.headers import ImportKind
from w4i_desktop.importing.pathways import start_pathways
from w4i_desktop.importing.plan import ImportPlan, PlanRow
from w4i_desktop.importing.texts import ImportTexts
from w4i_desktop.models import ContactPerson, Employer, LanguageAssessment, Participant, User
from w4i_desktop.models.participant import sort_name_of
from w4i_desktop.progress import Cancelled, Progress, no_progress
from w4i_desktop.services import audit
from w4i_desktop.services.codes import random_code
from w4i_desktop.services.context import Context
from w4i_desktop.services.intake import CASEWORKER_ROLES
from w4i_desktop.services.permissions import Action, allowed


class ImportCancelled(Cancelled):
    """The user stopped the import; nothing of the file was kept."""


@dataclass(frozen=True)
class ImportResult:
    kind: ImportKind
    created: int  # participants, or employers
    contacts: int  # contact persons (employers)
    skipped: int  # rejected rows left out
    ids: tuple[int, ...]  # of the participants or employers created, in file order


def run_import(
    ctx: Context,
    plan: ImportPlan,
    progress: Progress = no_progress,
    *,
    skip_rejected: bool = False,
    today: date | None = None,
    caseworker_id: int | None = None,
) -> ImportResult:
    """Import the plan's correct rows. Participants get `caseworker_id` as their caseworker
    (None: to assign) and start the default pathway (pathways.py)."""
    ctx.require(Action.DATA_IMPORT)
    ctx.require(
        Action.PARTICIPANT_CREATE if plan.kind is ImportKind.PARTICIPANTS else Action.EMPLOYER_EDIT
    )
    t = ImportTexts.for_language(plan.language)
    rejected = len(plan.rejected_rows)
    if rejected and not skip_rejected:
        raise BadInput(t("run.rejected", count=rejected))
    rows = plan.ok_rows
    if not rows:
        raise BadInput(t("run.nothing"))
    steps = _Steps(progress, len(rows), t)
    steps.report(0)
    with ctx.db.transaction() as session:
        if plan.kind is ImportKind.PARTICIPANTS:
            _check_caseworker(session, ctx, caseworker_id, rows, t)
            day = today or date.today()
            ids, contacts = _participants(session, ctx, rows, steps, day, caseworker_id), 0
        else:
            ids, contacts = _employers(session, rows, steps)
        detail = {"count": len(ids), "via": "import", "format": plan.file_format}
        entity = "participant" if plan.kind is ImportKind.PARTICIPANTS else "employer"
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, entity, None, detail)
        if contacts:
            detail = {"count": contacts, "via": "import", "format": plan.file_format}
            audit.record(
                session, ctx.actor.user_id, AuditAction.CREATE, "contact_person", None, detail
            )
        steps.report(len(rows))
    return ImportResult(plan.kind, len(ids), contacts, rejected, tuple(ids))


class _Steps:
    def __init__(self, callback: Progress | None, total: int, t: ImportTexts) -> None:
        self.callback, self.total, self.t = callback, total, t

    def report(self, done: int) -> None:
        if self.callback is not None and self.callback(min(done, self.total), self.total) is False:
            raise ImportCancelled(self.t("run.cancelled"))


# --- participants --------------------------------------------------------------------------------


def _check_caseworker(
    session: Session, ctx: Context, user_id: int | None, rows: list[PlanRow], t: ImportTexts
) -> None:
    """The caseworker must be an active staff member, manager or administrator who can follow
    participants of every site the rows name (services/intake.py's rule)."""
    if user_id is None:
        return  # to assign
    user = session.get(User, user_id)
    if user is None or not user.active or user.role not in CASEWORKER_ROLES:
        raise BadInput(t("run.no_caseworker"))
    if allowed(user.role, Action.PARTICIPANT_VIEW_ALL_SITES):
        return
    sites = {row.values.get("site_id", ctx.actor.site_id) for row in rows}
    if sites - {user.site_id}:
        raise BadInput(t("run.caseworker_site", name=user.display_name))


def caseworker_named(ctx: Context, username: str, language: str = "en") -> int:
    """The id of the active caseworker with this user name (the CLI's --caseworker)."""
    with ctx.db.transaction() as session:
        user_id = session.scalar(
            select(User.id).where(
                User.username == username, User.active, User.role.in_(CASEWORKER_ROLES)
            )
        )
    if user_id is None:
        raise BadInput(ImportTexts.for_language(language)("run.unknown_caseworker", name=username))
    return int(user_id)


def _participants(
    session: Session,
    ctx: Context,
    rows: list[PlanRow],
    steps: _Steps,
    today: date,
    caseworker_id: int | None,
) -> list[int]:
    table = _table(Participant)
    next_id = next_free_id(session, table)
    codes = set(session.scalars(select(Participant.code)))
    defaults = _defaults(table)
    records: list[dict[str, Any]] = []
    assessments: list[dict[str, Any]] = []
    for row in rows:
        values = dict(row.values)
        values.setdefault("site_id", ctx.actor.site_id)
        code = random_code()
        while code in codes:
            code = random_code()
        codes.add(code)
        record = {
            **defaults,
            **values,
            "id": next_id,
            "code": code,
            "sort_name": sort_name_of(values.get("first_name"), values.get("last_name")),
            "caseworker_id": caseworker_id,
        }
        records.append(record)
        level = row.extra.get("host_cefr")
        if level is not None:
            assessments.append(
                {
                    "participant_id": next_id,
                    "language": row.extra["host_language"],
                    "host_language": True,
                    "level": level,
                    "stage": AssessmentStage.INTAKE,
                    "assessed_on": values.get("enrolled_on") or today,
                    "self_assessed": False,
                }
            )
        next_id += 1
    insert_rows(session, table, records, steps.report)
    if assessments:
        insert_rows(session, _table(LanguageAssessment), assessments)
    start_pathways(session, records[0]["id"], records[-1]["id"], today, ctx.actor.user_id)
    return [r["id"] for r in records]


# --- employers -----------------------------------------------------------------------------------


def _employers(session: Session, rows: list[PlanRow], steps: _Steps) -> tuple[list[int], int]:
    table = _table(Employer)
    next_id = next_free_id(session, table)
    defaults = _defaults(table)
    employer_ids: dict[int, int] = {}  # the line of the row that creates it -> id
    merged: dict[int, dict[str, Any]] = {}
    contacts: list[dict[str, Any]] = []
    for row in rows:
        lead = row.employer_line if row.employer_line is not None else row.line
        if lead not in employer_ids:
            employer_ids[lead] = next_id
            merged[lead] = dict(row.values)
            next_id += 1
        else:
            for name, value in row.values.items():
                merged[lead].setdefault(name, value)
        contact = row.extra.get("contact")
        if contact:
            contacts.append({"employer_id": employer_ids[lead], **contact})
    records = [{**defaults, **values, "id": employer_ids[lead]} for lead, values in merged.items()]
    insert_rows(session, table, records, steps.report)
    if contacts:
        insert_rows(session, _table(ContactPerson), contacts)
    return list(employer_ids.values()), len(contacts)


# --- writing in bulk -----------------------------------------------------------------------------


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def _defaults(table: Table) -> dict[str, Any]:
    """Every column's default as the ORM would apply it on insert (None without one)."""
    values: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            values[column.name] = None
        elif getattr(default, "is_callable", False):
            values[column.name] = default.arg(None)  # type: ignore[attr-defined]
        else:
            values[column.name] = getattr(default, "arg", None)
    return values
