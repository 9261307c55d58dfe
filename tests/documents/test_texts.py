from __future__ import annotations

import json
import re
from datetime import date

import pytest

from w4i_desktop.config import resources_dir
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES, Texts
from w4i_desktop.errors import BadInput

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _catalogue(language: str) -> dict[str, str]:
    path = resources_dir() / "documents" / f"{language}.json"
    loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_every_language_has_every_text_with_the_same_placeholders(language: str) -> None:
    english, other = _catalogue("en"), _catalogue(language)
    assert list(other) == list(english)
    for key, text in other.items():
        assert text.strip(), key
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(english[key])), key


@pytest.mark.parametrize("language", [lang for lang in DOCUMENT_LANGUAGES if lang != "en"])
def test_translations_are_not_english_copies(language: str) -> None:
    english, other = _catalogue("en"), _catalogue(language)
    long_texts = [k for k, text in english.items() if len(text) > 40]
    same = [k for k in long_texts if other[k] == english[k]]
    assert same == []


def test_dates_countries_and_languages_in_the_document_language() -> None:
    day = date(2026, 1, 31)
    assert Texts.for_language("it").date(day) == "31 gennaio 2026"
    assert Texts.for_language("sv").date(day) == "31 januari 2026"
    assert Texts.for_language("es").country("MA") == "Marruecos"
    assert Texts.for_language("nl").language_name("ar") == "Arabisch"
    assert Texts.for_language("it")("common.page", page=2, pages=3).count("2") == 1


def test_an_unknown_document_language_is_bad_input() -> None:
    with pytest.raises(BadInput):
        Texts.for_language("de")
