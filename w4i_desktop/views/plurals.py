"""English plurals for the interface's counted texts.

Counted texts use Qt's numerus form: `self.tr("%n participant(s)", "", n)`. A translation
(.qm) gives each language its forms for every n; English has no translation file, and Qt alone
would show "1 participant(s)". `EnglishPlurals` is the translator that resolves such texts for
English: "word(s)" becomes "word" when n is 1 and "words" otherwise ("1 participant",
"2 participants", "0 participants"). Qt asks translators in the reverse order of installation,
so it is installed first (`install_english_plurals`): a language's own translation answers
before it, and it only answers a counted text that translation lacks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

# "participant(s)", "year(s)", "minute(s)": a word and the plural ending in brackets.
_CHOICE = re.compile(r"(\w+)\(s\)")

_plurals: list[QTranslator] = []


def english_plural(text: str, n: int) -> str:
    """`text` with each "word(s)" as "word" for n == 1, else "words"."""
    return _CHOICE.sub(lambda m: m[1] if n == 1 else m[1] + "s", text)


class EnglishPlurals(QTranslator):
    """Answers only counted texts with "(s)" in them; everything else falls through."""

    def translate(  # None is Qt's null string: "not mine"
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # Not "": Qt takes an empty (not null) string as the translation and shows nothing.
        if n < 0 or "(s)" not in source_text:
            return None
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(others: list[QTranslator]) -> None:
    """Install the English plurals beneath the translators `others` (installed afterwards in
    the same order), so that those answer first."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in [*_plurals, *others]:
        app.removeTranslator(old)
    if not _plurals:
        _plurals.append(EnglishPlurals(app))
    app.installTranslator(_plurals[0])
    for translator in others:
        app.installTranslator(translator)
