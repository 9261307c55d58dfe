"""Realistic multilingual demo data: four sites, their staff, employers and participants.

`generate` fills the database the way three years of work at four centres would: women from
the countries that centre sees, their intake, consents, dated language levels, a "Work is
Progress" pathway as far as each got, jobs with their follow-ups, closures, and the employers
with their contacts and vacancies.

Everything random comes from one `random.Random(seed)` and from Faker instances seeded from the
same seed, so a seed and a `today` always give the same people, dates and codes. Names come from
pools drawn once per locale (Faker is slow per call). Rows are written in one transaction, in
batches, with primary keys assigned here so that child rows refer to their parents without
round trips; the full-text index follows through its triggers.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import json
import operator
import random
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from faker import Faker
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import (
    CEFR_ORDER,
    ActivityKind,
    AssessmentStage,
    AuditAction,
    CefrLevel,
    ChildcareNeed,
    ClosureReason,
    ConsentPurpose,
    ContractType,
    EducationLevel,
    EmployerSize,
    EmploymentStatus,
    InteractionKind,
    PermitType,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
    VacancyStatus,
    Weekday,
)
from w4i_desktop.errors import BadInput
from w4i_desktop.models import (
    Activity,
    Consent,
    ContactPerson,
    Employer,
    FollowUp,
    Interaction,
    LanguageAssessment,
    Participant,
    Pathway,
    PathwayStep,
    PathwayTemplate,
    Placement,
    Site,
    TemplateStep,
    User,
    Vacancy,
)
from w4i_desktop.models.participant import sort_name_of
from w4i_desktop.services import audit
from w4i_desktop.services.codes import CODE_ALPHABET, CODE_LENGTH
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.search import CODE_PREFIX

T = TypeVar("T")
Row = dict[str, Any]
Progress = Callable[[int, int], None]

TEMPLATE_KEY = "work_is_progress"
BATCH = 2000  # participants generated (and written) at a time
CHUNK = 10_000  # rows per INSERT ... executemany
POOL_SIZE = 300  # names drawn from Faker per locale
BULK_CACHE_KIB = 64 * 1024  # SQLite page cache while loading

# --- the world -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteSpec:
    name: str
    lang: str  # host language, ISO 639-1
    locale: str  # Faker locale for staff, employers and their contacts
    country: str
    share: float  # of the participants
    phone: str  # mobile number pattern, "#" is a digit
    tld: str
    neighbourhoods: tuple[str, ...]
    nearby: tuple[str, ...]
    origins: Mapping[str, int] = field(default_factory=dict)  # country of birth -> weight


SITES: tuple[SiteSpec, ...] = (
    SiteSpec(
        "Milano", "it", "it_IT", "IT", 0.30, "+39 3## ### ####", "it",
        ("Città Studi", "Corvetto", "Giambellino", "Lorenteggio", "Loreto", "NoLo",
         "Quarto Oggiaro", "Barona", "San Siro", "Niguarda", "Gratosoglio", "Bovisa"),
        ("Sesto San Giovanni", "Cinisello Balsamo", "Rho", "Monza", "Cologno Monzese"),
        {"MA": 9, "UA": 8, "PE": 8, "EC": 6, "PH": 7, "EG": 6, "CN": 5, "BD": 5, "PK": 3,
         "NG": 4, "RO": 7, "BR": 2},
    ),
    SiteSpec(
        "Barcelona", "es", "es_ES", "ES", 0.28, "+34 6## ### ###", "es",
        ("El Raval", "Sant Antoni", "Poble-sec", "La Verneda", "Nou Barris", "Sants", "El Besòs",
         "Ciutat Meridiana", "La Sagrera", "Gràcia", "Trinitat Vella"),
        ("L'Hospitalet de Llobregat", "Badalona", "Sant Adrià de Besòs", "Cornellà de Llobregat",
         "Santa Coloma de Gramenet"),
        {"MA": 10, "CO": 9, "PE": 6, "VE": 8, "HN": 6, "PK": 5, "UA": 5, "RO": 5, "BO": 4,
         "CN": 3, "PH": 3, "NG": 2, "EC": 4, "BR": 3},
    ),
    SiteSpec(
        "Amsterdam", "nl", "nl_NL", "NL", 0.22, "+31 6 #### ####", "nl",
        ("Bijlmer", "Slotervaart", "Osdorp", "Geuzenveld", "Indische Buurt", "Kolenkit",
         "Vogelbuurt", "Transvaal", "Noord", "De Pijp", "Holendrecht"),
        ("Amstelveen", "Zaandam", "Diemen", "Haarlem", "Almere"),
        {"MA": 10, "TR": 9, "SY": 8, "ER": 6, "UA": 7, "AF": 4, "NG": 3, "GH": 4, "IR": 3,
         "BR": 3, "IN": 4, "PH": 2, "SO": 3, "CN": 2},
    ),
    SiteSpec(
        "Malmö", "sv", "sv_SE", "SE", 0.20, "+46 7#-### ## ##", "se",
        ("Rosengård", "Möllevången", "Seved", "Holma", "Kroksbäck", "Lindängen", "Hermodsdal",
         "Nydala", "Augustenborg", "Kirseberg", "Hyllie"),
        ("Lund", "Burlöv", "Trelleborg", "Vellinge", "Staffanstorp"),
        {"SY": 10, "AF": 7, "SO": 7, "ER": 5, "IR": 5, "UA": 7, "TR": 3, "IQ": 7, "VN": 2,
         "PK": 2, "BD": 1, "NG": 2, "RO": 3},
    ),
)
VOLUNTEER_SITES = ("Milano", "Barcelona", "Amsterdam")

# Country of birth -> (name pools, the first one most used; languages spoken; permit profile).
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "MA": (("fr_DZ",), ("ar", "fr"), "economic"),
    "EG": (("arab",), ("ar",), "economic"),
    "UA": (("uk_latin", "uk_UA"), ("uk", "ru"), "temporary"),
    "PE": (("es_CO", "es_MX"), ("es", "qu"), "economic"),
    "EC": (("es_CO", "es_MX"), ("es",), "economic"),
    "CO": (("es_CO",), ("es",), "economic"),
    "VE": (("es_CO", "es_MX"), ("es",), "refugee"),
    "HN": (("es_MX",), ("es",), "economic"),
    "BO": (("es_MX", "es_CO"), ("es", "qu"), "economic"),
    "BR": (("pt_BR",), ("pt",), "economic"),
    "PH": (("ph",), ("tl", "en"), "economic"),
    "CN": (("zh_latin", "zh_CN"), ("zh",), "economic"),
    "BD": (("bd", "bn_BD"), ("bn",), "economic"),
    "PK": (("pk",), ("ur", "pa"), "economic"),
    "IN": (("en_IN", "hi_IN"), ("hi", "en"), "economic"),
    "NG": (("en_NG", "yo_NG", "ig_NG"), ("en", "yo", "ig"), "economic"),
    "GH": (("tw_GH",), ("en", "ak"), "economic"),
    "RO": (("ro_RO",), ("ro",), "eu"),
    "TR": (("tr_TR",), ("tr", "ku"), "economic"),
    "SY": (("arab", "ar_SA"), ("ar", "ku"), "refugee"),
    "IQ": (("arab", "ar_SA"), ("ar", "ku"), "refugee"),
    "AF": (("af", "fa_IR"), ("fa", "ps"), "refugee"),
    "IR": (("ir", "fa_IR"), ("fa",), "refugee"),
    "ER": (("er",), ("ti", "ar"), "refugee"),
    "SO": (("so",), ("so", "ar"), "refugee"),
    "VN": (("vi_VN",), ("vi",), "economic"),
}

# Female first names and family names, in Latin script, where Faker has no fitting locale.
LATIN_NAMES: dict[str, tuple[str, str]] = {
    "arab": ("Amal Rasha Hala Lina Rania Nour Huda Maha Ghada Reem Dima Samar Yasmin Fatima Aya "
             "Rima Zeinab Hiba Mona Heba Amira Salma Mariam Noha",
             "Al-Hassan Haddad Khalil Darwish Nasser Hamdan Sabbagh Mansour Kassab Othman Al-Ali "
             "Youssef Ibrahim Hamoud Abdallah El-Sayed Saleh Farouk Hussein Al-Jabouri"),
    "so": ("Hodan Ayaan Faadumo Hawa Sahra Ifrah Khadra Nimco Ubah Asha Ladan Hibo Fartun Sagal "
           "Muna Deeqa",
           "Mohamed Abdi Hassan Ali Warsame Farah Omar Osman Jama Nur Yusuf Aden Ahmed Hersi Egal"),
    "er": ("Helen Selam Senait Mebrat Saba Yordanos Hiwet Tsega Rahel Freweini Lemlem Winta Semhar "
           "Luwam Eden",
           "Tesfay Ghebremedhin Haile Kidane Tekle Berhane Mehari Woldu Asmerom Gebru Tesfamariam "
           "Yohannes Abraha Habte"),
    "af": ("Mariam Zahra Fatima Shabnam Nilofar Farzana Parwana Soraya Mursal Sadia Khadija "
           "Shakila Freshta Roya Mahbooba Nargis",
           "Ahmadi Rahimi Hashimi Sultani Noori Karimi Haidari Mohammadi Amiri Popal Safi Wardak "
           "Stanikzai Hotak Sadat Azizi"),
    "ir": ("Shirin Maryam Parisa Nazanin Leila Mahsa Niloufar Sara Zohreh Fereshteh Elham Samira "
           "Golnaz Azadeh Mina",
           "Hosseini Rezaei Moradi Karimi Jafari Ahmadi Sadeghi Rahimi Tehrani Kazemi Ghasemi "
           "Mousavi Ebrahimi Nazari Shirazi"),
    "pk": ("Ayesha Sana Fatima Mehwish Nadia Saima Rabia Hina Amna Zainab Bushra Iqra Sobia Uzma "
           "Kiran Nazia",
           "Khan Malik Hussain Butt Qureshi Chaudhry Siddiqui Shah Raza Iqbal Akhtar Javed Mirza "
           "Sheikh Bhatti Awan"),
    "bd": ("Nasrin Sharmin Fatema Rokeya Shirin Taslima Jannatul Sumaiya Farzana Ruma Nusrat "
           "Sabina Lipi Mousumi Shapla",
           "Begum Akter Khatun Islam Rahman Hossain Chowdhury Sultana Uddin Sarkar Miah Haque Das "
           "Talukder Bhuiyan"),
    "ph": ("Maria Jocelyn Rowena Marites Analyn Rosalie Maricel Lorna Jennifer Cristina Lovely "
           "Glenda Rhea Jasmine Joy",
           "Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Manalo "
           "Soriano Tolentino Pascual Domingo"),
    "zh_latin": ("Xiaoling Mei Jing Yan Hui Ying Xiuying Fang Lan Juan Min Ping Hong Xiaomei "
                 "Yufei Lina", ""),
}

# Ukrainian Cyrillic to Latin, after the national transliteration (2010), simplified.
UK_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e",
    "ё": "io", "ъ": "", "'": "", "’": "",
}
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

PERMITS: dict[str, dict[PermitType, float]] = {
    "eu": {PermitType.EU_CITIZEN: 1},
    "temporary": {PermitType.TEMPORARY_PROTECTION: 85, PermitType.INTERNATIONAL_PROTECTION: 5,
                  PermitType.FAMILY: 5, PermitType.WORK: 5},
    "refugee": {PermitType.INTERNATIONAL_PROTECTION: 45, PermitType.ASYLUM_SEEKER: 20,
                PermitType.HUMANITARIAN: 10, PermitType.FAMILY: 15, PermitType.PERMANENT: 7,
                PermitType.NATURALISED: 3},
    "economic": {PermitType.FAMILY: 35, PermitType.PERMANENT: 20, PermitType.WORK: 12,
                 PermitType.ASYLUM_SEEKER: 6, PermitType.HUMANITARIAN: 4, PermitType.STUDY: 4,
                 PermitType.NATURALISED: 7, PermitType.NONE: 6, PermitType.OTHER: 6},
}
PERMITS_WITHOUT_EXPIRY = {PermitType.EU_CITIZEN, PermitType.PERMANENT, PermitType.NATURALISED,
                          PermitType.NONE, PermitType.OTHER}

# Jobs the employers offer: sector, host-language level asked, skills, title (it|es|nl|sv).
HOST_LANGS = ("it", "es", "nl", "sv")
ROLES: tuple[tuple[str, CefrLevel, tuple[str, ...], dict[str, str]], ...] = tuple(
    (sector, CefrLevel(cefr), tuple(skills.split()),
     dict(zip(HOST_LANGS, titles.split("|"), strict=True)))
    for sector, cefr, skills, titles in (
        ("I", "A2", "cooking hospitality",
         "Aiuto cuoca|Ayudante de cocina|Keukenhulp|Köksbiträde"),
        ("I", "B1", "hospitality customer_service",
         "Cameriera di sala|Camarera de sala|Bediening|Servitris"),
        ("I", "A2", "cleaning hospitality",
         "Cameriera ai piani|Camarera de pisos|Kamermeisje|Hotellstädare"),
        ("N", "A1", "cleaning",
         "Addetta alle pulizie|Limpiadora|Schoonmaakster|Lokalvårdare"),
        ("N", "B1", "customer_service office_administration",
         "Receptionist|Recepcionista|Receptionist|Receptionist"),
        ("Q", "B1", "elderly_care nursing",
         "Operatrice socio-sanitaria|Auxiliar de geriatría|Zorghulp|Undersköterska"),
        ("Q", "A2", "elderly_care cleaning",
         "Assistente familiare|Auxiliar de ayuda a domicilio|Thuishulp|Hemtjänstpersonal"),
        ("G", "B1", "retail customer_service",
         "Commessa|Dependienta|Verkoopmedewerker|Butiksbiträde"),
        ("G", "A2", "cash_register retail",
         "Cassiera|Cajera|Caissière|Kassapersonal"),
        ("C", "A2", "sewing crafts",
         "Operaia tessile|Costurera|Naaister|Sömmerska"),
        ("C", "A1", "warehouse",
         "Addetta al confezionamento|Operaria de envasado|Inpakker|Packare"),
        ("H", "A2", "warehouse driving",
         "Magazziniera|Mozo de almacén|Magazijnmedewerker|Lagerarbetare"),
        ("P", "B2", "childcare teaching",
         "Assistente educativa|Auxiliar de educación infantil|Pedagogisch medewerker|Barnskötare"),
        ("S", "A2", "hairdressing beauty_care",
         "Parrucchiera|Peluquera|Kapster|Frisör"),
        ("M", "B2", "office_administration accounting",
         "Impiegata amministrativa|Administrativa|Administratief medewerker|Administratör"),
        ("J", "B2", "programming computer_basics",
         "Sviluppatrice junior|Desarrolladora junior|Junior developer|Juniorutvecklare"),
        ("A", "A1", "agriculture",
         "Bracciante agricola|Temporera agrícola|Oogstmedewerker|Bärplockare"),
        ("F", "A2", "cleaning",
         "Addetta alle pulizie di cantiere|Limpiadora de obra|Bouwschoonmaker|Byggstädare"),
    )
)
SECTORS = {"I": 18, "Q": 16, "N": 14, "G": 14, "C": 8, "H": 7, "P": 5, "S": 6, "M": 5, "J": 3,
           "A": 2, "F": 2}
SKILLS = tuple(sorted({s for role in ROLES for s in role[2]} | {"translation", "computer_basics"}))

# Short texts in each host language, by purpose.
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "experience": {"it": ("{n} anni come {role}",), "es": ("{n} años como {role}",),
                   "nl": ("{n} jaar als {role}",), "sv": ("{n} år som {role}",)},
    "goals": {
        "it": ("Trovare un lavoro part-time compatibile con la scuola dei figli",
               "Migliorare l'italiano e ottenere il riconoscimento del diploma",
               "Lavorare nel settore della cura"),
        "es": ("Encontrar un trabajo a media jornada compatible con el horario escolar",
               "Mejorar el castellano y homologar el título",
               "Trabajar en el sector de los cuidados"),
        "nl": ("Parttime werk vinden dat past bij de schooltijden",
               "Beter Nederlands leren en diploma laten erkennen", "Werken in de zorg"),
        "sv": ("Hitta deltidsarbete som passar barnens skoltider",
               "Förbättra svenskan och få utbildningen validerad", "Arbeta inom vården"),
    },
    "sensitive": {
        "it": ("Situazione abitativa precaria", "Seguita dai servizi sociali"),
        "es": ("Situación de vivienda precaria", "En seguimiento por servicios sociales"),
        "nl": ("Onzekere woonsituatie", "Begeleid door maatschappelijk werk"),
        "sv": ("Osäker bostadssituation", "Har kontakt med socialtjänsten"),
    },
    "not_needed": {"it": ("Non necessario",), "es": ("No necesario",), "nl": ("Niet nodig",),
                   "sv": ("Behövs inte",)},
    "closed": {"it": ("Percorso chiuso",), "es": ("Itinerario cerrado",),
               "nl": ("Traject afgesloten",), "sv": ("Ärendet avslutat",)},
    "interaction": {
        "it": ("Presentazione del progetto", "Raccolta di nuove offerte", "Verifica inserimento",
               "Visita in azienda"),
        "es": ("Presentación del proyecto", "Nuevas ofertas recibidas",
               "Seguimiento de una inserción", "Visita a la empresa"),
        "nl": ("Project voorgesteld", "Nieuwe vacatures besproken", "Plaatsing geëvalueerd",
               "Bedrijfsbezoek"),
        "sv": ("Presentation av projektet", "Nya lediga jobb", "Uppföljning av anställning",
               "Företagsbesök"),
    },
    "employer_note": {"it": ("Disponibile ad accogliere tirocini",),
                      "es": ("Dispuesta a acoger prácticas",), "nl": ("Staat open voor stages",),
                      "sv": ("Tar gärna emot praktikanter",)},
    "job_title": {
        "it": ("Responsabile risorse umane", "Titolare", "Direttrice di struttura",
               "Responsabile di reparto"),
        "es": ("Responsable de RRHH", "Gerente", "Propietaria", "Jefa de equipo"),
        "nl": ("HR-adviseur", "Eigenaar", "Vestigingsmanager", "Teamleider"),
        "sv": ("HR-chef", "Ägare", "Verksamhetschef", "Rekryterare"),
    },
    ActivityKind.MEETING: {
        "it": ("Colloquio di orientamento", "Incontro sul piano individuale", "Revisione del CV"),
        "es": ("Entrevista de orientación", "Reunión sobre el plan individual", "Revisión del CV"),
        "nl": ("Oriëntatiegesprek", "Gesprek over het persoonlijk plan", "Cv besproken"),
        "sv": ("Vägledningssamtal", "Möte om individuell plan", "Genomgång av CV"),
    },
    ActivityKind.CALL: {
        "it": ("Telefonata per fissare un appuntamento", "Chiamata di verifica"),
        "es": ("Llamada para concertar cita", "Llamada de seguimiento"),
        "nl": ("Gebeld voor een afspraak", "Nabelgesprek"),
        "sv": ("Samtal för att boka tid", "Uppföljningssamtal"),
    },
    ActivityKind.COURSE: {
        "it": ("Lezione del corso di italiano", "Laboratorio di informatica"),
        "es": ("Clase del curso de castellano", "Taller de informática"),
        "nl": ("Taalles Nederlands", "Computercursus"),
        "sv": ("Lektion i SFI", "Datorkurs"),
    },
    ActivityKind.NOTE: {
        "it": ("Permesso di soggiorno da rinnovare", "Interessata al settore della cura"),
        "es": ("Pendiente renovar el permiso", "Interesada en la hostelería"),
        "nl": ("Verblijfsvergunning moet verlengd worden", "Interesse in de zorg"),
        "sv": ("Uppehållstillståndet ska förnyas", "Intresserad av vården"),
    },
}

# The "Work is Progress" pathway: kind, due days after intake, required, and titles
# (en|it|es|sv|nl).
STEP_LANGS = ("en", "it", "es", "sv", "nl")
WORK_IS_PROGRESS: tuple[tuple[StepKind, int, bool, dict[str, str]], ...] = tuple(
    (StepKind(kind), offset, required, dict(zip(STEP_LANGS, titles.split("|"), strict=True)))
    for kind, offset, required, titles in (
        ("intake", 0, True,
         "Intake interview|Colloquio di accoglienza|Entrevista de acogida|"
         "Inskrivningssamtal|Intakegesprek"),
        ("consent", 0, True,
         "Consent and privacy notice|Consenso e informativa privacy|"
         "Consentimiento e información de privacidad|Samtycke och integritetsinformation|"
         "Toestemming en privacyverklaring"),
        ("needs_assessment", 14, True,
         "Needs assessment|Analisi dei bisogni|Evaluación de necesidades|Behovsbedömning|"
         "Behoefteanalyse"),
        ("skills_assessment", 30, True,
         "Skills assessment|Bilancio di competenze|Balance de competencias|"
         "Kompetenskartläggning|Competentiescan"),
        ("language_assessment", 30, True,
         "Language assessment|Valutazione linguistica|Evaluación lingüística|"
         "Språkbedömning|Taaltoets"),
        ("individual_plan", 45, True,
         "Individual plan|Piano individuale|Plan individual|Individuell plan|"
         "Persoonlijk plan"),
        ("language_course", 210, False,
         "Language course|Corso di lingua|Curso de idioma|Språkkurs|Taalcursus"),
        ("empowerment", 120, False,
         "Empowerment workshop|Laboratorio di empowerment|Taller de empoderamiento|"
         "Empowermentworkshop|Empowermenttraining"),
        ("orientation", 90, False,
         "Labour market orientation|Orientamento al lavoro|Orientación laboral|"
         "Arbetsmarknadsorientering|Oriëntatie op de arbeidsmarkt"),
        ("cv_preparation", 120, False,
         "CV preparation|Preparazione del CV|Preparación del CV|CV-skrivning|Cv opstellen"),
        ("training", 270, False,
         "Vocational training|Formazione professionale|Formación profesional|"
         "Yrkesutbildning|Beroepsopleiding"),
        ("internship", 330, False,
         "Internship|Tirocinio|Prácticas|Praktik|Stage"),
        ("job_matching", 300, True,
         "Job matching|Incrocio domanda-offerta|Intermediación laboral|Jobbmatchning|"
         "Matching met vacatures"),
        ("placement", 365, False,
         "Job placement|Inserimento lavorativo|Inserción laboral|Anställning|Plaatsing"),
        ("follow_up_1m", 395, False,
         "Follow-up after 1 month|Follow-up a 1 mese|Seguimiento al mes|"
         "Uppföljning efter 1 månad|Follow-up na 1 maand"),
        ("follow_up_3m", 455, False,
         "Follow-up after 3 months|Follow-up a 3 mesi|Seguimiento a los 3 meses|"
         "Uppföljning efter 3 månader|Follow-up na 3 maanden"),
        ("follow_up_6m", 545, False,
         "Follow-up after 6 months|Follow-up a 6 mesi|Seguimiento a los 6 meses|"
         "Uppföljning efter 6 månader|Follow-up na 6 maanden"),
        ("follow_up_12m", 730, False,
         "Follow-up after 12 months|Follow-up a 12 mesi|Seguimiento a los 12 meses|"
         "Uppföljning efter 12 månader|Follow-up na 12 maanden"),
        ("closure", 760, True,
         "Closure|Chiusura del percorso|Cierre del itinerario|Avslut|Afsluiting"),
    )
)
# How long the longer steps run before they are done, and how often optional ones are skipped.
STEP_DAYS = {StepKind.SKILLS_ASSESSMENT: 7, StepKind.LANGUAGE_COURSE: 150,
             StepKind.EMPOWERMENT: 45, StepKind.ORIENTATION: 21, StepKind.CV_PREPARATION: 14,
             StepKind.TRAINING: 90, StepKind.INTERNSHIP: 60, StepKind.JOB_MATCHING: 120}
SKIP_CHANCE = {StepKind.EMPOWERMENT: 0.2, StepKind.ORIENTATION: 0.1, StepKind.TRAINING: 0.3,
               StepKind.INTERNSHIP: 0.45, StepKind.CV_PREPARATION: 0.05,
               StepKind.LANGUAGE_COURSE: 0.05}
FOLLOW_UP_STEPS = {StepKind.FOLLOW_UP_1M: 1, StepKind.FOLLOW_UP_3M: 3, StepKind.FOLLOW_UP_6M: 6,
                   StepKind.FOLLOW_UP_12M: 12}


class Pick(Generic[T]):
    """A weighted choice, set up once and drawn many times."""

    def __init__(self, weights: Mapping[T, float]) -> None:
        self.items = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


PICK_EMPLOYMENT = Pick({EmploymentStatus.UNEMPLOYED: 35, EmploymentStatus.LONG_TERM_UNEMPLOYED: 30,
                        EmploymentStatus.INACTIVE: 25, EmploymentStatus.EMPLOYED: 5,
                        EmploymentStatus.UNKNOWN: 5})
PICK_EDUCATION = Pick({EducationLevel.NONE_PRIMARY: 18, EducationLevel.LOWER_SECONDARY: 25,
                       EducationLevel.UPPER_SECONDARY: 32, EducationLevel.TERTIARY: 20,
                       EducationLevel.UNKNOWN: 5})
PICK_CLOSURE = Pick({ClosureReason.EMPLOYED: 33, ClosureReason.EDUCATION_OR_TRAINING: 14,
                     ClosureReason.MOVED_AWAY: 15, ClosureReason.DROPPED_OUT: 28,
                     ClosureReason.OTHER: 10})
PICK_INTAKE_LEVEL = Pick({0: 15, 1: 35, 2: 25, 3: 15, 4: 7, 5: 3})  # rank in CEFR_ORDER
PICK_CHILDREN = Pick({0: 30, 1: 25, 2: 25, 3: 12, 4: 6, 5: 2})
PICK_PLACEMENT = Pick({PlacementType.FIXED_TERM: 35, PlacementType.PERMANENT: 20,
                       PlacementType.INTERNSHIP: 22, PlacementType.APPRENTICESHIP: 6,
                       PlacementType.SELF_EMPLOYMENT: 5, PlacementType.OTHER: 12})
PICK_EMPLOYED = Pick({PlacementType.FIXED_TERM: 45, PlacementType.PERMANENT: 30,
                      PlacementType.APPRENTICESHIP: 5, PlacementType.SELF_EMPLOYMENT: 8,
                      PlacementType.OTHER: 12})
PICK_HOURS = Pick({20.0: 15, 24.0: 15, 25.0: 10, 30.0: 20, 32.0: 10, 36.0: 10, 38.0: 10, 40.0: 10})
PICK_SIZE = Pick({EmployerSize.MICRO: 35, EmployerSize.SMALL: 35, EmployerSize.MEDIUM: 20,
                  EmployerSize.LARGE: 8, EmployerSize.UNKNOWN: 2})
PICK_SECTOR = Pick(SECTORS)
PICK_INTERACTION = Pick({InteractionKind.CALL: 35, InteractionKind.EMAIL: 25,
                         InteractionKind.MEETING: 20, InteractionKind.VISIT: 12,
                         InteractionKind.EVENT: 5, InteractionKind.OTHER: 3})
PICK_CONTRACT = Pick({ContractType.FIXED_TERM: 45, ContractType.PERMANENT: 25,
                      ContractType.INTERNSHIP: 12, ContractType.APPRENTICESHIP: 5,
                      ContractType.FREELANCE: 3, ContractType.OTHER: 10})
PICK_ACTIVITY = Pick({ActivityKind.MEETING: 40, ActivityKind.CALL: 30, ActivityKind.COURSE: 15,
                      ActivityKind.NOTE: 15})
PICK_FROM = Pick({"08:00": 15, "08:30": 20, "09:00": 35, "10:00": 10, "13:00": 10, "14:00": 10})
PICK_UNTIL = Pick({"12:30": 10, "13:00": 15, "15:30": 25, "16:00": 20, "17:00": 15, "18:00": 15})
WEEKDAYS = tuple(Weekday)
CONSENTS = (  # purpose, how many give it, how many of those withdraw it later
    (ConsentPurpose.PROCESSING, 1.0, 0.0),
    (ConsentPurpose.SHARING_WITH_EMPLOYERS, 0.85, 0.06),
    (ConsentPurpose.PHOTOS, 0.35, 0.08),
    (ConsentPurpose.FOLLOW_UP_CONTACT, 0.7, 0.04),
)
PLACEMENT_DAYS = {  # (shortest, longest) contract length in days, None for open-ended
    PlacementType.INTERNSHIP: (90, 180), PlacementType.FIXED_TERM: (180, 730),
    PlacementType.APPRENTICESHIP: (365, 730),
}


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    sites: int
    users: int
    employers: int
    contacts: int
    interactions: int
    vacancies: int
    placements: int
    follow_ups: int
    assessments: int
    consents: int
    pathway_steps: int
    activities: int

    def __str__(self) -> str:
        return (
            f"Created {self.participants} participants, {self.employers} employers, "
            f"{self.vacancies} vacancies, {self.placements} placements, "
            f"{self.follow_ups} follow-ups, {self.assessments} language assessments, "
            f"{self.consents} consents, {self.pathway_steps} pathway steps, "
            f"{self.activities} activities, {self.contacts} employer contacts, "
            f"{self.interactions} employer interactions ({self.sites} new sites, "
            f"{self.users} new users)"
        )


# --- helpers -------------------------------------------------------------------------------------


def ascii_slug(text: str) -> str:
    """Lower-case a-z only: for user names, e-mail addresses and web sites."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if "a" <= ch <= "z")


def ukrainian_to_latin(name: str) -> str:
    def word(w: str) -> str:
        lower = w.lower()
        head = UK_INITIAL.get(lower[:1], UK_TRANSLIT.get(lower[:1], lower[:1]))
        return (head + "".join(UK_TRANSLIT.get(c, c) for c in lower[1:])).capitalize()

    return " ".join("-".join(word(part) for part in w.split("-")) for w in name.split())


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def phone_number(rng: random.Random, pattern: str) -> str:
    digits = iter(f"{int(rng.random() * 10 ** 12):012d}")
    return "".join(next(digits) if ch == "#" else ch for ch in pattern)


class NamePools:
    """A few hundred names per locale, drawn from Faker once; then picked with our own RNG."""

    def __init__(self, seed: int) -> None:
        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.fakers: dict[str, Any] = {}
        keys = {key for pools, _, _ in ORIGINS.values() for key in pools}
        for index, key in enumerate(sorted(keys | {s.locale for s in SITES})):
            self._fill(key, seed * 7919 + index)

    def _fill(self, key: str, seed: int) -> None:
        if key in LATIN_NAMES:
            first, last = LATIN_NAMES[key]
            self.first[key] = first.split()
            self.last[key] = last.split()
            if key == "zh_latin":
                faker = self._faker("zh_CN", seed)
                self.last[key] = [faker.last_romanized_name() for _ in range(POOL_SIZE)]
            return
        locale = "uk_UA" if key == "uk_latin" else key
        faker = self._faker(locale, seed)
        self.first[key] = [faker.first_name_female() for _ in range(POOL_SIZE)]
        self.last[key] = [faker.last_name_female() for _ in range(POOL_SIZE)]
        if key == "uk_latin":
            self.first[key] = [ukrainian_to_latin(n) for n in self.first[key]]
            self.last[key] = [ukrainian_to_latin(n) for n in self.last[key]]
        if key in {s.locale for s in SITES}:  # staff and employer contacts: men and women
            self.first[key + "/any"] = [faker.first_name() for _ in range(POOL_SIZE)]
            self.last[key + "/any"] = [faker.last_name() for _ in range(POOL_SIZE)]
            self.fakers[key] = faker  # company names, one call per employer

    @staticmethod
    def _faker(locale: str, seed: int) -> Any:
        faker = Faker(locale)
        faker.seed_instance(seed)
        return faker

    def name(self, rng: random.Random, key: str) -> tuple[str, str]:
        return rng.choice(self.first[key]), rng.choice(self.last[key])


# --- generation ----------------------------------------------------------------------------------
#
# Rows are built as dicts of values already in their stored form (ISO dates, UTC timestamps as
# SQLAlchemy's SQLite dialect writes them, JSON text, enum values) and written positionally with
# the driver's executemany: at millions of rows, SQLAlchemy's per-value bind processing would take
# longer than the database itself. tests/services/test_demo.py reads them back through the models.

# Tables in the order their rows are written (parents first: foreign keys are checked at once).
MODELS: tuple[type[Any], ...] = (
    Site, User, PathwayTemplate, TemplateStep, Employer, ContactPerson, Interaction, Vacancy,
    Participant, LanguageAssessment, Consent, Pathway, PathwayStep, Placement, FollowUp, Activity,
)


@dataclass
class DemoSite:
    spec: SiteSpec
    id: int
    staff_id: int
    volunteer_id: int | None
    origin: Pick[str]
    # Per employer: its id, the opening days of its vacancies in order, and their ids.
    employers: list[tuple[int, list[int], list[int]]] = field(default_factory=list)


class TableWriter:
    """Buffers one table's rows as tuples and writes them in chunks; hands out primary keys."""

    def __init__(self, session: Session, model: type[Any]) -> None:
        table: Table = model.__table__
        columns = [c.name for c in table.columns]
        compiled = insert(table).compile(dialect=session.get_bind().dialect)
        assert compiled.positiontup == columns, "expected positional (qmark) parameters"
        self.sql = str(compiled)
        self.row = operator.itemgetter(*columns)
        self.next_id = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        self.rows: list[tuple[Any, ...]] = []
        self.written = 0

    def add(self, values: Row) -> int:
        row_id = values["id"] = self.next_id
        self.next_id += 1
        self.rows.append(self.row(values))
        return row_id

    def write(self, session: Session) -> None:
        connection = session.connection()
        for start in range(0, len(self.rows), CHUNK):
            connection.exec_driver_sql(self.sql, self.rows[start : start + CHUNK])
        self.written += len(self.rows)
        self.rows.clear()


class Generator:
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

    # --- organisation --------------------------------------------------------------------------

    def sites(self) -> list[DemoSite]:
        existing = {name: id_ for name, id_ in self.session.execute(select(Site.name, Site.id))}
        sites = []
        for spec in SITES:
            site_id = existing.get(spec.name)
            if site_id is None:
                site_id = self.add(Site, {"name": spec.name, "municipality": spec.name,
                                          "active": True, "created_at": self.stamp(self.start),
                                          "updated_at": self.stamp(self.start)})
            staff = self.user(spec, site_id, Role.STAFF)
            volunteer = (self.user(spec, site_id, Role.VOLUNTEER)
                         if spec.name in VOLUNTEER_SITES else None)
            sites.append(DemoSite(spec, site_id, staff, volunteer, Pick(spec.origins)))
        return sites

    def user(self, spec: SiteSpec, site_id: int, role: Role) -> int:
        """A user row without a key slot: it shows in lists and on records but cannot log in."""
        first, last = self.pools.name(self.rng, spec.locale + "/any")
        username = f"{ascii_slug(first)}.{ascii_slug(last)}".strip(".") or role.value
        if username in self.users:  # from an earlier demo run: reuse
            return self.users[username]
        self.users[username] = self.add(User, {
            "username": username, "display_name": f"{first} {last}", "role": role,
            "site_id": site_id, "active": True, "last_login_at": None, "version_id": 1,
            "created_at": self.stamp(self.start), "updated_at": self.stamp(self.start)})
        return self.users[username]

    def template(self) -> None:
        """Use the current "Work is Progress" template, creating it if the database has none."""
        existing = self.session.scalars(
            select(PathwayTemplate)
            .where(PathwayTemplate.key == TEMPLATE_KEY, PathwayTemplate.is_current.is_(True))
            .order_by(PathwayTemplate.version.desc())
        ).first()
        if existing is not None:
            self.template_id = existing.id
            self.steps = [(s.kind, s.due_offset_days, s.required, s.id) for s in existing.steps]
            return
        self.template_id = self.add(PathwayTemplate, {
            "key": TEMPLATE_KEY, "version": 1, "is_current": True,
            "name": json.dumps(dict.fromkeys(STEP_LANGS, "Work is Progress")),
            "created_at": self.stamp(self.start), "updated_at": self.stamp(self.start)})
        for position, (kind, offset, required, titles) in enumerate(WORK_IS_PROGRESS):
            step_id = self.add(TemplateStep, {"template_id": self.template_id,
                                              "position": position, "kind": kind,
                                              "titles": json.dumps(titles),
                                              "due_offset_days": offset, "required": required})
            self.steps.append((kind, offset, required, step_id))

    def employers(self, site: DemoSite, count: int) -> None:
        rng, spec, lang = self.rng, site.spec, site.spec.lang
        faker = self.pools.fakers[spec.locale]
        for _ in range(count):
            name = faker.company()
            sector = PICK_SECTOR(rng)
            slug = ascii_slug(name)[:30] or "azienda"
            first_contact = self.day(self.start - 180, self.today - 30)
            employer_id = self.add(Employer, {
                "name": name, "sector": sector, "size_band": PICK_SIZE(rng),
                "municipality": spec.name if rng.random() < 0.75 else rng.choice(spec.nearby),
                "website": f"https://www.{slug}.{spec.tld}" if rng.random() < 0.7 else None,
                "notes": TEXTS["employer_note"][lang][0] if rng.random() < 0.2 else None,
                "site_id": site.id, "version_id": 1,
                "created_at": self.stamp(first_contact), "updated_at": self.stamp(first_contact)})
            for _ in range(self.day(1, 3)):
                first, last = self.pools.name(rng, spec.locale + "/any")
                self.add(ContactPerson, {
                    "employer_id": employer_id, "name": f"{first} {last}",
                    "job_title": rng.choice(TEXTS["job_title"][lang]),
                    "phone": phone_number(rng, spec.phone),
                    "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{slug}.{spec.tld}"})
            for _ in range(self.day(2, 8)):
                self.add(Interaction, {
                    "employer_id": employer_id,
                    "occurred_on": self.date(self.day(first_contact, self.today)),
                    "kind": PICK_INTERACTION(rng),
                    "summary": rng.choice(TEXTS["interaction"][lang]), "user_id": site.staff_id})
            openings = sorted(self.day(max(first_contact, self.start - 90), self.today)
                              for _ in range(self.day(1, 5)))
            ids = [self.vacancy(site, employer_id, sector, opened) for opened in openings]
            site.employers.append((employer_id, openings, ids))

    def vacancy(self, site: DemoSite, employer_id: int, sector: str, opened: int) -> int:
        rng = self.rng
        _, cefr, skills, titles = rng.choice(self.roles[sector])
        weekend = rng.random() < 0.25
        days = WEEKDAYS[:6] if weekend else WEEKDAYS[:5]
        start, end = rng.choice((("08:00", "12:00"), ("09:00", "15:00"), ("09:00", "17:00"),
                                 ("07:00", "15:00"), ("14:00", "20:00"), ("18:00", "22:00")))
        closed: int | None = opened + self.day(20, 150)
        status = VacancyStatus.OPEN
        if closed is not None and closed > self.today:
            closed = None
        elif rng.random() < 0.6:
            status = VacancyStatus.FILLED
        else:
            status = VacancyStatus.CLOSED
        return self.add(Vacancy, {
            "employer_id": employer_id, "title": titles[site.spec.lang], "sector": sector,
            "municipality": site.spec.name, "hours_per_week": PICK_HOURS(rng),
            "schedule_days": json.dumps([d.value for d in days]), "start_time": start,
            "end_time": end, "childcare_compatible": end <= "16:00" and not weekend,
            "contract_type": PICK_CONTRACT(rng), "required_cefr": cefr,
            "skills": json.dumps(list(skills)), "opened_on": self.date(opened),
            "closed_on": self.maybe_date(closed), "status": status, "version_id": 1,
            "created_at": self.stamp(opened), "updated_at": self.stamp(closed or opened)})

    # --- participants --------------------------------------------------------------------------

    def participant(self, site: DemoSite) -> None:
        rng, spec, today, lang = self.rng, site.spec, self.today, site.spec.lang
        country = site.origin(rng)
        pools, spoken, permit_profile = ORIGINS[country]
        pool = pools[0] if len(pools) == 1 or rng.random() < 0.75 else rng.choice(pools[1:])
        first, last = self.pools.name(rng, pool)

        # More women join each year; nobody starts at a weekend.
        enrolled = self.start + int((today - self.start) * rng.random() ** 0.8)
        enrolled -= max(0, date.fromordinal(enrolled).weekday() - 4)
        birth = enrolled - int(int(rng.triangular(17, 63, 32)) * 365.25) - rng.randrange(365)
        birth_year = date.fromordinal(birth).year
        enrolled_year = date.fromordinal(enrolled).year
        arrival = max(birth_year + 1, enrolled_year - min(int(rng.expovariate(0.25)), 25))
        if country == "UA":  # fled the full-scale invasion
            arrival = max(arrival, min(enrolled_year, rng.choice((2022, 2022, 2022, 2023, 2024))))

        closed = reason = None
        in_programme = today - enrolled
        if in_programme > 30 and rng.random() < 0.8 * in_programme / (today - self.start):
            length = self.day(45, 720)
            if length > in_programme:
                length = self.day(30, in_programme)
            closed, reason = enrolled + length, PICK_CLOSURE(rng)
            if reason is ClosureReason.EMPLOYED and length < 60:
                reason = ClosureReason.DROPPED_OUT
        end = today if closed is None else closed

        permit = self.permits[permit_profile](rng)
        interviewer = (site.volunteer_id if site.volunteer_id and rng.random() < 0.3
                       else site.staff_id)
        participant_id = self.next_id(Participant)
        level = self.assessments(participant_id, enrolled, closed, lang, spoken)
        self.consents(participant_id, enrolled, end, interviewer)
        first_job, follow_ups = self.placements(site, participant_id, enrolled, closed, reason)
        self.pathway(participant_id, enrolled, closed, site.staff_id, interviewer,
                     lang in spoken, lang, first_job, follow_ups)
        last_activity = self.activities(participant_id, enrolled, end, site.staff_id,
                                        interviewer, lang)

        languages = list(spoken[: self.day(1, len(spoken))])
        if "en" not in languages and rng.random() < 0.3:
            languages.append("en")
        if lang not in languages and level >= 2:
            languages.append(lang)
        education = PICK_EDUCATION(rng)
        children = PICK_CHILDREN(rng)
        childcare = ChildcareNeed.NONE
        if children and rng.random() < 0.55:
            childcare = ChildcareNeed.PARTIAL if rng.random() < 0.65 else ChildcareNeed.FULL
        days = (list(WEEKDAYS[:5]) if rng.random() < 0.6
                else sorted(rng.sample(WEEKDAYS[:5], self.day(2, 4)), key=WEEKDAYS.index))
        if rng.random() < 0.15:
            days.append(Weekday.SAT)
        available_from, available_until = PICK_FROM(rng), PICK_UNTIL(rng)
        if available_until <= available_from:
            available_until = "18:00"
        self.add(Participant, {
            "code": self.code(), "first_name": first, "last_name": last,
            "sort_name": sort_name_of(first, last),
            "preferred_name": first.split()[0] if " " in first and rng.random() < 0.5 else None,
            "birth_date": self.date(birth) if rng.random() < 0.88 else None,
            "birth_year": birth_year,
            "phone": phone_number(rng, spec.phone) if rng.random() < 0.92 else None,
            "email": self.email(first, last, birth_year, pools[0], spec.tld),
            "neighbourhood": rng.choice(spec.neighbourhoods), "country_of_birth": country,
            "nationality": (spec.country if permit is PermitType.NATURALISED
                            else country if rng.random() < 0.95 else None),
            "arrival_year": arrival, "permit_type": permit,
            "permit_expires_on": (None if permit in PERMITS_WITHOUT_EXPIRY
                                  else self.date(self.day(enrolled, today + 900))),
            "employment_status": PICK_EMPLOYMENT(rng), "education_level": education,
            "qualification_recognised": (
                rng.choice((True, False, False, None))
                if education in (EducationLevel.UPPER_SECONDARY, EducationLevel.TERTIARY)
                else None),
            "municipality": spec.name, "site_id": site.id, "enrolled_on": self.date(enrolled),
            "closed_on": self.maybe_date(closed), "closure_reason": reason,
            "languages": json.dumps(languages),
            "work_experience": (
                TEXTS["experience"][lang][0].format(
                    n=self.day(2, 15), role=rng.choice(ROLES)[3][lang].lower())
                if rng.random() < 0.7 else None),
            "skills": json.dumps(sorted(rng.sample(SKILLS, self.day(1, 4)))),
            "children_count": children, "childcare_need": childcare,
            "available_days": json.dumps([d.value for d in days]),
            "available_from": available_from, "available_until": available_until,
            "driving_licence": rng.random() < 0.18,
            "needs_and_goals": rng.choice(TEXTS["goals"][lang]) if rng.random() < 0.6 else None,
            "sensitive_notes": (rng.choice(TEXTS["sensitive"][lang]) if rng.random() < 0.06
                                else None),
            "caseworker_id": site.staff_id, "interviewer_id": interviewer,
            "last_activity_at": last_activity, "anonymised_at": None, "version_id": 1,
            "created_at": self.stamp(enrolled, 8), "updated_at": max(self.stamp(end, 17),
                                                                     last_activity)})

    def email(self, first: str, last: str, birth_year: int, latin_pool: str,
              tld: str) -> str | None:
        rng = self.rng
        if rng.random() >= 0.65:
            return None
        if not (ascii_slug(first) and ascii_slug(last)):  # a name in another script
            first, last = self.pools.name(rng, latin_pool)
        first, last = ascii_slug(first), ascii_slug(last)
        local = rng.choice((f"{first}.{last}", f"{first}{last}{birth_year % 100:02d}",
                            f"{first}{self.day(1, 999)}"))
        return local + "@" + rng.choice(("gmail.com", "gmail.com", "gmail.com", "hotmail.com",
                                         "yahoo.com", "outlook.com", f"hotmail.{tld}"))

    def assessments(self, participant_id: int, enrolled: int, closed: int | None, lang: str,
                    spoken: Sequence[str]) -> int:
        """Dated host-language levels; returns the rank (in CEFR_ORDER) of the last one."""
        rng, end, top = self.rng, self.today if closed is None else closed, len(CEFR_ORDER) - 1
        if lang in spoken:
            rank = top  # her mother tongue
        else:
            rank = PICK_INTAKE_LEVEL(rng)
            if lang in ("it", "es") and {"es", "pt", "it", "ro", "fr"} & set(spoken):
                rank = min(rank + 1, 5)  # a related language helps from the start
        base = {"participant_id": participant_id, "language": lang, "host_language": True}
        self.add(LanguageAssessment, {
            **base, "level": CEFR_ORDER[rank], "stage": AssessmentStage.INTAKE,
            "assessed_on": self.date(self.day(enrolled, min(enrolled + 14, end))),
            "self_assessed": rng.random() < 0.25})
        if rank < top and end - enrolled >= 90 and rng.random() < 0.6:
            rank = min(top, rank + rng.choice((0, 1, 1, 1, 2)))
            self.add(LanguageAssessment, {
                **base, "level": CEFR_ORDER[rank], "stage": AssessmentStage.DURING,
                "assessed_on": self.date(self.day(enrolled + 90, min(end, enrolled + 540))),
                "self_assessed": False})
        if closed is not None and rank < top and rng.random() < 0.4:
            rank = min(top, rank + (rng.random() < 0.3))
            self.add(LanguageAssessment, {
                **base, "level": CEFR_ORDER[rank], "stage": AssessmentStage.EXIT,
                "assessed_on": self.date(closed), "self_assessed": False})
        if rng.random() < 0.1:
            self.add(LanguageAssessment, {
                "participant_id": participant_id, "language": "en", "host_language": False,
                "level": rng.choice(CEFR_ORDER[1:5]), "stage": AssessmentStage.INTAKE,
                "assessed_on": self.date(enrolled), "self_assessed": True})
        return rank

    def consents(self, participant_id: int, enrolled: int, end: int, recorded_by: int) -> None:
        rng = self.rng
        version = "1.0" if enrolled < self.today - 540 else "2.0"
        for purpose, chance, withdrawn in CONSENTS:
            if rng.random() < chance:
                withdrawn_on = (self.date(self.day(enrolled + 1, end))
                                if end > enrolled and rng.random() < withdrawn else None)
                self.add(Consent, {"participant_id": participant_id, "purpose": purpose,
                                   "given_on": self.date(enrolled), "withdrawn_on": withdrawn_on,
                                   "notice_version": version, "recorded_by_id": recorded_by})

    def placements(self, site: DemoSite, participant_id: int, enrolled: int, closed: int | None,
                   reason: ClosureReason | None) -> tuple[int | None, dict[int, int]]:
        """Her jobs (one, sometimes two); returns the first one's start and follow-up days."""
        rng = self.rng
        last_day = self.today if closed is None else closed
        in_programme = last_day - enrolled
        kind: PlacementType
        if reason is ClosureReason.EMPLOYED and closed is not None:
            start, kind = max(enrolled + 45, closed - self.day(0, 40)), PICK_EMPLOYED(rng)
        elif closed is None and in_programme >= 90 and (
            rng.random() < 0.08 + 0.35 * min(1.0, in_programme / 700)
        ):
            start = self.day(enrolled + 90, enrolled + min(in_programme, 700))
            kind = PICK_PLACEMENT(rng)
        elif closed is not None and in_programme >= 100 and rng.random() < 0.15:
            start = self.day(enrolled + 60, closed - 20)
            kind = rng.choice((PlacementType.INTERNSHIP, PlacementType.FIXED_TERM,
                               PlacementType.OTHER))
        else:
            return None, {}
        first_start = start
        first_follow_ups: dict[int, int] = {}
        for number in (1, 2):
            ends = self.placement_end(kind, start)
            if reason is ClosureReason.EMPLOYED and closed is not None and number == 1:
                if ends is not None and ends <= closed:
                    ends = closed + self.day(30, 240)  # in work when she left the programme
            elif closed is not None and (ends is None or ends > closed):
                ends = self.day(start + 20, closed)
            follow_ups = self.placement(site, participant_id, kind, start, ends)
            if number == 1:
                first_follow_ups = follow_ups
            if ends is None or kind not in (PlacementType.INTERNSHIP, PlacementType.FIXED_TERM):
                break
            start = ends + self.day(0, 60)
            if start > last_day or rng.random() < 0.55:
                break
            kind = rng.choice((PlacementType.PERMANENT, PlacementType.FIXED_TERM))
        return first_start, first_follow_ups

    def placement_end(self, kind: PlacementType, start: int) -> int | None:
        rng = self.rng
        span = PLACEMENT_DAYS.get(kind)
        ends = None if span is None else start + self.day(*span)
        if kind is PlacementType.OTHER and rng.random() < 0.5:
            ends = start + self.day(60, 240)
        if rng.random() < 0.1:  # she left early
            early = start + self.day(20, 300)
            if early <= self.today and (ends is None or early < ends):
                ends = early
        return ends

    def placement(self, site: DemoSite, participant_id: int, kind: PlacementType, start: int,
                  ends: int | None) -> dict[int, int]:
        rng = self.rng
        employer_id, openings, vacancy_ids = rng.choice(site.employers)
        opened_before = bisect.bisect_right(openings, start)
        vacancy_id = (vacancy_ids[opened_before - 1]
                      if opened_before and rng.random() < 0.7 else None)
        hours = (rng.choice((20.0, 25.0, 30.0)) if kind is PlacementType.INTERNSHIP
                 else PICK_HOURS(rng))
        placement_id = self.add(Placement, {
            "participant_id": participant_id, "employer_id": employer_id,
            "vacancy_id": vacancy_id, "type": kind, "start_date": self.date(start),
            "end_date": self.maybe_date(ends), "hours_per_week": hours, "version_id": 1,
            "created_at": self.stamp(start),
            "updated_at": self.stamp(min(ends or start, self.today))})
        follow_ups = {}
        start_date = date.fromordinal(start)
        for months in (1, 3, 6, 12):
            due = add_months(start_date, months).toordinal()
            on = due + self.day(0, 12)
            if on > self.today:
                break
            if rng.random() < (0.95 if months == 6 else 0.85):
                self.add(FollowUp, {"placement_id": placement_id,
                                    "followed_up_on": self.date(on),
                                    "months_after_start": months,
                                    "still_employed": ends is None or ends > due,
                                    "notes": None, "user_id": site.staff_id})
                follow_ups[months] = on
        return follow_ups

    def pathway(self, participant_id: int, enrolled: int, closed: int | None, caseworker: int,
                interviewer: int, fluent: bool, lang: str, first_job: int | None,
                follow_ups: Mapping[int, int]) -> None:
        """Her steps, as far as she got: done, in progress, to do (some overdue) or skipped."""
        rng, active = self.rng, closed is None
        end = self.today if closed is None else closed
        pathway_id = self.add(Pathway, {
            "participant_id": participant_id, "template_id": self.template_id,
            "started_on": self.date(enrolled), "created_at": self.stamp(enrolled),
            "updated_at": self.stamp(end)})
        not_needed, closed_text = TEXTS["not_needed"][lang][0], TEXTS["closed"][lang][0]
        add, day = self.tables[PathwayStep].add, self.day
        iso, maybe_iso = self.date, self.maybe_date
        pace = rng.uniform(0.8, 1.7)
        offset = 0
        for position, (kind, due_offset, required, template_step_id) in enumerate(self.steps):
            offset = offset if due_offset is None else due_offset
            begun: int | None = None
            done: int | None = None
            skip: str | None = None
            if kind is StepKind.INTAKE or kind is StepKind.CONSENT:
                begun = done = enrolled
            elif kind is StepKind.CLOSURE:
                begun = done = closed
            elif kind is StepKind.PLACEMENT:
                begun = done = first_job
            elif kind in FOLLOW_UP_STEPS:
                on = follow_ups.get(FOLLOW_UP_STEPS[kind])
                begun = done = on if on is not None and on <= end else None
            else:
                target = day(enrolled - 3, enrolled + 10) + int(offset * pace)
                if kind is StepKind.JOB_MATCHING and first_job is not None:
                    target = day(first_job - 20, first_job - 1)
                target = max(enrolled, target)
                begun = max(enrolled, target - int(STEP_DAYS.get(kind, 0) * pace))
                if not required and (rng.random() < SKIP_CHANCE.get(kind, 0.0)
                                     or (fluent and kind is StepKind.LANGUAGE_COURSE)):
                    skip = not_needed if begun <= end else None
                    begun = None
                elif target <= end:
                    done = target
                elif not active or begun > end:
                    begun = None
            if done is not None:
                status = StepStatus.DONE
            elif skip is not None:
                status = StepStatus.SKIPPED
            elif begun is not None:
                status = StepStatus.IN_PROGRESS
            elif active:
                status = StepStatus.TODO
            else:
                status, skip = StepStatus.SKIPPED, closed_text
            add({
                "pathway_id": pathway_id, "position": position, "kind": kind,
                "template_step_id": template_step_id, "titles": None,
                "required": required, "status": status,
                "due_on": None if due_offset is None else iso(enrolled + offset),
                "started_on": maybe_iso(begun), "completed_on": maybe_iso(done),
                "completed_by_id": (None if done is None else interviewer
                                    if kind is StepKind.INTAKE else caseworker),
                "skip_reason": skip, "notes": None, "version_id": 1})

    def activities(self, participant_id: int, enrolled: int, end: int, caseworker: int,
                   interviewer: int, lang: str) -> str:
        """A few timeline entries; returns the time of the latest."""
        rng = self.rng
        latest = self.stamp(enrolled)
        for _ in range(self.day(2, 6)):
            kind = PICK_ACTIVITY(rng)
            when = self.stamp(self.day(enrolled, end), self.day(7, 16),
                              rng.choice((0, 15, 30, 45)))
            latest = max(latest, when)
            self.add(Activity, {"participant_id": participant_id, "occurred_at": when,
                                "kind": kind, "text": rng.choice(TEXTS[kind][lang]),
                                "user_id": interviewer if rng.random() < 0.2 else caseworker})
        return latest


@contextlib.contextmanager
def _big_page_cache(session: Session) -> Iterator[None]:
    """A 64 MB page cache while loading: the hot pages of the step indexes stay in memory
    (a fifth less time at 100 000 participants). The connection's own size comes back after."""
    connection = session.connection()
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def generate(
    ctx: Context,
    participants: int,
    *,
    seed: int = 4,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `participants` demo participants, with sites, staff, employers and jobs, in one go.

    Sites, user names and the pathway template that already exist are reused, so demo data can
    be added more than once. `progress(done, total)` is called after every batch.
    """
    ctx.require(Action.DATA_IMPORT)
    if participants < 0:
        raise BadInput("The number of participants cannot be negative.")
    today = today or date.today()
    if progress is not None:
        progress(0, participants)
    with ctx.db.transaction() as session:
        gen = Generator(session, seed, today)
        with _big_page_cache(session):
            sites = gen.sites()
            gen.template()
            employers = max(10, participants // 25)
            for site in sites:
                gen.employers(site, max(2, round(employers * site.spec.share)))
            gen.flush()
            pick_site = Pick({index: site.spec.share for index, site in enumerate(sites)})
            for done in range(0, participants, BATCH):
                for _ in range(min(BATCH, participants - done)):
                    gen.participant(sites[pick_site(gen.rng)])
                gen.flush()
                if progress is not None:
                    progress(min(done + BATCH, participants), participants)
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "demo", None,
                     {"count": participants})
        # Statistics for the query planner: without them it sorts the whole list to show a page.
        session.connection().exec_driver_sql("ANALYZE")
    return DemoSummary(
        participants=gen.count(Participant), sites=gen.count(Site), users=gen.count(User),
        employers=gen.count(Employer), contacts=gen.count(ContactPerson),
        interactions=gen.count(Interaction), vacancies=gen.count(Vacancy),
        placements=gen.count(Placement), follow_ups=gen.count(FollowUp),
        assessments=gen.count(LanguageAssessment), consents=gen.count(Consent),
        pathway_steps=gen.count(PathwayStep), activities=gen.count(Activity),
    )
