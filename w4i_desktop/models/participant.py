"""The participant aggregate: profile, dated language assessments and consents."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from w4i_desktop.enums import (
    AssessmentStage,
    CefrLevel,
    ChildcareNeed,
    ClosureReason,
    ConsentPurpose,
    EducationLevel,
    EmploymentStatus,
    PermitType,
)
from w4i_desktop.folding import fold
from w4i_desktop.models.base import Base, Timestamped, Versioned, enum_type

if TYPE_CHECKING:
    from w4i_desktop.models.site import Site
    from w4i_desktop.models.user import User


class Participant(Versioned, Timestamped, Base):
    __tablename__ = "participant"
    # Narrow indexes for the list, so that counting and filtering never read the wide rows:
    # list_state serves the open/closed list in name order and its counts (also by initial);
    # list_cover answers every filter of a full-text hit by id.
    __table_args__ = (
        Index("ix_participant_list_state", "anonymised_at", "closed_on", "sort_name", "site_id"),
        Index(
            "ix_participant_list_cover",
            "id",
            "anonymised_at",
            "closed_on",
            "site_id",
            "interviewer_id",
            "caseworker_id",
            "sort_name",
        ),
        # Matching reads candidates from this alone (migration 0006; on PostgreSQL the JSON
        # columns are INCLUDEd, having no b-tree order), and municipality spellings from the next.
        Index(
            "ix_participant_match",
            "id",
            "closed_on",
            "anonymised_at",
            "enrolled_on",
            "site_id",
            "interviewer_id",
            "would_relocate",
            "municipality",
            "childcare_need",
            "code",
            "first_name",
            "last_name",
            "available_from",
            "available_until",
            "children_count",
            "commutes_to",
            "skills",
            "available_days",
        ),
        Index("ix_participant_municipality", "municipality"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    # Folded "last first" name (no accents, lower case), kept in step by an ORM event: the
    # list sorts on its index instead of sorting 100,000 rows. Empty after an erasure.
    sort_name: Mapped[str] = mapped_column(String(250), default="", index=True)

    # Identity and contact: personal data, removed by an erasure.
    first_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str | None] = mapped_column(String(120))
    preferred_name: Mapped[str | None] = mapped_column(String(120))
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    neighbourhood: Mapped[str | None] = mapped_column(String(120))

    # Statistical fields: kept after an erasure so the indicators stay correct.
    birth_year: Mapped[int | None]
    country_of_birth: Mapped[str | None] = mapped_column(String(2))
    nationality: Mapped[str | None] = mapped_column(String(2))
    arrival_year: Mapped[int | None]
    permit_type: Mapped[PermitType | None] = mapped_column(enum_type(PermitType))
    permit_expires_on: Mapped[date | None]
    employment_status: Mapped[EmploymentStatus] = mapped_column(
        enum_type(EmploymentStatus), default=EmploymentStatus.UNKNOWN
    )
    education_level: Mapped[EducationLevel] = mapped_column(
        enum_type(EducationLevel), default=EducationLevel.UNKNOWN
    )
    qualification_recognised: Mapped[bool | None]
    municipality: Mapped[str | None] = mapped_column(String(120))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    enrolled_on: Mapped[date | None] = mapped_column(index=True)
    closed_on: Mapped[date | None] = mapped_column(index=True)
    closure_reason: Mapped[ClosureReason | None] = mapped_column(enum_type(ClosureReason))

    # Profile used for planning and matching.
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO 639-1 codes
    work_experience: Mapped[str | None] = mapped_column(Text)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    children_count: Mapped[int] = mapped_column(default=0)
    childcare_need: Mapped[ChildcareNeed] = mapped_column(
        enum_type(ChildcareNeed), default=ChildcareNeed.NONE
    )
    available_days: Mapped[list[str]] = mapped_column(JSON, default=list)  # Weekday values
    available_from: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    available_until: Mapped[str | None] = mapped_column(String(5))
    driving_licence: Mapped[bool] = mapped_column(default=False)
    # Where she would work outside her municipality: anywhere she would relocate to, or the
    # municipalities she would commute to. Matching excludes other cities otherwise.
    would_relocate: Mapped[bool] = mapped_column(default=False)
    commutes_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The language of documents given to her (privacy notice, pathway summary, data export).
    preferred_language: Mapped[str | None] = mapped_column(String(2))
    needs_and_goals: Mapped[str | None] = mapped_column(Text)
    sensitive_notes: Mapped[str | None] = mapped_column(Text)

    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    interviewer_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    last_activity_at: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None]

    site: Mapped[Site] = relationship()
    caseworker: Mapped[User | None] = relationship(foreign_keys=[caseworker_id])
    interviewer: Mapped[User | None] = relationship(foreign_keys=[interviewer_id])
    assessments: Mapped[list[LanguageAssessment]] = relationship(
        back_populates="participant",
        cascade="all, delete-orphan",
        order_by="LanguageAssessment.assessed_on",
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )


class LanguageAssessment(Base):
    """A dated CEFR level, usually of the host-country language."""

    __tablename__ = "language_assessment"
    # Her latest level in a language, for matching, without reading the rows (migration 0006).
    __table_args__ = (
        Index(
            "ix_language_assessment_latest",
            "participant_id",
            "language",
            "assessed_on",
            "id",
            "level",
            "host_language",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(3))  # ISO 639-1
    host_language: Mapped[bool] = mapped_column(default=True)
    level: Mapped[CefrLevel] = mapped_column(enum_type(CefrLevel))
    stage: Mapped[AssessmentStage] = mapped_column(enum_type(AssessmentStage))
    assessed_on: Mapped[date]
    self_assessed: Mapped[bool] = mapped_column(default=False)

    participant: Mapped[Participant] = relationship(back_populates="assessments")


class Consent(Base):
    __tablename__ = "consent"
    # Whether a consent is in force, for matching, without reading the rows (migration 0006).
    __table_args__ = (
        Index("ix_consent_in_force", "participant_id", "purpose", "given_on", "withdrawn_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_type(ConsentPurpose))
    given_on: Mapped[date]
    withdrawn_on: Mapped[date | None]
    notice_version: Mapped[str] = mapped_column(String(20))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    participant: Mapped[Participant] = relationship(back_populates="consents")


def sort_name_of(first_name: str | None, last_name: str | None) -> str:
    return fold(" ".join(n for n in (last_name, first_name) if n)) or ""


@event.listens_for(Participant, "before_insert")
@event.listens_for(Participant, "before_update")
def _keep_sort_name(_mapper: object, _connection: object, target: Participant) -> None:
    target.sort_name = sort_name_of(target.first_name, target.last_name)
