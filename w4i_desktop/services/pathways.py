"""Pathways: the default "Work is Progress" template and starting a participant's pathway.

The template ships as resources/pathways/work_is_progress.json (titles in en/it/es/sv/nl); it
is written into the database the first time a pathway starts. Templates are versioned and never
edited in place, so a started pathway's steps point at template steps that never change.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop import config
from w4i_desktop.enums import StepKind, StepStatus
from w4i_desktop.models import Pathway, PathwayStep, PathwayTemplate, TemplateStep

DEFAULT_TEMPLATE_KEY = "work_is_progress"


def load_template_file(key: str = DEFAULT_TEMPLATE_KEY) -> dict[str, Any]:
    path = config.resources_dir() / "pathways" / f"{key}.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def current_template(session: Session, key: str = DEFAULT_TEMPLATE_KEY) -> PathwayTemplate:
    """The current version of template `key`, written from its shipped file if there is none."""
    template = session.scalars(
        select(PathwayTemplate)
        .where(PathwayTemplate.key == key, PathwayTemplate.is_current.is_(True))
        .order_by(PathwayTemplate.version.desc())
    ).first()
    if template is not None:
        return template
    document = load_template_file(key)
    template = PathwayTemplate(key=key, version=1, name=document["name"], is_current=True)
    template.steps = [
        TemplateStep(
            position=position,
            kind=StepKind(step["kind"]),
            titles=step["titles"],
            due_offset_days=step["due_offset_days"],
            required=step["required"],
        )
        for position, step in enumerate(document["steps"])
    ]
    session.add(template)
    session.flush()
    return template


def start_default_pathway(
    session: Session,
    participant_id: int,
    started_on: date,
    done_by_id: int | None,
    done_kinds: tuple[StepKind, ...] = (StepKind.INTAKE, StepKind.CONSENT),
) -> int:
    """Start her pathway on the current default template, with `done_kinds` already done."""
    template = current_template(session)
    pathway = Pathway(participant_id=participant_id, template_id=template.id, started_on=started_on)
    for step in template.steps:
        done = step.kind in done_kinds
        offset = step.due_offset_days
        pathway.steps.append(
            PathwayStep(
                position=step.position,
                kind=step.kind,
                template_step_id=step.id,
                required=step.required,
                status=StepStatus.DONE if done else StepStatus.TODO,
                due_on=None if offset is None else started_on + timedelta(days=offset),
                started_on=started_on if done else None,
                completed_on=started_on if done else None,
                completed_by_id=done_by_id if done else None,
            )
        )
    session.add(pathway)
    session.flush()
    return pathway.id
