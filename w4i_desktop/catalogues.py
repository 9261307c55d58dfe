"""Message catalogues for what people read outside the Qt interface (documents, reports,
import reports): resources/<folder>/<lang>.json, flat key -> text with {placeholders}. A key
missing in one language falls back to English; tests check every language has them all."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from babel import Locale
from babel.core import UnknownLocaleError

from w4i_desktop.config import resources_dir

FALLBACK = "en"

# Country names where CLDR's standard name is not the one people of that language use: CLDR
# keeps the country's own (French) name "Côte d'Ivoire" as Spanish's standard and the usual
# Spanish name only as a variant, which Babel does not load.
COUNTRY_NAMES_IN_USE: dict[str, dict[str, str]] = {
    "es": {"CI": "Costa de Marfil"},
}


@cache
def catalogue(folder: str, language: str) -> dict[str, str]:
    path = resources_dir() / folder / f"{language}.json"
    loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def lookup(folder: str, language: str, key: str, **values: Any) -> str:
    """The text of `key` in `language`, with `values` put in its placeholders."""
    text = catalogue(folder, language).get(key) or catalogue(folder, FALLBACK)[key]
    return text.format(**values) if values else text


@cache
def country_names(language: str) -> dict[str, str]:
    """ISO 3166 code -> the country's name in `language` (Babel's, with the names in use
    above), for the interface, documents and reports alike."""
    try:
        locale = Locale.parse(language)
    except (ValueError, TypeError, UnknownLocaleError):
        locale = Locale(FALLBACK)
    names = {str(code): str(name) for code, name in locale.territories.items()}
    names.update(COUNTRY_NAMES_IN_USE.get(locale.language, {}))
    return names
