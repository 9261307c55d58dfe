"""The pathway summary ("My path to work") a participant takes home, in her language.

Anyone who may view her record may print it, volunteers included: they see only the women
they interviewed (participants.load_visible), and the summary holds nothing a volunteer does
not already see on her record. It carries no confidential or free-text notes at all (see
documents/summary.py for what is left out and why). Reading her data for it is audited as an
export of the participant with {"format": "summary-pdf"}.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from w4i_desktop.catalogues import FALLBACK
from w4i_desktop.documents.summary import (
    SummaryData,
    SummaryLevel,
    SummaryPlacement,
    SummaryStep,
    summary_pdf,
)
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES, Texts
from w4i_desktop.enums import AuditAction, StepKind
from w4i_desktop.models import Employer, LanguageAssessment, Pathway, PathwayStep, Placement
from w4i_desktop.services import audit, pathways, settings
from w4i_desktop.services.context import Context
from w4i_desktop.services.notices import write_document
from w4i_desktop.services.participants import load_visible
from w4i_desktop.services.permissions import Action

AUDIT_FORMAT = "summary-pdf"


def _shipped_titles() -> dict[StepKind, dict[str, str]]:
    """Step titles of the shipped default template, for steps that carry none of their own."""
    return {
        StepKind(step["kind"]): dict(step["titles"])
        for step in pathways.load_template_file()["steps"]
    }


def _title(step: PathwayStep, language: str, shipped: dict[StepKind, dict[str, str]]) -> str:
    titles = step.all_titles or shipped.get(step.kind, {})
    return titles.get(language) or titles.get(FALLBACK) or ""


def summary_data(ctx: Context, participant_id: int, language: str | None = None) -> SummaryData:
    """What her summary prints, in `language` (default: her preferred language, else English).

    Her most recent pathway (as on her record), her host-language assessments and her
    placements. Audited as an export of the participant."""
    ctx.require(Action.PARTICIPANT_VIEW)
    if language is not None:
        Texts.for_language(language)  # BadInput for a language documents are not written in
    organisation = settings.organisation_name(ctx)
    with ctx.db.transaction() as session:
        person = load_visible(session, ctx, participant_id)
        pid = person.id
        preferred = person.preferred_language or FALLBACK
        shown_in = language or (preferred if preferred in DOCUMENT_LANGUAGES else FALLBACK)
        pathway_id = session.scalar(
            select(Pathway.id)
            .where(Pathway.participant_id == pid)
            .order_by(Pathway.started_on.desc(), Pathway.id.desc())
            .limit(1)
        )
        steps = (
            []
            if pathway_id is None
            else session.scalars(
                select(PathwayStep)
                .options(selectinload(PathwayStep.template_step))
                .where(PathwayStep.pathway_id == pathway_id)
                .order_by(PathwayStep.position, PathwayStep.id)
            ).all()
        )
        shipped = _shipped_titles() if any(not s.all_titles for s in steps) else {}
        levels = session.scalars(
            select(LanguageAssessment)
            .where(LanguageAssessment.participant_id == pid, LanguageAssessment.host_language)
            .order_by(LanguageAssessment.assessed_on, LanguageAssessment.id)
        )
        placements = session.execute(
            select(Placement, Employer.name)
            .join(Employer, Employer.id == Placement.employer_id)
            .where(Placement.participant_id == pid)
            .order_by(Placement.start_date, Placement.id)
        )
        full_name = " ".join(n.strip() for n in (person.first_name, person.last_name) if n)
        data = SummaryData(
            organisation=organisation,
            language=shown_in,
            code=person.code,
            name=full_name or (person.preferred_name or ""),
            preferred_name=person.preferred_name,
            generated_on=date.today(),
            enrolled_on=person.enrolled_on,
            closed_on=person.closed_on,
            steps=tuple(
                SummaryStep(
                    title=_title(s, shown_in, shipped),
                    kind=s.kind,
                    status=s.status,
                    due_on=s.due_on,
                    completed_on=s.completed_on,
                )
                for s in steps
            ),
            language_levels=tuple(
                SummaryLevel(a.assessed_on, a.language, a.level, a.self_assessed) for a in levels
            ),
            placements=tuple(
                SummaryPlacement(name, p.type, p.start_date, p.end_date, p.hours_per_week)
                for p, name in placements
            ),
        )
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.EXPORT,
            "participant",
            pid,
            {"format": AUDIT_FORMAT},
        )
        return data


def write_summary(
    ctx: Context, participant_id: int, target: Path, language: str | None = None
) -> Path:
    """Write her summary as a PDF to `target`, atomically; returns the path written."""
    target = Path(target)
    document = summary_pdf(summary_data(ctx, participant_id, language))
    write_document(target, document)
    return target
