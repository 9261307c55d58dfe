"""The employer aggregate: contact persons, interactions and vacancies."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from w4i_desktop.enums import (
    CefrLevel,
    ContractType,
    EmployerSize,
    InteractionKind,
    VacancyStatus,
)
from w4i_desktop.models.base import Base, Timestamped, Versioned, enum_type


class Employer(Versioned, Timestamped, Base):
    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[str | None] = mapped_column(String(1))  # NACE Rev. 2 section letter
    size_band: Mapped[EmployerSize] = mapped_column(
        enum_type(EmployerSize), default=EmployerSize.UNKNOWN
    )
    municipality: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="employer", cascade="all, delete-orphan"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="employer", cascade="all, delete-orphan", order_by="Interaction.occurred_on"
    )
    vacancies: Mapped[list[Vacancy]] = relationship(
        back_populates="employer", cascade="all, delete-orphan"
    )


class ContactPerson(Base):
    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))

    employer: Mapped[Employer] = relationship(back_populates="contacts")


class Interaction(Base):
    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[InteractionKind] = mapped_column(enum_type(InteractionKind))
    summary: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    employer: Mapped[Employer] = relationship(back_populates="interactions")


class Vacancy(Versioned, Timestamped, Base):
    __tablename__ = "vacancy"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(1))
    municipality: Mapped[str | None] = mapped_column(String(120))
    hours_per_week: Mapped[float | None]
    schedule_days: Mapped[list[str]] = mapped_column(JSON, default=list)  # Weekday values
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    end_time: Mapped[str | None] = mapped_column(String(5))
    childcare_compatible: Mapped[bool] = mapped_column(default=False)
    contract_type: Mapped[ContractType] = mapped_column(
        enum_type(ContractType), default=ContractType.OTHER
    )
    required_cefr: Mapped[CefrLevel] = mapped_column(enum_type(CefrLevel), default=CefrLevel.NONE)
    # ISO 639-1 code of the language required at required_cefr; None: the host language of
    # the employer's site country.
    required_language: Mapped[str | None] = mapped_column(String(3))
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    opened_on: Mapped[date] = mapped_column(index=True)
    closed_on: Mapped[date | None]
    status: Mapped[VacancyStatus] = mapped_column(
        enum_type(VacancyStatus), default=VacancyStatus.OPEN
    )

    employer: Mapped[Employer] = relationship(back_populates="vacancies")
