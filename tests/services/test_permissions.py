"""The full role x action matrix, written out here independently of services/permissions.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import FAST_KDF, UserFactory
from w4i_desktop.enums import ClosureReason, Role
from w4i_desktop.errors import NotFound, PermissionDenied
from w4i_desktop.services import participant_search, participants, users
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import PERMISSIONS, Action, allowed

A, V, S, M = "admin", "volunteer", "staff", "manager"
EXPECTED: dict[Action, set[str]] = {
    Action.PARTICIPANT_VIEW: {A, M, S, V},
    Action.PARTICIPANT_VIEW_ALL_SITES: {A, M},
    Action.PARTICIPANT_CREATE: {A, M, S, V},
    Action.PARTICIPANT_UPDATE: {A, M, S},
    Action.PARTICIPANT_CLOSE: {A, M, S},
    Action.PARTICIPANT_DELETE: {A},
    Action.SENSITIVE_NOTES_VIEW: {A, M, S},
    Action.PARTICIPANT_EXPORT: {A, M},
    Action.PARTICIPANT_ERASE: {A, M},
    Action.INTAKE_RUN: {A, M, S, V},
    Action.EMPLOYER_VIEW: {A, M, S},
    Action.EMPLOYER_EDIT: {A, M, S},
    Action.PLACEMENT_EDIT: {A, M, S},
    Action.PATHWAY_EDIT: {A, M, S},
    Action.TEMPLATE_EDIT: {A, M},
    Action.REPORT_PSEUDONYMISED: {A, M},
    Action.REPORT_NAMED: {A, M},
    Action.DATA_IMPORT: {A, M},
    Action.BACKUP_RUN: {A, M, S},
    Action.BACKUP_RESTORE: {A},
    Action.USER_MANAGE: {A},
    Action.SETTINGS_MANAGE: {A, M},
    Action.SKILL_MANAGE: {A},
    Action.AUDIT_VERIFY: {A, M},
}
CELLS = [(role, action) for role in Role for action in Action]


def test_matrix_covers_every_action() -> None:
    assert set(EXPECTED) == set(Action)
    assert set(PERMISSIONS) == set(Role)


@pytest.mark.parametrize(("role", "action"), CELLS, ids=[f"{r}-{a}" for r, a in CELLS])
def test_matrix_cell(role: Role, action: Action) -> None:
    assert allowed(role, action) is (role.value in EXPECTED[action])


# --- the services enforce the table, not only the buttons ------------------------------------


@pytest.fixture
def contexts(admin_ctx: Context, login_as: UserFactory) -> dict[Role, Context]:
    return {
        Role.ADMIN: admin_ctx,
        Role.MANAGER: login_as(Role.MANAGER),
        Role.STAFF: login_as(Role.STAFF),
        Role.VOLUNTEER: login_as(Role.VOLUNTEER),
    }


def _outcome(call: object) -> str:
    try:
        call()  # type: ignore[operator]
    except PermissionDenied:
        return "denied"
    except NotFound:
        return "hidden"
    return "ok"


@pytest.mark.parametrize("role", list(Role))
def test_participant_services_enforce_roles(role: Role, contexts: dict[Role, Context]) -> None:
    ctx = contexts[role]
    own = participants.create(
        ctx, {"first_name": "Own", "last_name": "Record", "sensitive_notes": "kept from volunteers"}
    )
    other = participants.create(
        contexts[Role.ADMIN], {"first_name": "Other", "last_name": "Person"}
    )

    def version(pid: int) -> int:
        return int(participants.get(contexts[Role.ADMIN], pid)["version_id"])

    outcomes = {
        "view own": _outcome(lambda: participants.get(ctx, own)),
        "view other": _outcome(lambda: participants.get(ctx, other)),
        "update": _outcome(
            lambda: participants.update(ctx, own, {"phone": "+39 02 1234"}, version(own))
        ),
        "sensitive update": _outcome(
            lambda: participants.update(ctx, own, {"sensitive_notes": "x"}, version(own))
        ),
        "close": _outcome(lambda: participants.close(ctx, own, date.today(), ClosureReason.OTHER)),
        "add user": _outcome(
            lambda: users.add_user(ctx, f"new{role.value}", "blue-kettle", Role.STAFF, kdf=FAST_KDF)
        ),
    }
    expected = {
        Role.ADMIN: dict.fromkeys(outcomes, "ok"),
        Role.MANAGER: {**dict.fromkeys(outcomes, "ok"), "add user": "denied"},
        Role.STAFF: {**dict.fromkeys(outcomes, "ok"), "add user": "denied"},
        Role.VOLUNTEER: {
            "view own": "ok",
            "view other": "hidden",
            "update": "denied",
            "sensitive update": "denied",
            "close": "denied",
            "add user": "denied",
        },
    }[role]
    assert outcomes == expected
    record = participants.get(ctx, own)
    assert ("sensitive_notes" in record) is (role is not Role.VOLUNTEER)
    if role is Role.VOLUNTEER:
        # Created through the volunteer's own intake, and notes never stored from her.
        assert participants.get(contexts[Role.ADMIN], own)["sensitive_notes"] is None


def test_staff_see_only_their_site(admin_ctx: Context, login_as: UserFactory) -> None:
    from w4i_desktop.models import Site

    with admin_ctx.db.transaction() as session:
        other_site = Site(name="Malmö")
        session.add(other_site)
        session.flush()
        other_site_id = other_site.id
    staff_here = login_as(Role.STAFF)
    staff_there = login_as(Role.STAFF, site_id=other_site_id)
    pid = participants.create(staff_here, {"first_name": "Lina", "last_name": "Haddad"})
    assert participants.get(staff_here, pid)["code"].startswith("W4I-")
    with pytest.raises(NotFound):
        participants.get(staff_there, pid)
    query = participant_search.ParticipantQuery(text="lina")
    assert [r.id for r in participant_search.search(staff_here, query)] == [pid]
    assert participant_search.search(staff_there, query) == []
    manager = login_as(Role.MANAGER, site_id=other_site_id)
    assert [r.id for r in participant_search.search(manager, query)] == [pid]
