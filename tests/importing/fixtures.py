"""Import files written in each of the five languages, with a bad row of every kind.

Each file: a header row as people write it in that language, two correct rows (one of them with
formula-like names, which are text and are imported as typed) and one row for each way a row is
rejected. EXPECTED lists (row, field, reason) of every problem; the participant of
EXISTING must be registered first, for the duplicate of row 10 to be found.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from tests.importing.helpers import write_csv, write_xlsx

LANGUAGES = ("en", "it", "es", "sv", "nl")
HEADERS = {
    "en": ["Surname", "First name", "Date of birth", "Country of birth", "Mobile", "E-mail",
           "Education", "Language level", "Enrolment date", "Notes"],
    "it": ["Cognome", "Nome", "Data di nascita", "Paese di nascita", "Cellulare", "E-mail",
           "Titolo di studio", "Livello di italiano", "Data di iscrizione", "Note"],
    "es": ["Apellidos", "Nombre", "Fecha de nacimiento", "País de nacimiento", "Teléfono",
           "Correo electrónico", "Nivel de estudios", "Nivel de español", "Fecha de alta",
           "Observaciones"],
    "sv": ["Efternamn", "Förnamn", "Födelsedatum", "Födelseland", "Mobilnummer", "E-post",
           "Utbildningsnivå", "Svenskanivå", "Inskrivningsdatum", "Anteckningar"],
    "nl": ["Achternaam", "Voornaam", "Geboortedatum", "Geboorteland", "Telefoonnummer",
           "E-mailadres", "Opleidingsniveau", "Taalniveau", "Inschrijfdatum", "Opmerkingen"],
}  # fmt: skip
FIELDS = ["last_name", "first_name", "birth_date", "country_of_birth", "phone", "email",
          "education_level", "host_cefr", "enrolled_on", None]  # fmt: skip
MOROCCO = {"en": "Morocco", "it": "Marocco", "es": "Marruecos", "sv": "Marocko", "nl": "Marokko"}
UNIVERSITY = {"en": "university", "it": "laurea", "es": "universidad", "sv": "högskola",
              "nl": "hbo/wo"}  # fmt: skip
HYPERLINK = '=HYPERLINK("http://evil.example/x","click")'
CMD = "+cmd|' /C calc'!A0"
EXISTING = {"first_name": "Maria", "last_name": "Rossi", "birth_date": date(1991, 5, 17)}
ENROLLED = date.today().replace(day=1)

EXPECTED = {
    (3, "last_name", "name_required"),
    (4, "birth_date", "not_a_date"),
    (5, "country_of_birth", "unknown_country"),
    (6, "last_name", "duplicate_in_file"),
    (7, "first_name", "too_long"),
    (9, "phone", "not_a_phone"),
    (10, "last_name", "duplicate_existing"),
    (11, "email", "not_an_email"),
    (11, "host_cefr", "not_a_cefr"),
    (12, "birth_date", "future_date"),
}
OK_LINES = (2, 8)
DATE_LINE = {
    "en": "row 4, column 'Date of birth': 31/02/1990 is not a date",
    "it": "riga 4, colonna 'Data di nascita': 31/02/1990 non è una data",
    "es": "fila 4, columna 'Fecha de nacimiento': 31/02/1990 no es una fecha",
    "sv": "rad 4, kolumn 'Födelsedatum': 31/02/1990 är inget datum",
    "nl": "rij 4, kolom 'Geboortedatum': 31/02/1990 is geen datum",
}


def rows(language: str, *, excel: bool = False) -> list[list[Any]]:
    country, degree = MOROCCO[language], UNIVERSITY[language]
    enrolled: Any = ENROLLED if excel else ENROLLED.strftime("%d/%m/%Y")
    born: Any = datetime(1988, 3, 15) if excel else "15/03/1988"
    return [
        HEADERS[language],
        ["Haddad", "Amina", born, country, "+39 333 111 2222", "amina@example.org", degree,
         "B1+", enrolled, "nota"],
        ["", "", "01/01/1990", country, "", "", "", "", "", ""],
        ["Diallo", "Awa", "31/02/1990", "SEN", "", "", "", "", "", ""],
        ["Silva", "Joana", "05-06-85", "Narnia", "", "", "", "", "", ""],
        ["HADDAD", "Amína", "1988-03-15", "", "", "", "", "", "", ""],
        ["Ouedraogo", "x" * 121, "", "", "", "", "", "", "", ""],
        [HYPERLINK, CMD, "", "MA", "", "", "", "A2", enrolled, "@SUM(1+1)"],
        ["Mensah", "Abena", "", "", CMD, "", "", "", "", ""],
        ["ROSSI", "Maria", "17/05/1991", "", "", "", "", "", "", ""],
        ["Nguyen", "Lan", "", "", "", "lan at example", "", "Z9", "", ""],
        ["Popescu", "Ioana", "01/01/2099", "", "", "", "", "", "", ""],
    ]  # fmt: skip


def participant_file(folder: Path, language: str, fmt: str) -> Path:
    if fmt == "xlsx":
        return write_xlsx(folder / f"partecipanti-{language}.xlsx", rows(language, excel=True))
    delimiter = "," if language == "en" else ";"
    encoding = "cp1252" if language == "es" else "utf-8-sig" if language == "sv" else "utf-8"
    return write_csv(
        folder / f"partecipanti-{language}.csv", rows(language), delimiter=delimiter,
        encoding=encoding,
    )  # fmt: skip
