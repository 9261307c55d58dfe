"""Recording a placement (from her record or from the employer's) and a follow-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from w4i_desktop.enums import PlacementType, VacancyStatus
from w4i_desktop.errors import BadInput
from w4i_desktop.services import employers, participant_search, placements, vacancies
from w4i_desktop.services.context import Context
from w4i_desktop.views.form_dialog import FormDialog, hours_box
from w4i_desktop.views.widgets import OptionalDateEdit, enum_items, fill_combo


class PlacementDialog(FormDialog):
    """A new placement, where one side is known: her (participant_id) or the employer
    (employer_id); or, with placement_id, a placement to correct (her and the employer stay).
    A new start date moves her follow-ups still to do."""

    def __init__(
        self,
        ctx: Context,
        participant_id: int | None = None,
        employer_id: int | None = None,
        vacancy_id: int | None = None,
        parent: QWidget | None = None,
        placement_id: int | None = None,
    ) -> None:
        super().__init__("placementDialog", self.tr("New placement"), parent)
        self.ctx = ctx
        self.code: QLineEdit | None = None
        self.employer: QComboBox | None = None
        existing = placements.get_placement(ctx, placement_id) if placement_id is not None else None
        if existing is not None:
            self.setWindowTitle(self.tr("Edit the placement"))
            participant_id, employer_id = existing.participant_id, existing.employer_id
            vacancy_id = existing.vacancy_id
        if participant_id is None:
            self.code = QLineEdit()
            self.code.setPlaceholderText(self.tr("e.g. W4I-7KQ2M"))
            self.add("code", self.tr("&Participant code"), self.code)
        if employer_id is None:
            self.employer = QComboBox()
            fill_combo(
                self.employer,
                [(e.id, e.name) for e in employers.list_employers(ctx)],
                self.tr("Choose the employer"),
            )
            self.add("employer_id", self.tr("&Employer"), self.employer)
            self.employer.currentIndexChanged.connect(lambda _i: self._fill_vacancies())
        self.vacancy = QComboBox()
        self.add("vacancy_id", self.tr("&Vacancy"), self.vacancy)
        self._employer_id = employer_id
        self._fill_vacancies(vacancy_id)
        kind = QComboBox()
        fill_combo(kind, enum_items(PlacementType))
        self.add("type", self.tr("&Type"), kind)
        start = OptionalDateEdit(date.today())
        start.set_field_value(date.today())
        self.add("start_date", self.tr("&Start"), start)
        self.add("end_date", self.tr("E&nd (if agreed)"), OptionalDateEdit(date.today()))
        self.add("hours_per_week", self.tr("&Hours per week"), hours_box())
        if existing is not None:
            self.load(
                {
                    "type": existing.type,
                    "start_date": existing.start_date,
                    "end_date": existing.end_date,
                    "hours_per_week": existing.hours_per_week,
                }
            )

        def submit(values: dict[str, Any]) -> object:
            if existing is not None:
                placements.update_placement(
                    ctx,
                    existing.id,
                    PlacementType(values["type"]),
                    values["start_date"] or existing.start_date,
                    vacancy_id=values["vacancy_id"],
                    end_date=values["end_date"],
                    hours_per_week=values["hours_per_week"],
                    expected_version=existing.version_id,
                )
                return existing.id
            pid = participant_id
            if pid is None:
                pid = participant_search.id_for_code(ctx, values["code"])
            eid = employer_id if employer_id is not None else values["employer_id"]
            if eid is None:
                raise BadInput(self.tr("Choose the employer."))
            return placements.create_placement(
                ctx,
                pid,
                eid,
                PlacementType(values["type"]),
                values["start_date"] or date.today(),
                vacancy_id=values["vacancy_id"],
                end_date=values["end_date"],
                hours_per_week=values["hours_per_week"],
            )

        self.finish(submit)

    def _fill_vacancies(self, selected: int | None = None) -> None:
        """The employer's open vacancies, and the chosen one even when it is filled."""
        employer_id = self._employer_id
        if employer_id is None and self.employer is not None:
            employer_id = self.employer.currentData()
        rows = vacancies.vacancies(self.ctx, employer_id) if employer_id is not None else []
        fill_combo(
            self.vacancy,
            [(v.id, v.title) for v in rows if v.status is VacancyStatus.OPEN or v.id == selected],
            self.tr("No particular vacancy"),
        )
        index = self.vacancy.findData(selected)
        self.vacancy.setCurrentIndex(max(index, 0))


class FollowUpDialog(FormDialog):
    def __init__(self, ctx: Context, placement_id: int, parent: QWidget | None = None) -> None:
        super().__init__("followUpDialog", self.tr("Record a follow-up"), parent)
        months = QComboBox()
        fill_combo(
            months,
            [
                (1, self.tr("After 1 month")),
                (3, self.tr("After 3 months")),
                (6, self.tr("After 6 months")),
                (12, self.tr("After 12 months")),
            ],
        )
        self.add("months", self.tr("&Follow-up"), months)
        on = OptionalDateEdit(date.today())
        on.set_field_value(date.today())
        self.add("on", self.tr("&Date"), on)
        self.add("still_employed", "", QCheckBox(self.tr("She is still &employed there")))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(110)
        self.add("notes", self.tr("&Notes"), notes)
        self.finish(
            lambda v: placements.record_follow_up(
                ctx,
                placement_id,
                int(v["months"]),
                v["on"] or date.today(),
                bool(v["still_employed"]),
                v["notes"],
            )
        )
