"""The import's duplicate check gives the answers of services.duplicates, faster."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.importing.helpers import write_csv
from w4i_desktop.importing.duplicates import Person, PersonIndex, employer_key, similar
from w4i_desktop.importing.plan import dry_run
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.duplicates import DuplicateReason, name_key, names_match

NAMES = st.sampled_from(
    ["José", "Jose", "Núñez", "Nunez", "Maria", "María José", "Mohamed", "Mohammed", "Ali",
     "Aïcha", "Aisha", "van der Berg", "Berg", "Öztürk", "Ozturk", "Nguyen", "Ngyuen", "", "Li"]
)  # fmt: skip
TEXT = st.text(alphabet="abcdefghijklmnñopqrsœtuüvwxyz -ʼ", max_size=20)


@settings(max_examples=400, deadline=None)
@given(NAMES | TEXT, NAMES | TEXT, NAMES | TEXT, NAMES | TEXT)
def test_the_same_name_rule_as_the_service(a: str, b: str, c: str, d: str) -> None:
    index = PersonIndex([Person.of("x", c, d, date(1990, 1, 1), None, None)])
    found = index.find(Person.of("y", a, b, date(1990, 1, 1), None, None))
    assert (found is not None) == (bool(name_key(a, b)) and names_match(a, b, c, d))


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_the_shortcut_never_drops_a_match(a: str, b: str) -> None:
    from difflib import SequenceMatcher

    m = SequenceMatcher(None, a, b, autojunk=False)
    exact = m.real_quick_ratio() >= 0.85 and m.quick_ratio() >= 0.85 and m.ratio() >= 0.85
    assert similar(a, b) == exact


def test_births_as_the_service_compares_them() -> None:
    dated = Person.of("1", "Amina", "Haddad", date(1988, 3, 15), None, None)
    undated = Person.of("2", "Amina", "Haddad", None, 1988, None)
    other_day = Person.of("3", "Amina", "Haddad", date(1988, 3, 16), None, None)
    index = PersonIndex([undated])
    assert index.find(dated) == (undated, DuplicateReason.NAME_AND_BIRTH)
    assert PersonIndex([other_day]).find(dated) is None
    assert PersonIndex([other_day]).find(undated) == (other_day, DuplicateReason.NAME_AND_BIRTH)
    by_phone = Person.of("4", "Someone", "Else", None, None, "+39 333 123 4567")
    assert PersonIndex([by_phone]).find(Person.of("5", "X", "Y", None, None, "3331234567")) == (
        by_phone, DuplicateReason.PHONE
    )  # fmt: skip


def test_the_first_of_several_matches_is_named(admin_ctx: Context, tmp_path: Path) -> None:
    rows = [["Cognome", "Nome", "Anno di nascita"], ["Haddad", "Amina", "1988"],
            ["Haddad", "Amina", "1988"], ["HADDAD", "Amína", "1988"]]  # fmt: skip
    plan = dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", rows))
    assert [p.message for r in plan.rejected_rows for p in r.problems] == [
        "possibly the same person as row 2 (same name and date of birth)",
        "possibly the same person as row 2 (same name and date of birth)",
    ]


def test_against_the_participants_the_user_can_see(admin_ctx: Context, tmp_path: Path) -> None:
    code = participants.get(
        admin_ctx, participants.create(admin_ctx, {"last_name": "Diallo", "phone": "0612345678"})
    )["code"]
    rows = [["Cognome", "Telefono"], ["Ba", "+33 6 12 34 56 78"]]
    plan = dry_run(admin_ctx, "participants", write_csv(tmp_path / "f.csv", rows), language="es")
    [problem] = plan.rows[0].problems
    assert problem.message == f"quizá ya esté registrada como {code} (mismo número de teléfono)"
    assert problem.header == "Telefono"


def test_employer_keys() -> None:
    assert employer_key("Rossi S.r.l.") == employer_key("ROSSI SRL") == employer_key("Rossi")
    assert employer_key("Café de Jong B.V.") == "cafedejong"
    assert employer_key("Gröna Köket AB") == employer_key("Grona koket")
    assert employer_key("SA") == "sa"
