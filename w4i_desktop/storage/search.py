"""Engine-specific full-text search over participants, kept behind this one module.

SQLCipher: an FTS5 table with the unicode61 tokenizer removing diacritics, so "Jose" finds "José",
maintained by triggers so that every write path (services, imports, erasure) keeps it in step.
Names are folded by `fold`, registered on every connection as the SQL function w4i_fold.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import Connection, Integer, Select, column, select, table, text

SEARCH_TABLE = "participant_fts"
# Every code starts with this, so the index keeps only the part after it ("7K2Q9"): a search
# for "W4I-7K" looks for "7K", and "W", "W4I" or "W4I-" alone do not match everyone's code.
CODE_PREFIX = "W4I-"
FOLD_FUNCTION = "w4i_fold"

# Letters that Unicode does not decompose into a base letter plus an accent, so the tokenizer's
# remove_diacritics leaves them alone; people type the plain letter ("Yilmaz" for "Yılmaz").
_EXTRA_FOLDS = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "Œ": "oe",
        "ħ": "h",
    }
)


def fold(value: str | None) -> str | None:
    """Lower case without accents: the form both the index and the queries are written in."""
    if value is None:
        return None
    decomposed = unicodedata.normalize("NFKD", value.translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_SQLITE_DDL = (
    f"""CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(
        code, names, phone, email,
        tokenize = "unicode61 remove_diacritics 2 tokenchars '-+@.'",
        prefix = '1 2 3'
    )""",
    f"""CREATE TRIGGER participant_fts_ai AFTER INSERT ON participant BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, code, names, phone, email)
        VALUES (new.id, substr(new.code, 5),
                w4i_fold(concat_ws(' ', new.first_name, new.last_name, new.preferred_name)),
                new.phone, new.email);
    END""",
    f"""CREATE TRIGGER participant_fts_ad AFTER DELETE ON participant BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER participant_fts_au AFTER UPDATE OF
        code, first_name, last_name, preferred_name, phone, email ON participant BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
        INSERT INTO {SEARCH_TABLE}(rowid, code, names, phone, email)
        VALUES (new.id, substr(new.code, 5),
                w4i_fold(concat_ws(' ', new.first_name, new.last_name, new.preferred_name)),
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


def purge_deleted_terms(conn: Connection) -> None:
    """Merge the full-text index into one segment: FTS5 only marks a deleted row, and an
    erased person's old names would stay in older segments until a merge."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"))


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 query: every word the user typed, each as a quoted prefix, all required.
    A word written as a code ("W4I-7K") is looked for in the code column only."""
    terms = [_term(token) for token in _TOKEN.findall(user_text)]
    terms = [term for term in terms if term]
    return " ".join(terms) if terms else None


def _term(token: str) -> str:
    prefix = CODE_PREFIX.casefold()
    if token.casefold().startswith(prefix):
        rest = token[len(prefix) :]
        return f"code : {_quoted(rest)}*" if rest else ""
    # "w4", "w4i": the start of every code, so no filter at all ("w" alone may be a name).
    if len(token) > 1 and prefix.startswith(token.casefold()):
        return ""
    return f"{_quoted(token)}*"


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def matching_participant_ids(user_text: str) -> Select[Any] | None:
    """A subquery of the ids of participants whose code, names, phone or e-mail match every
    word of `user_text` (None when it has no words). A subquery, not a list: a one-letter
    prefix can match more ids than SQLite accepts as parameters."""
    query = fts_query(fold(user_text) or "")
    if query is None:
        return None
    rowid = column("rowid", Integer)
    return (
        select(rowid)
        .select_from(table(SEARCH_TABLE))
        .where(text(f"{SEARCH_TABLE} MATCH :fts_query").bindparams(fts_query=query))
    )
