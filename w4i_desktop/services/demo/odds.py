"""Weighted choices (`Pick`) and the odds of everything the generator draws."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping
from typing import Generic, TypeVar

from w4i_desktop.enums import (
    ActivityKind,
    ClosureReason,
    ConsentPurpose,
    ContractType,
    EducationLevel,
    EmployerSize,
    EmploymentStatus,
    InteractionKind,
    PlacementType,
    Weekday,
)
from w4i_desktop.services.demo.world import SECTORS

T = TypeVar("T")


class Pick(Generic[T]):
    """A weighted choice, set up once and drawn many times."""

    def __init__(self, weights: Mapping[T, float]) -> None:
        self.items = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


# fmt: off
PICK_EMPLOYMENT = Pick({EmploymentStatus.UNEMPLOYED: 35, EmploymentStatus.LONG_TERM_UNEMPLOYED: 30,
                        EmploymentStatus.INACTIVE: 25, EmploymentStatus.EMPLOYED: 5,
                        EmploymentStatus.UNKNOWN: 5})
PICK_EDUCATION = Pick({EducationLevel.NONE_PRIMARY: 18, EducationLevel.LOWER_SECONDARY: 25,
                       EducationLevel.UPPER_SECONDARY: 32, EducationLevel.TERTIARY: 20,
                       EducationLevel.UNKNOWN: 5})
PICK_CLOSURE = Pick({ClosureReason.EMPLOYED: 33, ClosureReason.EDUCATION_OR_TRAINING: 14,
                     ClosureReason.MOVED_AWAY: 15, ClosureReason.DROPPED_OUT: 28,
                     ClosureReason.OTHER: 10})
PICK_INTAKE_LEVEL = Pick({0: 15, 1: 35, 2: 25, 3: 15, 4: 7, 5: 3})  # rank in CEFR_ORDER
PICK_CHILDREN = Pick({0: 30, 1: 25, 2: 25, 3: 12, 4: 6, 5: 2})
PICK_PLACEMENT = Pick({PlacementType.FIXED_TERM: 35, PlacementType.PERMANENT: 20,
                       PlacementType.INTERNSHIP: 22, PlacementType.APPRENTICESHIP: 6,
                       PlacementType.SELF_EMPLOYMENT: 5, PlacementType.OTHER: 12})
PICK_EMPLOYED = Pick({PlacementType.FIXED_TERM: 45, PlacementType.PERMANENT: 30,
                      PlacementType.APPRENTICESHIP: 5, PlacementType.SELF_EMPLOYMENT: 8,
                      PlacementType.OTHER: 12})
PICK_HOURS = Pick({20.0: 15, 24.0: 15, 25.0: 10, 30.0: 20, 32.0: 10, 36.0: 10, 38.0: 10, 40.0: 10})
PICK_SIZE = Pick({EmployerSize.MICRO: 35, EmployerSize.SMALL: 35, EmployerSize.MEDIUM: 20,
                  EmployerSize.LARGE: 8, EmployerSize.UNKNOWN: 2})
PICK_SECTOR = Pick(SECTORS)
PICK_INTERACTION = Pick({InteractionKind.CALL: 35, InteractionKind.EMAIL: 25,
                         InteractionKind.MEETING: 20, InteractionKind.VISIT: 12,
                         InteractionKind.EVENT: 5, InteractionKind.OTHER: 3})
PICK_CONTRACT = Pick({ContractType.FIXED_TERM: 45, ContractType.PERMANENT: 25,
                      ContractType.INTERNSHIP: 12, ContractType.APPRENTICESHIP: 5,
                      ContractType.FREELANCE: 3, ContractType.OTHER: 10})
PICK_ACTIVITY = Pick({ActivityKind.MEETING: 40, ActivityKind.CALL: 30, ActivityKind.COURSE: 15,
                      ActivityKind.NOTE: 15})
PICK_FROM = Pick({"08:00": 15, "08:30": 20, "09:00": 35, "10:00": 10, "13:00": 10, "14:00": 10})
PICK_UNTIL = Pick({"12:30": 10, "13:00": 15, "15:30": 25, "16:00": 20, "17:00": 15, "18:00": 15})
WEEKDAYS = tuple(Weekday)
CONSENTS = (  # purpose, how many give it, how many of those withdraw it later
    (ConsentPurpose.PROCESSING, 1.0, 0.0),
    (ConsentPurpose.SHARING_WITH_EMPLOYERS, 0.85, 0.06),
    (ConsentPurpose.PHOTOS, 0.35, 0.08),
    (ConsentPurpose.FOLLOW_UP_CONTACT, 0.7, 0.04),
)
PLACEMENT_DAYS = {  # (shortest, longest) contract length in days, None for open-ended
    PlacementType.INTERNSHIP: (90, 180), PlacementType.FIXED_TERM: (180, 730),
    PlacementType.APPRENTICESHIP: (365, 730),
}
# fmt: on
