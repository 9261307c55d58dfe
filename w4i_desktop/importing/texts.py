"""The import's texts in one language, from resources/importing/<lang>.json.

Field labels (template headers, report columns), the labels of accepted values, the reasons a
row is rejected and the lines of the report. The report is what the user asked to read, in the
language they chose (the CLI's --lang, the GUI's interface language), so like the reports
(reports/texts.py) these texts do not go through Qt. Every language file has the same keys and
{placeholders} as English (tests/importing/test_texts.py checks it); a missing key falls back
to English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from w4i_desktop import catalogues
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.errors import BadInput

IMPORT_LANGUAGES: tuple[str, ...] = DOCUMENT_LANGUAGES


def catalogue(language: str) -> dict[str, str]:
    return catalogues.catalogue("importing", language)


@dataclass(frozen=True)
class ImportTexts:
    language: str

    @classmethod
    def for_language(cls, language: str) -> ImportTexts:
        if language not in IMPORT_LANGUAGES:
            raise BadInput(
                f"Imports are reported in {', '.join(IMPORT_LANGUAGES)}, not {language!r}."
            )
        return cls(language)

    def __call__(self, key: str, **values: Any) -> str:
        return catalogues.lookup("importing", self.language, key, **values)

    def field(self, name: str) -> str:
        """The label of an importable field ("Last name", "Cognome")."""
        return self(f"field.{name}")

    def choice(self, group: str, value: str) -> str:
        """The label of an accepted value ("permit_type", "work" -> "Work permit")."""
        return self(f"{group}.{value}")


def labels_in_every_language(key: str) -> list[str]:
    """The text of `key` in each language (synonyms for matching headers and values)."""
    return [catalogue(lang)[key] for lang in IMPORT_LANGUAGES if key in catalogue(lang)]
