"""Translated labels for the core's enumeration values (static tables via QT_TRANSLATE_NOOP)."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from w4i_desktop.catalogues import country_names
from w4i_desktop.enums import ClosureReason, Role, StepKind

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


def _babel_locale() -> Locale:
    return _parse_locale(QLocale().name())  # e.g. "it_IT"; "C" on a bare system


@cache
def _parse_locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale("en")


def country(code: str | None) -> str:
    if not code:
        return ""
    return country_names(_babel_locale().language).get(code, code)


def _four_digit_year(fmt: str) -> str:
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_format() -> str:
    """The locale's short date format with a four-digit year: 14/05/1985, never 14/05/85 (a
    birth year or a closing year needs its century)."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_format() -> str:
    """The locale's short date and time format, with a four-digit year."""
    return _four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def short_date(value: date | datetime | None) -> str:
    """A date as tables and labels show it: the locale's order, a four-digit year."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    text: str = QLocale().toString(QDate(value.year, value.month, value.day), date_format())
    return text


def date_time(value: datetime | None) -> str:
    """A moment (a note added, a backup made) in local time, with a four-digit year."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    text: str = QLocale().toString(moment, date_time_format())
    return text


def decimal(value: float, places: int = 1) -> str:
    """A number with `places` decimals as the user's locale writes it (12,5 or 12.5)."""
    return QLocale().toString(value, "f", places)


def mnemonic_room(label: QLabel) -> int:
    """How many pixels wider than measured a label's text is drawn: the underlined letter of
    its shortcut ("&Telefono") is drawn apart from its neighbours, losing their kerning, so
    "Telefono" came out as "Telefonc", its last letter cut."""
    text = label.text()
    at = text.replace("&&", "\0\0").find("&")
    if at < 0 or at + 1 >= len(text) or label.textFormat() == Qt.TextFormat.RichText:
        return 0
    metrics = label.fontMetrics()
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    pieces = (text[:at].replace("&&", "&"), text[at + 1], text[at + 2 :].replace("&&", "&"))
    drawn = sum(metrics.horizontalAdvance(piece) for piece in pieces)
    return max(drawn - metrics.horizontalAdvance(plain), 0)


def keep_labels_whole(root: QWidget) -> None:
    """Make every label under `root` whose text has a shortcut letter a little wider than its
    measured text, for what the split drawing adds: QLabel clips its text to its own width, and
    a form label is exactly that wide ("Telefonc")."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        # Form labels without a shortcut letter too: a last letter's overhang ("rapporter")
        # reaches past the measured width, and a form label is given exactly that width.
        if "&" in label.text() or _is_form_label(label):
            spare = max(2, label.fontMetrics().height() // 6, mnemonic_room(label) + 1)
            label.setMinimumWidth(max(label.minimumWidth(), label.sizeHint().width() + spare))


def _is_form_label(label: QLabel) -> bool:
    parent = label.parentWidget()
    form = parent.layout() if parent is not None else None
    forms = [form] if isinstance(form, QFormLayout) else []
    if parent is not None:
        forms += parent.findChildren(QFormLayout)
    for layout in forms:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is label:
                return True
    return False
