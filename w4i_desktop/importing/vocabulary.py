"""Words people write for the values the import accepts, in English, Italian, Spanish, Swedish
and Dutch, beside the labels of resources/importing/<lang>.json (which count too).

Keys are matched folded (no accents, lower case) with punctuation as spaces: "Licenza media"
and "licenza-media" are the same. A word listed for two values of one table would make the match
depend on order, so tests/importing/test_vocabulary.py checks that none is.
"""

from __future__ import annotations

from w4i_desktop.enums import (
    ChildcareNeed,
    EducationLevel,
    EmployerSize,
    EmploymentStatus,
    PermitType,
)

YES = (
    "yes", "y", "true", "x", "1", "ok", "si", "sì", "sí", "s", "vero", "verdadero", "ja", "j",
    "sant", "waar", "wel", "checked",
)  # fmt: skip
NO = (
    "no", "n", "false", "0", "none", "falso", "nessuno", "nessuna", "ninguno", "ninguna", "nej",
    "inga", "ingen", "nee", "geen", "onwaar", "niet", "falskt",
)  # fmt: skip


def _numbered(*levels: int) -> tuple[str, ...]:
    """ "3", "ISCED 3", "CINE 3" (the Spanish name of ISCED) for each level."""
    return tuple(f"{prefix}{level}" for level in levels for prefix in ("", "isced ", "cine "))


EDUCATION: dict[str, tuple[str, ...]] = {
    EducationLevel.NONE_PRIMARY: (
        "none", "no schooling", "no education", "primary", "primary school", "elementary",
        "elementary school", "nessun titolo", "nessuno", "analfabeta", "licenza elementare",
        "scuola elementare", "elementari", "scuola primaria", "primaria", "ninguno",
        "sin estudios", "educacion primaria", "estudios primarios", "escuela primaria",
        "ingen utbildning", "ingen skolgang", "lagstadiet", "mellanstadiet", "geen",
        "geen opleiding", "basisonderwijs", "basisschool", "lagere school",
        *_numbered(0, 1),
    ),
    EducationLevel.LOWER_SECONDARY: (
        "lower secondary", "middle school", "junior high", "licenza media", "scuola media",
        "medie", "secondaria di primo grado", "scuola secondaria di primo grado",
        "terza media", "eso", "secundaria obligatoria", "educacion secundaria obligatoria",
        "graduado escolar", "primera etapa de secundaria", "grundskola", "forgymnasial",
        "forgymnasial utbildning", "hogstadiet", "vmbo", "mavo", "onderbouw", "praktijkonderwijs",
        *_numbered(2),
    ),
    EducationLevel.UPPER_SECONDARY: (
        "upper secondary", "secondary", "secondary school", "high school", "post secondary",
        "vocational", "vocational training", "a levels", "baccalaureate", "diploma",
        "diploma superiore", "diploma di maturita", "scuola media superiore",
        "media superiore", "diploma di scuola media superiore", "maturita", "scuola superiore",
        "superiori", "secondaria di secondo grado", "istituto tecnico", "istituto professionale",
        "qualifica professionale", "liceo", "bachillerato", "secundaria",
        "formacion profesional", "fp", "grado medio", "ciclo formativo", "bachiller",
        "gymnasium", "gymnasieskola", "gymnasiet", "gymnasial", "gymnasial utbildning",
        "yrkesutbildning", "komvux", "havo", "vwo", "mbo", "middelbare school",
        "voortgezet onderwijs", *_numbered(3, 4),
    ),
    EducationLevel.TERTIARY: (
        "tertiary", "university", "university degree", "degree", "bachelor", "bachelors",
        "master", "masters", "phd", "doctorate", "college", "laurea", "laurea triennale",
        "laurea magistrale", "universita", "dottorato", "master universitario", "its",
        "universidad", "universitario", "licenciatura", "grado universitario", "master",
        "maestria", "doctorado", "grado superior", "universitet", "hogskola",
        "eftergymnasial", "eftergymnasial utbildning", "kandidatexamen", "masterexamen",
        "yrkeshogskola", "hbo", "wo", "hbo wo", "universiteit", "hogeschool", "doctoraat",
        *_numbered(5, 6, 7, 8),
    ),
    EducationLevel.UNKNOWN: (
        "unknown", "not known", "n a", "na", "non noto", "non so", "sconosciuto",
        "desconocido", "no consta", "okand", "okant", "vet ej", "onbekend",
    ),
}  # fmt: skip

EMPLOYMENT: dict[str, tuple[str, ...]] = {
    EmploymentStatus.UNEMPLOYED: (
        "unemployed", "jobless", "job seeker", "looking for work", "disoccupata", "disoccupato",
        "inoccupata", "inoccupato", "in cerca di lavoro", "desempleada", "desempleado",
        "parada", "parado", "en paro", "buscando trabajo", "arbetslos", "arbetssokande",
        "werkloos", "werkzoekend",
    ),
    EmploymentStatus.LONG_TERM_UNEMPLOYED: (
        "long term unemployed", "disoccupata di lunga durata", "disoccupato di lunga durata",
        "desempleada de larga duracion", "desempleado de larga duracion",
        "parada de larga duracion",
        "langtidsarbetslos", "langdurig werkloos",
    ),
    EmploymentStatus.INACTIVE: (
        "inactive", "not looking for work", "homemaker", "housewife", "inattiva", "inattivo",
        "casalinga", "inactiva", "inactivo", "ama de casa", "utanfor arbetskraften",
        "hemmafru", "niet actief", "huisvrouw",
    ),
    EmploymentStatus.EMPLOYED: (
        "employed", "working", "in work", "occupata", "occupato", "lavoratrice", "lavora",
        "ocupada", "ocupado", "empleada", "empleado", "trabajando", "sysselsatt", "anstalld",
        "i arbete", "har arbete", "werkend", "werkt", "in loondienst", "heeft werk",
    ),
    EmploymentStatus.UNKNOWN: (
        "unknown", "not known", "non noto", "sconosciuto", "desconocido", "okand", "onbekend",
    ),
}  # fmt: skip

CHILDCARE: dict[str, tuple[str, ...]] = {
    ChildcareNeed.NONE: (
        "none", "no", "not needed", "nessuna", "nessuno", "non serve", "ninguna", "ninguno",
        "no necesita", "ingen", "inget", "nej", "behovs inte", "geen", "nee", "niet nodig",
    ),
    ChildcareNeed.PARTIAL: (
        "partial", "some hours", "part time", "parziale", "alcune ore", "part time",
        "parcial", "algunas horas", "media jornada", "delvis", "vissa timmar", "deltid",
        "deels", "gedeeltelijk", "enkele uren", "deeltijd",
    ),
    ChildcareNeed.FULL: (
        "full", "full time", "all day", "completa", "tempo pieno", "a tempo pieno",
        "tutto il giorno", "completo", "jornada completa", "tiempo completo", "todo el dia",
        "heltid", "hela dagen", "volledig", "fulltime", "voltijd", "hele dag",
    ),
}  # fmt: skip

PERMIT: dict[str, tuple[str, ...]] = {
    PermitType.EU_CITIZEN: (
        "eu", "eu citizen", "eu national", "european citizen", "cittadina ue",
        "cittadina europea", "comunitaria", "ue", "ciudadana ue", "ciudadana de la ue",
        "comunitaria", "eu medborgare", "eu burger", "eu onderdaan",
    ),
    PermitType.PERMANENT: (
        "permanent", "permanent residence", "long term resident", "long term residence",
        "indefinite leave to remain", "carta di soggiorno", "soggiornante di lungo periodo",
        "permesso di lungo periodo", "permesso ue per soggiornanti di lungo periodo",
        "residencia permanente", "residencia de larga duracion", "larga duracion",
        "permanent uppehallstillstand", "put", "permanente verblijfsvergunning",
        "verblijfsvergunning onbepaalde tijd", "langdurig ingezetene",
    ),
    PermitType.WORK: (
        "work", "work permit", "work visa", "employment", "lavoro", "permesso per lavoro",
        "lavoro subordinato", "lavoro autonomo", "motivi di lavoro", "permiso de trabajo",
        "trabajo", "residencia y trabajo", "arbetstillstand", "arbete", "werkvergunning",
        "arbeid", "kennismigrant", "gvva",
    ),
    PermitType.FAMILY: (
        "family", "family reunification", "family reunion", "spouse", "famiglia",
        "motivi familiari", "ricongiungimento familiare", "coesione familiare",
        "reagrupacion familiar", "familiar", "arraigo familiar", "familjeaterforening",
        "anhorig", "anhoriginvandring", "gezinshereniging", "gezinsvorming", "familie",
    ),
    PermitType.STUDY: (
        "study", "student", "student visa", "study permit", "studio", "motivi di studio",
        "permesso per studio", "estudios", "estancia por estudios", "estudiante",
        "uppehallstillstand for studier", "studier", "studie", "studievergunning",
    ),
    PermitType.INTERNATIONAL_PROTECTION: (
        "refugee", "refugee status", "subsidiary protection", "international protection",
        "asylum granted", "rifugiata", "status di rifugiato", "asilo politico",
        "protezione internazionale", "protezione sussidiaria", "refugiada",
        "estatuto de refugiado", "proteccion internacional", "proteccion subsidiaria",
        "asilo", "flykting", "flyktingstatus", "alternativt skyddsbehovande",
        "skyddsstatus", "vluchteling", "asielvergunning", "subsidiaire bescherming",
        "statushouder",
    ),
    PermitType.TEMPORARY_PROTECTION: (
        "temporary protection", "protezione temporanea", "proteccion temporal",
        "tillfalligt skydd", "massflyktsdirektivet", "tijdelijke bescherming",
    ),
    PermitType.ASYLUM_SEEKER: (
        "asylum seeker", "asylum application", "pending asylum", "richiedente asilo",
        "richiesta asilo", "solicitante de asilo", "solicitante de proteccion internacional",
        "tarjeta roja", "asylsokande", "asielzoeker", "asielaanvraag",
    ),
    PermitType.HUMANITARIAN: (
        "humanitarian", "special protection", "humanitarian protection", "umanitario",
        "protezione speciale", "motivi umanitari", "casi speciali", "humanitario",
        "razones humanitarias", "arraigo", "arraigo social", "synnerligen omstandigheter",
        "humanitara skal", "humanitair", "humanitaire gronden",
    ),
    PermitType.NATURALISED: (
        "naturalised", "naturalized", "citizen", "citizenship", "naturalizzata",
        "cittadinanza", "cittadina italiana", "nacionalizada", "nacionalidad espanola",
        "ciudadania", "svenskt medborgarskap", "medborgarskap", "genaturaliseerd",
        "nederlandse nationaliteit", "naturalisatie",
    ),
    PermitType.OTHER: ("other", "altro", "otro", "otros", "annat", "ovrigt", "anders", "overig"),
    PermitType.NONE: (
        "none", "no permit", "undocumented", "irregular", "nessuno", "senza permesso",
        "irregolare", "sin permiso", "sin papeles", "irregular", "inget", "inget tillstand",
        "papperslos", "geen", "geen vergunning", "ongedocumenteerd",
    ),
}  # fmt: skip

SIZE: dict[str, tuple[str, ...]] = {
    EmployerSize.MICRO: ("micro", "microenterprise", "micro impresa", "microimpresa",
                         "mikroforetag", "micro onderneming", "zzp"),
    EmployerSize.SMALL: ("small", "piccola", "piccola impresa", "pequena", "pequena empresa",
                         "litet", "litet foretag", "sma", "klein", "kleine onderneming"),
    EmployerSize.MEDIUM: ("medium", "media", "media impresa", "media impresa", "mediana",
                          "mediana empresa", "medelstort", "medelstort foretag", "middelgroot",
                          "middelgrote onderneming"),
    EmployerSize.LARGE: ("large", "big", "grande", "grande impresa", "gran empresa", "stort",
                         "stort foretag", "storforetag", "groot", "grote onderneming"),
    EmployerSize.UNKNOWN: ("unknown", "not known", "non noto", "desconocido", "okand",
                           "onbekend"),
}  # fmt: skip

CEFR_NONE = (
    "none", "no", "nothing", "pre a1", "a0", "0", "beginner", "nessuno", "nessuna", "niente",
    "principiante", "ninguno", "ninguna", "nada", "ingen", "inga", "inga kunskaper",
    "nyborjare", "geen", "beginner", "nul",
)  # fmt: skip
CEFR_NATIVE = (
    "native", "mother tongue", "native speaker", "madrelingua", "lingua madre", "nativa",
    "lengua materna", "modersmal", "moedertaal",
)  # fmt: skip

# Country names people write that the five languages' standard names (Babel) miss.
COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "US": ("usa", "united states of america", "america", "eeuu", "ee uu", "stati uniti d america",
           "estados unidos de america", "amerika", "verenigde staten van amerika",
           "forenta staterna", "amerikas forenta stater"),
    "GB": ("uk", "great britain", "britain", "england", "scotland", "wales", "northern ireland",
           "inghilterra", "gran bretagna", "inglaterra", "gran bretana", "england",
           "engeland", "groot brittannie", "storbritannien"),
    "NL": ("holland", "the netherlands", "olanda", "holanda", "paesi bassi", "nederland"),
    "CI": ("ivory coast", "cote d ivoire", "costa d avorio", "costa de marfil",
           "elfenbenskusten", "ivoorkust"),
    "CD": ("dr congo", "drc", "democratic republic of the congo", "democratic republic of congo",
           "congo kinshasa", "rd congo", "rdc", "congo rd", "repubblica democratica del congo",
           "republica democratica del congo", "demokratiska republiken kongo",
           "democratische republiek congo"),
    "CG": ("republic of the congo", "congo brazzaville", "repubblica del congo",
           "republica del congo", "republiken kongo", "republiek congo"),
    "RU": ("russian federation", "federazione russa", "federacion rusa"),
    "SY": ("syrian arab republic",),
    "IR": ("islamic republic of iran", "persia"),
    "KR": ("south korea", "republic of korea", "corea del sud", "corea del sur", "sydkorea",
           "zuid korea"),
    "KP": ("north korea", "corea del nord", "corea del norte", "nordkorea", "noord korea"),
    "MM": ("burma", "birmania", "burma myanmar"),
    "CZ": ("czech republic", "repubblica ceca", "republica checa", "tjeckien", "tsjechie"),
    "PS": ("palestine", "state of palestine", "palestina", "palestinian territories"),
    "TR": ("turkey", "turchia", "turquia", "turkiet", "turkije"),
    "MK": ("macedonia", "fyrom", "nord macedonia"),
    "SZ": ("swaziland",),
    "CV": ("cape verde", "capo verde", "cabo verde", "kap verde", "kaapverdie"),
    "VA": ("vatican", "holy see", "vaticano"),
    "BA": ("bosnia", "bosnia erzegovina", "bosnia herzegovina"),
    "VN": ("viet nam",),
    "HK": ("hong kong",),
    "MO": ("macau", "macao"),
    "TW": ("taiwan",),
    "MD": ("republic of moldova",),
    "TZ": ("united republic of tanzania",),
    "BO": ("plurinational state of bolivia",),
    "VE": ("bolivarian republic of venezuela",),
    "LA": ("laos", "lao pdr"),
    "GM": ("gambia", "the gambia"),
    "BS": ("the bahamas",),
}  # fmt: skip

# Regions and groupings in Babel's territory list: not a country of birth.
NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
