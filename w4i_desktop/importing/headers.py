"""What can be imported, and which column of a file holds which field.

Column headers are matched in English, Italian, Spanish, Swedish and Dutch, ignoring accents,
case, spaces, punctuation, a "*" and anything in brackets: "Data di nascita (gg/mm/aaaa)",
"FÖDELSEDATUM" and "Geboorte-datum" all find the date of birth. A header that matches no word
exactly is matched by the longest listed phrase found whole inside it ("Numero di telefono
cellulare" -> phone); phrases of one short word are not looked for inside headers, so "Nome della
madre" stays unmapped. A field goes to the first column that names it; a second column naming it
is left unmapped, for the user to map by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from w4i_desktop.errors import BadInput
from w4i_desktop.importing.normalise import compact, words
from w4i_desktop.importing.texts import ImportTexts, labels_in_every_language


class ImportKind(StrEnum):
    PARTICIPANTS = "participants"
    EMPLOYERS = "employers"


class ValueKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    BIRTH_DATE = "birth_date"
    YEAR = "year"
    COUNTRY = "country"
    PHONE = "phone"
    EMAIL = "email"
    CHOICE = "choice"
    FLAG = "flag"
    COUNT = "count"
    LANGUAGES = "languages"
    LANGUAGE = "language"
    DOCUMENT_LANGUAGE = "document_language"
    TAGS = "tags"
    WEEKDAYS = "weekdays"
    TIME = "time"
    CEFR = "cefr"
    SITE = "site"
    SECTOR = "sector"
    SIZE_BAND = "size_band"


@dataclass(frozen=True)
class ImportField:
    name: str
    value: ValueKind
    synonyms: tuple[str, ...] = ()
    max_length: int | None = None
    choices: str | None = None  # the group of a CHOICE's labels: "permit_type", ...


_F = ImportField
_V = ValueKind

PARTICIPANT_FIELDS: tuple[ImportField, ...] = (
    _F("last_name", _V.TEXT, ("last name", "surname", "family name", "lastname", "cognome",
       "apellidos", "apellido", "primer apellido", "efternamn", "achternaam", "familienaam",
       "geslachtsnaam"), 120),
    _F("first_name", _V.TEXT, ("first name", "given name", "given names", "forename",
       "firstname", "nome", "nome proprio", "nombre", "nombres", "fornamn", "voornaam",
       "voornamen"), 120),
    _F("name_prefix", _V.TEXT, ("name prefix", "surname prefix", "tussenvoegsel",
       "tussenvoegsels", "voorvoegsel"), 40),
    _F("second_last_name", _V.TEXT, ("second surname", "second last name", "segundo apellido",
       "secondo cognome"), 120),
    _F("preferred_name", _V.TEXT, ("preferred name", "nickname", "known as", "nome preferito",
       "soprannome", "nombre preferido", "apodo", "tilltalsnamn", "smeknamn", "roepnaam"), 120),
    _F("birth_date", _V.BIRTH_DATE, ("date of birth", "birth date", "birthdate", "dob",
       "birthday", "born", "data di nascita", "data nascita", "nata il", "fecha de nacimiento",
       "fecha nacimiento", "nacimiento", "fodelsedatum", "fodd", "geboortedatum",
       "geboren")),
    _F("birth_year", _V.YEAR, ("year of birth", "birth year", "anno di nascita",
       "anno nascita", "ano de nacimiento", "ano nacimiento", "fodelsear", "geboortejaar")),
    _F("country_of_birth", _V.COUNTRY, ("country of birth", "birth country", "country",
       "country of origin", "origin", "paese di nascita", "stato di nascita",
       "nazione di nascita", "paese di origine", "paese", "pais de nacimiento",
       "pais de origen", "pais", "fodelseland", "ursprungsland", "land", "geboorteland",
       "land van herkomst", "herkomstland")),
    _F("nationality", _V.COUNTRY, ("nationality", "citizenship", "nazionalita",
       "cittadinanza", "nacionalidad", "ciudadania", "nationalitet", "medborgarskap",
       "nationaliteit", "staatsburgerschap")),
    _F("arrival_year", _V.YEAR, ("year of arrival", "arrival year", "arrived in",
       "anno di arrivo", "anno arrivo", "ano de llegada", "ano llegada", "ankomstar",
       "ar for ankomst", "jaar van aankomst", "aankomstjaar")),
    _F("permit_type", _V.CHOICE, ("residence permit", "permit", "permit type", "type of permit",
       "legal status", "permesso di soggiorno", "tipo di permesso", "permesso",
       "permiso de residencia", "tipo de permiso", "permiso", "situacion administrativa",
       "uppehallstillstand", "typ av tillstand", "verblijfsvergunning", "verblijfsstatus",
       "soort vergunning"), choices="permit_type"),
    _F("permit_expires_on", _V.DATE, ("permit expiry", "permit expires", "permit expiry date",
       "permit valid until", "scadenza permesso", "scadenza del permesso",
       "scadenza permesso di soggiorno", "vencimiento del permiso", "caducidad del permiso",
       "tillstand giltigt till", "tillstandet galler till", "vergunning geldig tot",
       "einddatum vergunning")),
    _F("employment_status", _V.CHOICE, ("employment status", "work status", "employment",
       "condizione occupazionale", "stato occupazionale", "situazione lavorativa",
       "situacion laboral", "situacion de empleo", "sysselsattning", "arbetsmarknadsstatus",
       "arbeidsstatus", "arbeidssituatie", "werksituatie"), choices="employment_status"),
    _F("education_level", _V.CHOICE, ("education", "education level", "level of education",
       "highest education", "isced", "titolo di studio", "livello di istruzione", "istruzione",
       "nivel educativo", "nivel de estudios", "estudios", "cine", "utbildningsniva",
       "utbildning", "hogsta utbildning", "opleidingsniveau", "opleiding",
       "hoogst genoten opleiding"), choices="education_level"),
    _F("qualification_recognised", _V.FLAG, ("qualification recognised",
       "qualification recognized", "diploma recognised", "titolo riconosciuto",
       "riconoscimento titolo", "titulo homologado", "titulo reconocido", "homologacion",
       "utbildning erkand", "validerad utbildning", "diploma erkend", "diplomawaardering")),
    _F("phone", _V.PHONE, ("phone", "telephone", "phone number", "mobile", "mobile phone",
       "cell phone", "tel", "telefono", "cellulare", "numero di telefono", "movil",
       "celular", "telefon", "telefonnummer", "mobil", "mobilnummer", "telefoon",
       "telefoonnummer", "mobiel", "gsm")),
    _F("email", _V.EMAIL, ("email", "e mail", "email address", "mail", "indirizzo email",
       "posta elettronica", "correo", "correo electronico", "e post", "epost",
       "e postadress", "e mailadres", "emailadres"), 200),
    _F("municipality", _V.TEXT, ("municipality", "city", "town", "place of residence",
       "comune", "citta", "comune di residenza", "municipio", "ciudad", "localidad",
       "kommun", "ort", "stad", "bostadsort", "gemeente", "woonplaats", "plaats"), 120),
    _F("neighbourhood", _V.TEXT, ("neighbourhood", "neighborhood", "district", "area",
       "quartiere", "zona", "barrio", "distrito", "stadsdel", "omrade", "wijk", "buurt"),
       120),
    _F("site", _V.SITE, ("site", "office", "branch", "centre", "center", "sede", "sportello",
       "oficina", "centro", "kontor", "enhet", "vestiging", "locatie")),
    _F("enrolled_on", _V.DATE, ("enrolled on", "enrolment date", "enrollment date",
       "intake date", "date of intake", "registration date", "start date",
       "data di iscrizione", "data iscrizione", "data di presa in carico", "data ingresso",
       "fecha de alta", "fecha de inscripcion", "fecha de ingreso", "inskrivningsdatum",
       "startdatum", "datum inschrijving", "inschrijfdatum", "intakedatum")),
    _F("languages", _V.LANGUAGES, ("languages", "languages spoken", "spoken languages",
       "lingue", "lingue parlate", "idiomas", "lenguas", "idiomas hablados", "sprak",
       "talade sprak", "talen", "gesproken talen")),
    _F("host_language", _V.LANGUAGE, ("host language", "host country language",
       "lingua del paese ospitante", "lengua del pais de acogida", "idioma del pais",
       "vardlandets sprak", "taal van het gastland")),
    _F("host_cefr", _V.CEFR, ("cefr", "cefr level", "language level", "host language level",
       "level of italian", "level of spanish", "level of swedish", "level of dutch",
       "qcer", "livello qcer", "livello di italiano", "livello italiano", "livello lingua",
       "mcer", "nivel mcer", "nivel de espanol", "nivel de idioma", "gers",
       "niva i svenska", "svenskniva", "svenskaniva", "sprakniva", "erk", "erk niveau",
       "niveau nederlands", "taalniveau")),
    _F("work_experience", _V.LONG_TEXT, ("work experience", "experience", "employment history",
       "esperienza lavorativa", "esperienze lavorative", "esperienza", "experiencia laboral",
       "experiencia", "arbetslivserfarenhet", "erfarenhet", "werkervaring", "ervaring"),
       4000),
    _F("skills", _V.TAGS, ("skills", "competences", "competencies", "competenze", "abilita",
       "habilidades", "competencias", "fardigheter", "kompetenser", "vaardigheden",
       "competenties")),
    _F("children_count", _V.COUNT, ("children", "number of children", "kids", "figli",
       "numero di figli", "hijos", "numero de hijos", "barn", "antal barn", "kinderen",
       "aantal kinderen")),
    _F("childcare_need", _V.CHOICE, ("childcare", "childcare need", "childcare needs",
       "need for childcare", "cura dei figli", "servizi per l infanzia", "asilo nido",
       "cuidado infantil", "guarderia", "necesidad de guarderia", "barnomsorg",
       "behov av barnomsorg", "kinderopvang", "behoefte aan kinderopvang"),
       choices="childcare_need"),
    _F("available_days", _V.WEEKDAYS, ("available days", "availability", "days available",
       "giorni disponibili", "disponibilita", "giorni", "dias disponibles", "disponibilidad",
       "tillgangliga dagar", "tillganglighet", "beschikbare dagen", "beschikbaarheid")),
    _F("available_from", _V.TIME, ("available from", "from", "disponibile dalle", "dalle",
       "disponible desde", "desde", "tillganglig fran", "fran", "beschikbaar vanaf", "vanaf")),
    _F("available_until", _V.TIME, ("available until", "until", "to", "disponibile fino alle",
       "fino alle", "alle", "disponible hasta", "hasta", "tillganglig till", "till",
       "beschikbaar tot", "tot")),
    _F("driving_licence", _V.FLAG, ("driving licence", "driving license", "drivers license",
       "driver s licence", "patente", "patente di guida", "carnet de conducir",
       "permiso de conducir", "carne de conducir", "korkort", "rijbewijs")),
    _F("preferred_language", _V.DOCUMENT_LANGUAGE, ("preferred language", "document language",
       "language of documents", "lingua preferita", "lingua dei documenti", "idioma preferido",
       "idioma de los documentos", "foredraget sprak", "dokumentsprak", "voorkeurstaal",
       "taal van documenten")),
    _F("needs_and_goals", _V.LONG_TEXT, ("needs and goals", "goals", "needs", "objectives",
       "bisogni e obiettivi", "obiettivi", "bisogni", "necesidades y objetivos", "objetivos",
       "necesidades", "behov och mal", "mal", "behov", "behoeften en doelen", "doelen",
       "behoeften"), 4000),
    _F("sensitive_notes", _V.LONG_TEXT, ("sensitive notes", "confidential notes",
       "note riservate", "note sensibili", "notas confidenciales", "notas reservadas",
       "kansliga anteckningar", "konfidentiella anteckningar", "vertrouwelijke notities",
       "vertrouwelijke aantekeningen"), 20000),
)  # fmt: skip

EMPLOYER_FIELDS: tuple[ImportField, ...] = (
    _F("name", _V.TEXT, ("employer", "employer name", "company", "company name", "organisation",
       "organization", "business", "name", "azienda", "nome azienda", "ragione sociale",
       "datore di lavoro", "impresa", "ditta", "denominazione", "empresa", "empleador",
       "nombre de la empresa", "razon social", "nombre", "arbetsgivare", "foretag",
       "foretagsnamn", "namn", "organisation", "werkgever", "bedrijf", "bedrijfsnaam",
       "organisatie", "naam"), 200),
    _F("sector", _V.SECTOR, ("sector", "industry", "nace", "nace section", "settore", "ateco",
       "settore di attivita", "actividad", "cnae", "sector de actividad", "bransch",
       "sektor", "sni", "branche", "sbi")),
    _F("size_band", _V.SIZE_BAND, ("size", "company size", "employees", "number of employees",
       "headcount", "dimensione", "dipendenti", "numero di dipendenti", "tamano", "empleados",
       "numero de empleados", "plantilla", "storlek", "antal anstallda", "anstallda",
       "grootte", "omvang", "aantal medewerkers", "medewerkers", "werknemers")),
    _F("municipality", _V.TEXT, ("municipality", "city", "town", "location", "comune", "citta",
       "sede legale", "municipio", "ciudad", "localidad", "kommun", "ort", "stad",
       "gemeente", "plaats", "vestigingsplaats"), 120),
    _F("website", _V.TEXT, ("website", "web site", "web", "url", "homepage", "sito",
       "sito web", "sito internet", "sitio web", "pagina web", "web", "webbplats",
       "hemsida", "webbsida", "webpagina", "internetadres"), 300),
    _F("notes", _V.LONG_TEXT, ("notes", "note", "comments", "remarks", "commenti",
       "osservazioni", "notas", "observaciones", "comentarios", "anteckningar",
       "kommentarer", "notities", "opmerkingen"), 4000),
    _F("site", _V.SITE, ("site", "office", "branch", "sede", "sportello", "oficina", "centro",
       "kontor", "enhet", "vestiging", "locatie")),
    _F("contact_name", _V.TEXT, ("contact", "contact name", "contact person", "referent",
       "referente", "persona di contatto", "nome referente", "contatto", "persona de contacto",
       "contacto", "kontaktperson", "kontakt", "contactpersoon", "contact"), 200),
    _F("contact_job_title", _V.TEXT, ("job title", "role", "position", "contact role",
       "ruolo", "qualifica", "mansione", "ruolo referente", "cargo", "puesto", "titel",
       "befattning", "roll", "functie", "rol"), 120),
    _F("contact_phone", _V.PHONE, ("phone", "telephone", "contact phone", "mobile", "tel",
       "telefono", "cellulare", "telefono referente", "movil", "telefon", "mobil",
       "telefoon", "mobiel", "gsm"), 40),
    _F("contact_email", _V.EMAIL, ("email", "e mail", "contact email", "mail",
       "email referente", "posta elettronica", "correo", "correo electronico", "e post",
       "epost", "e mailadres", "emailadres"), 200),
)  # fmt: skip

FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.PARTICIPANTS: PARTICIPANT_FIELDS,
    ImportKind.EMPLOYERS: EMPLOYER_FIELDS,
}
# At least one of these must be mapped, and filled in on every row.
REQUIRED_ANY: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.PARTICIPANTS: ("last_name", "first_name"),
    ImportKind.EMPLOYERS: ("name",),
}
MIN_INNER_PHRASE = 5  # a single word shorter than this is not looked for inside a header
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\*")


def fields(kind: ImportKind | str) -> tuple[ImportField, ...]:
    return FIELDS[ImportKind(kind)]


def field(kind: ImportKind | str, name: str) -> ImportField:
    for spec in fields(kind):
        if spec.name == name:
            return spec
    raise BadInput(f"{name!r} is not a field of an import of {ImportKind(kind).value}.")


def header_key(header: str) -> str:
    return compact(_BRACKETS.sub(" ", header))


@cache
def _index(kind: ImportKind) -> tuple[dict[str, str], dict[str, str]]:
    """(compact header -> field, inner phrase in words -> field) for one kind of import."""
    exact: dict[str, str] = {}
    inner: dict[str, str] = {}
    clashes: set[str] = set()
    for spec in FIELDS[kind]:
        phrases = [spec.name.replace("_", " "), *spec.synonyms]
        phrases += labels_in_every_language(f"field.{spec.name}")
        for phrase in phrases:
            key = header_key(phrase)
            if exact.setdefault(key, spec.name) != spec.name:
                clashes.add(key)
            spaced = words(_BRACKETS.sub(" ", phrase))
            if " " in spaced or len(spaced) >= MIN_INNER_PHRASE:
                inner.setdefault(spaced, spec.name)
    for key in clashes:  # the lists are checked for this by a test; never guess
        del exact[key]
    return exact, inner


def auto_map(headers: Sequence[str], kind: ImportKind | str) -> dict[int, str | None]:
    """Column index -> the field it holds, or None for a column that is not imported."""
    exact, inner = _index(ImportKind(kind))
    mapping: dict[int, str | None] = dict.fromkeys(range(len(headers)))
    taken: set[str] = set()
    for index, header in enumerate(headers):
        found = exact.get(header_key(header))
        if found is not None and found not in taken:
            mapping[index] = found
            taken.add(found)
    for index, header in enumerate(headers):
        if mapping[index] is not None or not header.strip():
            continue
        found = _inner_match(words(_BRACKETS.sub(" ", header)), inner)
        if found is not None and found not in taken:
            mapping[index] = found
            taken.add(found)
    return mapping


def _inner_match(header: str, inner: dict[str, str]) -> str | None:
    padded = f" {header} "
    best: dict[str, int] = {}
    for phrase, name in inner.items():
        if f" {phrase} " in padded:
            best[name] = max(best.get(name, 0), len(phrase))
    if not best:
        return None
    longest = max(best.values())
    winners = [name for name, length in best.items() if length == longest]
    return winners[0] if len(winners) == 1 else None


def mapping_problems(
    kind: ImportKind | str,
    headers: Sequence[str],
    mapping: Mapping[int, str | None],
    language: str = "en",
) -> list[str]:
    """What stops a dry run with this mapping, in `language` (an empty list: nothing)."""
    kind = ImportKind(kind)
    t = ImportTexts.for_language(language)
    known = {spec.name for spec in FIELDS[kind]}
    problems: list[str] = []
    columns: dict[str, list[str]] = {}
    for index, name in sorted(mapping.items()):
        if name is None:
            continue
        if not 0 <= index < len(headers):
            problems.append(t("mapping.no_such_column", number=index + 1))
        elif name not in known:
            problems.append(t("mapping.unknown_field", field=name))
        else:
            columns.setdefault(name, []).append(column_name(headers, index, t))
    for name, named in columns.items():
        if len(named) > 1:
            quoted = ", ".join(f"'{c}'" for c in named)
            problems.append(t("mapping.twice", field=t.field(name), columns=quoted))
    if not any(name in columns for name in REQUIRED_ANY[kind]):
        problems.append(t(f"mapping.required.{kind.value}"))
    return problems


def column_name(headers: Sequence[str], index: int, t: ImportTexts) -> str:
    """The header as written in the file, or "column C" when it has none."""
    header = headers[index].strip() if index < len(headers) else ""
    return header or t("report.unnamed_column", letter=column_letter(index))


def column_letter(index: int) -> str:
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
