"""The generator's state and primitives: its random numbers, participant codes, values in their
stored form and the table writers its rows go to.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.enums import StepKind
from w4i_desktop.errors import BadInput
from w4i_desktop.models import Participant, User
from w4i_desktop.services.codes import CODE_ALPHABET, CODE_LENGTH
from w4i_desktop.services.demo.names import NamePools
from w4i_desktop.services.demo.odds import Pick
from w4i_desktop.services.demo.world import PERMITS, ROLES, SECTORS, SiteSpec
from w4i_desktop.services.demo.writer import MODELS, Row, TableWriter
from w4i_desktop.storage.search import CODE_PREFIX


@dataclass
class DemoSite:
    """A site as the generator fills it: its ids, where its women come from, its employers."""

    spec: SiteSpec
    id: int
    staff_id: int
    volunteer_id: int | None
    origin: Pick[str]
    # Per employer: its id, the opening days of its vacancies in order, and their ids.
    employers: list[tuple[int, list[int], list[int]]] = field(default_factory=list)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class GeneratorCore:
    """What every part of the generator draws from and writes to."""

    def __init__(self, session: Session, seed: int, today: date) -> None:
        if session.get_bind().dialect.name != "sqlite":
            raise BadInput("Demo data can only be generated in a local (SQLCipher) database.")
        self.session = session
        self.rng = random.Random(seed)
        self.today = today.toordinal()
        self.start = add_months(today, -36).toordinal()
        self.pools = NamePools(seed)
        self.tables = {model: TableWriter(session, model) for model in MODELS}
        self.codes = set(session.scalars(select(Participant.code)))
        self.users = {name: id_ for name, id_ in session.execute(select(User.username, User.id))}
        self.permits = {profile: Pick(weights) for profile, weights in PERMITS.items()}
        self.roles = {sector: [r for r in ROLES if r[0] == sector] for sector in SECTORS}
        self.steps: list[tuple[StepKind, int | None, bool, int]] = []  # last: template step id
        self.template_id = 0
        self._iso: dict[int, str] = {}

    # --- values in their stored form -----------------------------------------------------------

    def date(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def maybe_date(self, ordinal: int | None) -> str | None:
        return None if ordinal is None else self.date(ordinal)

    def stamp(self, ordinal: int, hour: int = 9, minute: int = 0) -> str:
        """A UTC timestamp as UTCDateTime stores it (sorts like the time it stands for)."""
        return f"{self.date(ordinal)} {hour:02d}:{minute:02d}:00.000000"

    # --- rows ----------------------------------------------------------------------------------

    def add(self, model: type[Any], values: Row) -> int:
        return self.tables[model].add(values)

    def next_id(self, model: type[Any]) -> int:
        return self.tables[model].next_id

    def flush(self) -> None:
        for writer in self.tables.values():
            writer.write(self.session)

    def count(self, model: type[Any]) -> int:
        return self.tables[model].written

    def code(self) -> str:
        while True:
            number = self.rng.randrange(len(CODE_ALPHABET) ** CODE_LENGTH)
            letters = []
            for _ in range(CODE_LENGTH):
                number, digit = divmod(number, len(CODE_ALPHABET))
                letters.append(CODE_ALPHABET[digit])
            code = CODE_PREFIX + "".join(letters)
            if code not in self.codes:
                self.codes.add(code)
                return code

    def day(self, low: int, high: int) -> int:
        """A whole number from low to high (both included; low if high < low)."""
        return low + int(self.rng.random() * (max(low, high) - low + 1))
