"""The import's catalogues: same keys and placeholders in the five languages, none missing."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from w4i_desktop.errors import BadInput
from w4i_desktop.importing import headers
from w4i_desktop.importing.texts import IMPORT_LANGUAGES, ImportTexts, catalogue

OTHERS = [lang for lang in IMPORT_LANGUAGES if lang != "en"]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", OTHERS)
def test_same_keys_and_placeholders_as_english(language: str) -> None:
    english, other = catalogue("en"), catalogue(language)
    assert set(other) == set(english)
    for key, text in english.items():
        assert _placeholders(other[key]) == _placeholders(text), key


@pytest.mark.parametrize("language", IMPORT_LANGUAGES)
def test_every_field_has_a_label_and_every_value_kind_a_help(language: str) -> None:
    t = ImportTexts.for_language(language)
    for kind in headers.ImportKind:
        for spec in headers.fields(kind):
            assert t.field(spec.name)
            if spec.value is not headers.ValueKind.CHOICE:
                assert f"help.{spec.value.value}" in catalogue(language)


def test_every_reason_raised_in_the_code_has_a_message() -> None:
    source = Path(headers.__file__).parent
    reasons: set[str] = set()
    for path in source.glob("*.py"):
        code = path.read_text(encoding="utf-8")
        reasons |= set(re.findall(r'Invalid\(\s*"([a-z_]+)"', code))
        reasons |= set(re.findall(r'Issue\(.*?,\s*"([a-z_]+)"\s*[,)]', code))
        reasons |= set(re.findall(r'reason = "([a-z_]+)"', code))
        reasons |= set(re.findall(r'\), "(duplicate_[a-z_]+)"', code))
    assert reasons >= {"not_a_date", "unknown_country", "name_required", "too_long"}
    reasons |= {"not_a_choice", "not_a_sector", "not_a_size", "invalid"}  # passed as arguments
    missing = {r for r in reasons if f"problem.{r}" not in catalogue("en")}
    assert not missing


def test_labels_are_different_within_a_kind() -> None:
    for language in IMPORT_LANGUAGES:
        t = ImportTexts.for_language(language)
        for kind in headers.ImportKind:
            labels = [t.field(spec.name) for spec in headers.fields(kind)]
            assert len(set(labels)) == len(labels), (language, kind)


def test_an_unknown_language_is_bad_input() -> None:
    with pytest.raises(BadInput, match="Imports are reported in"):
        ImportTexts.for_language("fr")
