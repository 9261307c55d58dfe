from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from tests.pdfs import embedded_fonts, pdf_reader, pdf_text
from w4i_desktop.config import resources_dir
from w4i_desktop.documents import summary
from w4i_desktop.documents.summary import (
    SummaryData,
    SummaryLevel,
    SummaryPlacement,
    SummaryStep,
    summary_pdf,
)
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES, Texts
from w4i_desktop.enums import CefrLevel, PlacementType, StepKind, StepStatus

NAMES = ("Nguyễn Thị Hồng", "Оксана Коваленко", "Ayşe Yılmaz")
# Names the bundled font cannot print as they should: right-to-left, or no glyphs at all.
UNPRINTABLE_NAMES = ("فاطمة الزهراء", "שרה לוי", "王秀英", "प्रिया शर्मा")


def _titles(language: str) -> dict[StepKind, str]:
    path = resources_dir() / "pathways" / "work_is_progress.json"
    steps = json.loads(path.read_text(encoding="utf-8"))["steps"]
    return {StepKind(s["kind"]): s["titles"][language] for s in steps}


def _data(language: str = "en", **changes: object) -> SummaryData:
    titles = _titles(language)
    data = SummaryData(
        organisation="Casa delle Donne",
        language=language,
        code="WP-0042",
        name="Ayşe Yılmaz",
        preferred_name=None,
        generated_on=date(2026, 3, 2),
        enrolled_on=date(2025, 9, 1),
        closed_on=None,
        steps=(
            SummaryStep(
                titles[StepKind.INTAKE],
                StepKind.INTAKE,
                StepStatus.DONE,
                date(2025, 9, 1),
                date(2025, 9, 1),
            ),
            SummaryStep(
                titles[StepKind.CV_PREPARATION],
                StepKind.CV_PREPARATION,
                StepStatus.TODO,
                date(2026, 5, 1),
                None,
            ),
            SummaryStep(
                titles[StepKind.LANGUAGE_COURSE],
                StepKind.LANGUAGE_COURSE,
                StepStatus.IN_PROGRESS,
                date(2026, 4, 1),
                None,
            ),
            SummaryStep(
                titles[StepKind.EMPOWERMENT],
                StepKind.EMPOWERMENT,
                StepStatus.SKIPPED,
                date(2026, 1, 1),
                None,
            ),
        ),
        language_levels=(
            SummaryLevel(date(2025, 9, 1), "it", CefrLevel.A1, False),
            SummaryLevel(date(2026, 2, 1), "it", CefrLevel.A2, True),
        ),
        placements=(
            SummaryPlacement(
                "Hotel Bellavista", PlacementType.INTERNSHIP, date(2026, 1, 12), None, 27.5
            ),
        ),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _lines(data: bytes) -> list[str]:
    return [line.strip() for line in pdf_text(data).splitlines()]


def _flat(data: bytes) -> str:
    return " ".join(pdf_text(data).split())


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@pytest.mark.parametrize("name", NAMES)
def test_her_name_prints_exactly_in_latin_cyrillic_vietnamese_and_turkish(name: str) -> None:
    data = summary_pdf(_data(name=name))
    assert name in _lines(data)  # a line of its own, character for character
    assert "[…]" not in pdf_text(data)


def test_a_decomposed_name_prints_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hồng")
    assert decomposed != "Nguyễn Thị Hồng"
    assert "Nguyễn Thị Hồng" in _lines(summary_pdf(_data(name=decomposed)))


@pytest.mark.parametrize("name", UNPRINTABLE_NAMES)
def test_a_name_the_font_cannot_print_is_left_out_with_a_note(name: str) -> None:
    data = summary_pdf(_data(name=name, language="it"))
    text = _flat(data)
    assert not any(c in text for c in name if not c.isspace())  # no broken letters
    it = Texts.for_language("it")
    assert " ".join(it("summary.name_note.missing").split()) in text
    assert "WP-0042" in text  # the code still says whose summary it is


def test_her_preferred_name_stands_in_for_an_arabic_name_with_a_note() -> None:
    data = summary_pdf(_data(name="فاطمة الزهراء", preferred_name="Fatima"))
    assert "Fatima" in _lines(data)
    text = _flat(data)
    en = Texts.for_language("en")
    assert " ".join(en("summary.name_note.other", name="Fatima").split()) in text
    assert not _right_to_left(text)


def test_other_unprintable_text_is_marked_and_explained() -> None:
    shop = SummaryPlacement(
        "مطعم الأندلس Kebab", PlacementType.PERMANENT, date(2026, 1, 5), None, None
    )
    data = summary_pdf(_data(placements=(shop,), organisation="Donne ועוד"))
    text = _flat(data)
    assert "[…] Kebab" in text
    assert "Donne […]" in text
    assert " ".join(Texts.for_language("en")("summary.script_note", mark="[…]").split()) in text
    assert not _right_to_left(text)


def test_printable_knows_the_font() -> None:
    for name in NAMES:
        assert summary.printable(name)
    assert summary.printable("Ἀθηνᾶ Παπαδοπούλου") and summary.printable("ნინო")
    for name in UNPRINTABLE_NAMES:
        assert not summary.printable(name)


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_every_section_in_her_language(language: str) -> None:
    t = Texts.for_language(language)
    data = summary_pdf(_data(language))
    text = _flat(data)
    for key in (
        "summary.title",
        "summary.section.steps",
        "summary.section.courses",
        "summary.section.levels",
        "summary.section.placements",
        "summary.section.next",
        "label.status.done",
        "label.status.todo",
        "label.status.in_progress",
        "label.status.skipped",
        "label.placement_type.internship",
    ):
        assert " ".join(t(key).split()) in text, key
    assert t("summary.level.self", level="A2") in text
    for title in ("intake", "cv_preparation", "language_course", "empowerment"):
        assert _titles(language)[StepKind(title)] in text
    assert "Hotel Bellavista" in text
    assert t("common.page", page=1, pages=1) in text
    reader = pdf_reader(data)
    assert reader.metadata is not None and reader.metadata.title == t("summary.title")


def test_the_italian_summary_uses_the_italian_step_titles_not_the_english_ones() -> None:
    text = _flat(summary_pdf(_data("it")))
    assert "Colloquio di accoglienza" in text and "Corso di lingua" in text
    assert "Intake interview" not in text and "Language course" not in text
    assert "Il mio percorso verso il lavoro" in text
    assert "27,5" in text  # hours per week written the Italian way


def test_courses_have_their_own_section() -> None:
    lines = _lines(summary_pdf(_data()))
    courses = lines.index("Courses")
    levels = lines.index("Language levels")
    course_lines = " ".join(lines[courses:levels])
    assert "Language course" in course_lines and "Empowerment workshop" in course_lines
    assert "CV preparation" not in course_lines
    assert "CV preparation" in " ".join(lines[:courses])


def test_next_steps_are_the_open_ones_soonest_due_first() -> None:
    steps = tuple(
        SummaryStep(f"step {n}", StepKind.CUSTOM, status, due, None)
        for n, status, due in (
            (1, StepStatus.TODO, None),
            (2, StepStatus.DONE, date(2025, 1, 1)),
            (3, StepStatus.TODO, date(2026, 9, 1)),
            (4, StepStatus.SKIPPED, date(2025, 1, 1)),
            (5, StepStatus.IN_PROGRESS, date(2026, 3, 1)),
            (6, StepStatus.TODO, date(2026, 6, 1)),
            (7, StepStatus.TODO, date(2026, 7, 1)),
            (8, StepStatus.TODO, date(2026, 8, 1)),
            (9, StepStatus.TODO, None),
        )
    )
    shown = [s.title for s in summary.next_steps(steps)]
    assert shown == ["step 5", "step 6", "step 7", "step 8", "step 3"]
    text = _flat(summary_pdf(_data(steps=steps)))
    en = Texts.for_language("en")
    assert f"step 5 {en('summary.next.due', date=en.date(date(2026, 3, 1)))}" in text
    assert "step 1" in text and "step 9" in text  # in the table, not among the next steps


def test_empty_sections_say_so_and_a_closed_path_says_goodbye() -> None:
    data = summary_pdf(
        _data("nl", steps=(), language_levels=(), placements=(), closed_on=date(2026, 2, 27))
    )
    text = _flat(data)
    nl = Texts.for_language("nl")
    assert text.count(nl("summary.empty")) == 4
    assert nl("summary.next.closed", date="27 februari 2026") in text
    assert nl("summary.next.none") not in text


def test_without_open_steps_the_next_steps_say_so() -> None:
    text = _flat(summary_pdf(_data(steps=())))
    assert Texts.for_language("en")("summary.next.none") in text


def test_only_the_bundled_fonts_are_embedded() -> None:
    data = summary_pdf(_data(name="Оксана Коваленко"))
    fonts = embedded_fonts(data)
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_a_long_pathway_runs_over_pages_with_page_numbers() -> None:
    step = SummaryStep("A step", StepKind.CUSTOM, StepStatus.TODO, date(2026, 5, 1), None)
    data = summary_pdf(_data(steps=(step,) * 80))
    pages = pdf_reader(data).pages
    assert len(pages) >= 2
    assert "Page 2 of" in (pages[1].extract_text() or "")
    assert "Step" in (pages[1].extract_text() or "")  # the header row repeats
