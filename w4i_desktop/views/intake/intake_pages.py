"""The pages of the intake wizard: each reads and writes its part of the draft's answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
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
from w4i_desktop.services.intake import INTAKE_LANGUAGES, EligibilityWarning, IntakeChoices
from w4i_desktop.views import labels
from w4i_desktop.views.intake.intake_form import ConsentBoxes, FormPage, text_box
from w4i_desktop.views.skill_picker import SkillsEdit
from w4i_desktop.views.widgets import (
    ClockTimeEdit,
    DaysEdit,
    LanguagesEdit,
    OptionalDateEdit,
    YearSpin,
    enum_items,
    fill_combo,
    write_value,
)

__all__ = ["ConsentBoxes", "FormPage"]  # the base of the pages, where the tests know it


def _own_and_ui_name(code: str) -> str:
    """ "Nederlands (Dutch)": she can point at her language, the volunteer can read it."""
    own = Texts.for_language(code)("language.name")
    ui = labels.language_name(code)
    return own if own.casefold() == ui.casefold() else f"{own} ({ui})"


class LanguagePage(FormPage):
    """The language of the interview, and the site and caseworker that will follow her."""

    def __init__(self, choices: IntakeChoices) -> None:
        super().__init__(
            "language",
            self.tr("Interview language and site"),
            self.tr("The language you speak together, and who will follow her."),
        )
        self.choices = choices
        self.language = QComboBox()
        fill_combo(self.language, [(c, _own_and_ui_name(c)) for c in INTAKE_LANGUAGES])
        ui = labels.ui_language()
        write_value(self.language, ui if ui in INTAKE_LANGUAGES else "en")
        self.site = QComboBox()
        fill_combo(self.site, [(s.id, s.name) for s in choices.sites])
        self.caseworker = QComboBox()
        self.add("_language", self.tr("&Language"), self.language)
        self.add("site_id", self.tr("&Site"), self.site)
        self.add("caseworker_id", self.tr("Case&worker"), self.caseworker)
        self.site.currentIndexChanged.connect(self._fill_caseworkers)
        own = choices.own_site_id
        write_value(self.site, own if own is not None else self.site.currentData())
        self._fill_caseworkers()

    def _fill_caseworkers(self) -> None:
        chosen = self.caseworker.currentData()
        people = self.choices.caseworkers_for(self.site.currentData())
        fill_combo(self.caseworker, [(c.id, c.name) for c in people], self.tr("To assign"))
        write_value(self.caseworker, chosen)

    def host_language(self) -> str:
        """Of the chosen site's country; the interface language when the site has none."""
        site_id = self.site.currentData()
        site = next((s for s in self.choices.sites if s.id == site_id), None)
        return (site.host_language if site else None) or labels.ui_language()

    def shown_values(self) -> list[tuple[str, str]]:
        rows = [row for row in super().shown_values() if row[0] != self.labels["_language"]]
        if self.caseworker.currentData() is None:
            rows.append((self.labels["caseworker_id"], self.tr("to assign")))
        return rows


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
        self.add("birth_date", self.tr("Birth &date"), self.birth_date)
        self.add("phone", self.tr("&Phone"), self.phone)
        self.add("email", self.tr("E-&mail"), self.email)

    def isComplete(self) -> bool:
        return bool(self.first_name.text().strip() or self.last_name.text().strip())


class OriginPage(FormPage):
    def __init__(self, warnings_of: Callable[[], list[str]]) -> None:
        super().__init__("origin", self.tr("Origin and residence permit"))
        self._warnings_of = warnings_of
        self._shown: list[str] | None = None
        self.country_of_birth, self.nationality = QComboBox(), QComboBox()
        for combo in (self.country_of_birth, self.nationality):
            fill_combo(combo, labels.countries(), self.tr("Not known"))
        self.arrival_year = YearSpin()
        self.permit_type = QComboBox()
        fill_combo(self.permit_type, enum_items(PermitType), self.tr("Not known"))
        self.permit_expires_on = OptionalDateEdit()
        self.add("country_of_birth", self.tr("&Country of birth"), self.country_of_birth)
        self.add("nationality", self.tr("Citi&zenship"), self.nationality)
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
        if not super().validatePage():
            return False
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
        fill_combo(self.host_language, labels.languages())
        write_value(self.host_language, labels.ui_language())
        self.host_cefr = QComboBox()
        levels = [(c.value, c.value) for c in CefrLevel if c is not CefrLevel.NONE]
        fill_combo(self.host_cefr, [(CefrLevel.NONE.value, self.tr("None yet")), *levels])
        self.host_cefr.insertItem(0, self.tr("Not assessed"), None)
        self.host_cefr.setCurrentIndex(0)
        self.add("languages", self.tr("&Languages she speaks"), self.languages)
        self.add("host_language", self.tr("&Host-country language"), self.host_language)
        self.add("host_cefr", self.tr("Her le&vel (self-assessed, CEFR)"), self.host_cefr)


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
        self.work_experience, self.skills = text_box(), SkillsEdit()
        self.add("education_level", self.tr("&Education (ISCED)"), self.education_level)
        self.add(
            "qualification_recognised",
            self.tr("&Qualification recognised"),
            self.qualification_recognised,
        )
        self.add("employment_status", self.tr("Em&ployment status"), self.employment_status)
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
        self.needs_and_goals = text_box()
        self.add("needs_and_goals", self.tr("Needs and &goals"), self.needs_and_goals)


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
