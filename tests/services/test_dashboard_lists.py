"""The dashboard's team lists: overdue steps by caseworker, records waiting for a caseworker,
residence permits that expire soon, and what "active this quarter" is made of."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import UserFactory
from w4i_desktop.enums import AuditAction, ClosureReason, Role
from w4i_desktop.errors import BadInput, PermissionDenied
from w4i_desktop.models.audit import AuditEvent
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.service import indicators_for
from w4i_desktop.services import dashboard, participants, pathways, settings, sites
from w4i_desktop.services.context import Context

TODAY = date(2026, 3, 20)


def person(ctx: Context, first: str, **values: object) -> int:
    return participants.create(ctx, {"first_name": first, "last_name": "Test", **values})


def with_pathway(ctx: Context, pid: int, started: date) -> None:
    """The default pathway: its needs assessment is due 14 days after `started`."""
    with ctx.db.transaction() as session:
        pathways.start_default_pathway(session, pid, started, None)


def test_team_overdue_counts_steps_by_caseworker(admin_ctx: Context, login_as: UserFactory) -> None:
    other_site = sites.add_site(admin_ctx, "Torino")
    rosa = login_as(Role.STAFF, admin_ctx.actor.site_id)
    ines = login_as(Role.STAFF, other_site)
    me = admin_ctx.actor.user_id
    # Rosa: two participants, a needs assessment overdue each (due 6 and 11 March; their next
    # steps are due 30 days after the start, after TODAY).
    for first, started in (("Ana", date(2026, 2, 20)), ("Bea", date(2026, 2, 25))):
        with_pathway(admin_ctx, person(admin_ctx, first, caseworker_id=rosa.actor.user_id), started)
    # Ines, at another site: one overdue (the team view covers every site).
    torino = person(admin_ctx, "Cia", caseworker_id=ines.actor.user_id, site_id=other_site)
    with_pathway(admin_ctx, torino, date(2026, 3, 1))
    # Mine: started yesterday, nothing overdue yet; a closed one with overdue steps: not counted.
    with_pathway(admin_ctx, person(admin_ctx, "Dia", caseworker_id=me), TODAY)
    closed = person(admin_ctx, "Eva", caseworker_id=me)
    with_pathway(admin_ctx, closed, date(2026, 1, 1))
    participants.close(admin_ctx, closed, date(2026, 3, 1), ClosureReason.MOVED_AWAY)
    # Nobody's: one overdue, listed last.
    with_pathway(admin_ctx, person(admin_ctx, "Fay"), date(2026, 3, 3))

    rows = dashboard.team_overdue(admin_ctx, TODAY)
    assert [(r.caseworker_id, r.overdue, r.oldest_due) for r in rows] == [
        (rosa.actor.user_id, 2, date(2026, 3, 6)),
        (ines.actor.user_id, 1, date(2026, 3, 15)),
        (None, 1, date(2026, 3, 17)),
    ]
    assert rows[0].name == rosa.actor.username  # the display name (here the user name)
    assert rows[-1].name == ""
    manager = login_as(Role.MANAGER, admin_ctx.actor.site_id)
    assert dashboard.team_overdue(manager, TODAY) == rows
    for role in (Role.STAFF, Role.VOLUNTEER):
        with pytest.raises(PermissionDenied):
            dashboard.team_overdue(login_as(role, admin_ctx.actor.site_id), TODAY)


def test_to_assign_lists_open_records_without_a_caseworker(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    other_site = sites.add_site(admin_ctx, "Torino")
    late = person(admin_ctx, "Late", enrolled_on=date(2026, 3, 1))
    early = person(admin_ctx, "Early", enrolled_on=date(2026, 1, 5), site_id=other_site)
    person(admin_ctx, "Assigned", caseworker_id=admin_ctx.actor.user_id)
    gone = person(admin_ctx, "Gone")
    participants.close(admin_ctx, gone, date(2026, 3, 1), ClosureReason.OTHER)

    rows, total = dashboard.to_assign(admin_ctx)
    assert total == 2
    assert [(r.participant_id, r.name, r.site, r.enrolled_on) for r in rows] == [
        (early, "Early Test", "Torino", date(2026, 1, 5)),
        (late, "Late Test", "Milano", date(2026, 3, 1)),
    ]
    assert rows[0].code.startswith("W4I-")
    first, total = dashboard.to_assign(admin_ctx, limit=1)
    assert ([r.participant_id for r in first], total) == ([early], 2)
    manager = login_as(Role.MANAGER, admin_ctx.actor.site_id)
    assert dashboard.to_assign(manager)[1] == 2
    for role in (Role.STAFF, Role.VOLUNTEER):
        with pytest.raises(PermissionDenied):
            dashboard.to_assign(login_as(role, admin_ctx.actor.site_id))


def test_permits_expiring_within_the_setting_scoped_by_site(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    other_site = sites.add_site(admin_ctx, "Torino")
    expired = person(admin_ctx, "Old", permit_expires_on=TODAY - timedelta(days=3))
    soon = person(
        admin_ctx, "Soon", permit_expires_on=TODAY + timedelta(days=59),
        caseworker_id=admin_ctx.actor.user_id,
    )  # fmt: skip
    later = person(admin_ctx, "Later", permit_expires_on=TODAY + timedelta(days=90))
    torino = person(
        admin_ctx, "Far", permit_expires_on=TODAY + timedelta(days=10), site_id=other_site
    )
    person(admin_ctx, "None")  # no permit date: never listed
    closed = person(admin_ctx, "Closed", permit_expires_on=TODAY)
    participants.close(admin_ctx, closed, date(2026, 3, 1), ClosureReason.OTHER)

    assert settings.permit_warning_days(admin_ctx) == 60  # the default
    rows, total = dashboard.expiring_permits(admin_ctx, TODAY)
    assert [r.participant_id for r in rows] == [expired, torino, soon]
    assert total == 3
    assert [r.expired(TODAY) for r in rows] == [True, False, False]
    assert rows[2].caseworker == admin_ctx.actor.username and rows[0].caseworker == ""

    settings.set_permit_warning_days(admin_ctx, 90)
    assert settings.permit_warning_days(admin_ctx) == 90
    rows, total = dashboard.expiring_permits(admin_ctx, TODAY)
    assert [r.participant_id for r in rows] == [expired, torino, soon, later]
    assert dashboard.expiring_permits(admin_ctx, TODAY, days=5)[1] == 1  # only the expired one

    # Staff see their own site; volunteers not at all.
    staff = login_as(Role.STAFF, admin_ctx.actor.site_id)
    assert [r.participant_id for r in dashboard.expiring_permits(staff, TODAY)[0]] == [
        expired, soon, later,
    ]  # fmt: skip
    with pytest.raises(PermissionDenied):
        dashboard.expiring_permits(login_as(Role.VOLUNTEER, admin_ctx.actor.site_id), TODAY)


def test_permit_warning_setting_is_validated_and_audited(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    for wrong in (0, 366):
        with pytest.raises(BadInput):
            settings.set_permit_warning_days(admin_ctx, wrong)
    settings.set_permit_warning_days(admin_ctx, 365)
    assert settings.permit_warning_days(admin_ctx) == 365
    with admin_ctx.db.transaction() as session:
        entries = session.query(AuditEvent).filter(AuditEvent.entity == "setting").all()
        assert [(e.action, e.detail) for e in entries][-1] == (
            AuditAction.UPDATE,
            {"fields": [settings.PERMIT_WARNING_DAYS]},
        )
    with pytest.raises(PermissionDenied):
        settings.set_permit_warning_days(login_as(Role.STAFF, admin_ctx.actor.site_id), 30)
    assert settings.permit_warning_days(login_as(Role.STAFF, admin_ctx.actor.site_id)) == 365


def test_active_split_adds_up_to_the_indicator(admin_ctx: Context, login_as: UserFactory) -> None:
    quarter = Period.containing(TODAY)  # 1 Jan - 31 Mar 2026
    other_site = sites.add_site(admin_ctx, "Torino")
    person(admin_ctx, "Open", enrolled_on=date(2025, 6, 1))
    person(admin_ctx, "New", enrolled_on=date(2026, 2, 1))
    person(admin_ctx, "There", enrolled_on=date(2026, 2, 1), site_id=other_site)
    left = person(admin_ctx, "Left", enrolled_on=date(2025, 6, 1))
    participants.close(admin_ctx, left, date(2026, 1, 15), ClosureReason.EMPLOYED)
    before = person(admin_ctx, "Before", enrolled_on=date(2025, 6, 1))
    participants.close(admin_ctx, before, date(2025, 12, 31), ClosureReason.OTHER)
    person(admin_ctx, "Draft")  # no intake date: not counted by I2

    def split(ctx: Context, site_id: int | None) -> tuple[int, int]:
        active = indicators_for(admin_ctx, quarter, site_id).values["I2"]
        assert isinstance(active, int)
        parts = dashboard.active_split(ctx, quarter, site_id, active)
        assert parts.total == active
        return parts.open_now, parts.left

    assert split(admin_ctx, None) == (3, 1)
    site = admin_ctx.actor.site_id
    assert split(admin_ctx, site) == (2, 1)
    staff = login_as(Role.STAFF, site)
    assert split(staff, site) == (2, 1)
    with pytest.raises(PermissionDenied):
        split(staff, None)
    with pytest.raises(PermissionDenied):
        split(login_as(Role.VOLUNTEER, site), site)
