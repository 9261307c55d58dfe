"""SQL written once per engine where SQLite and PostgreSQL need different words for it."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

T = TypeVar("T")


class PerDialect(ColumnElement[T]):
    """An expression with one form for SQLite and one for every other engine; the statement's
    compiler renders its own. Both forms are part of the statement's cache key."""

    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy's own declaration style
        ("sqlite", InternalTraversal.dp_clauseelement),
        ("other", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, sqlite: ColumnElement[T], other: ColumnElement[T]) -> None:
        self.sqlite = sqlite
        self.other = other
        self.type = other.type
        # A condition stays one: never "= 1" added where booleans are numbers (SQLite).
        self._is_implicitly_boolean = other._is_implicitly_boolean or sqlite._is_implicitly_boolean


def per_dialect(sqlite: ColumnElement[T], other: ColumnElement[T]) -> ColumnElement[T]:
    return PerDialect(sqlite, other)


@compiles(PerDialect)
def _compile_per_dialect(element: PerDialect[Any], compiler: SQLCompiler, **kw: Any) -> str:
    chosen = element.sqlite if compiler.dialect.name == "sqlite" else element.other
    return compiler.process(chosen, **kw)


def nulls_smallest(
    column: ColumnElement[T] | QueryableAttribute[T], *, descending: bool = False
) -> ColumnElement[T]:
    """ORDER BY `column` with NULLs as its smallest value, as SQLite sorts them: first going up,
    last going down. PostgreSQL sorts them as the largest unless told; SQLite is left with the
    plain term, so the planner still reads its indexes in order."""
    plain = column.desc() if descending else column.asc()
    explicit = plain.nulls_last() if descending else plain.nulls_first()
    return per_dialect(plain, explicit)
