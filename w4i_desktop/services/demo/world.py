"""The invented world: the four sites, where their participants come from, their permits, and
the jobs their employers offer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from w4i_desktop.enums import CefrLevel, PermitType


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


# fmt: off
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
# fmt: on
