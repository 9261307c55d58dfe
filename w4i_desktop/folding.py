"""Folding text for searching and comparing: lower case, without accents ("José" and "jose"
are one). A leaf module, so that models, services and views fold as the search index does
(storage.search registers `fold` as the SQL function w4i_fold, and writes the same folds for
PostgreSQL) without importing the storage layer."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent, so the tokenizer's
# remove_diacritics leaves them alone; people type the plain letter ("Yilmaz" for "Yılmaz").
EXTRA_FOLDS = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "Œ": "oe",
        "ħ": "h",
    }
)


def fold(value: str | None) -> str | None:
    """Lower case without accents: the form both the index and the queries are written in."""
    if value is None:
        return None
    decomposed = unicodedata.normalize("NFKD", value.translate(EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
