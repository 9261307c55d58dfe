"""A participant's dated records: language levels, consents, jobs and their follow-ups, pathway
steps and timeline entries.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from datetime import date

from w4i_desktop.enums import (
    CEFR_ORDER,
    AssessmentStage,
    ClosureReason,
    PlacementType,
    StepKind,
    StepStatus,
)
from w4i_desktop.models import (
    Activity,
    Consent,
    FollowUp,
    LanguageAssessment,
    Pathway,
    PathwayStep,
    Placement,
)
from w4i_desktop.services.demo.core import DemoSite, GeneratorCore, add_months
from w4i_desktop.services.demo.odds import (
    CONSENTS,
    PICK_ACTIVITY,
    PICK_EMPLOYED,
    PICK_HOURS,
    PICK_INTAKE_LEVEL,
    PICK_PLACEMENT,
    PLACEMENT_DAYS,
)
from w4i_desktop.services.demo.pathway import FOLLOW_UP_STEPS, SKIP_CHANCE, STEP_DAYS
from w4i_desktop.services.demo.texts import TEXTS


class ParticipantRecords(GeneratorCore):
    """The rows that follow one participant through the programme."""

    def assessments(
        self,
        participant_id: int,
        enrolled: int,
        closed: int | None,
        lang: str,
        spoken: Sequence[str],
    ) -> int:
        """Dated host-language levels; returns the rank (in CEFR_ORDER) of the last one."""
        rng, end, top = self.rng, self.today if closed is None else closed, len(CEFR_ORDER) - 1
        if lang in spoken:
            rank = top  # her mother tongue
        else:
            rank = PICK_INTAKE_LEVEL(rng)
            if lang in ("it", "es") and {"es", "pt", "it", "ro", "fr"} & set(spoken):
                rank = min(rank + 1, 5)  # a related language helps from the start
        base = {"participant_id": participant_id, "language": lang, "host_language": True}
        self.add(
            LanguageAssessment,
            {
                **base,
                "level": CEFR_ORDER[rank],
                "stage": AssessmentStage.INTAKE,
                "assessed_on": self.date(self.day(enrolled, min(enrolled + 14, end))),
                "self_assessed": rng.random() < 0.25,
            },
        )
        if rank < top and end - enrolled >= 90 and rng.random() < 0.6:
            rank = min(top, rank + rng.choice((0, 1, 1, 1, 2)))
            self.add(
                LanguageAssessment,
                {
                    **base,
                    "level": CEFR_ORDER[rank],
                    "stage": AssessmentStage.DURING,
                    "assessed_on": self.date(self.day(enrolled + 90, min(end, enrolled + 540))),
                    "self_assessed": False,
                },
            )
        if closed is not None and rank < top and rng.random() < 0.4:
            rank = min(top, rank + (rng.random() < 0.3))
            self.add(
                LanguageAssessment,
                {
                    **base,
                    "level": CEFR_ORDER[rank],
                    "stage": AssessmentStage.EXIT,
                    "assessed_on": self.date(closed),
                    "self_assessed": False,
                },
            )
        if rng.random() < 0.1:
            self.add(
                LanguageAssessment,
                {
                    "participant_id": participant_id,
                    "language": "en",
                    "host_language": False,
                    "level": rng.choice(CEFR_ORDER[1:5]),
                    "stage": AssessmentStage.INTAKE,
                    "assessed_on": self.date(enrolled),
                    "self_assessed": True,
                },
            )
        return rank

    def consents(self, participant_id: int, enrolled: int, end: int, recorded_by: int) -> None:
        rng = self.rng
        version = "1.0" if enrolled < self.today - 540 else "2.0"
        for purpose, chance, withdrawn in CONSENTS:
            if rng.random() < chance:
                withdrawn_on = (
                    self.date(self.day(enrolled + 1, end))
                    if end > enrolled and rng.random() < withdrawn
                    else None
                )
                self.add(
                    Consent,
                    {
                        "participant_id": participant_id,
                        "purpose": purpose,
                        "given_on": self.date(enrolled),
                        "withdrawn_on": withdrawn_on,
                        "notice_version": version,
                        "recorded_by_id": recorded_by,
                    },
                )

    def placements(
        self,
        site: DemoSite,
        participant_id: int,
        enrolled: int,
        closed: int | None,
        reason: ClosureReason | None,
    ) -> tuple[int | None, dict[int, int]]:
        """Her jobs (one, sometimes two); returns the first one's start and follow-up days."""
        rng = self.rng
        last_day = self.today if closed is None else closed
        in_programme = last_day - enrolled
        kind: PlacementType
        if reason is ClosureReason.EMPLOYED and closed is not None:
            start, kind = max(enrolled + 45, closed - self.day(0, 40)), PICK_EMPLOYED(rng)
        elif (
            closed is None
            and in_programme >= 90
            and (rng.random() < 0.08 + 0.35 * min(1.0, in_programme / 700))
        ):
            start = self.day(enrolled + 90, enrolled + min(in_programme, 700))
            kind = PICK_PLACEMENT(rng)
        elif closed is not None and in_programme >= 100 and rng.random() < 0.15:
            start = self.day(enrolled + 60, closed - 20)
            kind = rng.choice(
                (PlacementType.INTERNSHIP, PlacementType.FIXED_TERM, PlacementType.OTHER)
            )
        else:
            return None, {}
        first_start = start
        first_follow_ups: dict[int, int] = {}
        for number in (1, 2):
            ends = self.placement_end(kind, start)
            if reason is ClosureReason.EMPLOYED and closed is not None and number == 1:
                if ends is not None and ends <= closed:
                    ends = closed + self.day(30, 240)  # in work when she left the programme
            elif closed is not None and (ends is None or ends > closed):
                ends = self.day(start + 20, closed)
            follow_ups = self.placement(site, participant_id, kind, start, ends)
            if number == 1:
                first_follow_ups = follow_ups
            if ends is None or kind not in (PlacementType.INTERNSHIP, PlacementType.FIXED_TERM):
                break
            start = ends + self.day(0, 60)
            if start > last_day or rng.random() < 0.55:
                break
            kind = rng.choice((PlacementType.PERMANENT, PlacementType.FIXED_TERM))
        return first_start, first_follow_ups

    def placement_end(self, kind: PlacementType, start: int) -> int | None:
        rng = self.rng
        span = PLACEMENT_DAYS.get(kind)
        ends = None if span is None else start + self.day(*span)
        if kind is PlacementType.OTHER and rng.random() < 0.5:
            ends = start + self.day(60, 240)
        if rng.random() < 0.1:  # she left early
            early = start + self.day(20, 300)
            if early <= self.today and (ends is None or early < ends):
                ends = early
        return ends

    def placement(
        self, site: DemoSite, participant_id: int, kind: PlacementType, start: int, ends: int | None
    ) -> dict[int, int]:
        rng = self.rng
        employer_id, openings, vacancy_ids = rng.choice(site.employers)
        opened_before = bisect.bisect_right(openings, start)
        vacancy_id = (
            vacancy_ids[opened_before - 1] if opened_before and rng.random() < 0.7 else None
        )
        hours = (
            rng.choice((20.0, 25.0, 30.0)) if kind is PlacementType.INTERNSHIP else PICK_HOURS(rng)
        )
        placement_id = self.add(
            Placement,
            {
                "participant_id": participant_id,
                "employer_id": employer_id,
                "vacancy_id": vacancy_id,
                "type": kind,
                "start_date": self.date(start),
                "end_date": self.maybe_date(ends),
                "hours_per_week": hours,
                "version_id": 1,
                "created_at": self.stamp(start),
                "updated_at": self.stamp(min(ends or start, self.today)),
            },
        )
        follow_ups = {}
        start_date = date.fromordinal(start)
        for months in (1, 3, 6, 12):
            due = add_months(start_date, months).toordinal()
            on = due + self.day(0, 12)
            if on > self.today:
                break
            if rng.random() < (0.95 if months == 6 else 0.85):
                self.add(
                    FollowUp,
                    {
                        "placement_id": placement_id,
                        "followed_up_on": self.date(on),
                        "months_after_start": months,
                        "still_employed": ends is None or ends > due,
                        "notes": None,
                        "user_id": site.staff_id,
                    },
                )
                follow_ups[months] = on
        return follow_ups

    def pathway(
        self,
        participant_id: int,
        enrolled: int,
        closed: int | None,
        caseworker: int,
        interviewer: int,
        fluent: bool,
        lang: str,
        first_job: int | None,
        follow_ups: Mapping[int, int],
    ) -> None:
        """Her steps, as far as she got: done, in progress, to do (some overdue) or skipped."""
        rng, active = self.rng, closed is None
        end = self.today if closed is None else closed
        pathway_id = self.add(
            Pathway,
            {
                "participant_id": participant_id,
                "template_id": self.template_id,
                "started_on": self.date(enrolled),
                "created_at": self.stamp(enrolled),
                "updated_at": self.stamp(end),
            },
        )
        not_needed, closed_text = TEXTS["not_needed"][lang][0], TEXTS["closed"][lang][0]
        add, day = self.tables[PathwayStep].add, self.day
        iso, maybe_iso = self.date, self.maybe_date
        pace = rng.uniform(0.8, 1.7)
        offset = 0
        for position, (kind, due_offset, required, template_step_id) in enumerate(self.steps):
            offset = offset if due_offset is None else due_offset
            begun: int | None = None
            done: int | None = None
            skip: str | None = None
            if kind is StepKind.INTAKE or kind is StepKind.CONSENT:
                begun = done = enrolled
            elif kind is StepKind.CLOSURE:
                begun = done = closed
            elif kind is StepKind.PLACEMENT:
                begun = done = first_job
            elif kind in FOLLOW_UP_STEPS:
                on = follow_ups.get(FOLLOW_UP_STEPS[kind])
                begun = done = on if on is not None and on <= end else None
            else:
                target = day(enrolled - 3, enrolled + 10) + int(offset * pace)
                if kind is StepKind.JOB_MATCHING and first_job is not None:
                    target = day(first_job - 20, first_job - 1)
                target = max(enrolled, target)
                begun = max(enrolled, target - int(STEP_DAYS.get(kind, 0) * pace))
                if not required and (
                    rng.random() < SKIP_CHANCE.get(kind, 0.0)
                    or (fluent and kind is StepKind.LANGUAGE_COURSE)
                ):
                    skip = not_needed if begun <= end else None
                    begun = None
                elif target <= end:
                    done = target
                elif not active or begun > end:
                    begun = None
            if done is not None:
                status = StepStatus.DONE
            elif skip is not None:
                status = StepStatus.SKIPPED
            elif begun is not None:
                status = StepStatus.IN_PROGRESS
            elif active:
                status = StepStatus.TODO
            else:
                status, skip = StepStatus.SKIPPED, closed_text
            add(
                {
                    "pathway_id": pathway_id,
                    "position": position,
                    "kind": kind,
                    "template_step_id": template_step_id,
                    "titles": None,
                    "required": required,
                    "status": status,
                    "due_on": None if due_offset is None else iso(enrolled + offset),
                    "started_on": maybe_iso(begun),
                    "completed_on": maybe_iso(done),
                    "completed_by_id": (
                        None
                        if done is None
                        else interviewer
                        if kind is StepKind.INTAKE
                        else caseworker
                    ),
                    "skip_reason": skip,
                    "notes": None,
                    "version_id": 1,
                }
            )

    def activities(
        self,
        participant_id: int,
        enrolled: int,
        end: int,
        caseworker: int,
        interviewer: int,
        lang: str,
    ) -> str:
        """A few timeline entries; returns the time of the latest."""
        rng = self.rng
        latest = self.stamp(enrolled)
        for _ in range(self.day(2, 6)):
            kind = PICK_ACTIVITY(rng)
            when = self.stamp(self.day(enrolled, end), self.day(7, 16), rng.choice((0, 15, 30, 45)))
            latest = max(latest, when)
            self.add(
                Activity,
                {
                    "participant_id": participant_id,
                    "occurred_at": when,
                    "kind": kind,
                    "text": rng.choice(TEXTS[kind][lang]),
                    "user_id": interviewer if rng.random() < 0.2 else caseworker,
                },
            )
        return latest
