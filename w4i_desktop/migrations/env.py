"""Alembic environment. Runs only through w4i_desktop.storage.migrate with an open connection."""

from __future__ import annotations

from typing import Any

from alembic import context

import w4i_desktop.models  # noqa: F401 - registers every model on the metadata
from w4i_desktop.models.base import Base
from w4i_desktop.storage.search import is_search_table


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # The full-text index is engine-specific SQL owned by storage/search.py, not a model.
    return not (type_ == "table" and name is not None and is_search_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
