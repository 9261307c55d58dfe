"""The common frame of our PDFs (reportlab platypus): the bundled Unicode font, the styles,
page numbers "Page x of y", and rendering to bytes so callers write the file atomically.

DejaVu Sans covers Latin, Cyrillic, Greek and Vietnamese. Reportlab does not shape Arabic
script (no joining or right-to-left), so such names print with isolated letters.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from w4i_desktop.config import resources_dir
from w4i_desktop.documents.texts import Texts

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#2f5d8a")
RULE = colors.HexColor("#cbd2d9")
MARGIN = 20 * mm
# Tables set a font on every cell even when the cell is a paragraph: without this, Helvetica
# (no Unicode beyond Latin-1) would be embedded too.
TABLE_BASE: tuple[tuple[Any, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
)


@cache
def register_fonts() -> None:
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=25,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=10
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=2,
            textColor=ACCENT,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: markup characters in it (e.g. "<" in a note) are escaped."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def table(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Table:
    """A ruled table of plain-text cells that wrap; the header row repeats on every page."""
    cells = [
        [para(str(cell), "cell_head" if header and i == 0 else "cell") for cell in row]
        for i, row in enumerate(rows)
    ]
    shown = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        *TABLE_BASE,
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")))
    shown.setStyle(TableStyle(style))
    return shown


def content_width() -> float:
    return float(A4[0] - 2 * MARGIN)


def _numbered_canvas(texts: Texts, footer: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "Page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # the recipe reportlab documents

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 12 * mm, footer)
            label = texts("common.page", page=self.getPageNumber(), pages=total)
            self.drawRightString(A4[0] - MARGIN, 12 * mm, label)

    return NumberedCanvas


def render(
    story: list[Flowable], *, title: str, author: str, texts: Texts, footer: str = ""
) -> bytes:
    """The PDF bytes of `story` on A4 with our margins, metadata and page numbers."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=author,
        creator="W4I Desktop",
        lang=texts.language,
        initialFontName=FONT,
    )
    doc.build(story, canvasmaker=_numbered_canvas(texts, footer))
    return buffer.getvalue()
