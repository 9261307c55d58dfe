"""The organisation's sites (offices, community centres): adding, renaming, closing. A closed
site keeps its history; users and records stay attached to it."""

from __future__ import annotations

from dataclasses import dataclass
from types import EllipsisType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.folding import fold
from w4i_desktop.models import Participant, Site, User
from w4i_desktop.services import audit
from w4i_desktop.services import validation as v
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action


@dataclass(frozen=True)
class SiteRow:
    id: int
    name: str
    municipality: str
    active: bool
    users: int
    participants: int
    country: str | None = None  # ISO 3166-1 alpha-2


def list_site_rows(ctx: Context) -> list[SiteRow]:
    """Every site with how many users and participants belong to it, open ones first."""
    with ctx.db.transaction() as session:
        users: dict[int | None, int] = {
            site: count
            for site, count in session.execute(
                select(User.site_id, func.count()).group_by(User.site_id)
            )
        }
        people: dict[int, int] = {
            site: count
            for site, count in session.execute(
                select(Participant.site_id, func.count()).group_by(Participant.site_id)
            )
        }
        sites = session.scalars(select(Site).order_by(Site.active.desc(), Site.name))
        return [
            SiteRow(
                s.id,
                s.name,
                s.municipality or "",
                s.active,
                users.get(s.id, 0),
                people.get(s.id, 0),
                s.country,
            )
            for s in sites
        ]


def _clean_name(session: Session, name: str, site_id: int | None) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadInput("A site needs a name.")
    if len(cleaned) > 120:
        raise BadInput("A site name has at most 120 characters.")
    same = session.scalars(select(Site.id).where(func.lower(Site.name) == cleaned.lower())).first()
    if same is not None and same != site_id:
        raise BadInput("There is already a site called {name}.", name=cleaned)
    return cleaned


def add_site(ctx: Context, name: str, municipality: str = "", country: str | None = None) -> int:
    """A new site; `country` (ISO 3166-1 alpha-2, or None) gives its host language."""
    ctx.require(Action.SETTINGS_MANAGE)
    with ctx.db.transaction() as session:
        site = Site(
            name=_clean_name(session, name, None),
            municipality=municipality.strip() or None,
            country=v.country(country, "country"),
        )
        session.add(site)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "site", site.id)
        return site.id


def change_site(
    ctx: Context,
    site_id: int,
    name: str,
    municipality: str,
    active: bool,
    country: str | EllipsisType | None = ...,
) -> None:
    """Rename a site, change its municipality or country (`...`: as it is), or close (reopen)
    it."""
    ctx.require(Action.SETTINGS_MANAGE)
    with ctx.db.transaction() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise BadInput("No such site.")
        values = {
            "name": _clean_name(session, name, site_id),
            "municipality": municipality.strip() or None,
            "active": active,
        }
        if not isinstance(country, EllipsisType):
            values["country"] = v.country(country, "country")
        changed = [key for key, value in values.items() if getattr(site, key) != value]
        if not active and site.active:
            open_sites = session.scalar(
                select(func.count()).select_from(Site).where(Site.active, Site.id != site_id)
            )
            if not open_sites:
                raise BadInput("The last open site cannot be closed.")
        for key in changed:
            setattr(site, key, values[key])
        if changed:
            audit.record(
                session, ctx.actor.user_id, AuditAction.UPDATE, "site", site_id, {"fields": changed}
            )


# The host-country language of each partner country; a site in another country (or with no
# country set) has no host language and callers fall back to the organisation's default.
HOST_LANGUAGES: dict[str, str] = {"IT": "it", "ES": "es", "SE": "sv", "NL": "nl"}


def host_language_of_country(country: str | None) -> str | None:
    return HOST_LANGUAGES.get((country or "").upper())


def host_language_of_site(session: Session, site_id: int | None) -> str | None:
    """The language participants of this site are assessed in and vacancies require."""
    if site_id is None:
        return None
    return host_language_of_country(session.scalar(select(Site.country).where(Site.id == site_id)))


def organisation_host_language(session: Session) -> str | None:
    """The host language of the organisation: that of the country most of its open sites are
    in (the first site's on a tie), for what belongs to no site (an employer without one)."""
    countries = session.execute(
        select(Site.country).where(Site.country.is_not(None)).order_by(~Site.active, Site.id)
    ).scalars()
    counted: dict[str, int] = {}
    for country in countries:
        if country:
            counted[country] = counted.get(country, 0) + 1
    for country in sorted(counted, key=lambda c: -counted[c]):  # stable: the first on a tie
        found = host_language_of_country(country)
        if found:
            return found
    return None


def host_languages_of_sites(session: Session) -> dict[int | None, str | None]:
    """The host language of every site, and under None the organisation's."""
    found: dict[int | None, str | None] = {
        site_id: host_language_of_country(country)
        for site_id, country in session.execute(select(Site.id, Site.country))
    }
    default = organisation_host_language(session)
    found = {site: language or default for site, language in found.items()}
    found[None] = default
    return found


def municipality_list(value: object, field: str) -> list[str]:
    """Municipalities (a list, or text separated by commas or semicolons), each once (case
    and accents aside), in the order given, spaces tidied."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise BadInput("this must be a list of text values.", field=field)
    found: dict[str, str] = {}
    for name in value:
        cleaned = " ".join(name.split())
        if len(cleaned) > 120:
            raise BadInput(
                "a tag is longer than {max_length} characters.", field=field, max_length=120
            )
        if cleaned:
            found.setdefault(fold(cleaned) or cleaned, cleaned)
    return list(found.values())
