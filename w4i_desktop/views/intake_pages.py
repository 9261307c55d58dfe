"""The pages of the intake wizard: each reads and writes its part of the draft's answers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from w4i_desktop.documents.notice import Notice
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import (
    CefrLevel,
    ChildcareNeed,
    ConsentPurpose,
    EducationLevel,
    EmploymentStatus,
    PermitType,
)
from w4i_desktop.services.intake import INTAKE_LANGUAGES, EligibilityWarning
from w4i_desktop.views import record_labels
from w4i_desktop.views.record_widgets import (
    ClockTimeEdit,
    DaysEdit,
    LanguagesEdit,
    OptionalDateEdit,
    TagsEdit,
    YearSpin,
    enum_items,
    fill_combo,
    read_value,
    write_value,
)


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the wizard
    return box


class FormPage(QWizardPage):
    """A page of labelled inputs, each stored under its key in the draft's answers."""

    def __init__(self, name: str, title: str, hint: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.layout_ = QVBoxLayout(self)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setObjectName("hint")
            self.hint.setWordWrap(True)
            self.layout_.addWidget(self.hint)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)

    def add(self, key: str, label: str, widget: QWidget, show: QWidget | None = None) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.labels[key] = (
            label.replace("&", "").rstrip(":") or getattr(widget, "text", lambda: key)()
        )
        self.form.addRow(label, show or widget)
        for signal in ("textChanged", "currentIndexChanged", "toggled", "valueChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self.completeChanged)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            value = read_value(widget)
            out[key] = value.isoformat() if isinstance(value, date) else value
        return out

    def shown_values(self) -> list[tuple[str, str]]:
        """(label, value as shown) of every answered field, for the review."""
        rows = []
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                shown = widget.currentText() if widget.currentData() is not None else ""
            elif isinstance(widget, QCheckBox):
                shown = self.tr("Yes") if widget.isChecked() else ""
            elif isinstance(widget, OptionalDateEdit | YearSpin):
                shown = widget.text() if widget.field_value() is not None else ""
            elif isinstance(widget, ConsentBoxes | DaysEdit):
                boxes = widget.boxes.values()
                shown = ", ".join(b.text() for b in boxes if b.isChecked())
            else:
                value = read_value(widget)
                shown = "" if value in (None, 0) else str(value)
            if shown.strip():
                rows.append((self.labels[key], shown.strip()))
        return rows

    def load(self, data: Mapping[str, Any]) -> None:
        for key, widget in self.fields.items():
            if key not in data:
                continue
            value = data[key]
            if isinstance(widget, OptionalDateEdit) and isinstance(value, str) and value:
                value = date.fromisoformat(value)
            write_value(widget, value)


class ConsentBoxes(QWidget):
    """One check box per purpose of the privacy notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[ConsentPurpose, QCheckBox] = {}
        for purpose in ConsentPurpose:
            box = QCheckBox(record_labels.label(purpose))
            box.setObjectName(f"consent_{purpose.value}")
            self.boxes[purpose] = box
            layout.addWidget(box)
        self.setFocusProxy(self.boxes[ConsentPurpose.PROCESSING])

    def field_value(self) -> list[str]:
        return [p.value for p, box in self.boxes.items() if box.isChecked()]

    def set_field_value(self, value: list[str] | None) -> None:
        for purpose, box in self.boxes.items():
            box.setChecked(purpose.value in (value or []))


def _own_and_ui_name(code: str) -> str:
    """ "Nederlands (Dutch)": she can point at her language, the volunteer can read it."""
    own = Texts.for_language(code)("language.name")
    ui = record_labels.language_name(code)
    return own if own.casefold() == ui.casefold() else f"{own} ({ui})"


class LanguagePage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            "language", self.tr("Interview language"), self.tr("The language you speak together.")
        )
        self.language = QComboBox()
        fill_combo(self.language, [(c, _own_and_ui_name(c)) for c in INTAKE_LANGUAGES])
        self.add("_language", self.tr("&Language"), self.language)


class ConsentPage(FormPage):
    """The privacy notice in the interview language, printable, and her consent per purpose."""

    def __init__(self, notice_of: Callable[[], Notice], print_notice: Callable[[], None]) -> None:
        super().__init__(
            "consent",
            self.tr("Privacy notice and consent"),
            self.tr("Read the notice with her, or print it for her to keep; then tick what she "
                    "agrees to."),
        )  # fmt: skip
        self._notice_of = notice_of
        self.notice = QTextBrowser()
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName(self.tr("Privacy notice"))
        self.notice.setTabChangesFocus(True)
        self.notice.setMinimumHeight(200)
        self.print_button = QPushButton(self.tr("&Print the notice (PDF)…"))
        self.print_button.setObjectName("printNotice")
        self.print_button.clicked.connect(print_notice)
        self.layout_.insertWidget(1, self.notice, 1)
        self.layout_.insertWidget(2, self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.consents = ConsentBoxes()
        self.add("consents", self.tr("She agrees to:"), self.consents)
        for box in self.consents.boxes.values():
            box.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.notice.setHtml(notice_html(self._notice_of()))

    def isComplete(self) -> bool:
        return self.consents.boxes[ConsentPurpose.PROCESSING].isChecked()


def notice_html(shown: Notice) -> str:
    """The notice as rich text for the screen (the same words as the printed one)."""
    parts = [f"<h3>{escape(shown.title)}</h3><p><i>{escape(shown.subtitle)}</i></p>"]
    for heading, text in shown.sections:
        parts.append(f"<p><b>{escape(heading)}</b><br/>{escape(text)}</p>")
    parts.append(
        f"<p><b>{escape(shown.purposes_heading)}</b><br/>{escape(shown.purposes_text)}</p>"
    )
    parts.append("<ul>" + "".join(f"<li>{escape(t)}</li>" for _, t in shown.purposes) + "</ul>")
    return "".join(parts)


class IdentityPage(FormPage):
    def __init__(self) -> None:
        super().__init__("identity", self.tr("Identity and contact"))
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.birth_date = OptionalDateEdit(date(1990, 1, 1))
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.add("first_name", self.tr("&First name"), self.first_name)
        self.add("last_name", self.tr("&Last name"), self.last_name)
        self.add("birth_date", self.tr("&Birth date"), self.birth_date)
        self.add("phone", self.tr("&Phone"), self.phone)
        self.add("email", self.tr("E-&mail"), self.email)

    def isComplete(self) -> bool:
        return bool(self.first_name.text().strip() or self.last_name.text().strip())


class OriginPage(FormPage):
    def __init__(self, warnings_of: Callable[[], list[str]]) -> None:
        super().__init__("origin", self.tr("Origin and residence permit"))
        self._warnings_of = warnings_of
        self._shown: list[str] | None = None
        self.country_of_birth = QComboBox()
        fill_combo(self.country_of_birth, record_labels.countries(), self.tr("Not known"))
        self.arrival_year = YearSpin()
        self.permit_type = QComboBox()
        fill_combo(self.permit_type, enum_items(PermitType), self.tr("Not known"))
        self.permit_expires_on = OptionalDateEdit()
        self.add("country_of_birth", self.tr("&Country of birth"), self.country_of_birth)
        self.add("arrival_year", self.tr("&Arrival year"), self.arrival_year)
        self.add("permit_type", self.tr("&Permit"), self.permit_type)
        self.add("permit_expires_on", self.tr("Permit &expires on"), self.permit_expires_on)
        self.warnings = QLabel()
        self.warnings.setObjectName("eligibilityWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a0015; font-weight: bold;")
        self.layout_.addWidget(self.warnings)
        self.layout_.addStretch(1)

    def warning_texts(self, codes: list[str]) -> list[str]:
        texts = {
            EligibilityWarning.MINOR: self.tr("She is under 18 today."),
            EligibilityWarning.PERMIT_EXPIRED: self.tr("Her residence permit has expired."),
            EligibilityWarning.NO_PERMIT: self.tr("She has no residence permit."),
        }
        return [texts.get(EligibilityWarning(c), c) for c in codes]

    def validatePage(self) -> bool:
        """The first Next with eligibility warnings shows them; the second goes on."""
        codes = self._warnings_of()
        if codes and codes != self._shown:
            self._shown = codes
            lines = self.warning_texts(codes)
            self.warnings.setText(
                self.tr("Check the eligibility before you go on:") + "\n• " + "\n• ".join(lines)
            )
            return False
        self.warnings.setText("")
        return True


class LanguagesPage(FormPage):
    def __init__(self) -> None:
        super().__init__("languages", self.tr("Languages"))
        self.languages = LanguagesEdit()
        self.host_language = QComboBox()
        fill_combo(self.host_language, record_labels.languages())
        write_value(self.host_language, "it")
        self.host_cefr = QComboBox()
        levels = [(c.value, c.value) for c in CefrLevel if c is not CefrLevel.NONE]
        fill_combo(self.host_cefr, [(CefrLevel.NONE.value, self.tr("None yet")), *levels])
        self.host_cefr.insertItem(0, self.tr("Not assessed"), None)
        self.host_cefr.setCurrentIndex(0)
        self.add("languages", self.tr("&Languages she speaks"), self.languages)
        self.add("host_language", self.tr("&Host-country language"), self.host_language)
        self.add("host_cefr", self.tr("Her &level (self-assessed, CEFR)"), self.host_cefr)


class EducationPage(FormPage):
    def __init__(self) -> None:
        super().__init__("education", self.tr("Education and work"))
        self.education_level = QComboBox()
        fill_combo(self.education_level, enum_items(EducationLevel))
        write_value(self.education_level, EducationLevel.UNKNOWN)
        self.qualification_recognised = QComboBox()
        fill_combo(
            self.qualification_recognised,
            [(True, self.tr("Yes")), (False, self.tr("No"))],
            self.tr("Not known or not applicable"),
        )
        self.employment_status = QComboBox()
        fill_combo(self.employment_status, enum_items(EmploymentStatus))
        write_value(self.employment_status, EmploymentStatus.UNKNOWN)
        self.work_experience, self.skills = _text_box(), TagsEdit()
        self.skills.setPlaceholderText(self.tr("Separated by commas"))
        self.add("education_level", self.tr("&Education (ISCED)"), self.education_level)
        self.add(
            "qualification_recognised",
            self.tr("&Qualification recognised"),
            self.qualification_recognised,
        )
        self.add("employment_status", self.tr("&Employment status"), self.employment_status)
        self.add("work_experience", self.tr("&Work experience"), self.work_experience)
        self.add("skills", self.tr("&Skills"), self.skills)


class FamilyPage(FormPage):
    def __init__(self) -> None:
        super().__init__("family", self.tr("Family and availability"))
        self.children_count = QSpinBox()
        self.children_count.setRange(0, 30)
        self.childcare_need = QComboBox()
        fill_combo(self.childcare_need, enum_items(ChildcareNeed))
        self.available_days = DaysEdit()
        self.available_from, self.available_until = ClockTimeEdit(), ClockTimeEdit()
        self.driving_licence = QCheckBox(self.tr("She has a driving licence"))
        self.add("children_count", self.tr("&Children"), self.children_count)
        self.add("childcare_need", self.tr("C&hildcare needed"), self.childcare_need)
        self.add("available_days", self.tr("Available &days"), self.available_days)
        self.add("available_from", self.tr("Available &from"), self.available_from)
        self.add("available_until", self.tr("Available &until"), self.available_until)
        self.add("driving_licence", "", self.driving_licence)


class NeedsPage(FormPage):
    def __init__(self) -> None:
        super().__init__("needs", self.tr("Needs and goals"))
        self.needs_and_goals = _text_box()
        self.add("needs_and_goals", self.tr("&Needs and goals"), self.needs_and_goals)


class ReviewPage(FormPage):
    def __init__(self, submit: Callable[[], bool]) -> None:
        super().__init__(
            "review", self.tr("Review and submit"), self.tr("Check the answers, then Submit.")
        )
        self._submit = submit
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.layout_.addWidget(self.summary, 1)
        self.error = QLabel()
        self.error.setObjectName("submitError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a0015;")
        self.layout_.addWidget(self.error)

    def validatePage(self) -> bool:
        return self._submit()
