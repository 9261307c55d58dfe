"""Rows in their stored form, buffered per table and written in chunks.

Rows are built as dicts of values already in their stored form (ISO dates, UTC timestamps as
SQLAlchemy's SQLite dialect writes them, JSON text, enum values) and written positionally with
the driver's executemany: at millions of rows, SQLAlchemy's per-value bind processing would take
longer than the database itself. tests/services/test_demo.py reads them back through the models.
"""

from __future__ import annotations

import operator
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from w4i_desktop.models import (
    Activity,
    Consent,
    ContactPerson,
    Employer,
    FollowUp,
    Interaction,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    PathwayTemplate,
    Placement,
    Site,
    TemplateStep,
    User,
    Vacancy,
)

Row = dict[str, Any]

CHUNK = 10_000  # rows per INSERT ... executemany

# Tables in the order their rows are written (parents first: foreign keys are checked at once).
MODELS: tuple[type[Any], ...] = (
    Site,
    User,
    PathwayTemplate,
    TemplateStep,
    Employer,
    ContactPerson,
    Interaction,
    Vacancy,
    Participant,
    LanguageAssessment,
    Consent,
    Pathway,
    PathwayStep,
    Placement,
    FollowUp,
    Activity,
)


class TableWriter:
    """Buffers one table's rows as tuples and writes them in chunks; hands out primary keys."""

    def __init__(self, session: Session, model: type[Any]) -> None:
        table: Table = model.__table__
        columns = [c.name for c in table.columns]
        compiled = insert(table).compile(dialect=session.get_bind().dialect)
        assert compiled.positiontup == columns, "expected positional (qmark) parameters"
        self.sql = str(compiled)
        self.row = operator.itemgetter(*columns)
        self.next_id = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        self.rows: list[tuple[Any, ...]] = []
        self.written = 0

    def add(self, values: Row) -> int:
        row_id = values["id"] = self.next_id
        self.next_id += 1
        self.rows.append(self.row(values))
        return row_id

    def write(self, session: Session) -> None:
        connection = session.connection()
        for start in range(0, len(self.rows), CHUNK):
            connection.exec_driver_sql(self.sql, self.rows[start : start + CHUNK])
        self.written += len(self.rows)
        self.rows.clear()
