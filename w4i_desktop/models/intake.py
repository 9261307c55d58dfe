"""Intake interviews in progress: the answers so far, kept only in the encrypted database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from w4i_desktop.models.base import Base, Timestamped


class IntakeDraft(Timestamped, Base):
    __tablename__ = "intake_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    interviewer_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    language: Mapped[str] = mapped_column(String(5))  # the language the interview is held in
    step: Mapped[int] = mapped_column(default=0)  # the page reached
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
