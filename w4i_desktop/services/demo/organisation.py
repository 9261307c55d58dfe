"""The demo organisation: its sites and their staff, the "Work is Progress" template, the
employers with their contacts, interactions and vacancies.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update

from w4i_desktop.enums import Role, VacancyStatus
from w4i_desktop.models import (
    ContactPerson,
    Employer,
    Interaction,
    PathwayTemplate,
    Site,
    TemplateStep,
    User,
    Vacancy,
)
from w4i_desktop.services.demo.core import DemoSite, GeneratorCore
from w4i_desktop.services.demo.names import ascii_slug, phone_number
from w4i_desktop.services.demo.odds import (
    PICK_CONTRACT,
    PICK_HOURS,
    PICK_INTERACTION,
    PICK_SECTOR,
    PICK_SIZE,
    WEEKDAYS,
    Pick,
)
from w4i_desktop.services.demo.pathway import STEP_LANGS, TEMPLATE_KEY, WORK_IS_PROGRESS
from w4i_desktop.services.demo.texts import TEXTS
from w4i_desktop.services.demo.world import SITES, VOLUNTEER_SITES, SiteSpec


class OrganisationGenerator(GeneratorCore):
    """Sites, staff, the pathway template and employers: what participants are placed in."""

    def sites(self) -> list[DemoSite]:
        existing = {name: id_ for name, id_ in self.session.execute(select(Site.name, Site.id))}
        sites = []
        for spec in SITES:
            site_id = existing.get(spec.name)
            if site_id is None:
                site_id = self.add(
                    Site,
                    {
                        "name": spec.name,
                        "municipality": spec.name,
                        "country": spec.country,
                        "active": True,
                        "created_at": self.stamp(self.start),
                        "updated_at": self.stamp(self.start),
                    },
                )
            else:  # a site of that name already (the first-run one): give it its country
                self.session.execute(
                    update(Site)
                    .where(Site.id == site_id, Site.country.is_(None))
                    .values(country=spec.country)
                )
            staff = self.user(spec, site_id, Role.STAFF)
            volunteer = (
                self.user(spec, site_id, Role.VOLUNTEER) if spec.name in VOLUNTEER_SITES else None
            )
            sites.append(DemoSite(spec, site_id, staff, volunteer, Pick(spec.origins)))
        return sites

    def user(self, spec: SiteSpec, site_id: int, role: Role) -> int:
        """A user row without a key slot: it shows in lists and on records but cannot log in."""
        first, last = self.pools.name(self.rng, spec.locale + "/any")
        username = f"{ascii_slug(first)}.{ascii_slug(last)}".strip(".") or role.value
        if username in self.users:  # from an earlier demo run: reuse
            return self.users[username]
        self.users[username] = self.add(
            User,
            {
                "username": username,
                "display_name": f"{first} {last}",
                "role": role,
                "site_id": site_id,
                "active": True,
                "last_login_at": None,
                "password_hash": None,  # nor a password hash (on a server)
                "version_id": 1,
                "created_at": self.stamp(self.start),
                "updated_at": self.stamp(self.start),
            },
        )
        return self.users[username]

    def template(self) -> None:
        """Use the current "Work is Progress" template, creating it if the database has none."""
        existing = self.session.scalars(
            select(PathwayTemplate)
            .where(PathwayTemplate.key == TEMPLATE_KEY, PathwayTemplate.is_current.is_(True))
            .order_by(PathwayTemplate.version.desc())
        ).first()
        if existing is not None:
            self.template_id = existing.id
            self.steps = [(s.kind, s.due_offset_days, s.required, s.id) for s in existing.steps]
            return
        self.template_id = self.add(
            PathwayTemplate,
            {
                "key": TEMPLATE_KEY,
                "version": 1,
                "is_current": True,
                "name": json.dumps(dict.fromkeys(STEP_LANGS, "Work is Progress")),
                "created_at": self.stamp(self.start),
                "updated_at": self.stamp(self.start),
            },
        )
        for position, (kind, offset, required, titles) in enumerate(WORK_IS_PROGRESS):
            step_id = self.add(
                TemplateStep,
                {
                    "template_id": self.template_id,
                    "position": position,
                    "kind": kind,
                    "titles": json.dumps(titles),
                    "due_offset_days": offset,
                    "required": required,
                },
            )
            self.steps.append((kind, offset, required, step_id))

    def employers(self, site: DemoSite, count: int) -> None:
        rng, spec, lang = self.rng, site.spec, site.spec.lang
        faker = self.pools.fakers[spec.locale]
        for _ in range(count):
            name = faker.company()
            sector = PICK_SECTOR(rng)
            slug = ascii_slug(name)[:30] or "azienda"
            first_contact = self.day(self.start - 180, self.today - 30)
            employer_id = self.add(
                Employer,
                {
                    "name": name,
                    "sector": sector,
                    "size_band": PICK_SIZE(rng),
                    "municipality": spec.name if rng.random() < 0.75 else rng.choice(spec.nearby),
                    "website": f"https://www.{slug}.{spec.tld}" if rng.random() < 0.7 else None,
                    "notes": TEXTS["employer_note"][lang][0] if rng.random() < 0.2 else None,
                    "site_id": site.id,
                    "version_id": 1,
                    "created_at": self.stamp(first_contact),
                    "updated_at": self.stamp(first_contact),
                },
            )
            for _ in range(self.day(1, 3)):
                first, last = self.pools.name(rng, spec.locale + "/any")
                self.add(
                    ContactPerson,
                    {
                        "employer_id": employer_id,
                        "name": f"{first} {last}",
                        "job_title": rng.choice(TEXTS["job_title"][lang]),
                        "phone": phone_number(rng, spec.phone),
                        "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{slug}.{spec.tld}",
                    },
                )
            for _ in range(self.day(2, 8)):
                self.add(
                    Interaction,
                    {
                        "employer_id": employer_id,
                        "occurred_on": self.date(self.day(first_contact, self.today)),
                        "kind": PICK_INTERACTION(rng),
                        "summary": rng.choice(TEXTS["interaction"][lang]),
                        "user_id": site.staff_id,
                    },
                )
            openings = sorted(
                self.day(max(first_contact, self.start - 90), self.today)
                for _ in range(self.day(1, 5))
            )
            ids = [self.vacancy(site, employer_id, sector, opened) for opened in openings]
            site.employers.append((employer_id, openings, ids))

    def vacancy(self, site: DemoSite, employer_id: int, sector: str, opened: int) -> int:
        rng = self.rng
        _, cefr, skills, titles = rng.choice(self.roles[sector])
        # Most vacancies ask for the host language (None: the site's); a developer's English.
        language = "en" if "programming" in skills else None
        weekend = rng.random() < 0.25
        days = WEEKDAYS[:6] if weekend else WEEKDAYS[:5]
        start, end = rng.choice(
            (
                ("08:00", "12:00"),
                ("09:00", "15:00"),
                ("09:00", "17:00"),
                ("07:00", "15:00"),
                ("14:00", "20:00"),
                ("18:00", "22:00"),
            )
        )
        closed: int | None = opened + self.day(20, 150)
        status = VacancyStatus.OPEN
        if closed is not None and closed > self.today:
            closed = None
        elif rng.random() < 0.6:
            status = VacancyStatus.FILLED
        else:
            status = VacancyStatus.CLOSED
        return self.add(
            Vacancy,
            {
                "employer_id": employer_id,
                "title": titles[site.spec.lang],
                "sector": sector,
                "municipality": site.spec.name,
                "hours_per_week": PICK_HOURS(rng),
                "schedule_days": json.dumps([d.value for d in days]),
                "start_time": start,
                "end_time": end,
                "childcare_compatible": end <= "16:00" and not weekend,
                "contract_type": PICK_CONTRACT(rng),
                "required_cefr": cefr,
                "required_language": language,
                "skills": json.dumps(list(skills)),
                "opened_on": self.date(opened),
                "closed_on": self.maybe_date(closed),
                "status": status,
                "version_id": 1,
                "created_at": self.stamp(opened),
                "updated_at": self.stamp(closed or opened),
            },
        )
