"""Sites (community centres) and organisation-wide settings."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from w4i_desktop.models.base import Base, Timestamped


class Site(Timestamped, Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality: Mapped[str | None] = mapped_column(String(120))
    # ISO 3166-1 alpha-2; gives the host language of the site's participants and vacancies.
    country: Mapped[str | None] = mapped_column(String(2))
    active: Mapped[bool] = mapped_column(default=True)


class SkillEntry(Base):
    """A skill of the controlled list that participants and vacancies pick from. Built-in
    entries are translated by the interface; entries an administrator adds carry their label."""

    __tablename__ = "skill_entry"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    label: Mapped[str | None] = mapped_column(String(120))
    builtin: Mapped[bool] = mapped_column(default=False)


class Setting(Base):
    """Organisation settings as key/value pairs (organisation name, retention years, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
