from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import AuditAction, ConsentPurpose, Role
from w4i_desktop.errors import BadInput, NotFound, PermissionDenied
from w4i_desktop.models import AuditEvent, Consent
from w4i_desktop.services import consents, participants
from w4i_desktop.services.context import Context

P = ConsentPurpose


def _audit_tail(ctx: Context, n: int) -> list[AuditEvent]:
    with ctx.db.transaction() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(n)))


def test_record_withdraw_and_current(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    assert consents.current_consents(admin_ctx, pid) == {p: False for p in P}

    cid = consents.record_consent(admin_ctx, pid, P.PROCESSING, date(2026, 1, 5), "v1")
    consents.record_consent(admin_ctx, pid, P.SHARING_WITH_EMPLOYERS, date(2026, 1, 5), "v1")
    [event] = _audit_tail(admin_ctx, 1)
    assert (event.action, event.entity) == (AuditAction.CREATE, "consent")
    assert event.detail == {"purpose": "sharing_with_employers"}

    current = consents.current_consents(admin_ctx, pid)
    assert current[P.PROCESSING] and current[P.SHARING_WITH_EMPLOYERS]
    assert not current[P.PHOTOS] and not current[P.FOLLOW_UP_CONTACT]

    consents.withdraw_consent(admin_ctx, pid, P.SHARING_WITH_EMPLOYERS, date(2026, 3, 1))
    [event] = _audit_tail(admin_ctx, 1)
    assert (event.action, event.entity) == (AuditAction.UPDATE, "consent")
    assert event.detail["purpose"] == "sharing_with_employers"
    current = consents.current_consents(admin_ctx, pid)
    assert current[P.PROCESSING] and not current[P.SHARING_WITH_EMPLOYERS]

    with admin_ctx.db.transaction() as session:
        assert session.get(Consent, cid) is not None
        gate = P.SHARING_WITH_EMPLOYERS
        assert not consents.has_consent(session, pid, gate, date(2026, 1, 4))
        assert consents.has_consent(session, pid, gate, date(2026, 1, 5))
        assert consents.has_consent(session, pid, gate, date(2026, 2, 28))
        assert not consents.has_consent(session, pid, gate, date(2026, 3, 1))
        assert not consents.has_consent(session, pid, P.PHOTOS, date(2026, 2, 1))


def test_consent_given_again_after_a_withdrawal_is_current(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    consents.record_consent(admin_ctx, pid, P.PHOTOS, date(2025, 1, 1), "v1")
    consents.withdraw_consent(admin_ctx, pid, P.PHOTOS, date(2025, 6, 1))
    consents.record_consent(admin_ctx, pid, P.PHOTOS, date(2025, 9, 1), "v2")
    assert consents.current_consents(admin_ctx, pid)[P.PHOTOS]
    with admin_ctx.db.transaction() as session:
        assert not consents.has_consent(session, pid, P.PHOTOS, date(2025, 7, 1))
        assert consents.has_consent(session, pid, P.PHOTOS, date(2025, 9, 2))


def test_withdraw_refuses_without_a_current_consent_or_before_it_was_given(
    admin_ctx: Context,
) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    with pytest.raises(BadInput):
        consents.withdraw_consent(admin_ctx, pid, P.PHOTOS, date(2026, 1, 1))
    consents.record_consent(admin_ctx, pid, P.PHOTOS, date(2026, 2, 1), "v1")
    with pytest.raises(BadInput):
        consents.withdraw_consent(admin_ctx, pid, P.PHOTOS, date(2026, 1, 31))
    consents.withdraw_consent(admin_ctx, pid, P.PHOTOS, date(2026, 2, 1))
    with pytest.raises(BadInput):  # already withdrawn: nothing current any more
        consents.withdraw_consent(admin_ctx, pid, P.PHOTOS, date(2026, 2, 2))


def test_record_validates_its_input(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    with pytest.raises(BadInput):
        consents.record_consent(admin_ctx, pid, P.PHOTOS, date(2026, 1, 1), "  ")
    with pytest.raises(BadInput):
        consents.record_consent(admin_ctx, pid, P.PHOTOS, date(2026, 1, 1), "v" * 21)
    with pytest.raises(BadInput):
        consents.record_consent(admin_ctx, pid, P.PHOTOS, date(9999, 1, 1), "v1")
    with pytest.raises(BadInput):
        consents.record_consent(admin_ctx, pid, "marketing", date(2026, 1, 1), "v1")  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        consents.record_consent(admin_ctx, 999_999, P.PHOTOS, date(2026, 1, 1), "v1")


def test_volunteers_record_consents_only_for_their_own_participants(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    site_id = participants.get(admin_ctx, participants.create(admin_ctx, {"last_name": "Seed"}))[
        "site_id"
    ]
    volunteer = login_as(Role.VOLUNTEER, site_id)
    other_volunteer = login_as(Role.VOLUNTEER, site_id)
    own = participants.create(volunteer, {"last_name": "Own"})
    theirs = participants.create(other_volunteer, {"last_name": "Theirs"})

    consents.record_consent(volunteer, own, P.PROCESSING, date(2026, 1, 1), "v1")
    consents.withdraw_consent(volunteer, own, P.PROCESSING, date(2026, 1, 2))
    assert consents.current_consents(volunteer, own)[P.PROCESSING] is False
    with pytest.raises(NotFound):
        consents.record_consent(volunteer, theirs, P.PROCESSING, date(2026, 1, 1), "v1")
    with pytest.raises(NotFound):
        consents.current_consents(volunteer, theirs)


def test_staff_of_another_site_cannot_see_consents(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    from w4i_desktop.models import Site

    with admin_ctx.db.transaction() as session:
        other = Site(name="Torino")
        session.add(other)
        session.flush()
        other_id = other.id
    staff = login_as(Role.STAFF, other_id)
    with pytest.raises(NotFound):
        consents.record_consent(staff, pid, P.PROCESSING, date(2026, 1, 1), "v1")
    with pytest.raises(NotFound):
        consents.current_consents(staff, pid)


def test_permission_is_checked_before_anything_else(
    admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4i_desktop.services import permissions

    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    monkeypatch.setitem(permissions.PERMISSIONS, Role.ADMIN, frozenset())
    with pytest.raises(PermissionDenied):
        consents.record_consent(admin_ctx, pid, P.PROCESSING, date(2026, 1, 1), "v1")
    with pytest.raises(PermissionDenied):
        consents.withdraw_consent(admin_ctx, pid, P.PROCESSING, date(2026, 1, 1))
    with pytest.raises(PermissionDenied):
        consents.current_consents(admin_ctx, pid)
