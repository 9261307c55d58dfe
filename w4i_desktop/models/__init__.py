"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from w4i_desktop.models.audit import AuditEvent, AuditHead
from w4i_desktop.models.base import Base
from w4i_desktop.models.employer import ContactPerson, Employer, Interaction, Vacancy
from w4i_desktop.models.intake import IntakeDraft
from w4i_desktop.models.participant import Consent, LanguageAssessment, Participant
from w4i_desktop.models.pathway import Pathway, PathwayStep, PathwayTemplate, TemplateStep
from w4i_desktop.models.placement import FollowUp, Placement
from w4i_desktop.models.site import Setting, Site, SkillEntry
from w4i_desktop.models.timeline import Activity, Attachment
from w4i_desktop.models.user import User

__all__ = [
    "Activity",
    "Attachment",
    "AuditEvent",
    "AuditHead",
    "Base",
    "Consent",
    "ContactPerson",
    "Employer",
    "FollowUp",
    "IntakeDraft",
    "Interaction",
    "LanguageAssessment",
    "Participant",
    "Pathway",
    "PathwayStep",
    "PathwayTemplate",
    "Placement",
    "Setting",
    "Site",
    "SkillEntry",
    "TemplateStep",
    "User",
    "Vacancy",
]
