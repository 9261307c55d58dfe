"""Message catalogues for what people read outside the Qt interface (documents, reports,
import reports): resources/<folder>/<lang>.json, flat key -> text with {placeholders}. A key
missing in one language falls back to English; tests check every language has them all."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from w4i_desktop.config import resources_dir

FALLBACK = "en"


@cache
def catalogue(folder: str, language: str) -> dict[str, str]:
    path = resources_dir() / folder / f"{language}.json"
    loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def lookup(folder: str, language: str, key: str, **values: Any) -> str:
    """The text of `key` in `language`, with `values` put in its placeholders."""
    text = catalogue(folder, language).get(key) or catalogue(folder, FALLBACK)[key]
    return text.format(**values) if values else text
