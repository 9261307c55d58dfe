"""The editable tabs of a participant's record: Profile, Background, Family & availability.

Each tab maps the service's field names to its input widgets (`fields`) and to the words on
their labels (`labels`); the record reads, compares and highlights fields through these maps.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES
from w4i_desktop.enums import ChildcareNeed, EducationLevel, EmploymentStatus, PermitType
from w4i_desktop.services.record_views import AssessmentRow
from w4i_desktop.views import formats, labels
from w4i_desktop.views.skill_picker import SkillsEdit
from w4i_desktop.views.widgets import (
    ClockTimeEdit,
    DaysEdit,
    LanguagesEdit,
    OptionalDateEdit,
    RowsModel,
    TagsEdit,
    YearSpin,
    enum_items,
    fill_combo,
    read_only_table,
    with_clear_button,
)


def new_form(grow: bool = True) -> QFormLayout:
    """Labels right-aligned next to their fields; text fields grow unless `grow` is False."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(
        QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        if grow
        else QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint
    )
    # A field too wide for the room left goes under its label, rather than the label being cut.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class FormTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}

    def add_row(
        self,
        form: QFormLayout,
        key: str,
        text: str,
        field: QWidget,
        shown: QWidget | None = None,
    ) -> QLabel:
        """A labelled row: `text` carries the '&' mnemonic; `shown` wraps `field` if given."""
        label = QLabel(text)
        label.setBuddy(field)
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        field.setAccessibleName(plain)
        form.addRow(label, shown or field)
        self.fields[key] = field
        self.labels[key] = plain
        return label

    def add_text_box(self, key: str, title: str, field: QPlainTextEdit) -> QGroupBox:
        box = QGroupBox(title)
        plain = title.replace("&", "")
        field.setAccessibleName(plain)
        field.setTabChangesFocus(True)
        QVBoxLayout(box).addWidget(field)
        self.fields[key] = field
        self.labels[key] = plain
        return box


class ProfileTab(FormTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = True  # False: a role that only reads the record (no field enabled)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.birth_date = OptionalDateEdit(default=date(date.today().year - 35, 1, 1))
        self.birth_year = YearSpin()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. +39 333 123 4567"))
        self.email = QLineEdit()
        self.municipality = QLineEdit()
        self.neighbourhood = QLineEdit()
        self.preferred_language = QComboBox()
        fill_combo(
            self.preferred_language,
            [(c, labels.language_name(c)) for c in DOCUMENT_LANGUAGES],
            self.tr("Not chosen"),
        )
        self.site = QComboBox()
        self.caseworker = QComboBox()
        self.enrolled_on = OptionalDateEdit()
        self.needs_and_goals = QPlainTextEdit()
        self.sensitive_notes = QPlainTextEdit()

        identity = QGroupBox(self.tr("Identity"))
        form = new_form()
        self.add_row(form, "first_name", self.tr("First n&ame"), self.first_name)
        self.add_row(form, "last_name", self.tr("&Last name"), self.last_name)
        self.add_row(form, "preferred_name", self.tr("Prefe&rred name"), self.preferred_name)
        date_box = with_clear_button(self.birth_date, self.tr("date of birth"))
        self.add_row(form, "birth_date", self.tr("Date of &birth"), self.birth_date, date_box)
        self.add_row(form, "birth_year", self.tr("&Year of birth"), self.birth_year)
        identity.setLayout(form)

        contact = QGroupBox(self.tr("Contact"))
        form = new_form()
        self.add_row(form, "phone", self.tr("&Phone"), self.phone)
        self.add_row(form, "email", self.tr("&E-mail"), self.email)
        self.add_row(form, "municipality", self.tr("&Municipality"), self.municipality)
        self.add_row(form, "neighbourhood", self.tr("&Neighbourhood"), self.neighbourhood)
        self.add_row(
            form,
            "preferred_language",
            self.tr("Language for &documents"),
            self.preferred_language,
        )
        contact.setLayout(form)

        enrolment = QGroupBox(self.tr("Enrolment"))
        form = new_form()
        self.add_row(form, "site_id", self.tr("Si&te"), self.site)
        self.add_row(form, "caseworker_id", self.tr("&Caseworker"), self.caseworker)
        enrolled_box = with_clear_button(self.enrolled_on, self.tr("intake date"))
        self.add_row(form, "enrolled_on", self.tr("&Intake date"), self.enrolled_on, enrolled_box)
        enrolment.setLayout(form)

        needs = self.add_text_box(
            "needs_and_goals", self.tr("Needs and &goals"), self.needs_and_goals
        )
        self.sensitive_box = self.add_text_box(
            "sensitive_notes", self.tr("Sensiti&ve notes"), self.sensitive_notes
        )
        hint = QLabel(self.tr("Only staff, managers and administrators can read these notes."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        box_layout = self.sensitive_box.layout()
        assert box_layout is not None
        box_layout.addWidget(hint)

        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(contact)
        left.addWidget(enrolment)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(needs, 1)
        right.addWidget(self.sensitive_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self.birth_date.dateChanged.connect(self.sync_birth_year)

    def sync_birth_year(self) -> None:
        born = self.birth_date.date_value()
        if born is not None:
            self.birth_year.setValue(born.year)
        self.birth_year.setEnabled(self.editable and born is None)

    def set_choices(self, sites: list[tuple[int, str]], caseworkers: list[tuple[int, str]]) -> None:
        fill_combo(self.site, sites)
        fill_combo(self.caseworker, caseworkers, self.tr("Not assigned"))

    def show_sensitive(self, visible: bool) -> None:
        self.sensitive_box.setVisible(visible)


class BackgroundTab(FormTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_of_birth = QComboBox()
        self.nationality = QComboBox()
        for combo in (self.country_of_birth, self.nationality):
            fill_combo(combo, labels.countries(), self.tr("Not known"))
        self.arrival_year = YearSpin()
        self.permit_type = QComboBox()
        fill_combo(self.permit_type, enum_items(PermitType), self.tr("Not known"))
        self.permit_expires_on = OptionalDateEdit()
        self.languages = LanguagesEdit()
        self.education_level = QComboBox()
        fill_combo(self.education_level, enum_items(EducationLevel))
        self.qualification_recognised = QComboBox()
        fill_combo(
            self.qualification_recognised,
            [(True, self.tr("Yes")), (False, self.tr("No"))],
            self.tr("Not known or not applicable"),
        )
        self.employment_status = QComboBox()
        fill_combo(self.employment_status, enum_items(EmploymentStatus))
        self.skills = SkillsEdit()
        self.work_experience = QPlainTextEdit()
        self.work_experience.setTabChangesFocus(True)
        self.work_experience.setMaximumHeight(90)

        origin = QGroupBox(self.tr("Origin and residence"))
        form = new_form()
        self.add_row(form, "country_of_birth", self.tr("Country of &birth"), self.country_of_birth)
        self.add_row(form, "nationality", self.tr("&Nationality"), self.nationality)
        self.add_row(form, "arrival_year", self.tr("&Arrival year"), self.arrival_year)
        self.add_row(form, "permit_type", self.tr("&Residence permit"), self.permit_type)
        expiry = with_clear_button(self.permit_expires_on, self.tr("permit expiry"))
        self.add_row(
            form, "permit_expires_on", self.tr("Permit e&xpires on"), self.permit_expires_on, expiry
        )
        self.add_row(form, "languages", self.tr("&Languages spoken"), self.languages)
        self.languages.edit.setAccessibleName(self.labels["languages"])
        origin.setLayout(form)

        work = QGroupBox(self.tr("Education and work"))
        form = new_form()
        self.add_row(form, "education_level", self.tr("&Education"), self.education_level)
        self.add_row(
            form,
            "qualification_recognised",
            self.tr("&Qualification recognised"),
            self.qualification_recognised,
        )
        self.add_row(
            form, "employment_status", self.tr("E&mployment at intake"), self.employment_status
        )
        self.add_row(form, "skills", self.tr("S&kills"), self.skills)
        self.skills.edit.setAccessibleName(self.labels["skills"])
        self.add_row(form, "work_experience", self.tr("&Work experience"), self.work_experience)
        work.setLayout(form)

        self.assessments = RowsModel(
            [
                self.tr("Date"),
                self.tr("Language"),
                self.tr("Level"),
                self.tr("When"),
                self.tr("How"),
            ],
            self,
        )
        cefr = QGroupBox(self.tr("Language assessments (CEFR)"))
        cefr_layout = QVBoxLayout(cefr)
        cefr_layout.addWidget(read_only_table(self.assessments, cefr.title(), 3))

        columns = QHBoxLayout()
        columns.addWidget(origin, 1)
        columns.addWidget(work, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(cefr, 1)

    def set_assessments(self, rows: list[AssessmentRow]) -> None:
        self.assessments.set_rows(
            (
                a.id,
                (
                    formats.short_date(a.assessed_on),
                    labels.language_name(a.language),
                    a.level.value if a.level.value != "none" else self.tr("None"),
                    labels.label(a.stage),
                    self.tr("Self-assessed") if a.self_assessed else self.tr("Tested"),
                ),
            )
            for a in rows
        )


class FamilyTab(FormTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.children_count = QSpinBox()
        self.children_count.setRange(0, 30)
        self.children_count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.childcare_need = QComboBox()
        fill_combo(self.childcare_need, enum_items(ChildcareNeed))
        self.available_days = DaysEdit()
        self.available_from = ClockTimeEdit()
        self.available_until = ClockTimeEdit()
        self.driving_licence = QCheckBox(self.tr("Has a driving licence valid here"))
        self.would_relocate = QCheckBox(self.tr("Would move to another town for a job"))
        self.commutes_to = TagsEdit()
        self.commutes_to.setPlaceholderText(self.tr("Towns she can reach every day, e.g. Haarlem"))
        self.commutes_to.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

        family = QGroupBox(self.tr("Family"))
        form = new_form(grow=False)
        self.add_row(form, "children_count", self.tr("&Children"), self.children_count)
        self.add_row(form, "childcare_need", self.tr("Childcare &need"), self.childcare_need)
        family.setLayout(form)

        availability = QGroupBox(self.tr("Availability for work or courses"))
        form = new_form(grow=False)
        self.add_row(form, "available_days", self.tr("&Days"), self.available_days)
        self.add_row(form, "available_from", self.tr("F&rom"), self.available_from)
        self.add_row(form, "available_until", self.tr("Un&til"), self.available_until)
        self.add_row(form, "driving_licence", self.tr("Dri&ving licence"), self.driving_licence)
        self.add_row(form, "would_relocate", self.tr("Re&location"), self.would_relocate)
        self.add_row(form, "commutes_to", self.tr("Co&mmutes to"), self.commutes_to)
        availability.setLayout(form)

        columns = QHBoxLayout()
        columns.addWidget(family, 1)
        columns.addWidget(availability, 2)
        hint = QLabel(
            self.tr(
                "Used when looking for vacancies and courses whose days and hours fit, "
                "including hours compatible with childcare."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(hint)
        layout.addStretch(1)
