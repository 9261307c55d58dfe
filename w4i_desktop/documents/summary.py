"""The pathway summary a participant takes home ("My path to work"), in her language.

What it shows: her name and code, the organisation, the steps of her most recent pathway (title
in her language, status, due date while open, completion date when done), her courses, her
host-language levels over time, her jobs and internships (employer, type, start, end, hours
per week) and the next few open steps, soonest due first.

Courses are the course steps of her pathway (language course, training, empowerment workshop):
structured records with titles in every language. Timeline activities of kind "course" are
left out: their text is free text written by the team for the team, like step notes, and
nothing checks it before it would reach paper.

What it leaves out on purpose: confidential notes, step notes and skip reasons (free text that
may be sensitive: a skipped step shows as skipped, without why), follow-up notes, phone,
e-mail, address, permit, health or family details, and who did what.

Scripts the bundled font cannot print properly. Reportlab does no shaping and no right-to-left
ordering (uharfbuzz and rlbidi are not installed), so Arabic script would come out as isolated
letters in reverse order, and Hebrew reversed; DejaVu Sans has no glyphs at all for Chinese,
Devanagari, Thai and others. Such text is never printed broken: a name written in such a
script is replaced by her preferred name when that one prints, and otherwise left out, with a
note in her language saying so; other text (an employer, a custom step title) shows "[…]" in
place of the characters, with a note. The printed code identifies her either way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from w4i_desktop.documents import pdf
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import CefrLevel, PlacementType, StepKind, StepStatus

COURSE_KINDS = frozenset({StepKind.LANGUAGE_COURSE, StepKind.TRAINING, StepKind.EMPOWERMENT})
OPEN_STATUSES = frozenset({StepStatus.TODO, StepStatus.IN_PROGRESS})
NEXT_STEPS_SHOWN = 5
UNPRINTABLE_MARK = "[…]"
# Scripts that need shaping even where the font has glyphs: Indic, Thai, Lao, Tibetan,
# Myanmar, Khmer, Mongolian. Right-to-left scripts are caught by their bidi class.
_COMPLEX_RANGES = ((0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x109F), (0x1780, 0x18AF))
_RTL_CLASSES = frozenset({"R", "AL"})
_BOX = colors.HexColor("#f3f6f9")


@dataclass(frozen=True)
class SummaryStep:
    title: str  # in the summary's language (English, then "", when the step has none)
    kind: StepKind
    status: StepStatus
    due_on: date | None
    completed_on: date | None


@dataclass(frozen=True)
class SummaryLevel:
    assessed_on: date
    language: str  # ISO 639-1
    level: CefrLevel
    self_assessed: bool


@dataclass(frozen=True)
class SummaryPlacement:
    employer: str
    type: PlacementType
    start_date: date
    end_date: date | None
    hours_per_week: float | None


@dataclass(frozen=True)
class SummaryData:
    """Everything the summary prints, and nothing else (see the module docstring)."""

    organisation: str
    language: str
    code: str
    name: str  # first and last name, or her preferred name when she has neither
    preferred_name: str | None  # printed instead of `name` when `name` cannot be printed
    generated_on: date
    enrolled_on: date | None
    closed_on: date | None
    steps: tuple[SummaryStep, ...]  # her most recent pathway, in order; courses included
    language_levels: tuple[SummaryLevel, ...]  # host language, oldest first
    placements: tuple[SummaryPlacement, ...]  # oldest first


# --- what the font can print --------------------------------------------------------------------


@cache
def _covered() -> frozenset[int]:
    """The code points both bundled fonts (regular and bold) have glyphs for."""
    pdf.register_fonts()
    maps = []
    for name in (pdf.FONT, pdf.FONT_BOLD):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        maps.append(set(font.face.charToGlyph))
    return frozenset(maps[0] & maps[1])


def printable_char(char: str) -> bool:
    """Whether the PDF shows `char` as it should: a glyph exists and needs no shaping or
    right-to-left ordering (which reportlab does not do here)."""
    if char.isspace():
        return True
    code = ord(char)
    if unicodedata.bidirectional(char) in _RTL_CLASSES:
        return False
    if any(low <= code <= high for low, high in _COMPLEX_RANGES):
        return False
    return code in _covered()


def printable(text: str) -> bool:
    return all(printable_char(c) for c in unicodedata.normalize("NFC", text))


class TextCleaner:
    """Makes text safe to print, remembering whether anything had to be replaced."""

    def __init__(self) -> None:
        self.replaced = False

    def __call__(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        if printable(text):
            return text
        self.replaced = True
        marked = "".join(c if printable_char(c) else "\0" for c in text)
        # One mark for each run of unprintable characters, with the spaces inside the run.
        return re.sub(r"\0[\0\s]*\0|\0", UNPRINTABLE_MARK, marked)


def shown_name(data: SummaryData) -> tuple[str, str | None]:
    """(the name to print, the key of the note that explains a replacement or None)."""
    name = unicodedata.normalize("NFC", data.name.strip())
    if printable(name):
        return name, None
    other = unicodedata.normalize("NFC", (data.preferred_name or "").strip())
    if other and printable(other):
        return other, "summary.name_note.other"
    return "", "summary.name_note.missing"


# --- the parts of the page ----------------------------------------------------------------------


def _style(name: str, **changes: object) -> ParagraphStyle:
    base = pdf.styles()["body"]
    return ParagraphStyle(name, parent=base, **changes)  # type: ignore[arg-type]


@cache
def _local_styles() -> dict[str, ParagraphStyle]:
    return {
        "name": _style("name", fontName=pdf.FONT_BOLD, fontSize=14, leading=19, spaceAfter=2),
        "note": _style("note", fontSize=8.5, leading=11, textColor=pdf.MUTED, spaceBefore=3),
        "bullet": _style(
            "bullet", leftIndent=14, bulletIndent=2, bulletFontName=pdf.FONT, spaceAfter=2
        ),
    }


def _bullet(text: str, note: str) -> Paragraph:
    """A list item: `text`, then `note` in a quieter colour."""
    muted = f' <font color="#{pdf.MUTED.hexval()[2:]}">{escape(note)}</font>' if note else ""
    return Paragraph(escape(text) + muted, _local_styles()["bullet"], bulletText="•")


def _section(title: str, body: Sequence[Flowable]) -> list[Flowable]:
    """A heading kept with the start of what follows it."""
    return [KeepTogether([pdf.para(title, "heading"), *body[:1]]), *body[1:]]


def _table_or_empty(
    t: Texts, header: list[str], rows: list[list[str]], widths: Sequence[float]
) -> list[Flowable]:
    if not rows:
        return [pdf.para(t("summary.empty"), "small")]
    width = pdf.content_width()
    return [pdf.table([header, *rows], [w * width for w in widths])]


def _steps_table(
    t: Texts, steps: Sequence[SummaryStep], clean: Callable[[str], str]
) -> list[Flowable]:
    header = [t("field.step"), t("field.status"), t("field.due_on"), t("field.completed_on")]
    rows = [
        [
            clean(step.title) or "—",
            t(f"label.status.{step.status.value}"),
            t.date(step.due_on, "medium") if step.status in OPEN_STATUSES else "",
            t.date(step.completed_on, "medium") if step.status is StepStatus.DONE else "",
        ]
        for step in steps
    ]
    return _table_or_empty(t, header, rows, (0.38, 0.18, 0.22, 0.22))


def _levels_table(t: Texts, levels: Sequence[SummaryLevel]) -> list[Flowable]:
    header = [t("field.assessed_on"), t("field.language"), t("field.level")]
    rows = []
    for item in levels:
        level = t("label.level.none") if item.level is CefrLevel.NONE else item.level.value
        if item.self_assessed:
            level = t("summary.level.self", level=level)
        rows.append([t.date(item.assessed_on, "medium"), t.language_name(item.language), level])
    shown = _table_or_empty(t, header, rows, (0.3, 0.35, 0.35))
    if rows:
        shown.append(pdf.para(t("summary.levels_note"), "small"))
    return shown


def _placements_table(
    t: Texts, placements: Sequence[SummaryPlacement], clean: Callable[[str], str]
) -> list[Flowable]:
    header = [
        t("field.employer"),
        t("field.placement_type"),
        t("field.start_date"),
        t("field.end_date"),
        t("field.hours_per_week"),
    ]
    rows = [
        [
            clean(p.employer),
            t(f"label.placement_type.{p.type.value}"),
            t.date(p.start_date, "medium"),
            t.date(p.end_date, "medium"),
            "" if p.hours_per_week is None else format_decimal(p.hours_per_week, locale=t.language),
        ]
        for p in placements
    ]
    return _table_or_empty(t, header, rows, (0.3, 0.22, 0.16, 0.16, 0.16))


def next_steps(steps: Sequence[SummaryStep]) -> list[SummaryStep]:
    """The open steps, soonest due first (undated last, in pathway order), at most
    NEXT_STEPS_SHOWN of them."""
    ordered = sorted(
        ((i, s) for i, s in enumerate(steps) if s.status in OPEN_STATUSES),
        key=lambda item: (item[1].due_on is None, item[1].due_on or date.max, item[0]),
    )
    return [step for _, step in ordered[:NEXT_STEPS_SHOWN]]


def _next_box(t: Texts, data: SummaryData, clean: Callable[[str], str]) -> Table:
    if data.closed_on is not None:
        items: list[Flowable] = [pdf.para(t("summary.next.closed", date=t.date(data.closed_on)))]
    else:
        items = [
            _bullet(
                clean(step.title) or "—",
                t("summary.next.due", date=t.date(step.due_on)) if step.due_on else "",
            )
            for step in next_steps(data.steps)
        ] or [pdf.para(t("summary.next.none"))]
    box = Table([[item] for item in items], colWidths=[pdf.content_width()])
    box.setStyle(
        TableStyle(
            [
                *pdf.TABLE_BASE,
                ("BACKGROUND", (0, 0), (-1, -1), _BOX),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return box


# --- the document --------------------------------------------------------------------------------


def summary_pdf(data: SummaryData) -> bytes:
    """The summary as an A4 PDF in `data.language`."""
    t = Texts.for_language(data.language)
    clean = TextCleaner()
    organisation = clean(data.organisation.strip()) or "—"
    name, name_note = shown_name(data)
    facts = [f"{t('field.code')}: {data.code}", f"{t('summary.organisation')}: {organisation}"]
    if data.enrolled_on is not None:
        facts.append(f"{t('field.enrolled_on')}: {t.date(data.enrolled_on)}")
    courses = [s for s in data.steps if s.kind in COURSE_KINDS]
    others = [s for s in data.steps if s.kind not in COURSE_KINDS]
    body: list[Flowable] = []
    body += _section(t("summary.section.steps"), _steps_table(t, others, clean))
    body += _section(t("summary.section.courses"), _steps_table(t, courses, clean))
    body += _section(t("summary.section.levels"), _levels_table(t, data.language_levels))
    body += _section(t("summary.section.placements"), _placements_table(t, data.placements, clean))
    body += _section(t("summary.section.next"), [_next_box(t, data, clean)])
    body += [Spacer(1, 5 * mm), pdf.para(t("summary.closing"))]

    story: list[Flowable] = [pdf.para(t("summary.title"), "title")]
    if name:
        story.append(Paragraph(escape(name), _local_styles()["name"]))
    story.append(pdf.para("  ·  ".join(facts), "small"))
    notes = [t(name_note, name=name)] if name_note else []
    if clean.replaced:
        notes.append(t("summary.script_note", mark=UNPRINTABLE_MARK))
    story += [Paragraph(escape(note), _local_styles()["note"]) for note in notes]
    story += [
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=0.6, color=pdf.RULE, spaceAfter=3 * mm),
        pdf.para(t("summary.intro", organisation=organisation, date=t.date(data.generated_on))),
        *body,
    ]
    generated = t("common.generated", date=t.date(data.generated_on, "medium"))
    return pdf.render(
        story,
        title=t("summary.title"),
        author=organisation,
        texts=t,
        footer=f"{organisation} · {data.code} · {generated}",
    )
