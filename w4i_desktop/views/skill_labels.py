"""The names of skills in the interface language. Skills are stored as keys
(services/skills.py); built-in keys are translated here, entries an administrator added show
the label she typed. A key is never shown as it is: at worst without its underscores."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from w4i_desktop.folding import fold
from w4i_desktop.services.skills import BUILTIN_SKILLS, SkillItem, normalise_skill

_CTX = "Skills"
_NAMES: dict[str, Any] = {
    "accounting": QT_TRANSLATE_NOOP("Skills", "Accounting"),
    "agriculture": QT_TRANSLATE_NOOP("Skills", "Agriculture"),
    "beauty_care": QT_TRANSLATE_NOOP("Skills", "Beauty care"),
    "cash_register": QT_TRANSLATE_NOOP("Skills", "Cash register"),
    "catering": QT_TRANSLATE_NOOP("Skills", "Catering"),
    "childcare": QT_TRANSLATE_NOOP("Skills", "Childcare"),
    "cleaning": QT_TRANSLATE_NOOP("Skills", "Cleaning"),
    "computer_basics": QT_TRANSLATE_NOOP("Skills", "Computer basics"),
    "cooking": QT_TRANSLATE_NOOP("Skills", "Cooking"),
    "crafts": QT_TRANSLATE_NOOP("Skills", "Crafts"),
    "customer_service": QT_TRANSLATE_NOOP("Skills", "Customer service"),
    "driving": QT_TRANSLATE_NOOP("Skills", "Driving"),
    "elderly_care": QT_TRANSLATE_NOOP("Skills", "Elderly care"),
    "gardening": QT_TRANSLATE_NOOP("Skills", "Gardening"),
    "hairdressing": QT_TRANSLATE_NOOP("Skills", "Hairdressing"),
    "hospitality": QT_TRANSLATE_NOOP("Skills", "Hospitality"),
    "nursing": QT_TRANSLATE_NOOP("Skills", "Nursing"),
    "office_administration": QT_TRANSLATE_NOOP("Skills", "Office administration"),
    "programming": QT_TRANSLATE_NOOP("Skills", "Programming"),
    "retail": QT_TRANSLATE_NOOP("Skills", "Retail"),
    "sewing": QT_TRANSLATE_NOOP("Skills", "Sewing"),
    "teaching": QT_TRANSLATE_NOOP("Skills", "Teaching"),
    "translation": QT_TRANSLATE_NOOP("Skills", "Translation and interpreting"),
    "warehouse": QT_TRANSLATE_NOOP("Skills", "Warehouse work"),
}
assert set(_NAMES) == set(BUILTIN_SKILLS), "every built-in skill needs a name"

# The labels of entries administrators added, as last listed (services/skills.list_skills).
_ADDED: dict[str, str] = {}


def remember(items: Iterable[SkillItem]) -> None:
    """Keep the labels of the added entries, for the widgets that show skills."""
    for item in items:
        if not item.builtin and item.label:
            _ADDED[item.key] = item.label


def skill_name(key: str) -> str:
    """The name of a skill in the interface language (any spelling of it is folded first)."""
    key = normalise_skill(key) or key
    name = _NAMES.get(key)
    if name is not None:
        return QCoreApplication.translate(_CTX, str(name))
    added = _ADDED.get(key)
    if added:
        return added
    plain = key.replace("_", " ").strip()
    return plain[:1].upper() + plain[1:]


def skill_names(keys: Iterable[str]) -> str:
    return ", ".join(skill_name(k) for k in keys)


def choices() -> list[tuple[str, str]]:
    """(key, name) of every skill on the list, by name in the interface language."""
    keys = [*BUILTIN_SKILLS, *sorted(set(_ADDED) - set(BUILTIN_SKILLS))]
    return sorted(((k, skill_name(k)) for k in keys), key=lambda kv: fold(kv[1]) or "")
