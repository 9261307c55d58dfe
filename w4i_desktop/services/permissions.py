"""Who may do what: the one permission table, enforced by every service call.

Hiding a button is a courtesy; this table is the rule. Tests walk the whole role x action matrix.
"""

from __future__ import annotations

from enum import StrEnum

from w4i_desktop.enums import Role
from w4i_desktop.errors import PermissionDenied


class Action(StrEnum):
    PARTICIPANT_VIEW = "participant.view"
    PARTICIPANT_VIEW_ALL_SITES = "participant.view_all_sites"
    PARTICIPANT_CREATE = "participant.create"
    PARTICIPANT_UPDATE = "participant.update"
    PARTICIPANT_CLOSE = "participant.close"
    PARTICIPANT_DELETE = "participant.delete"  # a record created by mistake
    SENSITIVE_NOTES_VIEW = "participant.sensitive_notes"
    PARTICIPANT_EXPORT = "participant.export"  # access request (GDPR Art. 15/20)
    PARTICIPANT_ERASE = "participant.erase"
    INTAKE_RUN = "intake.run"
    EMPLOYER_VIEW = "employer.view"
    EMPLOYER_EDIT = "employer.edit"
    PLACEMENT_EDIT = "placement.edit"
    PATHWAY_EDIT = "pathway.edit"
    TEMPLATE_EDIT = "template.edit"
    REPORT_PSEUDONYMISED = "report.pseudonymised"
    REPORT_NAMED = "report.named"
    DATA_IMPORT = "data.import"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    USER_MANAGE = "user.manage"
    SETTINGS_MANAGE = "settings.manage"
    SKILL_MANAGE = "skill.manage"  # adding entries to the controlled list of skills
    AUDIT_VERIFY = "audit.verify"


_A = Action
_VOLUNTEER = frozenset({_A.PARTICIPANT_VIEW, _A.PARTICIPANT_CREATE, _A.INTAKE_RUN})
_STAFF = _VOLUNTEER | {
    _A.PARTICIPANT_UPDATE,
    _A.PARTICIPANT_CLOSE,
    _A.SENSITIVE_NOTES_VIEW,
    _A.EMPLOYER_VIEW,
    _A.EMPLOYER_EDIT,
    _A.PLACEMENT_EDIT,
    _A.PATHWAY_EDIT,
    _A.BACKUP_RUN,
}
_MANAGER = _STAFF | {
    _A.PARTICIPANT_VIEW_ALL_SITES,
    _A.PARTICIPANT_EXPORT,
    _A.PARTICIPANT_ERASE,
    _A.TEMPLATE_EDIT,
    _A.REPORT_PSEUDONYMISED,
    _A.REPORT_NAMED,
    _A.DATA_IMPORT,
    _A.SETTINGS_MANAGE,
    _A.AUDIT_VERIFY,
}
# Deleting a record created by mistake (services/record_deletion.py): administrators only.
_ADMIN = _MANAGER | {
    _A.USER_MANAGE,
    _A.BACKUP_RESTORE,
    _A.SKILL_MANAGE,
    _A.PARTICIPANT_DELETE,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.VOLUNTEER: frozenset(_VOLUNTEER),
    Role.STAFF: frozenset(_STAFF),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(f"Your role ({role.value}) does not allow this ({action.value}).")
