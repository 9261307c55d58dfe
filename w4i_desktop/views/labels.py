"""Translated labels for the core's enumeration values (static tables via QT_TRANSLATE_NOOP), and
the country and language names (Babel, in the language of the user interface)."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Any

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from w4i_desktop.catalogues import country_names
from w4i_desktop.enums import (
    ActivityKind,
    AssessmentStage,
    CefrLevel,
    ChildcareNeed,
    ClosureReason,
    ConsentPurpose,
    ContractType,
    EducationLevel,
    EmployerSize,
    EmploymentStatus,
    InteractionKind,
    PermitType,
    PlacementType,
    Role,
    StepKind,
    StepStatus,
    VacancyStatus,
)
from w4i_desktop.folding import fold
from w4i_desktop.services.duplicates import DuplicateReason
from w4i_desktop.services.validation import iso_countries, iso_languages

_CTX = "Labels"

STEP_KINDS: dict[StepKind, Any] = {
    StepKind.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
    StepKind.CONSENT: QT_TRANSLATE_NOOP("Labels", "Privacy consent"),
    StepKind.NEEDS_ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Needs assessment"),
    StepKind.SKILLS_ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Skills assessment"),
    StepKind.LANGUAGE_ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Language assessment"),
    StepKind.INDIVIDUAL_PLAN: QT_TRANSLATE_NOOP("Labels", "Individual plan"),
    StepKind.LANGUAGE_COURSE: QT_TRANSLATE_NOOP("Labels", "Language course"),
    StepKind.EMPOWERMENT: QT_TRANSLATE_NOOP("Labels", "Empowerment activities"),
    StepKind.ORIENTATION: QT_TRANSLATE_NOOP("Labels", "Orientation"),
    StepKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Vocational training"),
    StepKind.CV_PREPARATION: QT_TRANSLATE_NOOP("Labels", "CV and job search"),
    StepKind.JOB_ORIENTATION: QT_TRANSLATE_NOOP("Labels", "Job orientation"),
    StepKind.JOB_MATCHING: QT_TRANSLATE_NOOP("Labels", "Employer matching"),
    StepKind.INTERNSHIP: QT_TRANSLATE_NOOP("Labels", "Internship"),
    StepKind.PLACEMENT: QT_TRANSLATE_NOOP("Labels", "Placement"),
    StepKind.FOLLOW_UP_1M: QT_TRANSLATE_NOOP("Labels", "Follow-up 1 month"),
    StepKind.FOLLOW_UP_3M: QT_TRANSLATE_NOOP("Labels", "Follow-up 3 months"),
    StepKind.FOLLOW_UP_6M: QT_TRANSLATE_NOOP("Labels", "Follow-up 6 months"),
    StepKind.FOLLOW_UP_12M: QT_TRANSLATE_NOOP("Labels", "Follow-up 12 months"),
    StepKind.CLOSURE: QT_TRANSLATE_NOOP("Labels", "Closure"),
    StepKind.CUSTOM: QT_TRANSLATE_NOOP("Labels", "Other step"),
}

CLOSURE_REASONS: dict[ClosureReason, Any] = {
    ClosureReason.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Employed"),
    ClosureReason.EDUCATION_OR_TRAINING: QT_TRANSLATE_NOOP("Labels", "In education or training"),
    ClosureReason.MOVED_AWAY: QT_TRANSLATE_NOOP("Labels", "Moved away"),
    ClosureReason.DROPPED_OUT: QT_TRANSLATE_NOOP("Labels", "Dropped out"),
    ClosureReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
}

ROLES: dict[Role, Any] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    Role.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff"),
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("Labels", "Volunteer"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def step_kind(kind: StepKind | None) -> str:
    return tr(STEP_KINDS[kind]) if kind is not None else ""


def closure_reason(reason: ClosureReason) -> str:
    return tr(CLOSURE_REASONS[reason])


def role(value: Role) -> str:
    return tr(ROLES[value])


# Keyed by class first: values repeat across enumerations ("none", "other", "permanent").
LABELS: dict[type[StrEnum], dict[Any, Any]] = {
    PermitType: {
        PermitType.EU_CITIZEN: QT_TRANSLATE_NOOP("Labels", "EU citizen"),
        PermitType.PERMANENT: QT_TRANSLATE_NOOP("Labels", "Long-term or permanent residence"),
        PermitType.WORK: QT_TRANSLATE_NOOP("Labels", "Work permit"),
        PermitType.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family reunification"),
        PermitType.STUDY: QT_TRANSLATE_NOOP("Labels", "Study permit"),
        PermitType.INTERNATIONAL_PROTECTION: QT_TRANSLATE_NOOP(
            "Labels", "Refugee or subsidiary protection"
        ),
        PermitType.TEMPORARY_PROTECTION: QT_TRANSLATE_NOOP("Labels", "Temporary protection"),
        PermitType.ASYLUM_SEEKER: QT_TRANSLATE_NOOP("Labels", "Asylum seeker"),
        PermitType.HUMANITARIAN: QT_TRANSLATE_NOOP("Labels", "Humanitarian or special protection"),
        PermitType.NATURALISED: QT_TRANSLATE_NOOP("Labels", "Naturalised citizen"),
        PermitType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other permit"),
        PermitType.NONE: QT_TRANSLATE_NOOP("Labels", "No permit"),
    },
    EducationLevel: {
        EducationLevel.NONE_PRIMARY: QT_TRANSLATE_NOOP("Labels", "None or primary (ISCED 0–1)"),
        EducationLevel.LOWER_SECONDARY: QT_TRANSLATE_NOOP("Labels", "Lower secondary (ISCED 2)"),
        EducationLevel.UPPER_SECONDARY: QT_TRANSLATE_NOOP(
            "Labels", "Upper or post-secondary (ISCED 3–4)"
        ),
        EducationLevel.TERTIARY: QT_TRANSLATE_NOOP("Labels", "Tertiary (ISCED 5–8)"),
        EducationLevel.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    EmploymentStatus: {
        EmploymentStatus.UNEMPLOYED: QT_TRANSLATE_NOOP("Labels", "Unemployed"),
        EmploymentStatus.LONG_TERM_UNEMPLOYED: QT_TRANSLATE_NOOP("Labels", "Long-term unemployed"),
        EmploymentStatus.INACTIVE: QT_TRANSLATE_NOOP("Labels", "Inactive (not looking for work)"),
        EmploymentStatus.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Employed"),
        EmploymentStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    ChildcareNeed: {
        ChildcareNeed.NONE: QT_TRANSLATE_NOOP("Labels", "None"),
        ChildcareNeed.PARTIAL: QT_TRANSLATE_NOOP("Labels", "Some hours"),
        ChildcareNeed.FULL: QT_TRANSLATE_NOOP("Labels", "Full time"),
    },
    ConsentPurpose: {
        ConsentPurpose.PROCESSING: QT_TRANSLATE_NOOP("Labels", "Processing of personal data"),
        ConsentPurpose.SHARING_WITH_EMPLOYERS: QT_TRANSLATE_NOOP(
            "Labels", "Sharing with employers"
        ),
        ConsentPurpose.PHOTOS: QT_TRANSLATE_NOOP("Labels", "Photos"),
        ConsentPurpose.FOLLOW_UP_CONTACT: QT_TRANSLATE_NOOP("Labels", "Follow-up contact"),
    },
    StepStatus: {
        StepStatus.TODO: QT_TRANSLATE_NOOP("Labels", "To do"),
        StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        StepStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
        StepStatus.SKIPPED: QT_TRANSLATE_NOOP("Labels", "Skipped"),
    },
    PlacementType: {
        PlacementType.PERMANENT: QT_TRANSLATE_NOOP("Labels", "Permanent job"),
        PlacementType.FIXED_TERM: QT_TRANSLATE_NOOP("Labels", "Fixed-term job"),
        PlacementType.INTERNSHIP: QT_TRANSLATE_NOOP("Labels", "Internship"),
        PlacementType.APPRENTICESHIP: QT_TRANSLATE_NOOP("Labels", "Apprenticeship"),
        PlacementType.SELF_EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Self-employment"),
        PlacementType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    ActivityKind: {
        ActivityKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
        ActivityKind.CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
        ActivityKind.COURSE: QT_TRANSLATE_NOOP("Labels", "Course"),
        ActivityKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    },
    AssessmentStage: {
        AssessmentStage.INTAKE: QT_TRANSLATE_NOOP("Labels", "At intake"),
        AssessmentStage.DURING: QT_TRANSLATE_NOOP("Labels", "During the pathway"),
        AssessmentStage.EXIT: QT_TRANSLATE_NOOP("Labels", "At exit"),
    },
    EmployerSize: {
        EmployerSize.MICRO: QT_TRANSLATE_NOOP("Labels", "Micro (under 10)"),
        EmployerSize.SMALL: QT_TRANSLATE_NOOP("Labels", "Small (10–49)"),
        EmployerSize.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium (50–249)"),
        EmployerSize.LARGE: QT_TRANSLATE_NOOP("Labels", "Large (250 or more)"),
        EmployerSize.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    InteractionKind: {
        InteractionKind.CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
        InteractionKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
        InteractionKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
        InteractionKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
        InteractionKind.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
        InteractionKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    ContractType: {
        ContractType.PERMANENT: QT_TRANSLATE_NOOP("Labels", "Permanent"),
        ContractType.FIXED_TERM: QT_TRANSLATE_NOOP("Labels", "Fixed-term"),
        ContractType.INTERNSHIP: QT_TRANSLATE_NOOP("Labels", "Internship"),
        ContractType.APPRENTICESHIP: QT_TRANSLATE_NOOP("Labels", "Apprenticeship"),
        ContractType.FREELANCE: QT_TRANSLATE_NOOP("Labels", "Freelance"),
        ContractType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    VacancyStatus: {
        VacancyStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        VacancyStatus.FILLED: QT_TRANSLATE_NOOP("Labels", "Filled"),
        VacancyStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    CefrLevel: {
        **{level: level.value for level in CefrLevel if level is not CefrLevel.NONE},
        CefrLevel.NONE: QT_TRANSLATE_NOOP("Labels", "None required"),
    },
    DuplicateReason: {
        DuplicateReason.NAME_AND_BIRTH: QT_TRANSLATE_NOOP("Labels", "same name and date of birth"),
        DuplicateReason.PHONE: QT_TRANSLATE_NOOP("Labels", "same phone number"),
    },
}


# NACE Rev. 2 sections, the sector of an employer or a vacancy.
NACE_SECTIONS: dict[str, Any] = {
    "A": QT_TRANSLATE_NOOP("Labels", "Agriculture, forestry and fishing"),
    "B": QT_TRANSLATE_NOOP("Labels", "Mining and quarrying"),
    "C": QT_TRANSLATE_NOOP("Labels", "Manufacturing"),
    "D": QT_TRANSLATE_NOOP("Labels", "Electricity and gas"),
    "E": QT_TRANSLATE_NOOP("Labels", "Water supply and waste"),
    "F": QT_TRANSLATE_NOOP("Labels", "Construction"),
    "G": QT_TRANSLATE_NOOP("Labels", "Wholesale and retail trade"),
    "H": QT_TRANSLATE_NOOP("Labels", "Transport and storage"),
    "I": QT_TRANSLATE_NOOP("Labels", "Accommodation and food"),
    "J": QT_TRANSLATE_NOOP("Labels", "Information and communication"),
    "K": QT_TRANSLATE_NOOP("Labels", "Finance and insurance"),
    "L": QT_TRANSLATE_NOOP("Labels", "Real estate"),
    "M": QT_TRANSLATE_NOOP("Labels", "Professional and technical services"),
    "N": QT_TRANSLATE_NOOP("Labels", "Administrative and support services"),
    "O": QT_TRANSLATE_NOOP("Labels", "Public administration"),
    "P": QT_TRANSLATE_NOOP("Labels", "Education"),
    "Q": QT_TRANSLATE_NOOP("Labels", "Health and social care"),
    "R": QT_TRANSLATE_NOOP("Labels", "Arts and recreation"),
    "S": QT_TRANSLATE_NOOP("Labels", "Other services"),
    "T": QT_TRANSLATE_NOOP("Labels", "Households as employers"),
    "U": QT_TRANSLATE_NOOP("Labels", "Extraterritorial organisations"),
}


def sectors() -> list[tuple[str, str]]:
    """(section letter, "G · Wholesale and retail trade") in NACE order."""
    return [
        (code, f"{code} · {QCoreApplication.translate(_CTX, name)}")
        for code, name in NACE_SECTIONS.items()
    ]


def sector(code: str | None) -> str:
    name = NACE_SECTIONS.get(code or "")
    return QCoreApplication.translate(_CTX, name) if name else ""


def label(value: StrEnum | None) -> str:
    """The translated label of an enumeration value ('' for None)."""
    if value is None:
        return ""
    text = LABELS.get(type(value), {}).get(value)
    return QCoreApplication.translate(_CTX, text) if text else str(value)


def ui_language() -> str:
    """The two-letter language of the user interface, 'en' when it is not known."""
    name = QLocale().name()
    return name[:2] if len(name) >= 2 and name[:2].isalpha() and name != "C" else "en"


@cache
def _babel(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (ValueError, TypeError):
        return Locale("en")


def _sorted_names(pairs: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(pairs.items(), key=lambda item: fold(item[1]) or "")


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country, sorted by name in the interface language."""
    names = country_names(ui_language())
    return _sorted_names({code: names.get(code, code) for code in iso_countries()})


def language_name(code: str) -> str:
    names = _babel(ui_language()).languages
    name = names.get(code)
    return str(name) if name else code


def languages() -> list[tuple[str, str]]:
    return _sorted_names({code: language_name(code) for code in iso_languages()})


def country(code: str | None) -> str:
    if not code:
        return ""
    return country_names(ui_language()).get(code, code)
