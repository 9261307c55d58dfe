"""The language of the user interface: chosen once (default: the system's, when it is one of
ours), kept in QSettings, applied with our translations and Qt's own (standard buttons and
dialogs), and with the matching locale for dates and numbers."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from w4i_desktop import config
from w4i_desktop.views.plurals import install_english_plurals

UI_LANGUAGES = ("en", "it", "es", "sv", "nl")
# The country whose conventions (dates, decimal comma) go with each language here.
LOCALES = {"en": "en_GB", "it": "it_IT", "es": "es_ES", "sv": "sv_SE", "nl": "nl_NL"}
SETTING = "ui/language"

_installed: list[QTranslator] = []


def language_name_in_itself(language: str) -> str:
    """ "Italiano", "Svenska": a language is found by its own name."""
    if language == "en":
        return "English"  # not "British English": the language, whatever the country
    name = QLocale(LOCALES.get(language, language)).nativeLanguageName()
    return name[:1].upper() + name[1:]


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in UI_LANGUAGES else "en"


def chosen_language() -> str:
    stored = QSettings().value(SETTING)
    return stored if isinstance(stored, str) and stored in UI_LANGUAGES else system_language()


def remember_language(language: str) -> None:
    QSettings().setValue(SETTING, language)


def apply_language(language: str) -> bool:
    """Install the translations of `language` (English needs none) and its locale. Widgets
    built afterwards use them. False when our translation file is missing."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
    if language == "en":
        install_english_plurals([])  # "1 participant", not "1 participant(s)"
        return True
    ours = QTranslator(app)
    found = ours.load(str(config.translations_dir() / f"w4i_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    install_english_plurals(list(_installed))  # beneath ours: a counted text it lacks
    return found


def pseudo(text: str) -> str:
    """`text` about 40 % longer and bracketed, placeholders, tags and accelerators kept: a
    layout that clips it will clip a real translation too."""
    if not text:
        return text
    out = []
    for part in re.split(r"(%\d|%n|\{\w+\}|<[^>]+>|&&|&\w)", text):
        if re.fullmatch(r"%\d|%n|\{\w+\}|<[^>]+>|&&|&\w", part or " "):
            out.append(part)
        else:
            out.append(re.sub(r"([aeiouAEIOU])", r"\1\1", part))
    stretched = "".join(out)
    missing = int(len(text) * 1.4) - len(stretched)
    return f"[{stretched}{'~' * max(missing, 0)}]"


class PseudoTranslator(QTranslator):
    """Every string stretched and bracketed (W4I_PSEUDO=1): finds clipped layouts."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text)


def apply_pseudo_translation() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
