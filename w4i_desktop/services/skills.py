"""The controlled list of skills that participants have and vacancies ask for.

A skill is stored as its key ("elderly_care"). The built-in keys are translated by the views
(views/skill_labels.py); an administrator may add entries, which carry the label she typed.
Free text is folded to a key (`normalise_skill`), so "Elderly care", "elderly-care" and
"elderly_care" are one skill, in old records as in new ones, and matching compares keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.folding import fold
from w4i_desktop.models import SkillEntry
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action

# Sorted as the views do not show them: the views sort by the translated name.
BUILTIN_SKILLS: tuple[str, ...] = (
    "accounting",
    "agriculture",
    "beauty_care",
    "cash_register",
    "catering",
    "childcare",
    "cleaning",
    "computer_basics",
    "cooking",
    "crafts",
    "customer_service",
    "driving",
    "elderly_care",
    "gardening",
    "hairdressing",
    "hospitality",
    "nursing",
    "office_administration",
    "programming",
    "retail",
    "sewing",
    "teaching",
    "translation",
    "warehouse",
)
_BUILTIN = frozenset(BUILTIN_SKILLS)
MAX_KEY = 60
MAX_LABEL = 120


def normalise_skill(text: str) -> str:
    """The key of a skill typed in any spelling: folded (no accents, lower case), words joined
    by "_". "Elderly care", "Elderly-Care" and "elderly_care" all give "elderly_care"."""
    folded = fold(text or "") or ""
    return re.sub(r"[^0-9a-z]+", "_", folded).strip("_")


def normalise_skills(values: Iterable[str]) -> list[str]:
    """Keys of several skills, sorted, each once, empty ones dropped."""
    return sorted({key for key in (normalise_skill(v) for v in values) if key})


def skill_list(value: Any, field: str) -> list[str]:
    """A validator (services/validation.py style): a list, or text separated by commas, of
    skills in any spelling, stored as keys."""
    if value is None:
        return []
    if isinstance(value, str):
        value = re.split(r"[,;]", value)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise BadInput("this must be a list of text values.", field=field)
    keys = normalise_skills(value)
    if any(len(k) > MAX_KEY for k in keys):
        raise BadInput(
            "a tag is longer than {max_length} characters.", field=field, max_length=MAX_KEY
        )
    return keys


@dataclass(frozen=True)
class SkillItem:
    key: str
    label: str | None  # None for a built-in skill: the views translate its key
    builtin: bool


def list_skills(ctx: Context) -> list[SkillItem]:
    """The built-in skills, then those administrators added (by key)."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        added = session.execute(
            select(SkillEntry.key, SkillEntry.label).order_by(SkillEntry.key)
        ).all()
    items = [SkillItem(key, None, True) for key in BUILTIN_SKILLS]
    items += [SkillItem(key, label or None, False) for key, label in added if key not in _BUILTIN]
    return items


def add_skill(ctx: Context, label: str) -> str:
    """Add an entry to the list (administrators only, audited); returns its key."""
    ctx.require(Action.SKILL_MANAGE)
    cleaned = " ".join((label or "").split())
    key = normalise_skill(cleaned)
    if not key:
        raise BadInput("A skill needs a name.", field="label")
    if len(key) > MAX_KEY or len(cleaned) > MAX_LABEL:
        raise BadInput(
            "a tag is longer than {max_length} characters.", field="label", max_length=MAX_KEY
        )
    with ctx.db.transaction() as session:
        if key in _BUILTIN or session.get(SkillEntry, key) is not None:
            raise BadInput("{name} is already on the list.", field="label", name=cleaned)
        session.add(SkillEntry(key=key, label=cleaned, builtin=False))
        session.flush()
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.CREATE,
            "skill_entry",
            None,
            {"fields": [key]},
        )
    return key
