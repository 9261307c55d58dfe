"""Pathway templates (versioned) and each participant's pathway instance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.models.base import Base, Timestamped, Versioned, enum_type


class PathwayTemplate(Timestamped, Base):
    """One version of a template; editing a template makes a new version (see services)."""

    __tablename__ = "pathway_template"
    __table_args__ = (UniqueConstraint("key", "version", name="key_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(default=1)
    name: Mapped[dict[str, str]] = mapped_column(JSON)  # language -> name
    is_current: Mapped[bool] = mapped_column(default=True)

    steps: Mapped[list[TemplateStep]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplateStep.position"
    )


class TemplateStep(Base):
    __tablename__ = "template_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("pathway_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[StepKind] = mapped_column(enum_type(StepKind))
    titles: Mapped[dict[str, str]] = mapped_column(JSON)  # language -> title
    due_offset_days: Mapped[int | None]
    required: Mapped[bool] = mapped_column(default=True)

    template: Mapped[PathwayTemplate] = relationship(back_populates="steps")


class Pathway(Timestamped, Base):
    __tablename__ = "pathway"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    template_id: Mapped[int | None] = mapped_column(ForeignKey("pathway_template.id"))
    started_on: Mapped[date]

    steps: Mapped[list[PathwayStep]] = relationship(
        back_populates="pathway", cascade="all, delete-orphan", order_by="PathwayStep.position"
    )


class PathwayStep(Versioned, Base):
    """A step of one participant's pathway. It points at the template step it came from
    (template versions are never edited, so its titles never change under it) and carries
    titles of its own only when it has no template step (a custom step)."""

    __tablename__ = "pathway_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway_id: Mapped[int] = mapped_column(
        ForeignKey("pathway.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[StepKind] = mapped_column(enum_type(StepKind), index=True)
    template_step_id: Mapped[int | None] = mapped_column(ForeignKey("template_step.id"))
    titles: Mapped[dict[str, str] | None] = mapped_column(JSON)
    required: Mapped[bool] = mapped_column(default=True)
    status: Mapped[StepStatus] = mapped_column(enum_type(StepStatus), default=StepStatus.TODO)
    due_on: Mapped[date | None] = mapped_column(index=True)
    started_on: Mapped[date | None]
    completed_on: Mapped[date | None]
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    skip_reason: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    pathway: Mapped[Pathway] = relationship(back_populates="steps")
    template_step: Mapped[TemplateStep | None] = relationship()

    def title_for(self, language: str) -> str:
        titles = self.titles or (self.template_step.titles if self.template_step else {})
        return titles.get(language) or titles.get("en") or ""

    @property
    def all_titles(self) -> dict[str, str]:
        return dict(self.titles or (self.template_step.titles if self.template_step else {}))
