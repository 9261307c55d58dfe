"""One row of a file -> the values of the record it makes, or the problems that stop it.

Every cell is normalised first (normalise.py, choices.py), then the record goes through the very
cleaners the services use when a person types it in (participants.clean_fields, employers'
EMPLOYER_FIELDS and CONTACT_FIELDS), so an import accepts exactly what the forms accept. A
problem names the column it comes from (None for the row as a whole) and a reason key of
resources/importing/<lang>.json.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from babel import Locale

from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.enums import (
    ChildcareNeed,
    EducationLevel,
    EmployerSize,
    EmploymentStatus,
    PermitType,
)
from w4i_desktop.errors import BadInput
from w4i_desktop.importing import choices, normalise, vocabulary
from w4i_desktop.importing.headers import ImportField, ImportKind, ValueKind, fields
from w4i_desktop.importing.normalise import Invalid, shown
from w4i_desktop.importing.texts import ImportTexts
from w4i_desktop.importing.xlsx import CellValue
from w4i_desktop.services import employers, participants

MAX_LAST_NAME = 120

CHOICE_GROUPS: dict[str, tuple[list[str], dict[str, tuple[str, ...]]]] = {
    "permit_type": ([p.value for p in PermitType], vocabulary.PERMIT),
    "education_level": ([e.value for e in EducationLevel], vocabulary.EDUCATION),
    "employment_status": ([s.value for s in EmploymentStatus], vocabulary.EMPLOYMENT),
    "childcare_need": ([c.value for c in ChildcareNeed], vocabulary.CHILDCARE),
}


@cache
def choice_vocabulary(group: str) -> choices.Vocabulary:
    values, extra = CHOICE_GROUPS[group]
    return choices.labelled(group, values, extra)


def accepted_labels(t: ImportTexts, spec: ImportField) -> list[str]:
    """The labels a field's cells may hold, in the language of `t` (empty: not a choice)."""
    if spec.value is ValueKind.CHOICE and spec.choices:
        return [t.choice(spec.choices, value) for value in CHOICE_GROUPS[spec.choices][0]]
    if spec.value is ValueKind.SIZE_BAND:
        return [t.choice("size_band", size.value) for size in EmployerSize]
    if spec.value is ValueKind.DOCUMENT_LANGUAGE:
        names = Locale.parse(t.language).languages
        return [f"{names.get(code, code)} ({code})" for code in DOCUMENT_LANGUAGES]
    return []


@dataclass(frozen=True)
class Issue:
    column: int | None
    reason: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass
class CleanRow:
    values: dict[str, Any]  # the record's fields, cleaned as the services clean them
    extra: dict[str, Any]  # participants: host_language, host_cefr; employers: contact
    issues: list[Issue]
    columns: dict[str, int]  # field -> the column it came from


@dataclass(frozen=True)
class Sites:
    """The organisation's sites by folded name and by number; the default for empty cells."""

    by_key: Mapping[str, int]
    names: tuple[str, ...]
    default: int | None

    def find(self, value: CellValue) -> int | None:
        if normalise.is_blank(value):
            return None
        key = normalise.words(str(value))
        found = self.by_key.get(key)
        if found is None:
            raise Invalid("unknown_site", value=shown(value), choices=", ".join(self.names))
        return found


@dataclass(frozen=True)
class Options:
    kind: ImportKind
    mapping: Mapping[int, str]  # column -> field, mapped columns only
    sites: Sites
    host_language: str | None
    today: date
    sensitive_notes: bool  # may this user write them


def _normaliser(spec: ImportField, options: Options) -> Callable[[CellValue], Any]:
    this_year = options.today.year
    later = this_year + normalise.FUTURE_YEARS
    kind = spec.value
    length = spec.max_length or 0
    table: dict[ValueKind, Callable[[CellValue], Any]] = {
        ValueKind.TEXT: lambda x: normalise.text(x, length),
        ValueKind.LONG_TEXT: lambda x: normalise.text(x, length, single_line=False),
        ValueKind.DATE: lambda x: normalise.a_date(x, latest_year=later),
        ValueKind.BIRTH_DATE: lambda x: _birth(x, this_year),
        ValueKind.YEAR: lambda x: normalise.year(x, this_year=this_year),
        ValueKind.COUNTRY: choices.country,
        ValueKind.PHONE: normalise.phone,
        ValueKind.EMAIL: normalise.email,
        ValueKind.FLAG: normalise.flag,
        ValueKind.COUNT: normalise.count,
        ValueKind.LANGUAGES: choices.language_list,
        ValueKind.LANGUAGE: choices.language,
        ValueKind.DOCUMENT_LANGUAGE: choices.document_language,
        ValueKind.TAGS: choices.tag_list,
        ValueKind.WEEKDAYS: choices.weekdays,
        ValueKind.TIME: normalise.clock_time,
        ValueKind.CEFR: choices.cefr,
        ValueKind.SITE: options.sites.find,
        ValueKind.SECTOR: choices.sector,
        ValueKind.SIZE_BAND: choices.size_band,
    }
    if kind is ValueKind.CHOICE:
        vocab = choice_vocabulary(spec.choices or "")
        return lambda x: choices.choice(x, vocab)
    return table[kind]


def _birth(value: CellValue, this_year: int) -> date | int | None:
    """A date of birth, or only the year when that is all the cell holds (1988, "1988")."""
    text = value.strip() if isinstance(value, str) else value
    digits = isinstance(text, int | str) and not isinstance(text, bool) and str(text).isdigit()
    if digits and len(str(text)) == 4:
        return normalise.year(text, this_year=this_year)
    return normalise.a_date(value, latest_year=this_year)


# Values that repeat down a column (countries, levels, yes/no...): each distinct cell is
# normalised once per import. Names, dates, phones and free text are not worth remembering.
MEMOISED = frozenset(
    {
        ValueKind.COUNTRY, ValueKind.CHOICE, ValueKind.FLAG, ValueKind.COUNT,
        ValueKind.LANGUAGES, ValueKind.LANGUAGE, ValueKind.DOCUMENT_LANGUAGE,
        ValueKind.WEEKDAYS, ValueKind.TIME, ValueKind.CEFR, ValueKind.SITE, ValueKind.SECTOR,
        ValueKind.SIZE_BAND, ValueKind.YEAR, ValueKind.TAGS,
    }
)  # fmt: skip


def _memoised(normaliser: Callable[[CellValue], Any]) -> Callable[[CellValue], Any]:
    known: dict[tuple[type, CellValue], Any] = {}

    def normalise_once(value: CellValue) -> Any:
        key = (type(value), value)
        found = known.get(key)
        if found is None:
            try:
                found = ("ok", normaliser(value))
            except Invalid as exc:
                found = ("invalid", (exc.reason, exc.params))
            known[key] = found
        outcome, result = found
        if outcome == "invalid":
            raise Invalid(result[0], **result[1])
        return list(result) if isinstance(result, list) else result

    return normalise_once


class RowCleaner:
    def __init__(self, options: Options) -> None:
        self.options = options
        specs = {spec.name: spec for spec in fields(options.kind)}
        self._columns = []
        for column, name in sorted(options.mapping.items()):
            normaliser = _normaliser(specs[name], options)
            if specs[name].value in MEMOISED:
                normaliser = _memoised(normaliser)
            self._columns.append((column, name, normaliser))

    def clean(self, cells: Sequence[CellValue]) -> CleanRow:
        issues: list[Issue] = []
        found: dict[str, Any] = {}
        columns: dict[str, int] = {}
        for column, name, normaliser in self._columns:
            columns[name] = column
            try:
                value = normaliser(cells[column])
            except Invalid as exc:
                issues.append(Issue(column, exc.reason, exc.params))
                continue
            if value is not None and value != []:
                found[name] = value
        if self.options.kind is ImportKind.PARTICIPANTS:
            row = self._participant(found, columns, issues)
        else:
            row = self._employer(found, columns, issues)
        return row

    # --- participants ----------------------------------------------------------------------

    def _participant(
        self, found: dict[str, Any], columns: dict[str, int], issues: list[Issue]
    ) -> CleanRow:
        values = dict(found)
        extra: dict[str, Any] = {}
        level = values.pop("host_cefr", None)
        language = values.pop("host_language", None) or self.options.host_language
        if level is not None:
            extra = {"host_cefr": level, "host_language": language}
            if language is None and not _has(issues, columns, "host_language"):
                issues.append(Issue(columns["host_cefr"], "host_language_missing"))
        prefix, second = values.pop("name_prefix", None), values.pop("second_last_name", None)
        if prefix or second:
            parts = (prefix, values.get("last_name"), second)
            last = " ".join(p for p in parts if p)
            if len(last) > MAX_LAST_NAME:
                column = columns.get("last_name", columns.get("name_prefix"))
                issues.append(
                    Issue(column, "too_long", {"max": MAX_LAST_NAME, "length": len(last)})
                )
            values["last_name"] = last
        if isinstance(values.get("birth_date"), int):
            values.setdefault("birth_year", values.pop("birth_date"))
            values.pop("birth_date", None)
        born = values.get("birth_date")
        if isinstance(born, date) and born > self.options.today:
            issues.append(Issue(columns["birth_date"], "future_date", {"value": shown(born)}))
        if not (values.get("first_name") or values.get("last_name")) and not _has(
            issues, columns, "first_name", "last_name", "name_prefix", "second_last_name"
        ):
            column = columns.get("last_name", columns.get("first_name"))
            issues.append(Issue(column, "name_required"))
        self._site(values, columns, issues, required=True)
        if not self.options.sensitive_notes:
            values.pop("sensitive_notes", None)
        if not issues:
            values = _serviced(values, columns, issues)
        return CleanRow(values, extra, issues, columns)

    def _site(
        self, values: dict[str, Any], columns: dict[str, int], issues: list[Issue], required: bool
    ) -> None:
        site = values.pop("site", None)
        if site is None and not _has(issues, columns, "site"):
            site = self.options.sites.default if required else None
            if site is None and required:
                issues.append(Issue(columns.get("site"), "no_site"))
        if site is not None:
            values["site_id"] = site

    # --- employers -------------------------------------------------------------------------

    def _employer(
        self, found: dict[str, Any], columns: dict[str, int], issues: list[Issue]
    ) -> CleanRow:
        values = {k: v for k, v in found.items() if not k.startswith("contact_")}
        contact = {k[len("contact_") :]: v for k, v in found.items() if k.startswith("contact_")}
        if not values.get("name") and not _has(issues, columns, "name"):
            issues.append(Issue(columns.get("name"), "employer_name_required"))
        self._site(values, columns, issues, required=False)
        contact_columns = [c for name, c in columns.items() if name.startswith("contact_")]
        contact_issue = any(i.column in contact_columns for i in issues)
        if contact and "name" not in contact and not contact_issue:
            first = min(columns[f"contact_{k}"] for k in contact)
            issues.append(Issue(columns.get("contact_name", first), "contact_name_missing"))
        if not issues:
            values = _checked(employers.EMPLOYER_FIELDS, values, columns, "", issues)
            if contact:
                contact = _checked(employers.CONTACT_FIELDS, contact, columns, "contact_", issues)
        return CleanRow(values, {"contact": contact or None}, issues, columns)


def _has(issues: list[Issue], columns: dict[str, int], *names: str) -> bool:
    """Is there already a problem in one of these fields' columns?"""
    wanted = {columns[n] for n in names if n in columns}
    return any(issue.column in wanted for issue in issues)


def _serviced(
    values: dict[str, Any], columns: dict[str, int], issues: list[Issue]
) -> dict[str, Any]:
    """The participant's values through participants.clean_fields, the service's own check;
    when it refuses them, the field it refused is looked for to name the column."""
    try:
        return participants.clean_fields(values)
    except BadInput:
        pass
    for name, value in values.items():
        try:
            participants.FIELDS[name](value, name)
        except BadInput:
            issues.append(_invalid(columns, name, value))
    if not issues:
        issues.append(Issue(None, "invalid_row"))
    return values


def _checked(
    cleaners: Mapping[str, Callable[[Any, str], Any]],
    values: dict[str, Any],
    columns: dict[str, int],
    prefix: str,
    issues: list[Issue],
) -> dict[str, Any]:
    """`values` through the services' cleaners, as employers._clean does."""
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        try:
            cleaned[name] = cleaners[name](value, name)
        except BadInput:
            issues.append(_invalid(columns, prefix + name, value))
    return cleaned


def _invalid(columns: dict[str, int], name: str, value: Any) -> Issue:
    column = columns.get(name, columns.get("site") if name == "site_id" else None)
    return Issue(
        column, "invalid", {"value": shown(value if isinstance(value, str) else str(value))}
    )
