from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import Role
from w4i_desktop.models import Participant
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.duplicates import (
    DuplicateReason,
    name_key,
    names_match,
    phone_key,
    possible_duplicates,
)

BORN = date(1991, 5, 17)


@pytest.fixture
def jose(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx,
        {
            "first_name": "José",
            "last_name": "Núñez",
            "birth_date": BORN,
            "phone": "+39 333 123 4567",
        },
    )


def test_same_name_without_accents_and_same_birth_date(admin_ctx: Context, jose: int) -> None:
    [found] = possible_duplicates(admin_ctx, "Jose", "Nunez", BORN, None)
    assert found.participant_id == jose
    assert found.name == "José Núñez"
    assert found.code.startswith("W4I-")
    assert found.reasons == (DuplicateReason.NAME_AND_BIRTH,)
    assert found.reason.value == "same name and date of birth"


@pytest.mark.parametrize(
    ("first", "last"),
    [("JOSE", "NUNEZ"), ("Núñez", "José"), ("Jose", "Nunes"), ("José", "Núñez ")],
)
def test_names_are_fuzzy_and_order_free(
    admin_ctx: Context, jose: int, first: str, last: str
) -> None:
    assert [d.participant_id for d in possible_duplicates(admin_ctx, first, last, BORN, None)] == [
        jose
    ]


def test_same_phone_written_differently(admin_ctx: Context, jose: int) -> None:
    [found] = possible_duplicates(admin_ctx, "Maria", "Rossi", None, "3331234567")
    assert found.participant_id == jose
    assert found.reasons == (DuplicateReason.PHONE,)
    [both] = possible_duplicates(admin_ctx, "Jose", "Nunez", BORN, "0039-333-123.45.67")
    assert both.reasons == (DuplicateReason.NAME_AND_BIRTH, DuplicateReason.PHONE)


@pytest.mark.parametrize(
    ("first", "last", "born", "phone"),
    [
        ("Jose", "Nunez", date(1991, 5, 18), None),  # another day
        ("Maria", "Nunez", BORN, None),  # another person born the same day
        ("Josefina", "Martinez", BORN, None),
        ("Jose", "Nunez", None, None),  # a name alone is too common to warn about
        ("Jose", "Nunez", None, "+39 333 765 4321"),  # another phone
        (None, None, BORN, None),
        ("Ana", "Silva", None, "1234"),  # too few digits to compare
    ],
)
def test_different_people_are_not_flagged(
    admin_ctx: Context,
    jose: int,
    first: str | None,
    last: str | None,
    born: date | None,
    phone: str | None,
) -> None:
    assert possible_duplicates(admin_ctx, first, last, born, phone) == []


def test_a_known_birth_year_matches_a_full_date(admin_ctx: Context) -> None:
    only_year = participants.create(
        admin_ctx, {"first_name": "Ayşe", "last_name": "Yılmaz", "birth_year": 1988}
    )
    [found] = possible_duplicates(admin_ctx, "Ayse", "Yilmaz", date(1988, 3, 2), None)
    assert found.participant_id == only_year
    assert possible_duplicates(admin_ctx, "Ayse", "Yilmaz", None, None, birth_year=1988)
    assert not possible_duplicates(admin_ctx, "Ayse", "Yilmaz", None, None, birth_year=1989)


def test_the_record_itself_can_be_left_out(admin_ctx: Context, jose: int) -> None:
    assert possible_duplicates(admin_ctx, "Jose", "Nunez", BORN, None, exclude_id=jose) == []


def test_anonymised_participants_are_not_offered(admin_ctx: Context, jose: int) -> None:
    with admin_ctx.db.transaction() as session:
        participant = session.get(Participant, jose)
        assert participant is not None
        participant.anonymised_at = datetime.now(UTC)
    assert possible_duplicates(admin_ctx, "Jose", "Nunez", BORN, "3331234567") == []


def test_only_participants_the_actor_may_see(
    admin_ctx: Context, login_as: UserFactory, jose: int
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    assert possible_duplicates(volunteer, "Jose", "Nunez", BORN, "3331234567") == []
    own = participants.create(volunteer, {"first_name": "Jose", "last_name": "Nuñez"})
    assert [d.participant_id for d in possible_duplicates(volunteer, "", "", None, None)] == []
    participants.update(admin_ctx, own, {"phone": "333 1234567"}, 1)
    assert [
        d.participant_id for d in possible_duplicates(volunteer, None, None, None, "3331234567")
    ] == [own]


def test_helpers() -> None:
    assert name_key("  José ", "Núñez-Pérez") == "jose nunez perez"
    assert phone_key("+39 (02) 1234-5678") == "212345678"
    assert phone_key("12 34") is None
    assert names_match("Oksana", "Kovalenko", "Oksana", "Kovalenko")
    assert not names_match("", "", "Oksana", "Kovalenko")
