"""PostgreSQL's search index: the same answers as FTS5 (tests/services/test_participants.py runs
on both engines), kept in step by triggers, folded like `fold`, and served by its GIN index."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from w4i_desktop.folding import fold
from w4i_desktop.models import Participant
from w4i_desktop.services import participant_search, privacy
from w4i_desktop.services import participants as p
from w4i_desktop.services.context import Context
from w4i_desktop.storage.search import SEARCH_TABLE, matching_participant_ids


@pytest.fixture
def ctx(admin_ctx: Context) -> Context:
    if not admin_ctx.db.is_server:
        pytest.skip("PostgreSQL's index (set W4I_TEST_DATABASE_URL)")
    return admin_ctx


def _found(ctx: Context, text_: str) -> set[int]:
    query = participant_search.ParticipantQuery(text=text_)
    return {r.id for r in participant_search.search(ctx, query)}


def _row(ctx: Context, pid: int) -> tuple[object, ...]:
    with ctx.db.transaction() as session:
        return tuple(
            session.execute(
                text(
                    f"SELECT code, names, phone, email, words FROM {SEARCH_TABLE} WHERE rowid = :id"
                ),
                {"id": pid},
            ).one()
        )


# (Python's `fold` leaves a capital Þ, Ħ or Ð as its small letter where SQL writes th, h, d;
# each engine folds its index and its queries alike, so each finds what it indexed.)
@pytest.mark.parametrize(
    "name",
    [
        "José Núñez",
        "Ayşe Yılmaz",
        "Bjørn Ødegård",
        "Æsa Straße",
        "Łucja Đorđević",
        "þóra Œuvre",
        "ÉLODIE Ångström",
        "ħanna ðuro",
        "Оксана Коваленко",
    ],
)
def test_w4i_fold_in_sql_folds_as_python_does(ctx: Context, name: str) -> None:
    with ctx.db.transaction() as session:
        folded = session.execute(text("SELECT w4i_fold(:n)"), {"n": name}).scalar_one()
    assert folded == fold(name)


def test_non_latin_names_fold_their_case_and_are_found(ctx: Context) -> None:
    pid = p.create(ctx, {"first_name": "Андрій", "last_name": "ШЕВЧЕНКО"})
    assert _found(ctx, "андрій") == {pid}
    assert _found(ctx, "АНДР шевч") == {pid}


def test_the_index_follows_inserts_updates_and_deletes(ctx: Context) -> None:
    pid = p.create(ctx, {"first_name": "Fatima", "last_name": "O'Neil-Zahra", "phone": "+39 333"})
    code, names, phone, email, words = _row(ctx, pid)
    assert names == "fatima o'neil-zahra" and phone == "+39 333" and email is None
    assert isinstance(words, str) and isinstance(code, str)
    assert words.startswith(f" {code.lower()} ") and " o neil-zahra " in words
    assert _found(ctx, "o'neil") == {pid}
    assert _found(ctx, "neil-z") == {pid}
    p.update(ctx, pid, {"email": "fz@example.org"}, p.get(ctx, pid)["version_id"])
    assert _found(ctx, "fz@exa") == {pid}
    with ctx.db.transaction() as session:
        session.execute(text("DELETE FROM participant WHERE id = :id"), {"id": pid})
        assert session.execute(text(f"SELECT count(*) FROM {SEARCH_TABLE}")).scalar() == 0


def test_like_wildcards_typed_are_plain_characters(ctx: Context) -> None:
    p.create(ctx, {"first_name": "Ana", "last_name": "Silva"})
    with ctx.db.transaction() as session:
        patterns = session.execute(
            text("SELECT w4i_word_pattern(:a), w4i_code_pattern(:b)"), {"a": "A_b%c\\", "b": "7K"}
        ).one()
    assert tuple(patterns) == ("% a\\_b\\%c\\\\%", " 7k%")
    # Separators for the search, as for FTS5: "s_lva" is "s" and "lva", and no word starts so.
    for typed in ("s_lva", "si%va", "_ilva", "%lva"):
        ids = matching_participant_ids(typed)
        assert ids is not None
        with ctx.db.transaction() as session:
            found = session.scalars(select(Participant.id).where(Participant.id.in_(ids)))
            assert found.all() == []


def test_erasure_and_retention_leave_nothing_of_her_in_the_index(ctx: Context) -> None:
    pid = p.create(
        ctx,
        {
            "first_name": "Zyxqvorth",
            "last_name": "Oldenbarnevelt",
            "phone": "+31 6 1234",
            "email": "zq@example.org",
            "enrolled_on": date(2019, 1, 1),
        },
    )
    other = p.create(ctx, {"first_name": "Recent", "last_name": "Person"})
    privacy.erase_participant(ctx, pid, "request")
    code, names, phone, email, words = _row(ctx, pid)
    assert (names, phone, email) == ("", None, None)
    assert isinstance(words, str) and words.split() == [str(code).lower()]
    with ctx.db.transaction() as session:
        hits = session.execute(
            text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE words LIKE w4i_word_pattern('zyx')")
        ).scalar()
    assert hits == 0
    assert _found(ctx, "Zyxqvorth") == set()
    assert _found(ctx, "recent") == {other}


def test_the_gin_index_serves_words_of_three_letters_or_more(ctx: Context) -> None:
    for i in range(30):
        p.create(ctx, {"first_name": f"Name{i}", "last_name": "Searchable"})
    ids = matching_participant_ids("searchab")
    assert ids is not None
    with ctx.db.transaction() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        compiled = ids.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(session.execute(text(f"EXPLAIN {compiled}")).scalars())
    assert f"{SEARCH_TABLE}_words" in plan
