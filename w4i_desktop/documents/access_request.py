"""The readable PDF of an access request (GDPR Art. 15): the same document as the JSON export
(services/privacy.export_participant), laid out for her in her language.

The PDF leaves out internal bookkeeping (row ids, versions, who-did-what ids); the JSON beside
it holds every column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from w4i_desktop.documents import pdf
from w4i_desktop.documents.summary import UNPRINTABLE_MARK, TextCleaner
from w4i_desktop.documents.texts import Texts

PROFILE_FIELDS = (
    "code", "first_name", "last_name", "preferred_name", "birth_date", "birth_year", "phone",
    "email", "neighbourhood", "municipality", "country_of_birth", "nationality", "arrival_year",
    "permit_type", "permit_expires_on", "languages", "preferred_language", "education_level",
    "qualification_recognised", "work_experience", "skills", "employment_status",
    "children_count", "childcare_need", "available_days", "available_from", "available_until",
    "driving_licence", "needs_and_goals", "sensitive_notes", "enrolled_on", "closed_on",
    "closure_reason",
)  # fmt: skip
DATE_FIELDS = frozenset(
    {"birth_date", "permit_expires_on", "enrolled_on", "closed_on", "assessed_on", "given_on",
     "withdrawn_on", "due_on", "completed_on", "started_on", "start_date", "end_date",
     "occurred_at", "added_at", "followed_up_on"}
)  # fmt: skip


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _formatter(t: Texts, clean: TextCleaner) -> Callable[[str, Any], str]:
    def shown(field: str, value: Any) -> str:
        return clean(_plain(field, value))

    def _plain(field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return ""
        if field in DATE_FIELDS:
            return t.date(_as_date(value), "medium")
        if field in ("country_of_birth", "nationality"):
            return t.country(value)
        if field in ("language", "preferred_language"):
            return t.language_name(value)
        if field == "languages":
            return ", ".join(t.language_name(c) for c in value)
        if isinstance(value, bool):
            return t.yes_no(value)
        if isinstance(value, float):
            return format_decimal(value, locale=t.language)
        if isinstance(value, list):
            return ", ".join(str(v).replace("_", " ") for v in value)
        if field in ("code", "notice_version", "level") or not isinstance(value, str):
            return str(value)
        # Enumeration values ("fixed_term") read as words; free text is left as typed.
        return value.replace("_", " ") if value.isidentifier() else value

    return shown


def _section(title: str, body: list[Flowable]) -> list[Flowable]:
    return [KeepTogether([pdf.para(title, "heading"), *body[:1]]), *body[1:]]


def _rows_table(
    t: Texts,
    shown: Callable[[str, Any], str],
    items: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    widths: Sequence[float],
) -> list[Flowable]:
    if not items:
        return [pdf.para(t("dsar.empty"), "small")]
    header = [t(f"field.{c}") for c in columns]
    rows = [[shown(c, item.get(c)) for c in columns] for item in items]
    width = pdf.content_width()
    return [pdf.table([header, *rows], [w * width for w in widths])]


def access_request_pdf(
    document: Mapping[str, Any], language: str, organisation: str, on: date
) -> bytes:
    """The PDF of `document` (from export_participant) in `language`."""
    t = Texts.for_language(language)
    clean = TextCleaner()  # never a garbled glyph: what cannot print is marked and explained
    shown = _formatter(t, clean)
    person = document["participant"]
    width = pdf.content_width()
    profile = [
        (t(f"field.{name}"), shown(name, person.get(name)))
        for name in PROFILE_FIELDS
        if shown(name, person.get(name))
    ]
    if document.get("site"):
        profile.append((t("field.site"), clean(str(document["site"]))))
    story: list[Flowable] = [
        pdf.para(t("dsar.title", organisation=organisation), "title"),
        pdf.para(t("dsar.intro", date=t.date(on)), "subtitle"),
    ]
    story += _section(
        t("dsar.section.profile"),
        [pdf.table(profile, [0.32 * width, 0.68 * width], header=False)],
    )
    story += _section(
        t("dsar.section.language_assessments"),
        _rows_table(t, shown, document["language_assessments"],
                    ("language", "level", "assessed_on"), (0.4, 0.2, 0.4)),
    )  # fmt: skip
    consents = [{**c, "purpose": t(f"notice.purpose.{c['purpose']}")} for c in document["consents"]]
    story += _section(
        t("dsar.section.consents"),
        _rows_table(t, shown, consents,
                    ("purpose", "given_on", "withdrawn_on", "notice_version"),
                    (0.52, 0.17, 0.17, 0.14)),
    )  # fmt: skip
    steps = [
        {**step, "step": (step.get("titles") or {}).get(language)
         or (step.get("titles") or {}).get("en") or step.get("kind")}
        for pathway in document["pathways"] for step in pathway["steps"]
    ]  # fmt: skip
    story += _section(
        t("dsar.section.pathways"),
        _rows_table(t, shown, steps, ("step", "status", "due_on", "completed_on"),
                    (0.46, 0.18, 0.18, 0.18)),
    )  # fmt: skip
    placements = [
        {**p, "placement_type": p.get("type"), "follow_ups": str(len(p.get("follow_ups", [])))}
        for p in document["placements"]
    ]
    story += _section(
        t("dsar.section.placements"),
        _rows_table(t, shown, placements,
                    ("employer", "vacancy", "placement_type", "start_date", "end_date",
                     "hours_per_week", "follow_ups"),
                    (0.2, 0.18, 0.14, 0.14, 0.14, 0.1, 0.1)),
    )  # fmt: skip
    activities = [{**a, "summary": a.get("text")} for a in document["activities"]]
    story += _section(
        t("dsar.section.activities"),
        _rows_table(t, shown, activities, ("occurred_at", "kind", "summary"), (0.2, 0.16, 0.64)),
    )
    story += _section(
        t("dsar.section.attachments"),
        _rows_table(t, shown, document["attachments"], ("filename", "added_at"), (0.7, 0.3)),
    )
    story += [Spacer(1, 4 * mm), pdf.para(t("dsar.attachments_note"), "small")]
    if clean.replaced:
        story.append(pdf.para(t("dsar.unprintable", mark=UNPRINTABLE_MARK), "small"))
    return pdf.render(
        story,
        title=t("dsar.title", organisation=organisation),
        author=organisation,
        texts=t,
        footer=f"{clean(organisation)} · {person.get('code', '')}",
    )
