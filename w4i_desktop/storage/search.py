"""Engine-specific full-text search over participants, kept behind this one module.

SQLCipher: an FTS5 table with the unicode61 tokenizer removing diacritics, so "Jose" finds "José",
maintained by triggers so that every write path (services, imports, erasure) keeps it in step.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

SEARCH_TABLE = "participant_fts"

_SQLITE_DDL = (
    f"""CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(
        code, names, phone, email,
        tokenize = "unicode61 remove_diacritics 2 tokenchars '-+@.'",
        prefix = '2 3'
    )""",
    f"""CREATE TRIGGER participant_fts_ai AFTER INSERT ON participant BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, code, names, phone, email)
        VALUES (new.id, new.code,
                concat_ws(' ', new.first_name, new.last_name, new.preferred_name),
                new.phone, new.email);
    END""",
    f"""CREATE TRIGGER participant_fts_ad AFTER DELETE ON participant BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER participant_fts_au AFTER UPDATE OF
        code, first_name, last_name, preferred_name, phone, email ON participant BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
        INSERT INTO {SEARCH_TABLE}(rowid, code, names, phone, email)
        VALUES (new.id, new.code,
                concat_ws(' ', new.first_name, new.last_name, new.preferred_name),
                new.phone, new.email);
    END""",
)

_TOKEN = re.compile(r"[\w@.+-]+", re.UNICODE)


def is_search_table(name: str) -> bool:
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def create_search_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_DDL:
            conn.execute(text(statement))


def drop_search_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("participant_fts_ai", "participant_fts_ad", "participant_fts_au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {SEARCH_TABLE}"))


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 query: every word the user typed, each as a quoted prefix, all required."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def matching_participant_ids(session: Session, user_text: str, limit: int | None = None) -> list[int]:
    """Ids of participants whose code, names, phone or e-mail match every word of `user_text`."""
    query = fts_query(user_text)
    if query is None:
        return []
    sql = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q ORDER BY rank"
    params: dict[str, object] = {"q": query}
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [int(r) for r in session.execute(text(sql), params).scalars()]
