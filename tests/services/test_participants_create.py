"""Creating a participant is one use case (services/registration.py): the duplicate check, then
the creation, the same for "New participant" and the intake interview."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
from sqlalchemy import func, select

from w4i_desktop.errors import BadInput
from w4i_desktop.models import Consent, Participant
from w4i_desktop.services import intake, participants, registration
from w4i_desktop.services.context import Context
from w4i_desktop.services.duplicates import DuplicateReason
from w4i_desktop.services.registration import Created, Outcome, PossibleDuplicates

Register = Callable[..., Outcome]


def _new_participant(ctx: Context, answers: Mapping[str, Any], **kw: bool) -> Outcome:
    return registration.create_checked(ctx, answers, **kw)


def _intake(ctx: Context, answers: Mapping[str, Any], **kw: bool) -> Outcome:
    return intake.submit_checked(ctx, None, {**answers, "consents": ["processing"]}, **kw)


ENTRY_POINTS = [_new_participant, _intake]
ENTRY_IDS = ["new participant", "intake"]


def _count(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


@pytest.fixture
def amal(admin_ctx: Context) -> int:
    return participants.create(
        admin_ctx,
        {
            "first_name": "Amal",
            "last_name": "Haddad",
            "birth_date": "1991-05-03",
            "phone": "+39 333 123 4567",
        },
    )


@pytest.mark.parametrize("register", ENTRY_POINTS, ids=ENTRY_IDS)
@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        # accents, case and a date typed as text
        ({"first_name": "AMAL", "last_name": "Haddád", "birth_date": "1991-05-03"}, "name"),
        # only the year of birth is known: the year is compared (the interview ignored it)
        ({"first_name": "Amal", "last_name": "Haddad", "birth_year": 1991}, "name"),
        # the same phone written another way
        ({"last_name": "Someone", "phone": "0039 333-1234567"}, "phone"),
    ],
)
def test_both_ways_in_find_the_same_possible_duplicates_and_create_nothing(
    admin_ctx: Context, amal: int, register: Register, answers: dict[str, Any], reason: str
) -> None:
    before = _count(admin_ctx)
    outcome = register(admin_ctx, answers)
    assert isinstance(outcome, PossibleDuplicates)
    assert [d.participant_id for d in outcome.found] == [amal]
    wanted = DuplicateReason.PHONE if reason == "phone" else DuplicateReason.NAME_AND_BIRTH
    assert outcome.found[0].reason is wanted
    assert _count(admin_ctx) == before  # nothing created, nothing half-created
    with admin_ctx.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Consent)) == 0


@pytest.mark.parametrize("register", ENTRY_POINTS, ids=ENTRY_IDS)
def test_confirmed_as_somebody_else_she_is_created(
    admin_ctx: Context, amal: int, register: Register
) -> None:
    answers = {"first_name": "Amal", "last_name": "Haddad", "birth_date": "1991-05-03"}
    outcome = register(admin_ctx, answers, confirmed_not_duplicate=True)
    assert isinstance(outcome, Created) and outcome.participant_id != amal
    assert participants.get(admin_ctx, outcome.participant_id)["last_name"] == "Haddad"


@pytest.mark.parametrize("register", ENTRY_POINTS, ids=ENTRY_IDS)
def test_nobody_like_her_creates_her_at_once(
    admin_ctx: Context, amal: int, register: Register
) -> None:
    outcome = register(admin_ctx, {"first_name": "Lina", "last_name": "Berg", "phone": "070 1"})
    assert isinstance(outcome, Created)
    assert participants.get(admin_ctx, outcome.participant_id)["first_name"] == "Lina"


@pytest.mark.parametrize("register", ENTRY_POINTS, ids=ENTRY_IDS)
def test_what_the_record_refuses_is_said_before_any_duplicate(
    admin_ctx: Context, amal: int, register: Register
) -> None:
    """Her phone matches Amal's, but without a name no record could be created anyway."""
    with pytest.raises(BadInput, match="first or last name"):
        register(admin_ctx, {"phone": "+39 333 123 4567"})


def test_the_draft_stays_until_she_is_created(admin_ctx: Context, amal: int) -> None:
    answers = {"first_name": "Amal", "last_name": "Haddad", "consents": ["processing"]}
    draft = intake.save_draft(admin_ctx, None, "it", 5, {**answers, "birth_year": 1991})
    outcome = intake.submit_checked(admin_ctx, draft, {**answers, "birth_year": 1991})
    assert isinstance(outcome, PossibleDuplicates)
    assert [d.id for d in intake.list_drafts(admin_ctx)] == [draft]
    outcome = intake.submit_checked(
        admin_ctx, draft, {**answers, "birth_year": 1991}, confirmed_not_duplicate=True
    )
    assert isinstance(outcome, Created)
    assert intake.list_drafts(admin_ctx) == []
