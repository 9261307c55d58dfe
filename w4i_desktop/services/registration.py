"""Registering a person: the duplicate check and the creation as one use case.

"New participant" and the intake interview both call it. The first call looks for people who
may already be registered (services/duplicates.py) and creates only when there are none; the
caller shows them, and when the user confirms this is somebody else, calls again with
`confirmed_not_duplicate=True`. One rule for what counts as a duplicate: the cleaned names, date
(or year) of birth and phone of the values being saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from w4i_desktop.services import duplicates, participants
from w4i_desktop.services.context import Context
from w4i_desktop.services.duplicates import PossibleDuplicate
from w4i_desktop.services.permissions import Action

# The answers the duplicate check compares.
IDENTITY = ("first_name", "last_name", "birth_date", "birth_year", "phone")


@dataclass(frozen=True)
class Created:
    participant_id: int


@dataclass(frozen=True)
class PossibleDuplicates:
    """Nothing was created: these visible participants may be the same person."""

    found: list[PossibleDuplicate]


Outcome = Created | PossibleDuplicates


def duplicates_of(ctx: Context, values: Mapping[str, Any]) -> list[PossibleDuplicate]:
    """Who may already be the person these participant fields describe (BadInput for a value
    the record would refuse anyway)."""
    cleaned = participants.clean_fields({k: values[k] for k in IDENTITY if k in values})
    return duplicates.possible_duplicates(
        ctx,
        cleaned.get("first_name"),
        cleaned.get("last_name"),
        cleaned.get("birth_date"),
        cleaned.get("phone"),
        birth_year=cleaned.get("birth_year"),
    )


def checked(
    ctx: Context,
    values: Mapping[str, Any],
    create: Callable[[], int],
    confirmed_not_duplicate: bool,
) -> Outcome:
    """`create()` unless `values` may describe someone registered already (and the user has
    not said otherwise); check and creation in one unit of work."""
    with ctx.db.transaction():
        if not confirmed_not_duplicate:
            found = duplicates_of(ctx, values)
            if found:
                return PossibleDuplicates(found)
        return Created(create())


def create_checked(
    ctx: Context, values: Mapping[str, Any], *, confirmed_not_duplicate: bool = False
) -> Outcome:
    """Create the participant of `values` ("New participant"), or say who she may already be."""
    ctx.require(Action.PARTICIPANT_CREATE)
    participants.check_new(ctx, values)  # a name missing is said before any duplicate
    return checked(ctx, values, lambda: participants.create(ctx, values), confirmed_not_duplicate)
