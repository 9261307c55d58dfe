"""Column headers in five languages -> fields; what a mapping must have."""

from __future__ import annotations

import pytest

from w4i_desktop.importing import headers as h
from w4i_desktop.importing.headers import ImportKind, auto_map, mapping_problems

P, E = ImportKind.PARTICIPANTS, ImportKind.EMPLOYERS

HEADERS = {
    "en": ["Surname", "First name", "Date of birth", "Country of birth", "Mobile", "E-mail",
           "Education", "Language level", "Notes"],
    "it": ["Cognome", "Nome", "Data di nascita", "Paese di nascita", "Cellulare", "E-mail",
           "Titolo di studio", "Livello di italiano", "Note"],
    "es": ["Apellidos", "Nombre", "Fecha de nacimiento", "País de nacimiento", "Teléfono",
           "Correo electrónico", "Nivel de estudios", "Nivel de español", "Observaciones"],
    "sv": ["Efternamn", "Förnamn", "Födelsedatum", "Födelseland", "Mobilnummer", "E-post",
           "Utbildningsnivå", "Svenskanivå", "Anteckningar"],
    "nl": ["Achternaam", "Voornaam", "Geboortedatum", "Geboorteland", "Telefoonnummer",
           "E-mailadres", "Opleidingsniveau", "Taalniveau", "Opmerkingen"],
}  # fmt: skip
FIELDS = ["last_name", "first_name", "birth_date", "country_of_birth", "phone", "email",
          "education_level", "host_cefr", None]  # fmt: skip


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_participant_headers_in_five_languages(language: str) -> None:
    assert list(auto_map(HEADERS[language], P).values()) == FIELDS


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("DATA DI NASCITA (gg/mm/aaaa)", "birth_date"), ("Födelse-datum", "birth_date"),
        ("cognome*", "last_name"), ("  e mail ", "email"),
        ("Numero di telefono cellulare", "phone"),
        ("Data di nascita della partecipante", "birth_date"), ("Tussenvoegsel", "name_prefix"),
        ("Segundo apellido", "second_last_name"), ("Permesso di soggiorno", "permit_type"),
        ("Scadenza permesso", "permit_expires_on"), ("Rijbewijs", "driving_licence"),
        ("Lingue parlate", "languages"), ("Giorni disponibili", "available_days"),
    ],
)  # fmt: skip
def test_header_variants(header: str, field: str) -> None:
    assert auto_map([header], P) == {0: field}


def test_short_words_are_not_looked_for_inside_headers() -> None:
    assert auto_map(["Nome della madre", "Codice fiscale"], P) == {0: None, 1: None}


def test_a_field_goes_to_the_first_column_that_names_it() -> None:
    assert auto_map(["Telefono", "Cellulare", "Cognome"], P) == {
        0: "phone",
        1: None,
        2: "last_name",
    }


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Ragione sociale", "name"), ("Empresa", "name"), ("Företag", "name"),
        ("Bedrijfsnaam", "name"), ("Company", "name"), ("Referente", "contact_name"),
        ("Persona de contacto", "contact_name"), ("Kontaktperson", "contact_name"),
        ("Contactpersoon", "contact_name"), ("Telefono", "contact_phone"),
        ("E-post", "contact_email"), ("Settore", "sector"), ("Numero di dipendenti", "size_band"),
        ("Ruolo", "contact_job_title"),
    ],
)  # fmt: skip
def test_employer_headers(header: str, field: str) -> None:
    assert auto_map([header], E) == {0: field}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_no_header_word_names_two_fields(kind: ImportKind) -> None:
    """A clash would be dropped silently (never guessed); the lists must not have any."""
    owner: dict[str, str] = {}
    for spec in h.fields(kind):
        for phrase in (spec.name.replace("_", " "), *spec.synonyms):
            key = h.header_key(phrase)
            assert owner.setdefault(key, spec.name) == spec.name, (phrase, owner[key], spec.name)


@pytest.mark.parametrize("kind", list(ImportKind))
def test_every_field_maps_from_its_own_label_in_every_language(kind: ImportKind) -> None:
    from w4i_desktop.importing.texts import IMPORT_LANGUAGES, ImportTexts

    for language in IMPORT_LANGUAGES:
        t = ImportTexts.for_language(language)
        labels = [t.field(spec.name) for spec in h.fields(kind)]
        assert list(auto_map(labels, kind).values()) == [s.name for s in h.fields(kind)]


def test_mapping_problems_in_the_users_language() -> None:
    headers = ["Nome", "Telefono", "Cellulare"]
    problems = mapping_problems(P, headers, {0: None, 1: "phone", 2: "phone"}, "it")
    assert problems == [
        "Due o più colonne corrispondono a \"Telefono\": 'Telefono', 'Cellulare'. Tienine una.",
        "Nessuna colonna corrisponde al cognome o al nome; ne serve almeno una.",
    ]
    assert mapping_problems(P, headers, {0: "first_name"}, "it") == []
    assert mapping_problems(E, headers, {0: "contact_name"}, "en") == [
        "No column is matched to the employer's name."
    ]
    assert "there is no column 9" in mapping_problems(P, headers, {8: "last_name"})[0]
    assert "nickname is not a field" in mapping_problems(P, headers, {0: "nickname"})[0]


def test_columns_are_named_as_in_the_file_or_by_letter() -> None:
    from w4i_desktop.importing.texts import ImportTexts

    t = ImportTexts.for_language("sv")
    assert h.column_name(["Namn", ""], 0, t) == "Namn"
    assert h.column_name(["Namn", ""], 1, t) == "kolumn B"
    assert h.column_letter(26) == "AA"
