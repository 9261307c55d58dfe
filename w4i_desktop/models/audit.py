"""The append-only, hash-chained audit log. Entries hold ids and actions, never personal data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from w4i_desktop.enums import AuditAction
from w4i_desktop.models.base import Base, enum_type


class AuditEvent(Base):
    __tablename__ = "audit_event"

    # seq is the chain position: gaps or reorderings show up in verification.
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    user_id: Mapped[int | None]  # no foreign key: entries outlive users
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last sequence number and hash, so truncating the tail of the log is detected too."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
