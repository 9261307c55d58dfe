"""The controlled list of skills: one key whatever the spelling, entries added by
administrators only (audited), and the demo data drawing from the list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.models import AuditEvent
from w4i_desktop.services import participants, skills
from w4i_desktop.services.context import Context
from w4i_desktop.services.demo import world
from w4i_desktop.services.match_scoring import Candidate, Opening, score


@pytest.mark.parametrize(
    "typed",
    ["elderly care", "Elderly-Care", "elderly_care", " ELDERLY  care ", "Elderly care."],
)
def test_spellings_fold_to_one_key(typed: str) -> None:
    assert skills.normalise_skill(typed) == "elderly_care"


def test_accents_and_lists_fold_too() -> None:
    assert skills.normalise_skill("Pâtisserie") == "patisserie"
    assert skills.normalise_skill("IT basics") == "it_basics"
    assert skills.skill_list("elderly care; Elderly_Care, cooking", "skills") == [
        "cooking",
        "elderly_care",
    ]
    with pytest.raises(BadInput):
        skills.skill_list(3, "skills")


def test_matching_compares_keys() -> None:
    her = Candidate(1, "W4I-1", "Amina", skills=("elderly care",), has_sharing_consent=True)
    job = Opening(2, "Thuishulp", "Zorg", skills=("Elderly_Care", "cleaning"))
    [overlap] = [r for r in score(her, job).reasons if r.code == "skills_overlap"]
    assert overlap.params == {"skills": "elderly_care", "count": "1", "asked": "2"}


def test_the_demo_uses_only_skills_of_the_list() -> None:
    assert set(world.SKILLS) <= set(skills.BUILTIN_SKILLS)
    assert all(s == skills.normalise_skill(s) for s in skills.BUILTIN_SKILLS)


def test_an_administrator_adds_an_entry_audited(admin_ctx: Context) -> None:
    key = skills.add_skill(admin_ctx, "  Bike   repair ")
    assert key == "bike_repair"
    listed = skills.list_skills(admin_ctx)
    assert skills.SkillItem("bike_repair", "Bike repair", False) in listed
    assert [i.key for i in listed if i.builtin] == list(skills.BUILTIN_SKILLS)
    with admin_ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "skill_entry")).one()
        assert (event.action, event.detail) == (AuditAction.CREATE, {"fields": ["bike_repair"]})
    # The same skill again, in any spelling, or a built-in one: refused.
    for again in ("bike-repair", "Elderly care"):
        with pytest.raises(BadInput):
            skills.add_skill(admin_ctx, again)
    with pytest.raises(BadInput):
        skills.add_skill(admin_ctx, " - ")
    # Her record takes it like any other.
    pid = participants.create(
        admin_ctx,
        {"first_name": "Ana", "skills": ["Bike repair"], "enrolled_on": date(2026, 1, 5)},
    )
    assert participants.get(admin_ctx, pid)["skills"] == ["bike_repair"]


@pytest.mark.parametrize("role", [Role.MANAGER, Role.STAFF, Role.VOLUNTEER])
def test_only_administrators_add_entries(
    admin_ctx: Context, login_as: UserFactory, role: Role
) -> None:
    ctx = login_as(role, admin_ctx.actor.site_id)
    with pytest.raises(PermissionDenied):
        skills.add_skill(ctx, "Bike repair")
    assert len(skills.list_skills(ctx)) == len(skills.BUILTIN_SKILLS)  # everyone may read
