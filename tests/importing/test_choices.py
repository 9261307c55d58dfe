"""Values written in words, in five languages: countries, languages, levels, choices."""

from __future__ import annotations

import pytest

from w4i_desktop.enums import CefrLevel, EducationLevel, EmployerSize, PermitType
from w4i_desktop.importing import choices as c
from w4i_desktop.importing import vocabulary
from w4i_desktop.importing.normalise import Invalid, words
from w4i_desktop.importing.rows import CHOICE_GROUPS, choice_vocabulary


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Morocco", "MA"), ("Marocco", "MA"), ("Marruecos", "MA"), ("Marocko", "MA"),
        ("Marokko", "MA"), ("MAROCCO", "MA"), ("ma", "MA"), ("MAR", "MA"),
        ("Côte d’Ivoire", "CI"), ("Costa d'Avorio", "CI"), ("Ivory Coast", "CI"),
        ("Elfenbenskusten", "CI"), ("Ivoorkust", "CI"), ("DR Congo", "CD"),
        ("Repubblica Democratica del Congo", "CD"), ("Siria", "SY"), ("Syrien", "SY"),
        ("Perú", "PE"), ("Peru", "PE"), ("UK", "GB"), ("Holland", "NL"), ("Olanda", "NL"),
        ("Turkey", "TR"), ("Türkiye", "TR"), ("Turchia", "TR"), ("Ucraina", "UA"),
        ("Myanmar (Burma)", "MM"), ("Burma", "MM"), ("Kosovo", "XK"), ("SOM", "SO"),
        ("Filippine", "PH"), ("Estados Unidos", "US"), ("USA", "US"), ("Förenta staterna", "US"),
    ],
)  # fmt: skip
def test_countries_by_name_in_five_languages_or_by_code(cell: str, code: str) -> None:
    assert c.country(cell) == code


@pytest.mark.parametrize("cell", ["Narnia", "Atlantide", "XX", "EU", "ZZ", "Europa", "QQQ", "12"])
def test_unknown_countries_and_regions_are_refused(cell: str) -> None:
    with pytest.raises(Invalid) as caught:
        c.country(cell)
    assert caught.value.reason == "unknown_country"


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("arabo, francese", ["ar", "fr"]),
        ("Arabic; French", ["ar", "fr"]),
        ("árabe y francés", ["ar", "fr"]),
        ("arabiska och franska", ["ar", "fr"]),
        ("Arabisch en Frans", ["ar", "fr"]),
        ("ar/fr/ar", ["ar", "fr"]),
        ("tigrino", ["ti"]),
        ("", []),
    ],
)
def test_languages(cell: str, codes: list[str]) -> None:
    assert c.language_list(cell) == codes


def test_an_unknown_language_is_named() -> None:
    with pytest.raises(Invalid) as caught:
        c.language_list("arabo, klingon")
    assert caught.value.params["value"] == "klingon"


def test_document_languages_are_the_five() -> None:
    assert c.document_language("italiano") == "it"
    assert c.document_language("Swedish") == "sv"
    with pytest.raises(Invalid) as caught:
        c.document_language("arabo")
    assert caught.value.reason == "not_a_document_language"


@pytest.mark.parametrize(
    ("cell", "level"),
    [("B1", "B1"), ("b1", "B1"), ("B1+", "B1"), ("B1.2", "B1"), ("A2/B1", "A2"),
     ("livello C1", "C1"), ("none", "none"), ("nessuno", "none"), ("ninguno", "none"),
     ("ingen", "none"), ("geen", "none"), ("pre-A1", "none"), ("A0", "none"),
     ("madrelingua", "C2"), ("moedertaal", "C2")],
)  # fmt: skip
def test_cefr_levels(cell: str, level: str) -> None:
    assert c.cefr(cell) == CefrLevel(level)


@pytest.mark.parametrize("cell", ["Z9", "fluent", "B3"])
def test_what_is_not_a_cefr_level_is_refused(cell: str) -> None:
    with pytest.raises(Invalid) as caught:
        c.cefr(cell)
    assert caught.value.reason == "not_a_cefr"


EDU = EducationLevel


@pytest.mark.parametrize(
    ("cell", "group"),
    [
        ("laurea", EDU.TERTIARY), ("Laurea magistrale in economia", EDU.TERTIARY),
        ("universidad", EDU.TERTIARY), ("högskola", EDU.TERTIARY), ("hbo/wo", EDU.TERTIARY),
        ("HBO", EDU.TERTIARY), ("university degree", EDU.TERTIARY), ("ISCED 6", EDU.TERTIARY),
        ("7", EDU.TERTIARY), ("licenza media", EDU.LOWER_SECONDARY), ("ESO", EDU.LOWER_SECONDARY),
        ("grundskola", EDU.LOWER_SECONDARY), ("vmbo", EDU.LOWER_SECONDARY),
        ("diploma di scuola media superiore", EDU.UPPER_SECONDARY),
        ("secondary", EDU.UPPER_SECONDARY), ("bachillerato", EDU.UPPER_SECONDARY),
        ("gymnasium", EDU.UPPER_SECONDARY), ("mbo", EDU.UPPER_SECONDARY),
        ("CINE 3", EDU.UPPER_SECONDARY), ("nessuno", EDU.NONE_PRIMARY),
        ("primaria", EDU.NONE_PRIMARY), ("basisschool", EDU.NONE_PRIMARY),
        ("0", EDU.NONE_PRIMARY), ("Licenza media (ISCED 2)", EDU.LOWER_SECONDARY),
        ("Tertiary (ISCED 5–8)", EDU.TERTIARY), ("onbekend", EDU.UNKNOWN),
    ],
)  # fmt: skip
def test_isced_groups_from_common_labels(cell: str, group: EducationLevel) -> None:
    assert c.choice(cell, choice_vocabulary("education_level")) == group


@pytest.mark.parametrize(
    ("cell", "permit"),
    [("permesso per lavoro", PermitType.WORK), ("Richiedente asilo", PermitType.ASYLUM_SEEKER),
     ("protezione sussidiaria", PermitType.INTERNATIONAL_PROTECTION),
     ("reagrupación familiar", PermitType.FAMILY), ("asylsökande", PermitType.ASYLUM_SEEKER),
     ("Verblijfsvergunning voor studie", PermitType.STUDY), ("EU citizen", PermitType.EU_CITIZEN),
     ("carta di soggiorno", PermitType.PERMANENT), ("work", PermitType.WORK)],
)  # fmt: skip
def test_permit_types(cell: str, permit: PermitType) -> None:
    assert c.choice(cell, choice_vocabulary("permit_type")) == permit


def test_an_unknown_choice_is_refused() -> None:
    with pytest.raises(Invalid) as caught:
        c.choice("boh", choice_vocabulary("education_level"))
    assert caught.value.reason == "not_a_choice"


@pytest.mark.parametrize("group", sorted(CHOICE_GROUPS))
def test_each_value_is_found_by_its_label_in_every_language(group: str) -> None:
    from w4i_desktop.importing.texts import IMPORT_LANGUAGES, ImportTexts

    values, _ = CHOICE_GROUPS[group]
    vocab = choice_vocabulary(group)
    for language in IMPORT_LANGUAGES:
        t = ImportTexts.for_language(language)
        for value in values:
            assert c.choice(t.choice(group, value), vocab) == value, (language, value)


@pytest.mark.parametrize(
    "table", [vocabulary.EDUCATION, vocabulary.EMPLOYMENT, vocabulary.CHILDCARE,
              vocabulary.PERMIT, vocabulary.SIZE],
)  # fmt: skip
def test_no_word_is_listed_for_two_values(table: dict[str, tuple[str, ...]]) -> None:
    owner: dict[str, str] = {}
    for value, phrases in table.items():
        for phrase in phrases:
            assert owner.setdefault(words(phrase), value) == value, phrase


@pytest.mark.parametrize(
    ("cell", "days"),
    [("lun, mer, ven", ["mon", "wed", "fri"]), ("Mon-Fri", ["mon", "tue", "wed", "thu", "fri"]),
     ("lunedì e giovedì", ["mon", "thu"]), ("lun a vie", ["mon", "tue", "wed", "thu", "fri"]),
     ("ma t/m wo", ["mon", "tue", "wed"]), ("lördag, söndag", ["sat", "sun"]),
     ("sab-lun", ["mon", "sat", "sun"]), ("", [])],
)  # fmt: skip
def test_weekdays_in_five_languages_and_ranges(cell: str, days: list[str]) -> None:
    assert c.weekdays(cell) == days


def test_an_unknown_day_is_named() -> None:
    with pytest.raises(Invalid) as caught:
        c.weekdays("lun, funday")
    assert caught.value.params["value"] == "funday"


@pytest.mark.parametrize(
    ("cell", "band"),
    [(5, EmployerSize.MICRO), ("35", EmployerSize.SMALL), ("10-49", EmployerSize.SMALL),
     ("250+", EmployerSize.LARGE), ("media", EmployerSize.MEDIUM), ("groot", EmployerSize.LARGE)],
)  # fmt: skip
def test_size_bands(cell: str | int, band: EmployerSize) -> None:
    assert c.size_band(cell) == band


@pytest.mark.parametrize(
    ("cell", "letter"),
    [("C", "C"), ("c - Manufacturing", "C"), ("I: Hotels", "I"), ("Costruzioni", "F"),
     ("Hostelería", "I"), ("Vård och omsorg", "Q"), ("Onderwijs", "P")],
)  # fmt: skip
def test_sectors_by_letter_or_name(cell: str, letter: str) -> None:
    assert c.sector(cell) == letter


def test_tags_are_lower_case_sorted_and_short() -> None:
    assert c.tag_list("Cucina, pulizie; Cucina") == ["cucina", "pulizie"]
    with pytest.raises(Invalid) as caught:
        c.tag_list("x" * 61)
    assert caught.value.reason == "tag_too_long"
