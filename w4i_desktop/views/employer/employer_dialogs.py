"""The small forms of the employer screens: a contact person, an interaction, a vacancy."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from w4i_desktop.enums import CefrLevel, ContractType, InteractionKind, VacancyStatus
from w4i_desktop.services import employers, vacancies
from w4i_desktop.services import skills as skill_list
from w4i_desktop.services.context import Context
from w4i_desktop.views import labels
from w4i_desktop.views.form_dialog import FormDialog, hours_box
from w4i_desktop.views.skill_picker import SkillsEdit
from w4i_desktop.views.widgets import (
    ClockTimeEdit,
    DaysEdit,
    OptionalDateEdit,
    enum_items,
    fill_combo,
)


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(110)
    return box


class ContactDialog(FormDialog):
    def __init__(self, ctx: Context, employer_id: int, parent: QWidget | None = None) -> None:
        super().__init__("contactDialog", self.tr("Add a contact person"), parent)
        self.add("name", self.tr("&Name"), QLineEdit())
        self.add("job_title", self.tr("&Job title"), QLineEdit())
        self.add("phone", self.tr("&Phone"), QLineEdit())
        self.add("email", self.tr("E-&mail"), QLineEdit())
        self.finish(lambda values: employers.add_contact(ctx, employer_id, values))


class InteractionDialog(FormDialog):
    def __init__(self, ctx: Context, employer_id: int, parent: QWidget | None = None) -> None:
        super().__init__("interactionDialog", self.tr("Log a contact with the employer"), parent)
        on = OptionalDateEdit(date.today())
        on.set_field_value(date.today())
        self.add("occurred_on", self.tr("&Date"), on)
        kind = QComboBox()
        fill_combo(kind, enum_items(InteractionKind))
        self.add("kind", self.tr("&Kind"), kind)
        self.add("summary", self.tr("&Summary"), _text_box())
        self.finish(
            lambda v: employers.log_interaction(
                ctx,
                employer_id,
                v["occurred_on"] or date.today(),
                InteractionKind(v["kind"]),
                v["summary"],
            )
        )


class VacancyDialog(FormDialog):
    """A new vacancy (vacancy_id None) or changes to one; saving refuses a stale edit."""

    def __init__(
        self,
        ctx: Context,
        employer_id: int,
        vacancy_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New vacancy") if vacancy_id is None else self.tr("Edit the vacancy")
        super().__init__("vacancyDialog", title, parent)
        self.add("title", self.tr("&Title"), QLineEdit())
        sector = QComboBox()
        fill_combo(sector, labels.sectors(), self.tr("As the employer"))
        self.add("sector", self.tr("S&ector"), sector)
        self.add("municipality", self.tr("&Municipality"), QLineEdit())
        self.add("hours_per_week", self.tr("&Hours per week"), hours_box())
        self.add("schedule_days", self.tr("&Days"), DaysEdit())
        self.add("start_time", self.tr("&From"), ClockTimeEdit())
        self.add("end_time", self.tr("Un&til"), ClockTimeEdit())
        self.add(
            "childcare_compatible",
            "",
            QCheckBox(self.tr("Hours fit with &childcare (school or nursery hours)")),
        )
        contract = QComboBox()
        fill_combo(contract, enum_items(ContractType))
        self.add("contract_type", self.tr("&Contract"), contract)
        level = QComboBox()
        fill_combo(level, enum_items(CefrLevel))
        self.add("required_cefr", self.tr("&Language level needed"), level)
        self.add("required_language", self.tr("Lan&guage"), self._language_box(ctx, employer_id))
        skills = SkillsEdit()
        skills.set_entries(skill_list.list_skills(ctx))
        self.add("skills", self.tr("S&kills"), skills)
        opened = OptionalDateEdit(date.today())
        opened.set_field_value(date.today())
        self.add("opened_on", self.tr("&Opened on"), opened)
        self.add("closed_on", self.tr("C&losed on"), OptionalDateEdit(date.today()))
        status = QComboBox()
        fill_combo(status, enum_items(VacancyStatus))
        self.add("status", self.tr("&Status"), status)
        self._version = 0
        if vacancy_id is not None:
            record = vacancies.get_vacancy(ctx, vacancy_id)
            self._version = record["version_id"]
            self.load(record)

        def submit(values: dict[str, Any]) -> object:
            cleaned = dict(values)
            if cleaned["sector"] is None:
                del cleaned["sector"]  # the employer's sector
            if vacancy_id is None:
                if not cleaned["municipality"]:
                    del cleaned["municipality"]  # the employer's municipality
                return vacancies.create_vacancy(ctx, employer_id, cleaned)
            return vacancies.update_vacancy(ctx, vacancy_id, cleaned, self._version)

        self.finish(submit)

    def _language_box(self, ctx: Context, employer_id: int) -> QComboBox:
        """Every language by its name in the interface language; first the site's own, which
        stands for "the host language" (stored as None: it follows the site's country)."""
        box = QComboBox()
        box.setObjectName("requiredLanguage")
        default = vacancies.default_language(ctx, employer_id)
        first = (
            self.tr("%1 (the language of the site)").replace("%1", labels.language_name(default))
            if default
            else self.tr("The host language (the site has no country)")
        )
        fill_combo(box, labels.languages(), first)
        return box
