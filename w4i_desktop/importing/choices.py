"""Values people write in words: countries, languages, weekdays, CEFR levels, and the choices of
a field (ISCED groups, permit types, sectors, size bands...), in the five languages.

Countries: their names in English, Italian, Spanish, Swedish and Dutch (Babel/CLDR), common
variants ("UK", "Holland", "DR Congo"), ISO 3166-1 alpha-2 and alpha-3 codes. Languages: names in
the five languages or ISO 639-1 codes. Choices: the value itself, its label in every language and
the words of `vocabulary` ("laurea", "hbo/wo", "högskola" -> tertiary).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache

from babel import Locale
from babel.core import get_global

from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.enums import NACE_SECTIONS, CefrLevel, EmployerSize, Weekday
from w4i_desktop.importing import vocabulary as vocab
from w4i_desktop.importing.normalise import Invalid, compact, is_blank, shown, text, words
from w4i_desktop.importing.reading import cell_text
from w4i_desktop.importing.texts import IMPORT_LANGUAGES, labels_in_every_language
from w4i_desktop.importing.xlsx import CellValue
from w4i_desktop.services import validation as v

MAX_TAG = 60

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CEFR = re.compile(r"(?<!pre )\b([abc]) ?([12])\b")
_NUMBER = re.compile(r"\d+")


class Vocabulary:
    """Words for the values of one field: an exact match of the folded words first, else the
    longest listed phrase found whole inside the cell ("Laurea in economia" -> tertiary), when
    no other value has a phrase as long in it."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.exact: dict[str, str] = {}
        ambiguous: set[str] = set()
        for phrase, value in entries:
            key = words(phrase)
            if not key:
                continue
            if self.exact.setdefault(key, value) != value:
                ambiguous.add(key)
        for key in ambiguous:
            del self.exact[key]
        self._cache: dict[str, str | None] = {}

    def get(self, text: str) -> str | None:
        key = words(text)
        if key not in self._cache:
            self._cache[key] = self._lookup(key)
        return self._cache[key]

    def _lookup(self, key: str) -> str | None:
        if not key:
            return None
        found = self.exact.get(key)
        if found is not None:
            return found
        padded = f" {key} "
        best: dict[str, int] = {}
        for phrase, value in self.exact.items():
            if f" {phrase} " in padded:
                best[value] = max(best.get(value, 0), len(phrase))
        if not best:
            return None
        longest = max(best.values())
        winners = [value for value, length in best.items() if length == longest]
        return winners[0] if len(winners) == 1 else None


def labelled(group: str, values: Iterable[str], extra: dict[str, tuple[str, ...]]) -> Vocabulary:
    """A vocabulary from the values themselves, their labels in every language (with and
    without what they say in brackets) and the extra words of `vocabulary`."""
    entries: list[tuple[str, str]] = []
    for value in values:
        entries.append((value, value))
        for label in labels_in_every_language(f"{group}.{value}"):
            entries += [(label, value), (_PARENTHESES.sub(" ", label), value)]
        entries += [(phrase, value) for phrase in extra.get(value, ())]
    return Vocabulary(entries)


# --- countries and languages ---------------------------------------------------------------------


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(folded name -> code, alpha-3 code -> alpha-2 code)."""
    valid = v.iso_countries() - vocab.NOT_COUNTRIES
    names: dict[str, str] = {}
    ambiguous: set[str] = set()

    def add(name: str, code: str) -> None:
        key = compact(name)
        if key and names.setdefault(key, code) != code:
            ambiguous.add(key)

    for lang in IMPORT_LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if code in valid:
                add(name, code)
                add(_PARENTHESES.sub(" ", name), code)
    for code, variants in vocab.COUNTRY_VARIANTS.items():
        for name in variants:
            add(name, code)
    for key in ambiguous:
        del names[key]
    aliases = get_global("territory_aliases")
    alpha3 = {
        alias: targets[0]
        for alias, targets in aliases.items()
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in valid
    }
    return names, alpha3


def country(value: CellValue) -> str | None:
    """A country name in any of the five languages, a common variant, or an ISO 3166-1
    alpha-2 or alpha-3 code -> the alpha-2 code."""
    if is_blank(value):
        return None
    raw = cell_text(value).strip()
    names, alpha3 = _countries()
    found = names.get(compact(raw))
    if found is None and raw.isascii() and raw.isalpha():
        code = raw.upper()
        if len(code) == 2 and code in v.iso_countries() and code not in vocab.NOT_COUNTRIES:
            found = code
        elif len(code) == 3:
            found = alpha3.get(code)
    if found is None:
        raise Invalid("unknown_country", value=shown(value))
    return found


@cache
def _languages() -> dict[str, str]:
    valid = v.iso_languages()
    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    for lang in IMPORT_LANGUAGES:
        for code, name in Locale.parse(lang).languages.items():
            if code in valid and names.setdefault(compact(name), code) != code:
                ambiguous.add(compact(name))
    for key in ambiguous:
        del names[key]
    return names


def language(value: CellValue) -> str | None:
    """A language name in any of the five languages or an ISO 639-1 code -> the code."""
    if is_blank(value):
        return None
    raw = cell_text(value).strip()
    found = _languages().get(compact(raw))
    if found is None and raw.lower() in v.iso_languages():
        found = raw.lower()
    if found is None:
        raise Invalid("unknown_language", value=shown(raw))
    return found


def document_language(value: CellValue) -> str | None:
    found = language(value)
    if found is not None and found not in DOCUMENT_LANGUAGES:
        raise Invalid("not_a_document_language", value=shown(value))
    return found


_RANGE = re.compile(
    r"\s*[-–—]\s*|\s+(?:t/m|tm|tot en met|till|fino a|al|a|hasta|to|until)\s+", re.IGNORECASE
)
_LIST_SPLIT = re.compile(r"[,;/\n+&|]|\s(?:and|e|y|och|en|und|et)\s", re.IGNORECASE)


def _items(value: CellValue) -> list[str]:
    if is_blank(value):
        return []
    return [item.strip() for item in _LIST_SPLIT.split(cell_text(value)) if item.strip()]


def language_list(value: CellValue) -> list[str]:
    codes: list[str] = []
    for item in _items(value):
        code = language(item)
        if code is not None and code not in codes:
            codes.append(code)
    return codes


def tag_list(value: CellValue) -> list[str]:
    tags = [t for t in (text(item, 10 * MAX_TAG) for item in _items(value)) if t]
    if any(len(t) > MAX_TAG for t in tags):
        raise Invalid("tag_too_long", max=MAX_TAG)
    return sorted({t.lower() for t in tags})


@cache
def _weekdays() -> dict[str, int]:
    """Day names and abbreviations of the five languages -> 0 (Monday) .. 6 (Sunday)."""
    names: dict[str, int] = {}
    ambiguous: set[str] = set()
    entries: list[tuple[str, int]] = [(day.value, i) for i, day in enumerate(Weekday)]
    for lang in IMPORT_LANGUAGES:
        days = Locale.parse(lang).days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                entries += [(name, number) for number, name in days[context][width].items()]
    for name, number in entries:
        key = words(name)
        if names.setdefault(key, number) != number:
            ambiguous.add(key)
    for key in ambiguous:
        del names[key]
    return names


def weekdays(value: CellValue) -> list[str]:
    """ "lun, mer, ven", "Mon-Fri", "maandag t/m vrijdag" -> ["mon", "wed", "fri"]."""
    if is_blank(value):
        return []
    days: set[int] = set()
    raw = _RANGE.sub("-", cell_text(value))
    for item in (word for chunk in _items(raw) for word in chunk.split()):
        ends = [words(part) for part in item.split("-")]
        numbers = [_weekdays().get(end) for end in ends if end]
        if not numbers or any(n is None for n in numbers) or len(numbers) > 2:
            raise Invalid("unknown_weekday", value=shown(item))
        first, last = numbers[0], numbers[-1]
        assert first is not None and last is not None
        span = range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
        days.update(span)
    return [list(Weekday)[i].value for i in sorted(days)]


# --- levels, sectors and sizes ----------------------------------------------------------------


@cache
def _cefr_words() -> Vocabulary:
    return Vocabulary(
        [(w, CefrLevel.NONE.value) for w in vocab.CEFR_NONE]
        + [(w, CefrLevel.C2.value) for w in vocab.CEFR_NATIVE]
    )


def cefr(value: CellValue) -> CefrLevel | None:
    """ "B1", "b1+", "B1.2", "A2/B1" (the lower), "pre-A1", "nessuno", "madrelingua"."""
    if is_blank(value):
        return None
    key = words(cell_text(value))
    exact = _cefr_words().exact.get(key)
    if exact is not None:
        return CefrLevel(exact)
    levels = [CefrLevel(f"{m[1].upper()}{m[2]}") for m in _CEFR.finditer(key)]
    if levels:
        return min(levels, key=lambda level: level.rank)
    found = _cefr_words().get(key)
    if found is None:
        raise Invalid("not_a_cefr", value=shown(value))
    return CefrLevel(found)


def choice(value: CellValue, vocabulary: Vocabulary, reason: str = "not_a_choice") -> str | None:
    if is_blank(value):
        return None
    found = vocabulary.get(cell_text(value))
    if found is None:
        raise Invalid(reason, value=shown(value))
    return found


@cache
def _sectors() -> Vocabulary:
    return labelled("sector", NACE_SECTIONS, {})


def sector(value: CellValue) -> str | None:
    """ "C", "c - Manufacturing", "Costruzioni" -> the NACE section letter."""
    if is_blank(value):
        return None
    raw = cell_text(value).strip()
    m = re.match(r"^([A-Za-z])(?:$|\s*[-–—:.)·]\s*|\s+)", raw)
    if m and m[1].upper() in NACE_SECTIONS:
        return m[1].upper()
    return choice(value, _sectors(), "not_a_sector")


@cache
def _sizes() -> Vocabulary:
    return labelled("size_band", [s.value for s in EmployerSize], vocab.SIZE)


def size_band(value: CellValue) -> EmployerSize | None:
    """A head count ("35", "10-49", "250+") or a size word -> the EU size band."""
    if is_blank(value):
        return None
    number: int | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value) if math.isfinite(value) else None
    elif isinstance(value, str) and (m := _NUMBER.search(value)):
        number = int(m[0])
    if number is not None and number >= 0:
        bands = ((10, EmployerSize.MICRO), (50, EmployerSize.SMALL), (250, EmployerSize.MEDIUM))
        return next((band for limit, band in bands if number < limit), EmployerSize.LARGE)
    return EmployerSize(choice(value, _sizes(), "not_a_size") or EmployerSize.UNKNOWN)
