"""Every enumeration of the domain, in one place.

Values are stable strings stored in the database and used in exports; labels for people come from
the translation layer, never from these values.
"""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    STAFF = "staff"
    VOLUNTEER = "volunteer"


class PermitType(StrEnum):
    EU_CITIZEN = "eu_citizen"
    PERMANENT = "permanent"
    WORK = "work"
    FAMILY = "family"
    STUDY = "study"
    INTERNATIONAL_PROTECTION = "international_protection"  # refugee or subsidiary protection
    TEMPORARY_PROTECTION = "temporary_protection"
    ASYLUM_SEEKER = "asylum_seeker"
    HUMANITARIAN = "humanitarian"
    NATURALISED = "naturalised"
    OTHER = "other"
    NONE = "none"


class EducationLevel(StrEnum):
    """ISCED 2011 groups as reported (indicators.md)."""

    NONE_PRIMARY = "isced_0_1"
    LOWER_SECONDARY = "isced_2"
    UPPER_SECONDARY = "isced_3_4"
    TERTIARY = "isced_5_8"
    UNKNOWN = "unknown"


class EmploymentStatus(StrEnum):
    """ESF categories at intake."""

    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    EMPLOYED = "employed"
    UNKNOWN = "unknown"


class CefrLevel(StrEnum):
    NONE = "none"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"

    @property
    def rank(self) -> int:
        return CEFR_ORDER.index(self)


CEFR_ORDER: tuple[CefrLevel, ...] = tuple(CefrLevel)


class AssessmentStage(StrEnum):
    INTAKE = "intake"
    DURING = "during"
    EXIT = "exit"


class ChildcareNeed(StrEnum):
    NONE = "none"
    PARTIAL = "partial"
    FULL = "full"


class ClosureReason(StrEnum):
    EMPLOYED = "employed"
    EDUCATION_OR_TRAINING = "education_or_training"
    MOVED_AWAY = "moved_away"
    DROPPED_OUT = "dropped_out"
    OTHER = "other"


class ConsentPurpose(StrEnum):
    PROCESSING = "processing"
    SHARING_WITH_EMPLOYERS = "sharing_with_employers"
    PHOTOS = "photos"
    FOLLOW_UP_CONTACT = "follow_up_contact"


class StepKind(StrEnum):
    INTAKE = "intake"
    CONSENT = "consent"
    NEEDS_ASSESSMENT = "needs_assessment"
    SKILLS_ASSESSMENT = "skills_assessment"
    LANGUAGE_ASSESSMENT = "language_assessment"
    INDIVIDUAL_PLAN = "individual_plan"
    LANGUAGE_COURSE = "language_course"
    EMPOWERMENT = "empowerment"
    ORIENTATION = "orientation"
    TRAINING = "training"
    CV_PREPARATION = "cv_preparation"
    JOB_ORIENTATION = "job_orientation"
    JOB_MATCHING = "job_matching"
    INTERNSHIP = "internship"
    PLACEMENT = "placement"
    FOLLOW_UP_1M = "follow_up_1m"
    FOLLOW_UP_3M = "follow_up_3m"
    FOLLOW_UP_6M = "follow_up_6m"
    FOLLOW_UP_12M = "follow_up_12m"
    CLOSURE = "closure"
    CUSTOM = "custom"


class StepStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"


class PlacementType(StrEnum):
    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    INTERNSHIP = "internship"
    APPRENTICESHIP = "apprenticeship"
    SELF_EMPLOYMENT = "self_employment"
    OTHER = "other"


class ContractType(StrEnum):
    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    INTERNSHIP = "internship"
    APPRENTICESHIP = "apprenticeship"
    FREELANCE = "freelance"
    OTHER = "other"


class VacancyStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class EmployerSize(StrEnum):
    """EU size bands by head count."""

    MICRO = "micro"  # < 10
    SMALL = "small"  # 10-49
    MEDIUM = "medium"  # 50-249
    LARGE = "large"  # 250+
    UNKNOWN = "unknown"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    VISIT = "visit"
    EVENT = "event"
    OTHER = "other"


class ActivityKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    COURSE = "course"
    NOTE = "note"


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    LOGIN = "login"
    FAILED_LOGIN = "failed_login"
    LOGOUT = "logout"
    ERASE = "erase"
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"


# NACE Rev. 2 sections, the sector codes employers and vacancies use.
NACE_SECTIONS: tuple[str, ...] = tuple("ABCDEFGHIJKLMNOPQRSTU")
