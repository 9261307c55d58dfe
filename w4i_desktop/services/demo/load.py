"""`generate`: fills the database with demo data in one transaction, and what it made."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput
from w4i_desktop.models import (
    Activity,
    Consent,
    ContactPerson,
    Employer,
    FollowUp,
    Interaction,
    LanguageAssessment,
    Participant,
    PathwayStep,
    Placement,
    Site,
    User,
    Vacancy,
)
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.demo.generator import Generator
from w4i_desktop.services.demo.odds import Pick
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.search import purge_deleted_terms

Progress = Callable[[int, int], None]

BATCH = 2000  # participants generated (and written) at a time
BULK_CACHE_KIB = 64 * 1024  # SQLite page cache while loading


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    sites: int
    users: int
    employers: int
    contacts: int
    interactions: int
    vacancies: int
    placements: int
    follow_ups: int
    assessments: int
    consents: int
    pathway_steps: int
    activities: int

    def __str__(self) -> str:
        return (
            f"Created {self.participants} participants, {self.employers} employers, "
            f"{self.vacancies} vacancies, {self.placements} placements, "
            f"{self.follow_ups} follow-ups, {self.assessments} language assessments, "
            f"{self.consents} consents, {self.pathway_steps} pathway steps, "
            f"{self.activities} activities, {self.contacts} employer contacts, "
            f"{self.interactions} employer interactions ({self.sites} new sites, "
            f"{self.users} new users)"
        )


@contextlib.contextmanager
def _big_page_cache(session: Session) -> Iterator[None]:
    """A 64 MB page cache while loading: the hot pages of the step indexes stay in memory
    (a fifth less time at 100 000 participants). The connection's own size comes back after."""
    connection = session.connection()
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def generate(
    ctx: Context,
    participants: int,
    *,
    seed: int = 4,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `participants` demo participants, with sites, staff, employers and jobs, in one go.

    Sites, user names and the pathway template that already exist are reused, so demo data can
    be added more than once. `progress(done, total)` is called after every batch.
    """
    ctx.require(Action.DATA_IMPORT)
    if participants < 0:
        raise BadInput("The number of participants cannot be negative.")
    today = today or date.today()
    if progress is not None:
        progress(0, participants)
    with ctx.db.transaction() as session:
        gen = Generator(session, seed, today)
        with _big_page_cache(session):
            sites = gen.sites()
            gen.template()
            employers = max(10, participants // 25)
            for site in sites:
                gen.employers(site, max(2, round(employers * site.spec.share)))
            gen.flush()
            pick_site = Pick({index: site.spec.share for index, site in enumerate(sites)})
            for done in range(0, participants, BATCH):
                for _ in range(min(BATCH, participants - done)):
                    gen.participant(sites[pick_site(gen.rng)])
                gen.flush()
                if progress is not None:
                    progress(min(done + BATCH, participants), participants)
        audit.record(
            session, ctx.actor.user_id, AuditAction.CREATE, "demo", None, {"count": participants}
        )
        # Statistics for the query planner: without them it sorts the whole list to show a page.
        session.connection().exec_driver_sql("ANALYZE")
        purge_deleted_terms(session.connection())  # the search index in one segment: faster
    return DemoSummary(
        participants=gen.count(Participant),
        sites=gen.count(Site),
        users=gen.count(User),
        employers=gen.count(Employer),
        contacts=gen.count(ContactPerson),
        interactions=gen.count(Interaction),
        vacancies=gen.count(Vacancy),
        placements=gen.count(Placement),
        follow_ups=gen.count(FollowUp),
        assessments=gen.count(LanguageAssessment),
        consents=gen.count(Consent),
        pathway_steps=gen.count(PathwayStep),
        activities=gen.count(Activity),
    )
