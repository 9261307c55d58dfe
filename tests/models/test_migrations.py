"""The Alembic chain is linear and matches the models exactly."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from w4i_desktop.models import Base
from w4i_desktop.services.context import Context
from w4i_desktop.storage import migrate
from w4i_desktop.storage.migrate import include_object


def test_chain_is_linear() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    for revision in scripts.walk_revisions():
        assert not revision.is_merge_point
        assert not revision.is_branch_point


def test_new_database_is_at_head(admin_ctx: Context) -> None:
    assert migrate.current_revision(admin_ctx.db.engine) == migrate.head_revision()


# On PostgreSQL the json columns of this index are INCLUDEd (json has no b-tree order), so its
# key differs from the model's on purpose; the next test checks it there column by column.
_INCLUDED_ON_POSTGRES = "ix_participant_match"


def test_models_and_migrations_do_not_differ(admin_ctx: Context) -> None:
    with admin_ctx.db.engine.connect() as conn:
        on_postgres = conn.dialect.name == "postgresql"

        def included(obj: object, name: str | None, type_: str, *rest: object) -> bool:
            if on_postgres and type_ == "index" and name == _INCLUDED_ON_POSTGRES:
                return False
            return bool(include_object(obj, name, type_, *rest))

        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": included}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_the_matching_index_holds_the_models_columns_on_either_engine(admin_ctx: Context) -> None:
    from sqlalchemy import inspect

    model = next(i for i in Base.metadata.tables["participant"].indexes
                 if i.name == _INCLUDED_ON_POSTGRES)  # fmt: skip
    wanted = [c.name for c in model.columns]
    with admin_ctx.db.engine.connect() as conn:
        indexes = inspect(conn).get_indexes("participant")
    found = next(i for i in indexes if i["name"] == _INCLUDED_ON_POSTGRES)
    options: dict[str, Any] = dict(found.get("dialect_options") or {})
    included: list[str] = list(options.get("postgresql_include") or [])
    assert [*found["column_names"], *included] == wanted


def test_every_table_created_by_migrations_not_create_all(admin_ctx: Context) -> None:
    from sqlalchemy import inspect

    tables = set(inspect(admin_ctx.db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert "participant_fts" in tables


def test_the_search_triggers_survive_every_migration(admin_ctx: Context) -> None:
    # SQLite's batch mode copies a table and drops its triggers: a migration that altered
    # participant that way left a fresh database whose search found nobody.
    from sqlalchemy import text

    with admin_ctx.db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            wanted = {"participant_fts_ai", "participant_fts_ad", "participant_fts_au"}
        else:
            query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            wanted = {"participant_fts_ai", "participant_fts_au"}
        triggers = set(conn.execute(text(query)).scalars())
    assert wanted <= triggers
