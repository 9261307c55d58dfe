"""The demo data generator: the organisation, then the participants, each with her records."""

from __future__ import annotations

import json
from datetime import date

from w4i_desktop.enums import ChildcareNeed, ClosureReason, EducationLevel, PermitType, Weekday
from w4i_desktop.models import Participant
from w4i_desktop.models.participant import sort_name_of
from w4i_desktop.services.demo.core import DemoSite
from w4i_desktop.services.demo.names import ascii_slug, phone_number
from w4i_desktop.services.demo.odds import (
    PICK_CHILDREN,
    PICK_CLOSURE,
    PICK_EDUCATION,
    PICK_EMPLOYMENT,
    PICK_FROM,
    PICK_UNTIL,
    WEEKDAYS,
)
from w4i_desktop.services.demo.organisation import OrganisationGenerator
from w4i_desktop.services.demo.records import ParticipantRecords
from w4i_desktop.services.demo.texts import TEXTS
from w4i_desktop.services.demo.world import ORIGINS, PERMITS_WITHOUT_EXPIRY, ROLES, SKILLS


class Generator(OrganisationGenerator, ParticipantRecords):
    """Writes the demo organisation and its participants; see `load.generate`."""

    def participant(self, site: DemoSite) -> None:
        rng, spec, today, lang = self.rng, site.spec, self.today, site.spec.lang
        country = site.origin(rng)
        pools, spoken, permit_profile = ORIGINS[country]
        pool = pools[0] if len(pools) == 1 or rng.random() < 0.75 else rng.choice(pools[1:])
        first, last = self.pools.name(rng, pool)

        # More women join each year; nobody starts at a weekend.
        enrolled = self.start + int((today - self.start) * rng.random() ** 0.8)
        enrolled -= max(0, date.fromordinal(enrolled).weekday() - 4)
        birth = enrolled - int(int(rng.triangular(17, 63, 32)) * 365.25) - rng.randrange(365)
        birth_year = date.fromordinal(birth).year
        enrolled_year = date.fromordinal(enrolled).year
        arrival = max(birth_year + 1, enrolled_year - min(int(rng.expovariate(0.25)), 25))
        if country == "UA":  # fled the full-scale invasion
            arrival = max(arrival, min(enrolled_year, rng.choice((2022, 2022, 2022, 2023, 2024))))

        closed = reason = None
        in_programme = today - enrolled
        if in_programme > 30 and rng.random() < 0.8 * in_programme / (today - self.start):
            length = self.day(45, 720)
            if length > in_programme:
                length = self.day(30, in_programme)
            closed, reason = enrolled + length, PICK_CLOSURE(rng)
            if reason is ClosureReason.EMPLOYED and length < 60:
                reason = ClosureReason.DROPPED_OUT
        end = today if closed is None else closed

        permit = self.permits[permit_profile](rng)
        interviewer = (
            site.volunteer_id if site.volunteer_id and rng.random() < 0.3 else site.staff_id
        )
        participant_id = self.next_id(Participant)
        level = self.assessments(participant_id, enrolled, closed, lang, spoken)
        self.consents(participant_id, enrolled, end, interviewer)
        first_job, follow_ups = self.placements(site, participant_id, enrolled, closed, reason)
        self.pathway(
            participant_id,
            enrolled,
            closed,
            site.staff_id,
            interviewer,
            lang in spoken,
            lang,
            first_job,
            follow_ups,
        )
        last_activity = self.activities(
            participant_id, enrolled, end, site.staff_id, interviewer, lang
        )

        languages = list(spoken[: self.day(1, len(spoken))])
        if "en" not in languages and rng.random() < 0.3:
            languages.append("en")
        if lang not in languages and level >= 2:
            languages.append(lang)
        education = PICK_EDUCATION(rng)
        children = PICK_CHILDREN(rng)
        childcare = ChildcareNeed.NONE
        if children and rng.random() < 0.55:
            childcare = ChildcareNeed.PARTIAL if rng.random() < 0.65 else ChildcareNeed.FULL
        days = (
            list(WEEKDAYS[:5])
            if rng.random() < 0.6
            else sorted(rng.sample(WEEKDAYS[:5], self.day(2, 4)), key=WEEKDAYS.index)
        )
        if rng.random() < 0.15:
            days.append(Weekday.SAT)
        # Some live in a nearby town, most of whom commute to the city; a few would move.
        home = spec.name if rng.random() < 0.85 else rng.choice(spec.nearby)
        commutes = [spec.name] if home != spec.name and rng.random() < 0.7 else []
        if rng.random() < 0.15:
            commutes.append(rng.choice([n for n in spec.nearby if n != home]))
        available_from, available_until = PICK_FROM(rng), PICK_UNTIL(rng)
        if available_until <= available_from:
            available_until = "18:00"
        self.add(
            Participant,
            {
                "code": self.code(),
                "first_name": first,
                "last_name": last,
                "sort_name": sort_name_of(first, last),
                "preferred_name": first.split()[0] if " " in first and rng.random() < 0.5 else None,
                "birth_date": self.date(birth) if rng.random() < 0.88 else None,
                "birth_year": birth_year,
                "phone": phone_number(rng, spec.phone) if rng.random() < 0.92 else None,
                "email": self.email(first, last, birth_year, pools[0], spec.tld),
                "neighbourhood": rng.choice(spec.neighbourhoods),
                "country_of_birth": country,
                "nationality": (
                    spec.country
                    if permit is PermitType.NATURALISED
                    else country
                    if rng.random() < 0.95
                    else None
                ),
                "arrival_year": arrival,
                "permit_type": permit,
                "permit_expires_on": (
                    None
                    if permit in PERMITS_WITHOUT_EXPIRY
                    else self.date(self.day(enrolled, today + 900))
                ),
                "employment_status": PICK_EMPLOYMENT(rng),
                "education_level": education,
                "qualification_recognised": (
                    rng.choice((True, False, False, None))
                    if education in (EducationLevel.UPPER_SECONDARY, EducationLevel.TERTIARY)
                    else None
                ),
                "municipality": home,
                "site_id": site.id,
                "enrolled_on": self.date(enrolled),
                "closed_on": self.maybe_date(closed),
                "closure_reason": reason,
                "languages": json.dumps(languages),
                "work_experience": (
                    TEXTS["experience"][lang][0].format(
                        n=self.day(2, 15), role=rng.choice(ROLES)[3][lang].lower()
                    )
                    if rng.random() < 0.7
                    else None
                ),
                "skills": json.dumps(sorted(rng.sample(SKILLS, self.day(1, 4)))),
                "children_count": children,
                "childcare_need": childcare,
                "available_days": json.dumps([d.value for d in days]),
                "available_from": available_from,
                "available_until": available_until,
                "driving_licence": rng.random() < 0.18,
                "would_relocate": rng.random() < 0.06,
                "commutes_to": json.dumps(commutes),
                "preferred_language": lang if rng.random() < 0.85 else "en",
                "needs_and_goals": rng.choice(TEXTS["goals"][lang]) if rng.random() < 0.6 else None,
                "sensitive_notes": (
                    rng.choice(TEXTS["sensitive"][lang]) if rng.random() < 0.06 else None
                ),
                "caseworker_id": site.staff_id,
                "interviewer_id": interviewer,
                "last_activity_at": last_activity,
                "anonymised_at": None,
                "version_id": 1,
                "created_at": self.stamp(enrolled, 8),
                "updated_at": max(self.stamp(end, 17), last_activity),
            },
        )

    def email(
        self, first: str, last: str, birth_year: int, latin_pool: str, tld: str
    ) -> str | None:
        rng = self.rng
        if rng.random() >= 0.65:
            return None
        if not (ascii_slug(first) and ascii_slug(last)):  # a name in another script
            first, last = self.pools.name(rng, latin_pool)
        first, last = ascii_slug(first), ascii_slug(last)
        local = rng.choice(
            (
                f"{first}.{last}",
                f"{first}{last}{birth_year % 100:02d}",
                f"{first}{self.day(1, 999)}",
            )
        )
        return (
            local
            + "@"
            + rng.choice(
                (
                    "gmail.com",
                    "gmail.com",
                    "gmail.com",
                    "hotmail.com",
                    "yahoo.com",
                    "outlook.com",
                    f"hotmail.{tld}",
                )
            )
        )
