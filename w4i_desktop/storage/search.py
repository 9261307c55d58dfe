"""Engine-specific full-text search over participants, kept behind this one module.

Both engines keep a table `participant_fts` (one row per participant, `rowid` = participant id)
maintained by triggers, so that every write path (services, imports, erasure) keeps it in step,
and both answer the same question: does every word typed start a word of the code, the names,
the phone or the e-mail? A word written as a code ("W4I-7K") is looked for in the code only.

SQLCipher: an FTS5 table with the unicode61 tokenizer removing diacritics, so "Jose" finds "José".
Names are folded by `fold`, registered on every connection as the SQL function w4i_fold.

PostgreSQL: the same columns in a plain table, plus `words`: the folded code, names, phone and
e-mail with every separator turned into a space (" 7k2q9 jose nunez +34 600 ..."), under a
pg_trgm GIN index. A typed word matches `words LIKE '% word%'` (a code: `LIKE ' rest%'`, the
code coming first). Folding is the IMMUTABLE SQL function w4i_fold (lower, unaccent and the same
extra folds as `fold`), applied to the index and to the typed words alike. The extensions
unaccent and pg_trgm must exist in the database: the migration creates them when they are
missing, which needs a role allowed to (the database's owner: both are trusted extensions).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    false,
    func,
    select,
    table,
    text,
)
from sqlalchemy.exc import ProgrammingError

from w4i_desktop.errors import BadInput
from w4i_desktop.folding import fold
from w4i_desktop.storage.portable import per_dialect

SEARCH_TABLE = "participant_fts"
# Every code starts with this, so the index keeps only the part after it ("7K2Q9"): a search
# for "W4I-7K" looks for "7K", and "W", "W4I" or "W4I-" alone do not match everyone's code.
CODE_PREFIX = "W4I-"
FOLD_FUNCTION = "w4i_fold"

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

# PostgreSQL: what separates words, the same in SQL (index) and Python (typed words). Letters,
# digits, marks and '-+@.' are word characters, as for FTS5; named rather than classed as "not
# alphanumeric" because PostgreSQL's character classes depend on the database's locale.
_SEPARATOR_CLASS = (
    r"[\u0001-\u002a\u002c\u002f\u003a-\u003f\u005b-\u0060\u007b-\u00bf\u00d7\u00f7"
    r"\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f\ufe30-\ufe4f"
    r"\uff01-\uff0a\uff0c\uff0f\uff1a-\uff1f\uff3b-\uff40\uff5b-\uff65]+"
)
_SEPARATORS = re.compile(_SEPARATOR_CLASS)
# Letters Unicode does not decompose (see folding.EXTRA_FOLDS): one for one, then the longer.
_PG_TRANSLATE = ("ıøØđĐłŁðħ", "iooddlldh")
_PG_REPLACE = (("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("þ", "th"), ("œ", "oe"), ("Œ", "oe"))
_PG_FUNCTIONS = (
    "participant_fts_sync()",
    "w4i_code_pattern(text)",
    "w4i_word_pattern(text)",
    "w4i_like_escape(text)",
    "w4i_search_words(text)",
    f"{FOLD_FUNCTION}(text)",
)


def is_search_table(name: str) -> bool:
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def create_search_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_DDL:
            conn.execute(text(statement))
    elif conn.dialect.name == "postgresql":
        for statement in _postgres_ddl(conn):
            conn.exec_driver_sql(statement)


def drop_search_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("participant_fts_ai", "participant_fts_ad", "participant_fts_au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {SEARCH_TABLE}"))
    elif conn.dialect.name == "postgresql":
        schema = _quoted_name(_current_schema(conn))
        for trigger in ("participant_fts_ai", "participant_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {schema}.participant")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {schema}.{SEARCH_TABLE}")
        for function in _PG_FUNCTIONS:
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {schema}.{function}")


# --- PostgreSQL ------------------------------------------------------------------------------


def _current_schema(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT current_schema()").scalar_one())


def _quoted_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _extension_schema(conn: Connection, name: str) -> str:
    """The schema of extension `name`, created first if the database lacks it."""
    query = (
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        f"WHERE e.extname = {_sql_literal(name)}"
    )
    found = conn.exec_driver_sql(query).scalar()
    if found is None:
        try:
            conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {name}")
        except ProgrammingError as exc:  # insufficient privilege
            raise BadInput(
                "The PostgreSQL extension {extension} is missing, and this role may not add it. "
                "Ask the server's administrator to run CREATE EXTENSION {extension}; in the "
                "database once, then try again.",
                extension=name,
            ) from exc
        found = conn.exec_driver_sql(query).scalar_one()
    return str(found)


def _postgres_ddl(conn: Connection) -> list[str]:
    s = _quoted_name(_current_schema(conn))
    u = _quoted_name(_extension_schema(conn, "unaccent"))
    t = _quoted_name(_extension_schema(conn, "pg_trgm"))
    # Lower case by Unicode's rules even where the database's own locale is "C".
    icu = conn.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").scalar()
    collate = ' COLLATE "und-x-icu"' if icu else ""
    folded = f"translate(value, {_sql_literal(_PG_TRANSLATE[0])}, {_sql_literal(_PG_TRANSLATE[1])})"
    for letter, replacement in _PG_REPLACE:
        folded = f"replace({folded}, {_sql_literal(letter)}, {_sql_literal(replacement)})"
    dictionary = _sql_literal(f"{u}.unaccent")
    names = "concat_ws(' ', NEW.first_name, NEW.last_name, NEW.preferred_name)"
    words = " || ' ' || ".join(
        f"{s}.w4i_search_words({part})"
        for part in ("substr(NEW.code, 5)", names, "NEW.phone", "NEW.email")
    )
    immutable = "LANGUAGE sql IMMUTABLE PARALLEL SAFE"
    # Every name qualified: the bodies of SQL functions resolve names at each call, on the
    # caller's search_path.
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.{FOLD_FUNCTION}(value text) RETURNS text
            {immutable} STRICT
            AS $$ SELECT lower({u}.unaccent({dictionary}::regdictionary, {folded}){collate}) $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.w4i_search_words(value text) RETURNS text {immutable}
            AS $$ SELECT regexp_replace(coalesce({s}.{FOLD_FUNCTION}(value), ''),
                                        {_sql_literal(_SEPARATOR_CLASS)}, ' ', 'g') $$""",
        # LIKE's wildcards and its escape character, taken literally. (No percent sign in
        # this SQL: the driver would read it as a placeholder; chr(37) is one.)
        f"""CREATE OR REPLACE FUNCTION {s}.w4i_like_escape(value text) RETURNS text {immutable}
            AS $$ SELECT replace(replace(replace(value, '\\', '\\\\'),
                                         chr(37), '\\' || chr(37)), '_', '\\_') $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.w4i_word_pattern(word text) RETURNS text {immutable}
            AS $$ SELECT chr(37) || ' ' || {s}.w4i_like_escape({s}.{FOLD_FUNCTION}(word))
                         || chr(37) $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.w4i_code_pattern(word text) RETURNS text {immutable}
            AS $$ SELECT ' ' || {s}.w4i_like_escape({s}.{FOLD_FUNCTION}(word)) || chr(37) $$""",
        f"""CREATE TABLE {s}.{SEARCH_TABLE} (
            rowid integer PRIMARY KEY REFERENCES {s}.participant (id) ON DELETE CASCADE,
            code text NOT NULL,
            names text,
            phone text,
            email text,
            words text NOT NULL
        )""",
        f"""CREATE INDEX {SEARCH_TABLE}_words ON {s}.{SEARCH_TABLE}
            USING gin (words {t}.gin_trgm_ops)""",
        f"""CREATE OR REPLACE FUNCTION {s}.participant_fts_sync() RETURNS trigger
            LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {s}.{SEARCH_TABLE} (rowid, code, names, phone, email, words)
            VALUES (NEW.id, substr(NEW.code, 5), {s}.{FOLD_FUNCTION}({names}),
                    NEW.phone, NEW.email, ' ' || {words} || ' ')
            ON CONFLICT (rowid) DO UPDATE SET
                code = EXCLUDED.code, names = EXCLUDED.names, phone = EXCLUDED.phone,
                email = EXCLUDED.email, words = EXCLUDED.words;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER participant_fts_ai AFTER INSERT ON {s}.participant
            FOR EACH ROW EXECUTE FUNCTION {s}.participant_fts_sync()""",
        f"""CREATE TRIGGER participant_fts_au AFTER UPDATE OF
            code, first_name, last_name, preferred_name, phone, email ON {s}.participant
            FOR EACH ROW EXECUTE FUNCTION {s}.participant_fts_sync()""",
    ]


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


def postgres_terms(user_text: str) -> list[tuple[str, bool]]:
    """The words of `user_text` as PostgreSQL looks for them: (word, in the code only), not yet
    folded (w4i_fold does that in SQL, as for the index). Like `fts_query`'s terms."""
    prefix = CODE_PREFIX.casefold()
    terms: list[tuple[str, bool]] = []
    for token in _SEPARATORS.split(user_text):
        lowered = token.casefold()
        if lowered.startswith(prefix):
            if len(token) > len(prefix):
                terms.append((token[len(prefix) :], True))
        elif token and not (len(token) > 1 and prefix.startswith(lowered)):
            terms.append((token, False))
    return terms


def _postgres_condition(terms: list[tuple[str, bool]]) -> ColumnElement[bool]:
    if not terms:
        return false()
    words = column("words", String)
    return and_(
        *(
            words.like(
                func.w4i_code_pattern(bindparam(None, word, String))
                if code_only
                else func.w4i_word_pattern(bindparam(None, word, String))
            )
            for word, code_only in terms
        )
    )


def matching_participant_ids(user_text: str) -> Select[Any] | None:
    """A subquery of the ids of participants whose code, names, phone or e-mail match every
    word of `user_text` (None when it has no words). A subquery, not a list: a one-letter
    prefix can match more ids than SQLite accepts as parameters. The same on both engines."""
    condition = _match_condition(user_text)
    if condition is None:
        return None
    codes = _code_prefixes(user_text)
    return _matches(condition) if codes is None else _code_matches(condition, codes)


def narrow_to_matches(
    statement: Select[Any], user_text: str, participant: FromClause
) -> Select[Any]:
    """`statement`, over the `participant` table, narrowed to the participants
    `matching_participant_ids` finds; unchanged when `user_text` has no words.

    Joined rather than filtered by a subquery of ids: SQLite copies a subquery's ids into a
    temporary index first (11,000 of them for "ma"), which took half of a keystroke's search;
    a join reads the matches once, as they come."""
    condition = _match_condition(user_text)
    if condition is None:
        return statement
    codes = _code_prefixes(user_text)
    if codes is not None:
        # Codes only: on SQLite, the ids from the code's index, which holds them (a range on
        # the listed rows' own code would read each wide row in it).
        coded = participant.alias("coded")
        found = coded.c.id.in_(_matches(condition))
        return statement.join(coded, coded.c.id == participant.c.id).where(
            per_dialect(_code_range(coded.c.code, codes), found)
        )
    fts = table(SEARCH_TABLE, column("rowid", Integer))
    return statement.join(fts, fts.c.rowid == participant.c.id).where(condition)


def _match_condition(user_text: str) -> ColumnElement[bool] | None:
    """The full-text condition on SEARCH_TABLE for every word of `user_text`, per engine
    (None when it has no words)."""
    query = fts_query(fold(user_text) or "")
    terms = postgres_terms(user_text)
    if query is None and not terms:
        return None
    sqlite: ColumnElement[bool] = (
        false()
        if query is None
        else text(f"{SEARCH_TABLE} MATCH :fts_query").bindparams(fts_query=query)  # type: ignore[assignment]
    )
    return per_dialect(sqlite, _postgres_condition(terms))


def _matches(condition: ColumnElement[bool]) -> Select[Any]:
    rowid = column("rowid", Integer)
    return select(rowid).select_from(table(SEARCH_TABLE)).where(condition)


def _code_matches(condition: ColumnElement[bool], codes: list[str]) -> Select[Any]:
    participant = table("participant", column("id", Integer), column("code", String))
    found = participant.c.id.in_(_matches(condition))
    return select(participant.c.id).where(
        per_dialect(_code_range(participant.c.code, codes), found)
    )


def _code_range(code: ColumnElement[str], codes: list[str]) -> ColumnElement[bool]:
    """Only codes typed ("W4I-7K"): on SQLite, the range of codes in the code's own index. The
    full-text index would read every word starting "7" (phones, e-mails) to keep the codes."""
    return and_(*(and_(code >= p, code < p + "\uffff") for p in codes))


def _code_prefixes(user_text: str) -> list[str] | None:
    """The codes typed, as the start of stored codes ("W4I-7K"), when every word is a code
    (None otherwise). Codes are stored in capitals, of letters and digits."""
    prefix = CODE_PREFIX.casefold()
    tokens = _TOKEN.findall(user_text)
    if not tokens or not all(t.casefold().startswith(prefix) for t in tokens):
        return None
    rests = [t[len(prefix) :].upper() for t in tokens]
    if not all(rest.isascii() and rest.isalnum() for rest in rests):
        return None  # "W4I--" and such: as the full-text index reads them
    return [CODE_PREFIX + rest for rest in rests]
