from __future__ import annotations

from datetime import date

import pytest

from w4i_desktop.enums import ClosureReason, EducationLevel
from w4i_desktop.errors import BadInput, StaleEdit
from w4i_desktop.services import participant_search as ps
from w4i_desktop.services import participants as p
from w4i_desktop.services.context import Context


def test_create_and_read_back(admin_ctx: Context) -> None:
    pid = p.create(
        admin_ctx,
        {
            "first_name": " José ",
            "last_name": "Núñez",
            "birth_date": "1991-05-17",
            "country_of_birth": "pe",
            "languages": ["ES", "it"],
            "skills": "cleaning, Cooking;cooking",
            "education_level": "isced_3_4",
            "available_from": "09:00",
            "enrolled_on": date(2026, 1, 5),
        },
    )
    record = p.get(admin_ctx, pid)
    assert record["first_name"] == "José"
    assert record["birth_year"] == 1991
    assert record["country_of_birth"] == "PE"
    assert record["languages"] == ["es", "it"]
    assert record["skills"] == ["cleaning", "cooking"]
    assert record["education_level"] is EducationLevel.UPPER_SECONDARY
    assert record["code"].startswith("W4I-") and len(record["code"]) == 9


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"last_name": "A", "country_of_birth": "XX"}, "ISO 3166"),
        ({"last_name": "A", "birth_date": "31/02/1990"}, "not a date"),
        ({"last_name": "A", "birth_date": "2999-01-01"}, "future"),
        ({"last_name": "A", "email": "not-an-address"}, "e-mail"),
        ({"last_name": "A", "available_from": "25:00"}, "time"),
        ({"last_name": "A", "education_level": "phd"}, "not one of"),
        ({"last_name": "A", "colour": "red"}, "Unknown fields"),
        ({"last_name": "x" * 121}, "longer than 120"),
        ({"phone": "+39 02 1234"}, "needs a first or last name"),
    ],
)
def test_bad_input_is_refused_clearly(
    admin_ctx: Context, values: dict[str, object], message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        p.create(admin_ctx, values)


def test_update_with_optimistic_locking(admin_ctx: Context) -> None:
    pid = p.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    loaded = p.get(admin_ctx, pid)
    new_version = p.update(admin_ctx, pid, {"phone": "+34 600 000 000"}, loaded["version_id"])
    assert new_version == loaded["version_id"] + 1
    with pytest.raises(StaleEdit):
        p.update(admin_ctx, pid, {"phone": "+34 611 111 111"}, loaded["version_id"])
    assert p.get(admin_ctx, pid)["phone"] == "+34 600 000 000"


def test_search_is_accent_insensitive_prefix_and_covers_contact_fields(admin_ctx: Context) -> None:
    ids = {
        "jose": p.create(admin_ctx, {"first_name": "José", "last_name": "Núñez"}),
        "oksana": p.create(
            admin_ctx,
            {"first_name": "Оксана", "last_name": "Коваленко", "email": "oksana.k@example.org"},
        ),
        "ayse": p.create(
            admin_ctx, {"first_name": "Ayşe", "last_name": "Yılmaz", "phone": "+46 70 123 45 67"}
        ),
    }

    def found(text: str) -> set[int]:
        return {r.id for r in ps.search(admin_ctx, ps.ParticipantQuery(text=text))}

    assert found("jose") == {ids["jose"]}
    assert found("NUNEZ jo") == {ids["jose"]}
    assert found("Ayse yilm") == {ids["ayse"]}
    assert found("коваленко") == {ids["oksana"]}
    assert found("oksana.k@example.org") == {ids["oksana"]}
    assert found("+46") == {ids["ayse"]}
    code = p.get(admin_ctx, ids["ayse"])["code"]
    assert found(code.lower()) == {ids["ayse"]}
    assert found('"; DROP TABLE participant; --') == set()
    assert found("zzz") == set()


def test_search_follows_edits(admin_ctx: Context) -> None:
    pid = p.create(admin_ctx, {"first_name": "Fatima", "last_name": "Zahra"})
    p.update(admin_ctx, pid, {"last_name": "Benali"}, p.get(admin_ctx, pid)["version_id"])
    assert [r.id for r in ps.search(admin_ctx, ps.ParticipantQuery(text="benali"))] == [pid]
    assert ps.search(admin_ctx, ps.ParticipantQuery(text="zahra")) == []


def test_filters_sorting_and_paging(admin_ctx: Context) -> None:
    names = ["Diaz", "Abebe", "Castro", "Bakker", "Eriksson"]
    ids = [p.create(admin_ctx, {"first_name": "F", "last_name": n}) for n in names]
    p.close(admin_ctx, ids[0], date.today(), ClosureReason.EMPLOYED)
    everyone = ps.search(admin_ctx, ps.ParticipantQuery())
    assert [r.name.split()[-1] for r in everyone] == sorted(names)
    page = ps.search(admin_ctx, ps.ParticipantQuery(offset=1, limit=2, descending=True))
    assert [r.name.split()[-1] for r in page] == ["Diaz", "Castro"]
    assert ps.count(admin_ctx, ps.ParticipantQuery(status="closed")) == 1
    assert ps.count(admin_ctx, ps.ParticipantQuery(status="open")) == 4


def test_close_needs_a_date_after_intake(admin_ctx: Context) -> None:
    pid = p.create(
        admin_ctx, {"first_name": "Mia", "last_name": "Jansen", "enrolled_on": "2026-03-01"}
    )
    with pytest.raises(BadInput, match="before the intake"):
        p.close(admin_ctx, pid, date(2026, 2, 1), ClosureReason.MOVED_AWAY)
    p.close(admin_ctx, pid, date(2026, 3, 1), ClosureReason.MOVED_AWAY)
    record = p.get(admin_ctx, pid)
    assert record["closed_on"] == date(2026, 3, 1)
    assert record["closure_reason"] is ClosureReason.MOVED_AWAY


@pytest.mark.parametrize("text", ["", "ana", "silva", "W4I", "zzz"])
def test_page_total_matches_count(admin_ctx: Context, text: str) -> None:
    for i in range(7):
        p.create(admin_ctx, {"first_name": "Ana" if i % 2 else "Bea", "last_name": f"Silva{i}"})
    query = ps.ParticipantQuery(text=text, limit=3)
    rows, total = ps.search_with_total(admin_ctx, query)
    assert total == ps.count(admin_ctx, query)
    assert len(rows) == min(3, total)
    assert total == {"": 7, "ana": 3, "silva": 7, "W4I": 7, "zzz": 0}[text]


def test_sorting_by_name_ignores_accents_and_case(admin_ctx: Context) -> None:
    for last in ["Ortega", "Álvarez", "van Dijk", "Öztürk", "Bakker"]:
        p.create(admin_ctx, {"first_name": "F", "last_name": last})
    names = [r.name.split(" ", 1)[1] for r in ps.search(admin_ctx, ps.ParticipantQuery())]
    assert names == ["Álvarez", "Bakker", "Ortega", "Öztürk", "van Dijk"]


def test_one_letter_finds_last_names_starting_with_it(admin_ctx: Context) -> None:
    ids = {
        last: p.create(admin_ctx, {"first_name": first, "last_name": last, "phone": phone})
        for first, last, phone in [
            ("Mia", "Álvarez", "+34 511 222 333"),
            ("Ana", "Martín", None),
            ("Sara", "Adeyemi", None),
        ]
    }

    def found(text: str) -> set[int]:
        return {r.id for r in ps.search(admin_ctx, ps.ParticipantQuery(text=text))}

    assert found("a") == {ids["Álvarez"], ids["Adeyemi"]}  # not Ana Martín, not e-mails
    assert found("M") == {ids["Martín"]}
    assert found("ma") == {ids["Martín"]}  # two letters: any word, anywhere
    # A digit: phones and codes. 5 never starts a code (not in their alphabet), so only the
    # phone can match here.
    assert found("5") == {ids["Álvarez"]}


def test_a_code_is_looked_for_in_codes_only(admin_ctx: Context) -> None:
    pid = p.create(admin_ctx, {"first_name": "Lina", "last_name": "Haddad"})
    code = p.get(admin_ctx, pid)["code"]
    other = p.create(
        admin_ctx,
        {"first_name": "Zed", "last_name": "Other", "email": f"{code[4:6].lower()}x@example.org"},
    )
    found = {r.id for r in ps.search(admin_ctx, ps.ParticipantQuery(text=code[:6]))}
    other_code = p.get(admin_ctx, other)["code"]
    # Her e-mail starts like Lina's code; only a code that starts the same way may match.
    assert pid in found and (other not in found or other_code.startswith(code[:6]))
    everyone = {r.id for r in ps.search(admin_ctx, ps.ParticipantQuery(text="W4I-"))}
    assert everyone == {pid, other}
