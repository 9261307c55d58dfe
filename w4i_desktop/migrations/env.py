"""Alembic environment. Runs only through w4i_desktop.storage.migrate with an open connection."""

from __future__ import annotations

from alembic import context

import w4i_desktop.models  # noqa: F401 - registers every model on the metadata
from w4i_desktop.models.base import Base
from w4i_desktop.storage.migrate import include_object

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
