"""Duplicates among the rows of a file and against the records already kept, in one pass.

Participants: the rules of services/duplicates.py (a similar full name - accents, case and the
order of the names ignored - with the same date or year of birth; or the same phone number by
its last nine digits), against the visible, not anonymised participants. Asking the database once
per row would take a query per row; instead the existing people are read once (only the columns
the rules need) and indexed by date of birth, year of birth and phone, so each row is compared
with the handful of people born the same day or sharing its phone.

Employers: the same name once folded and stripped of punctuation and of a trailing legal form
("Rossi S.r.l." = "ROSSI SRL" = "Rossi").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from sqlalchemy import select

from w4i_desktop.folding import fold
from w4i_desktop.models import Employer, Participant
from w4i_desktop.services.context import Context
from w4i_desktop.services.duplicates import (
    NAME_SIMILARITY,
    DuplicateReason,
    name_key,
    phone_key,
)
from w4i_desktop.services.participants import visible_clause

# Legal forms of companies in Italy, Spain, Sweden, the Netherlands and English.
LEGAL_FORMS = frozenset({
    "srl", "srls", "spa", "snc", "sas", "sapa", "scarl", "scrl", "coop", "onlus", "aps",
    "sl", "slu", "sa", "sll", "sc", "ab", "hb", "kb", "ek", "bv", "nv", "vof", "cv", "ltd",
    "llc", "inc", "plc", "gmbh", "ag", "co", "corp",
})  # fmt: skip


@dataclass(frozen=True)
class Person:
    label: str  # a participant's code, or the line of a row of the file
    key: str  # name_key(first, last)
    swapped: str  # name_key(last, first)
    birth_date: date | None
    birth_year: int | None
    phone_tail: str | None

    @classmethod
    def of(
        cls,
        label: str,
        first: str | None,
        last: str | None,
        birth_date: date | None,
        birth_year: int | None,
        phone: str | None,
    ) -> Person:
        year = birth_date.year if birth_date is not None else birth_year
        # name_key(a, b) is the words of a then those of b: fold each name once.
        a, b = _name_words(first), _name_words(last)
        key, swapped = " ".join(filter(None, (a, b))), " ".join(filter(None, (b, a)))
        return cls(label, key, swapped, birth_date, year, phone_key(phone))

    @property
    def name_only(self) -> bool:
        """Nothing but a name: no date or year of birth, no phone."""
        return self.birth_year is None and self.phone_tail is None


def similar(a: str, b: str) -> bool:
    """services.duplicates' test of two name keys; `might_be_similar` first spares building a
    SequenceMatcher for the pairs that cannot pass."""
    return might_be_similar(a, b) and _ratios_pass(a, b)


def _ratios_pass(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= NAME_SIMILARITY
        and matcher.quick_ratio() >= NAME_SIMILARITY
        and matcher.ratio() >= NAME_SIMILARITY
    )


def might_be_similar(a: str, b: str) -> bool:
    """False only when SequenceMatcher's real_quick_ratio or quick_ratio is below the
    threshold, so `similar` gives the same answers with or without it.

    real_quick_ratio is 2 * min(len) / total. quick_ratio counts the characters the two
    strings have in common (a multiset intersection); `_letters` writes each string's counts
    in unary, a slot per letter, so `(x & y).bit_count()` is that count at once (or more, where
    two rare characters share a slot: an upper bound, never less)."""
    total = len(a) + len(b)
    if not total:
        return True  # two empty strings: SequenceMatcher calls them identical
    if 2.0 * min(len(a), len(b)) / total < NAME_SIMILARITY:
        return False
    return 2.0 * (_letters(a) & _letters(b)).bit_count() >= _LOOSE * total


SLOT_BITS = 32  # a character counted more often than this in one name: no shortcut
_SLOTS = 32  # a-z, space, and 5 shared slots for every other character
# Lengths a name key may have and still pass real_quick_ratio against one of length n:
# from n * t / (2 - t) to n * (2 - t) / t (widened by rounding; the exact test follows).
_SHORTEST = NAME_SIMILARITY / (2 - NAME_SIMILARITY)
_LONGEST = (2 - NAME_SIMILARITY) / NAME_SIMILARITY
_LOOSE = NAME_SIMILARITY - 1e-9  # the letters' test only ever lets through more, never less
_ANY_LETTERS = (1 << (32 * 32)) - 1


@lru_cache(maxsize=1 << 18)
def _letters(text: str) -> int:
    counts = [0] * _SLOTS
    for ch in text:
        if "a" <= ch <= "z":
            counts[ord(ch) - 97] += 1
        elif ch == " ":
            counts[26] += 1
        else:
            counts[27 + ord(ch) % 5] += 1
    if max(counts) > SLOT_BITS:
        return _ANY_LETTERS  # no shortcut: lets everything through
    packed = 0
    for slot, count in enumerate(counts):
        if count:
            packed |= ((1 << count) - 1) << (slot * SLOT_BITS)
    return packed


@lru_cache(maxsize=1 << 17)
def _name_words(name: str | None) -> str:
    return name_key(name)


Entry = tuple[int, str, int, int, Person]  # length, name key, letters, order, person


class _Bucket:
    """The name keys (as written and swapped) of people born the same year, by length.

    Sorted when first searched, not as people are added: most buckets of the people already
    registered are never searched."""

    def __init__(self) -> None:
        self.pending: list[tuple[int, Person]] = []
        self.lengths: list[int] = []
        self.entries: list[Entry] = []

    def add(self, person: Person, order: int) -> None:
        self.pending.append((order, person))

    def near(self, length: int) -> list[Entry]:
        if self.pending:
            for order, person in self.pending:
                for key in {person.key, person.swapped}:
                    if key:
                        self.entries.append((len(key), key, _letters(key), order, person))
            self.pending.clear()
            self.entries.sort(key=lambda entry: (entry[0], entry[3]))
            self.lengths = [entry[0] for entry in self.entries]
        shortest, longest = math.floor(length * _SHORTEST), math.ceil(length * _LONGEST)
        while not _lengths_pass(length, shortest):
            shortest += 1
        while not _lengths_pass(length, longest):
            longest -= 1
        low = bisect_left(self.lengths, shortest)
        return self.entries[low : bisect_right(self.lengths, longest)]


def _lengths_pass(a: int, b: int) -> bool:
    """SequenceMatcher.real_quick_ratio of strings of these lengths reaches the threshold."""
    return a + b > 0 and 2.0 * min(a, b) / (a + b) >= NAME_SIMILARITY


class PersonIndex:
    """People by date of birth, by year of birth and by phone, for `find`.

    Who is compared with whom follows services.duplicates: a person with a date of birth is
    compared with those born that day and those of whom only that year is known; a person of
    whom only the year is known with everyone born that year. The births therefore match by
    construction, and only the names are tested, cheapest test first."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._order = 0
        self._by_date: dict[date, list[tuple[int, Person]]] = defaultdict(list)
        self._undated_by_year: dict[int, _Bucket] = defaultdict(_Bucket)
        self._by_year: dict[int, _Bucket] = defaultdict(_Bucket)
        self._by_phone: dict[str, list[Person]] = defaultdict(list)
        self._by_name: dict[str, Person] = {}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        self._order += 1
        if person.birth_date is not None:
            self._by_date[person.birth_date].append((self._order, person))
        elif person.birth_year is not None:
            self._undated_by_year[person.birth_year].add(person, self._order)
        if person.birth_year is not None:
            self._by_year[person.birth_year].add(person, self._order)
        if person.phone_tail is not None:
            self._by_phone[person.phone_tail].append(person)
        for key in (person.key, person.swapped):
            if key:
                self._by_name.setdefault(key, person)

    def find(self, person: Person) -> tuple[Person, DuplicateReason] | None:
        """A person this one may be (the first added, by the strongest reason)."""
        if person.key:
            found = self._same_name_and_birth(person)
            if found is not None:
                return found, DuplicateReason.NAME_AND_BIRTH
        if person.phone_tail is not None:
            for other in self._by_phone.get(person.phone_tail, ()):
                return other, DuplicateReason.PHONE
        return None

    def same_name(self, person: Person) -> Person | None:
        """The first person added with exactly this name (accents, case and the order of the
        names ignored). The rules of `find` need a birth or a phone; for a row with nothing
        but a name this is the only way to see it again (a file imported twice)."""
        return self._by_name.get(person.key) if person.key else None

    def _same_name_and_birth(self, person: Person) -> Person | None:
        wanted = person.key
        best: tuple[int, Person] | None = None
        if person.birth_date is not None:
            for order, other in self._by_date.get(person.birth_date, ()):
                keys = {other.key, other.swapped}
                if any(k and similar(wanted, k) for k in keys):
                    best = (order, other)
                    break
            bucket = self._undated_by_year.get(person.birth_date.year)
        elif person.birth_year is not None:
            bucket = self._by_year.get(person.birth_year)
        else:
            bucket = None
        if bucket is None:
            return None if best is None else best[1]
        length, letters = len(wanted), _letters(wanted)
        first = best[0] if best is not None else math.inf
        for other_length, key, other_letters, order, other in bucket.near(length):
            # The hot loop of an import: bucket.near() has applied the lengths' test.
            if order >= first:
                continue
            if 2.0 * (letters & other_letters).bit_count() < _LOOSE * (length + other_length):
                continue
            if _ratios_pass(wanted, key):
                best, first = (order, other), order
        return None if best is None else best[1]


def existing_people(ctx: Context) -> PersonIndex:
    """The visible, not anonymised participants, indexed (reads five narrow columns)."""
    query = select(
        Participant.code,
        Participant.first_name,
        Participant.last_name,
        Participant.birth_date,
        Participant.birth_year,
        Participant.phone,
    ).where(visible_clause(ctx), Participant.anonymised_at.is_(None))
    with ctx.db.transaction() as session:
        return PersonIndex(Person.of(*row) for row in session.execute(query))


def employer_key(name: str | None) -> str:
    """'Rossi S.r.l.' -> 'rossi'; 'Café de Jong B.V.' -> 'cafedejong'."""
    folded = (fold(name or "") or "").replace(".", "")
    tokens = re.split(r"[\W_]+", folded)
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and tokens[-1] in LEGAL_FORMS:
        tokens.pop()
    return "".join(tokens)


def existing_employers(ctx: Context) -> dict[str, str]:
    """Employer key -> the name as registered."""
    with ctx.db.transaction() as session:
        names = session.scalars(select(Employer.name))
        return {employer_key(name): name for name in names}
