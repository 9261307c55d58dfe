"""The downloadable template of an import, in one of the five languages.

First sheet: the header row (every importable field, labelled in the language) and an example
row (two for employers: one employer, two contact persons). Second sheet: what to do, then one
line per column (required or not, the values accepted, notes, the example), then the lists of
accepted values with their codes. A template is read back by the import like any other file.
"""

from __future__ import annotations

import io
from typing import Any

from babel import Locale
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from w4i_desktop.enums import NACE_SECTIONS, EmployerSize
from w4i_desktop.importing.headers import (
    REQUIRED_ANY,
    ImportField,
    ImportKind,
    ValueKind,
    fields,
)
from w4i_desktop.importing.normalise import MAX_CHILDREN
from w4i_desktop.importing.rows import CHOICE_GROUPS, accepted_labels
from w4i_desktop.importing.texts import ImportTexts, catalogue
from w4i_desktop.importing.workbook import BOLD, TITLE, set_text

HEADER_FILL_WIDTH = 4  # characters added to a header's length for the column width
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
NOTE = Font(italic=True, color="52606D")
INTRO = ("headers", "dates", "files", "dry_run", "formulas")

# Per language: what the example rows say that is not a code, a number or a label.
_PLACES = {
    "en": ("Manchester", "Moss Side", "+44 7700 900123", "+44 161 496 0000"),
    "it": ("Milano", "Quarto Oggiaro", "+39 333 123 4567", "+39 02 1234 5678"),
    "es": ("Valencia", "Benimaclet", "+34 612 345 678", "+34 963 123 456"),
    "sv": ("Malmö", "Rosengård", "+46 70 123 45 67", "+46 40 123 45 67"),
    "nl": ("Rotterdam", "Delfshaven", "+31 6 12345678", "+31 10 123 4567"),
}
_WORDS = {
    "en": ("cooking, childcare, sewing", "Kitchen assistant, 4 years (Lagos)",
           "Wants a job in catering; needs childcare in the mornings."),
    "it": ("cucina, cura dei bambini, sartoria", "Aiuto cuoca, 4 anni (Lagos)",
           "Cerca lavoro nella ristorazione; le serve assistenza per i figli al mattino."),
    "es": ("cocina, cuidado infantil, costura", "Ayudante de cocina, 4 años (Lagos)",
           "Busca trabajo en hostelería; necesita cuidado infantil por las mañanas."),
    "sv": ("matlagning, barnomsorg, sömnad", "Köksbiträde, 4 år (Lagos)",
           "Vill arbeta inom restaurang; behöver barnomsorg på förmiddagarna."),
    "nl": ("koken, kinderopvang, naaien", "Keukenhulp, 4 jaar (Lagos)",
           "Wil werken in de horeca; heeft 's ochtends kinderopvang nodig."),
}  # fmt: skip
_EMPLOYERS = {
    "en": ("Green Kitchen Ltd", ("Sarah Jones", "HR manager"), ("Tom Baker", "Head chef")),
    "it": ("Trattoria Da Gino S.r.l.", ("Lucia Bianchi", "Responsabile del personale"),
           ("Marco Rossi", "Capo cuoco")),
    "es": ("Cocina Verde S.L.", ("Carmen López", "Responsable de personal"),
           ("Javier Martín", "Jefe de cocina")),
    "sv": ("Gröna Köket AB", ("Anna Larsson", "HR-ansvarig"), ("Erik Nilsson", "Kökschef")),
    "nl": ("De Groene Keuken B.V.", ("Sanne de Vries", "HR-manager"),
           ("Daan Bakker", "Chef-kok")),
}  # fmt: skip


def template_xlsx(kind: ImportKind | str, language: str = "en") -> bytes:
    kind = ImportKind(kind)
    t = ImportTexts.for_language(language)
    specs = fields(kind)
    examples = _examples(kind, t)
    book = Workbook()
    data = book.active
    assert isinstance(data, Worksheet)
    data.title = t(f"kind.{kind.value}")[:31]
    for column, spec in enumerate(specs, start=1):
        label = t.field(spec.name)
        set_text(data.cell(1, column), label)
        data.cell(1, column).font = BOLD
        data.column_dimensions[get_column_letter(column)].width = max(
            12, len(label) + HEADER_FILL_WIDTH
        )
        for line, example in enumerate(examples, start=2):
            set_text(data.cell(line, column), example.get(spec.name, ""))
    data.freeze_panes = "A2"
    _instructions(book.create_sheet(t("template.title." + kind.value)[:31]), kind, t, examples[0])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _instructions(
    sheet: Worksheet, kind: ImportKind, t: ImportTexts, example: dict[str, str]
) -> None:
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 50
    sheet.column_dimensions["E"].width = 28
    row = _line(sheet, 1, [t(f"template.title.{kind.value}")], TITLE)
    for key in (f"rows.{kind.value}", *INTRO):
        row = _line(sheet, row + 1, [t(f"template.intro.{key}")])
    row += 1
    headers = ["column", "required", "accepted", "notes", "example"]
    row = _line(sheet, row + 1, [t(f"template.{h}") for h in headers], BOLD)
    required = REQUIRED_ANY[kind]
    for spec in fields(kind):
        needed = ""
        if spec.name in required:
            needed = t("template.yes") if len(required) == 1 else t("template.one_of_two")
        note_key = f"note.{spec.name}"
        note = t(note_key) if note_key in catalogue("en") else ""
        cells = [t.field(spec.name), needed, _help(t, spec), note, example.get(spec.name, "")]
        row = _line(sheet, row, cells, wrap=True)
    for spec in fields(kind):
        row = _values_table(sheet, row + 1, spec, t)


def _line(
    sheet: Worksheet, row: int, values: list[str], font: Font | None = None, wrap: bool = False
) -> int:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row, column)
        set_text(cell, value)
        if font is not None:
            cell.font = font
        if wrap:
            cell.alignment = WRAP_TOP
    return row + 1


def _help(t: ImportTexts, spec: ImportField) -> str:
    kind = spec.value
    if kind is ValueKind.CHOICE or kind is ValueKind.DOCUMENT_LANGUAGE:
        return t(f"help.{kind.value}", choices="; ".join(accepted_labels(t, spec)))
    if kind is ValueKind.SIZE_BAND:
        return t("help.size_band", choices="; ".join(accepted_labels(t, spec)))
    if kind in (ValueKind.TEXT, ValueKind.LONG_TEXT):
        return t(f"help.{kind.value}", max=spec.max_length)
    if kind is ValueKind.COUNT:
        return t("help.count", max=MAX_CHILDREN)
    return t(f"help.{kind.value}")


def _values_table(sheet: Worksheet, row: int, spec: ImportField, t: ImportTexts) -> int:
    """The accepted values of a choice, size or sector, with their codes."""
    if spec.value is ValueKind.CHOICE and spec.choices:
        pairs = [(t.choice(spec.choices, v), v) for v in CHOICE_GROUPS[spec.choices][0]]
    elif spec.value is ValueKind.SIZE_BAND:
        pairs = [(t.choice("size_band", s.value), s.value) for s in EmployerSize]
    elif spec.value is ValueKind.SECTOR:
        pairs = [(t.choice("sector", letter), letter) for letter in NACE_SECTIONS]
    else:
        return row - 1
    row = _line(sheet, row + 1, [t("template.values_of", field=t.field(spec.name))], BOLD)
    row = _line(sheet, row, [t("template.values_note")], NOTE)
    row = _line(sheet, row, [t("template.value"), t("template.code")], BOLD)
    for label, code in pairs:
        row = _line(sheet, row, [label, code])
    return row


def _examples(kind: ImportKind, t: ImportTexts) -> list[dict[str, str]]:
    lang = t.language
    city, district, phone, office_phone = _PLACES[lang]
    locale = Locale.parse(lang)
    if kind is ImportKind.EMPLOYERS:
        name, *people = _EMPLOYERS[lang]
        common = {"name": name, "sector": "I", "size_band": "12", "municipality": city,
                  "website": "https://example.org"}  # fmt: skip
        return [
            {**common, "contact_name": person, "contact_job_title": title,
             "contact_phone": office_phone, "contact_email": f"contact{i}@example.org"}
            for i, (person, title) in enumerate(people, start=1)
        ]  # fmt: skip
    skills, experience, goals = _WORDS[lang]
    days = locale.days["format"]["abbreviated"]
    host = lang
    example: dict[str, Any] = {
        "last_name": "Okafor",
        "first_name": "Grace",
        "birth_date": "15/03/1988",
        "country_of_birth": locale.territories["NG"],
        "nationality": locale.territories["NG"],
        "arrival_year": "2019",
        "permit_type": t.choice("permit_type", "work"),
        "permit_expires_on": "31/12/2027",
        "employment_status": t.choice("employment_status", "unemployed"),
        "education_level": t.choice("education_level", "isced_3_4"),
        "qualification_recognised": t("template.no"),
        "phone": phone,
        "email": "grace.okafor@example.org",
        "municipality": city,
        "neighbourhood": district,
        "enrolled_on": "02/09/2025",
        "languages": ", ".join(locale.languages[c] for c in ("en", "yo")),
        "host_language": locale.languages[host],
        "host_cefr": "A2",
        "work_experience": experience,
        "skills": skills,
        "children_count": "2",
        "childcare_need": t.choice("childcare_need", "partial"),
        "available_days": f"{days[0]}-{days[4]}",
        "available_from": "09:00",
        "available_until": "14:00",
        "driving_licence": t("template.no"),
        "preferred_language": locale.languages[lang],
        "needs_and_goals": goals,
    }
    return [{k: str(v) for k, v in example.items()}]
