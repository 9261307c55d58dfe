from __future__ import annotations

from datetime import date

from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.models import PathwayStep, PathwayTemplate
from w4i_desktop.services import participants, pathways
from w4i_desktop.services.context import Context


def test_shipped_template_has_the_method_in_five_languages() -> None:
    document = pathways.load_template_file()
    kinds = [step["kind"] for step in document["steps"]]
    assert kinds[:2] == ["intake", "consent"] and kinds[-1] == "closure"
    assert {"skills_assessment", "language_course", "internship", "follow_up_6m"} <= set(kinds)
    for step in document["steps"]:
        assert set(step["titles"]) == {"en", "it", "es", "sv", "nl"}
        assert all(title.strip() for title in step["titles"].values())
    internship = next(s for s in document["steps"] if s["kind"] == "internship")
    assert internship["titles"]["it"] == "Tirocinio" and internship["titles"]["nl"] == "Stage"


def test_start_default_pathway(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Ana", "last_name": "Silva"})
    with admin_ctx.db.transaction() as session:
        pathway_id = pathways.start_default_pathway(
            session, pid, date(2026, 3, 1), admin_ctx.actor.user_id
        )
        again = pathways.start_default_pathway(session, pid, date(2026, 4, 1), None, ())
        templates = session.query(PathwayTemplate).count()
        steps = (
            session.query(PathwayStep)
            .filter_by(pathway_id=pathway_id)
            .order_by(PathwayStep.position)
            .all()
        )
        done = [
            (s.kind, s.completed_on, s.completed_by_id)
            for s in steps
            if s.status is StepStatus.DONE
        ]
        skills = next(s for s in steps if s.kind is StepKind.SKILLS_ASSESSMENT)
        title = skills.title_for("it")
    assert templates == 1  # written once, reused
    assert again != pathway_id
    assert done == [
        (StepKind.INTAKE, date(2026, 3, 1), admin_ctx.actor.user_id),
        (StepKind.CONSENT, date(2026, 3, 1), admin_ctx.actor.user_id),
    ]
    assert skills.due_on == date(2026, 3, 31) and skills.status is StepStatus.TODO
    assert title == "Bilancio di competenze"
