"""The dry run: every row of a file checked, cleaned and compared with what is already kept.

`dry_run` reads nothing but the file and, for duplicates, the existing records; it writes
nothing. The plan it returns lists each row with its cleaned values or its problems (the column
as headed in the file and the reason in the chosen language) and is what `run.run_import`
imports. Employers: rows with the same employer name (see duplicates.employer_key) make one
employer; the first correct row creates it, later rows add their contact person and may fill in
employer fields the first left empty, but may not contradict it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from w4i_desktop.errors import BadInput
from w4i_desktop.importing import choices
from w4i_desktop.importing.duplicates import (
    Person,
    PersonIndex,
    employer_key,
    existing_employers,
    existing_people,
)
from w4i_desktop.importing.headers import (
    ImportKind,
    auto_map,
    column_name,
    field,
    mapping_problems,
)
from w4i_desktop.importing.normalise import Invalid, is_blank, shown, words
from w4i_desktop.importing.reading import SourceTable, cell_text, read_table
from w4i_desktop.importing.rows import (
    CleanRow,
    Issue,
    Options,
    RowCleaner,
    Sites,
    accepted_labels,
)
from w4i_desktop.importing.texts import ImportTexts
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed


@dataclass(frozen=True)
class Problem:
    column: int | None  # index of the column in the file, None for the row as a whole
    header: str | None  # the column as headed in the file ("column C" when it has no header)
    reason: str  # e.g. "not_a_date", "duplicate_existing" (resources/importing: problem.<reason>)
    message: str  # in the plan's language


@dataclass(frozen=True)
class PlanRow:
    line: int  # the row's number in the file
    cells: tuple[str, ...]  # as read, as text
    problems: tuple[Problem, ...]
    values: Mapping[str, Any]  # the record's cleaned fields (participant or employer)
    extra: Mapping[str, Any]  # participants: host_language, host_cefr; employers: contact
    employer_line: int | None = None  # employers: the row that creates this row's employer

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPlan:
    kind: ImportKind
    file_name: str
    file_format: str  # "xlsx" or "csv"
    headers: tuple[str, ...]
    mapping: Mapping[int, str | None]
    language: str
    rows: tuple[PlanRow, ...]
    ignored_columns: tuple[str, ...]  # columns with something in them that are not imported

    @property
    def ok_rows(self) -> list[PlanRow]:
        return [row for row in self.rows if row.ok]

    @property
    def rejected_rows(self) -> list[PlanRow]:
        return [row for row in self.rows if not row.ok]

    def report_lines(self) -> list[str]:
        """The dry run's report: a summary, the columns left aside, then one line a problem."""
        t = ImportTexts.for_language(self.language)
        rejected = self.rejected_rows
        lines = [
            t(
                "report.summary",
                name=self.file_name,
                rows=len(self.rows),
                ok=len(self.rows) - len(rejected),
                rejected=len(rejected),
            )
        ]
        if self.ignored_columns:
            quoted = ", ".join(f"'{c}'" for c in self.ignored_columns)
            lines.append(t("report.ignored", columns=quoted))
        for row in rejected:
            lines += [problem_line(t, row.line, problem) for problem in row.problems]
        return lines


def problem_line(t: ImportTexts, line: int, problem: Problem) -> str:
    """ "row 7, column 'Data di nascita': 31/02/1990 is not a date", in the language of `t`."""
    if problem.header is None:
        return t("report.line_no_column", row=line, message=problem.message)
    return t("report.line", row=line, column=problem.header, message=problem.message)


def dry_run(
    ctx: Context,
    kind: ImportKind | str,
    source: Path | str | SourceTable,
    mapping: Mapping[int, str | None] | None = None,
    language: str = "en",
    *,
    site_id: int | None = None,
    host_language: str | None = None,
    accept_duplicates: bool = False,
    today: date | None = None,
) -> ImportPlan:
    """Check every row of `source` (a file, or a table already read) as it would be imported.

    `mapping` (column index -> field name or None) defaults to `auto_map` of the headers.
    `site_id`: the site of participants (and employers) whose row names none; participants
    default to the user's own site. `host_language`: the language of a CEFR level column when
    the file has no column saying which. `accept_duplicates`: do not reject possible duplicates.
    """
    kind = ImportKind(kind)
    ctx.require(Action.DATA_IMPORT)
    t = ImportTexts.for_language(language)
    table = source if isinstance(source, SourceTable) else read_table(Path(source), language)
    chosen = dict(auto_map(table.headers, kind) if mapping is None else mapping)
    problems = mapping_problems(kind, table.headers, chosen, language)
    if problems:
        raise BadInput(" ".join(problems))
    options = Options(
        kind=kind,
        mapping={column: name for column, name in chosen.items() if name},
        sites=_sites(ctx, kind, site_id, t),
        host_language=_host_language(host_language, t),
        today=today or date.today(),
        sensitive_notes=allowed(ctx.actor.role, Action.SENSITIVE_NOTES_VIEW),
    )
    cleaner = RowCleaner(options)
    cleaned = [cleaner.clean(row.cells) for row in table.rows]
    if kind is ImportKind.PARTICIPANTS:
        employer_lines: list[int | None] = [None] * len(cleaned)
        _participant_duplicates(ctx, table, cleaned, accept_duplicates)
    else:
        employer_lines = _employer_groups(ctx, table, cleaned, accept_duplicates)
    rows = tuple(
        PlanRow(
            line=source_row.line,
            cells=tuple(cell_text(c) for c in source_row.cells),
            problems=tuple(_problem(t, kind, table.headers, chosen, i) for i in row.issues),
            values=row.values,
            extra=row.extra,
            employer_line=lead,
        )
        for source_row, row, lead in zip(table.rows, cleaned, employer_lines, strict=True)
    )
    return ImportPlan(
        kind=kind,
        file_name=table.name,
        file_format=table.format,
        headers=table.headers,
        mapping=chosen,
        language=language,
        rows=rows,
        ignored_columns=_ignored(table, chosen, t),
    )


def _sites(ctx: Context, kind: ImportKind, site_id: int | None, t: ImportTexts) -> Sites:
    known = users.list_sites(ctx)
    by_key: dict[str, int] = {}
    for number, name in known:
        by_key.setdefault(words(name), number)
        by_key.setdefault(str(number), number)
    if site_id is not None and site_id not in {number for number, _ in known}:
        names = ", ".join(name for _, name in known)
        raise BadInput(t("problem.unknown_site", value=site_id, choices=names))
    default = site_id
    if default is None and kind is ImportKind.PARTICIPANTS:
        default = ctx.actor.site_id
    return Sites(by_key, tuple(name for _, name in known), default)


def _host_language(value: str | None, t: ImportTexts) -> str | None:
    try:
        return choices.language(value)
    except Invalid as exc:
        raise BadInput(t(f"problem.{exc.reason}", **exc.params)) from None


CHOICE_REASONS = frozenset({"not_a_choice", "not_a_size", "not_a_document_language"})


def _problem(
    t: ImportTexts,
    kind: ImportKind,
    headers: tuple[str, ...],
    mapping: Mapping[int, str | None],
    issue: Issue,
) -> Problem:
    params = dict(issue.params)
    if "reason" in params:
        params["reason"] = t(f"reason.{params['reason']}")
    name = None if issue.column is None else mapping.get(issue.column)
    if issue.reason in CHOICE_REASONS and name is not None:
        params["choices"] = "; ".join(accepted_labels(t, field(kind, name)))
    message = t(f"problem.{issue.reason}", **params)
    header = None if issue.column is None else column_name(headers, issue.column, t)
    return Problem(issue.column, header, issue.reason, message)


def _ignored(
    table: SourceTable, mapping: Mapping[int, str | None], t: ImportTexts
) -> tuple[str, ...]:
    ignored = []
    for index in range(table.width):
        if mapping.get(index) is not None:
            continue
        if table.headers[index].strip() or any(
            not is_blank(row.cells[index]) for row in table.rows
        ):
            ignored.append(column_name(table.headers, index, t))
    return tuple(ignored)


# --- duplicates ----------------------------------------------------------------------------------


def _participant_duplicates(
    ctx: Context, table: SourceTable, cleaned: list[CleanRow], accept: bool
) -> None:
    """Reject rows that may be someone already registered, or someone of an earlier row."""
    if accept:
        return
    existing = existing_people(ctx)
    in_file = PersonIndex()
    for source_row, row in zip(table.rows, cleaned, strict=True):
        if row.issues:
            continue
        v = row.values
        person = Person.of(
            str(source_row.line),
            v.get("first_name"),
            v.get("last_name"),
            v.get("birth_date"),
            v.get("birth_year"),
            v.get("phone"),
        )
        found = _match(existing, person, name_only=True)
        reason = "duplicate_existing"
        if found is None:
            found, reason = _match(in_file, person), "duplicate_in_file"
        if found is None:
            in_file.add(person)
            continue
        other, why = found
        column = (
            row.columns.get("phone")
            if why == "phone"
            else row.columns.get("last_name", row.columns.get("first_name"))
        )
        key = "code" if reason == "duplicate_existing" else "row"
        row.issues.append(Issue(column, reason, {key: other.label, "reason": why}))


def _match(
    index: PersonIndex, person: Person, *, name_only: bool = False
) -> tuple[Person, str] | None:
    """Someone of `index` this person may be, and why (resources/importing reason.<why>):
    "name_and_birth", "phone", or with `name_only` "same_name" for a row with nothing but a
    name (against the people registered: a file imported a second time; two such rows of one
    file are left alone, as the services' rules leave them)."""
    found = index.find(person)
    if found is not None:
        return found[0], found[1].name.lower()
    other = index.same_name(person) if name_only and person.name_only else None
    return None if other is None else (other, "same_name")


def _employer_groups(
    ctx: Context, table: SourceTable, cleaned: list[CleanRow], accept: bool
) -> list[int | None]:
    """The line of the row creating each correct row's employer; rejects rows naming an
    employer already registered, contradicting their employer's first row, or repeating it."""
    existing = {} if accept else existing_employers(ctx)
    leads: dict[str, tuple[int, dict[str, Any], dict[str, int]]] = {}
    lines: list[int | None] = []
    for source_row, row in zip(table.rows, cleaned, strict=True):
        lines.append(None)
        if row.issues:
            continue
        key = employer_key(row.values["name"])
        name_column = row.columns.get("name")
        if key in existing:
            row.issues.append(Issue(name_column, "employer_exists", {"value": existing[key]}))
            continue
        contact = row.extra.get("contact")
        contact_key = words(contact["name"]) if contact else None
        if key not in leads:
            leads[key] = (source_row.line, dict(row.values), {})
            if contact_key:
                leads[key][2][contact_key] = source_row.line
            lines[-1] = source_row.line
            continue
        lead_line, merged, contacts = leads[key]
        conflicts = []
        for name, value in row.values.items():
            if name != "name" and name in merged and merged[name] != value:
                column = row.columns.get(name)
                cell = "" if column is None else shown(source_row.cells[column])
                conflicts.append(
                    Issue(column, "employer_conflict", {"value": cell, "row": lead_line})
                )
        adds = {k: value for k, value in row.values.items() if k not in merged}
        if conflicts:
            row.issues.extend(conflicts)
        elif contact_key and contact_key in contacts:
            column = row.columns.get("contact_name")
            row.issues.append(Issue(column, "contact_duplicate", {"row": contacts[contact_key]}))
        elif not contact_key and not adds:
            row.issues.append(Issue(name_column, "employer_repeated", {"row": lead_line}))
        else:
            merged.update(adds)
            if contact_key:
                contacts[contact_key] = source_row.line
            lines[-1] = lead_line
    return lines
