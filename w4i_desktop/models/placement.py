"""Placements of participants with employers, and their follow-ups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from w4i_desktop.enums import PlacementType
from w4i_desktop.models.base import Base, Timestamped, Versioned, enum_type


class Placement(Versioned, Timestamped, Base):
    __tablename__ = "placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id"))
    type: Mapped[PlacementType] = mapped_column(enum_type(PlacementType))
    start_date: Mapped[date] = mapped_column(index=True)
    end_date: Mapped[date | None]
    hours_per_week: Mapped[float | None]

    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="placement", cascade="all, delete-orphan", order_by="FollowUp.followed_up_on"
    )


class FollowUp(Base):
    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    followed_up_on: Mapped[date]
    months_after_start: Mapped[int]
    still_employed: Mapped[bool]
    notes: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    placement: Mapped[Placement] = relationship(back_populates="follow_ups")
