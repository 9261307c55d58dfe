"""Application users. In a SQLCipher file their passwords never reach the database: each has a
key slot instead. On a shared server, `password_hash` holds an Argon2id hash of it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from w4i_desktop.enums import Role
from w4i_desktop.models.base import Base, Timestamped, Versioned, enum_type
from w4i_desktop.models.site import Site


class User(Versioned, Timestamped, Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]
    # Server mode only (storage/server.py): the password's Argon2id hash; None = cannot log in.
    password_hash: Mapped[str | None] = mapped_column(String(200), deferred=True)

    site: Mapped[Site | None] = relationship()
