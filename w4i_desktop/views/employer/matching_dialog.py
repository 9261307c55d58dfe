"""Matching results: candidates for a vacancy, or vacancies for her, best first, each with
the reasons for its score in words. Hard conflicts are listed last and say so. The dialog opens
at once and the matches fill it when they are computed (off the GUI thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop.enums import CefrLevel, Weekday
from w4i_desktop.errors import W4IError
from w4i_desktop.services import matching
from w4i_desktop.services.context import Context
from w4i_desktop.services.match_scoring import Match, Reason
from w4i_desktop.views.labels import language_name
from w4i_desktop.views.messages import user_message
from w4i_desktop.views.operations import run_in_background
from w4i_desktop.views.skill_labels import skill_names
from w4i_desktop.views.widgets import RowsModel, read_only_table

# Spelled out at each call, so pyside6-lupdate finds the context and the text.
translate = QCoreApplication.translate


SHOWN_CANDIDATES = 200  # the best; the rest would not be read
_CTX = "Matching"
# Marked for translation here; the core keeps English texts of its own for logs and tests.
_TEXTS: dict[str, Any] = {
    "no_consent": QT_TRANSLATE_NOOP("Matching", "no consent to share her data with employers"),
    "language_not_required": QT_TRANSLATE_NOOP("Matching", "no language level required"),
    "language_meets": QT_TRANSLATE_NOOP(
        "Matching", "{language}: {her}, meets the required {needed}"
    ),
    "language_exceeds": QT_TRANSLATE_NOOP(
        "Matching", "{language}: {her}, above the required {needed}"
    ),
    "language_below": QT_TRANSLATE_NOOP(
        "Matching", "{language}: {her}, one level below the required {needed}"
    ),
    "language_far_below": QT_TRANSLATE_NOOP(
        "Matching", "{language}: {her}, far below the required {needed} ({levels} levels)"
    ),
    "language_unknown": QT_TRANSLATE_NOOP(
        "Matching", "{language}: level not assessed, {needed} required"
    ),
    "no_skills_required": QT_TRANSLATE_NOOP("Matching", "no particular skills asked"),
    "skills_overlap": QT_TRANSLATE_NOOP("Matching", "skills: {skills} ({count} of {asked})"),
    "no_skills_overlap": QT_TRANSLATE_NOOP("Matching", "none of the skills asked: {skills}"),
    "days_fit": QT_TRANSLATE_NOOP("Matching", "available on {days}"),
    "days_conflict": QT_TRANSLATE_NOOP("Matching", "not available on {days}"),
    "availability_unknown": QT_TRANSLATE_NOOP("Matching", "availability not recorded"),
    "schedule_days_unknown": QT_TRANSLATE_NOOP("Matching", "working days not given"),
    "hours_fit": QT_TRANSLATE_NOOP("Matching", "available {start}–{end}"),
    "hours_conflict": QT_TRANSLATE_NOOP(
        "Matching", "works {start}–{end}, available {from}–{until}"
    ),
    "hours_unknown": QT_TRANSLATE_NOOP("Matching", "available hours not recorded"),
    "schedule_hours_unknown": QT_TRANSLATE_NOOP("Matching", "working hours not given"),
    "same_municipality": QT_TRANSLATE_NOOP("Matching", "lives in {municipality}"),
    "other_municipality": QT_TRANSLATE_NOOP("Matching", "lives in {her}, job in {job}"),
    "commutes_to": QT_TRANSLATE_NOOP("Matching", "lives in {her}, commutes to {job}"),
    "would_relocate": QT_TRANSLATE_NOOP("Matching", "lives in {her}, would relocate to {job}"),
    "municipality_unknown": QT_TRANSLATE_NOOP("Matching", "municipality not recorded"),
    "childcare_not_needed": QT_TRANSLATE_NOOP("Matching", "no childcare needed"),
    "childcare_compatible": QT_TRANSLATE_NOOP("Matching", "the employer accommodates childcare"),
    "childcare_ok": QT_TRANSLATE_NOOP("Matching", "within daycare hours"),
    "childcare_conflict": QT_TRANSLATE_NOOP("Matching", "{parts}: conflicts with childcare"),
    "childcare_unknown": QT_TRANSLATE_NOOP("Matching", "working hours not given: check childcare"),
}
_PARTS: dict[str, Any] = {
    "early_mornings": QT_TRANSLATE_NOOP("Matching", "early mornings"),
    "evenings": QT_TRANSLATE_NOOP("Matching", "evenings"),
    "weekends": QT_TRANSLATE_NOOP("Matching", "weekends"),
}


def _tr(text: Any) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def _param(key: str, value: str) -> str:
    if key in ("her", "needed"):
        return translate("Matching", "no level") if value == CefrLevel.NONE.value else value
    if key == "days":
        locale = QLocale()
        order = list(Weekday)
        names = [
            locale.dayName(order.index(Weekday(d)) + 1, QLocale.FormatType.ShortFormat)
            for d in value.split(", ")
            if d in {w.value for w in Weekday}
        ]
        return ", ".join(names) or value
    if key == "parts":
        return ", ".join(_tr(_PARTS.get(p.strip(), p.strip())) for p in value.split(","))
    if key == "language":
        return language_name(value) if value else translate("Matching", "Host language")
    if key == "skills":
        return skill_names(k.strip() for k in value.split(",") if k.strip())
    return value


def reason_text(reason: Reason) -> str:
    """The reason in the user's language; a code without a template here (none should be
    left) shows as "?" rather than an untranslated key."""
    template = _TEXTS.get(reason.code)
    if template is None:
        return "?"
    shown = {k: _param(k, v) for k, v in reason.params.items()}
    return _tr(template).format(**shown)


def explanation(match: Match) -> str:
    hard = [reason_text(r) for r in match.reasons if r.hard]
    rest = [reason_text(r) for r in match.reasons if not r.hard]
    if hard:
        return (
            translate("Matching", "Excluded: %1. Also: %2")
            .replace("%1", "; ".join(hard))
            .replace("%2", "; ".join(rest))
        )
    return "; ".join(rest)


class MatchingDialog(QDialog):
    open_participant = Signal(int)
    loaded = Signal()  # the matches are shown (or why there are none)

    def __init__(
        self,
        ctx: Context,
        vacancy_id: int | None = None,
        participant_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchingDialog")
        self.for_vacancy = vacancy_id is not None
        self.setWindowTitle(
            self.tr("Candidates for the vacancy")
            if self.for_vacancy
            else self.tr("Vacancies for her")
        )
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = RowsModel(
            [
                self.tr("Score"),
                self.tr("Participant") if self.for_vacancy else self.tr("Vacancy"),
                self.tr("Why"),
            ],
            self,
        )
        self.table = read_only_table(self.model, self.tr("Matching results"), 2)
        self.table.setObjectName("matches")
        self.table.activated.connect(self._activated)
        # Rows fitted to their wrapped reasons when they change or the Why column's width
        # does, not at every layout: measuring 200 rows each time stalled the window ~300 ms.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start())
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.matches: list[Match] = []
        self.loading = True
        self.heading.setText(
            self.tr("Looking for candidates…")
            if self.for_vacancy
            else self.tr("Looking for vacancies…")
        )
        self.table.setCursor(Qt.CursorShape.BusyCursor)

        def find() -> list[tuple[Match, str]]:  # in a worker thread, with the reasons' words
            found: list[Match] = []
            if vacancy_id is not None:
                found = matching.candidates_for_vacancy(
                    ctx, vacancy_id, include_excluded=True, limit=SHOWN_CANDIDATES
                )
            elif participant_id is not None:
                found = matching.vacancies_for_participant(ctx, participant_id)
            return [(m, explanation(m)) for m in found]  # translate() is thread-safe

        run_in_background(self, find, self._show, self._failed)

    def _done_loading(self) -> None:
        self.loading = False
        self.table.unsetCursor()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, W4IError):
            raise error  # a bug: the crash dialog
        self.heading.setText(user_message(error))
        self._done_loading()

    def _show(self, found: list[tuple[Match, str]]) -> None:
        self.matches = [m for m, _ in found]
        self.model.set_rows(
            [
                (
                    index,
                    (
                        f"{m.score:.0f}",
                        f"{m.participant_code} · {m.participant_name}"
                        if self.for_vacancy
                        else f"{m.vacancy_title} · {m.employer_name}",
                        why,
                    ),
                )
                for index, (m, why) in enumerate(found)
            ],
            emphasised=[i for i, m in enumerate(self.matches) if m.excluded],
        )
        self.table.resizeRowsToContents()
        if self.for_vacancy:
            first = self.matches[0] if self.matches else None
            self.heading.setText(
                self.tr(
                    "%1 at %2: %n candidate(s) who agreed to share their profile.",
                    "",
                    len(self.matches),
                )
                .replace("%1", first.vacancy_title if first else "")
                .replace("%2", first.employer_name if first else "")
                if first
                else self.tr("Nobody who agreed to share her profile with employers matches yet.")
            )
            self.note.setText(
                self.tr(
                    "Only participants with a consent to share their profile with employers "
                    "are listed. Press Enter to open a record."
                )
            )
        else:
            heading = self.tr("%1 open vacancies, best first.").replace(
                "%1", str(len(self.matches))
            )
            if any(r.code == "no_consent" for m in self.matches for r in m.reasons):
                heading += " " + self.tr(
                    "She has not agreed to share her profile with employers: record her consent "
                    "on the Consent tab before proposing her to one."
                )
            self.heading.setText(heading)
        if self.matches:
            self.table.selectRow(0)
            self.table.setFocus()
        self._done_loading()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self.for_vacancy and index.isValid():
            self.open_participant.emit(self.matches[index.row()].participant_id)
            self.accept()
