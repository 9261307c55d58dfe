"""The quarterly report as a PDF (reportlab platypus), from a `ReportData`.

A cover (logo, organisation, period, scope, kind of report, who made it and when), the
indicator table, one table per breakdown, two bar charts (placements started by type, active
participants by age band) drawn with reportlab.graphics in the bundled DejaVu font, and an
appendix with the definitions; "Page x of y" and a footer naming organisation, period and kind
come from the shared frame (documents/pdf.py). The figures are the Excel workbook's
(`layout`), suppressed the same way in pseudonymised reports; the PDF lists no one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from w4i_desktop.documents import pdf
from w4i_desktop.errors import BadInput
from w4i_desktop.reports import layout
from w4i_desktop.reports.report_data import ReportData
from w4i_desktop.reports.texts import ReportTexts

__all__ = ["pdf_report"]

LOGO_WIDTH, LOGO_HEIGHT = 60 * mm, 30 * mm
CHART_HEIGHT = 75 * mm
SHORT_TABLE = 12  # rows kept on one page with their heading
LONG_TABLE_START = 45 * mm  # the least room a longer table starts in
HEAD_FILL = colors.HexColor("#eef2f6")
TOTAL_FILL = colors.HexColor("#f5f7fa")
LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def pdf_report(data: ReportData, logo: bytes | None = None) -> bytes:
    """The PDF bytes of `data`; `logo` is a PNG or JPEG image for the cover (BadInput if it
    is neither)."""
    t = data.texts
    tables = layout.breakdowns(data)
    story: list[Flowable] = [
        *_cover(data, logo),
        PageBreak(),
        *_indicators(data),
        *_breakdowns(data, tables),
        *_charts(data, tables),
        PageBreak(),
        *_definitions(data),
    ]
    title = f"{t('report.title')} {data.period.label}"
    footer = t(
        "report.footer",
        organisation=data.organisation or "W4I Desktop",
        period=data.period.label,
        kind=data.kind,
    )
    return pdf.render(
        story, title=title, author=data.organisation, texts=t.documents, footer=footer
    )


@cache
def _cell_style(bold: bool, right: bool) -> ParagraphStyle:
    base = pdf.styles()["cell_head" if bold else "cell"]
    return ParagraphStyle(
        f"{base.name}_{'right' if right else 'left'}",
        parent=base,
        alignment=TA_RIGHT if right else TA_LEFT,
    )


def _cell(text: str, *, bold: bool = False, right: bool = False) -> Paragraph:
    """A table cell of plain text (markup characters such as the "<" of "<5" escaped)."""
    return Paragraph(escape(text), _cell_style(bold, right))


def _grid(
    rows: Sequence[Sequence[Paragraph]], widths: Sequence[float], *, total: bool = False
) -> Table:
    """A ruled table with a repeated header row and, if `total`, a shaded last row."""
    shown = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1)
    style: list[tuple[Any, ...]] = [
        *pdf.TABLE_BASE,
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, pdf.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ]
    if total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    shown.setStyle(TableStyle(style))
    return shown


def _logo(logo: bytes) -> Image:
    if not logo.startswith(LOGO_MAGIC):
        raise BadInput("The logo must be a PNG or JPEG image.")
    try:
        width, height = ImageReader(io.BytesIO(logo)).getSize()
    except Exception as exc:  # reportlab and Pillow raise many kinds for a damaged image
        raise BadInput("The logo image cannot be read.") from exc
    scale = min(LOGO_WIDTH / width, LOGO_HEIGHT / height)
    image = Image(io.BytesIO(logo), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _cover(data: ReportData, logo: bytes | None) -> list[Flowable]:
    t = data.texts
    width = pdf.content_width()
    story: list[Flowable] = [Spacer(1, 25 * mm)]
    if logo:
        story += [_logo(logo), Spacer(1, 10 * mm)]
    if data.organisation:
        story.append(pdf.para(data.organisation, "title"))
    story += [
        pdf.para(t("report.title"), "heading"),
        pdf.para(t.period(data.period), "subtitle"),
        Spacer(1, 6 * mm),
    ]
    facts = [(t("report.scope"), data.scope), (t("report.kind"), data.kind)]
    if data.named:
        facts.append((t("report.reason"), data.reason or ""))
    story.append(
        pdf.table([list(fact) for fact in facts], [0.35 * width, 0.65 * width], header=False)
    )
    generated = t("report.generated", date=t.date_time(data.generated_at), user=data.generated_by)
    note = t("report.note.named" if data.named else "report.note.pseudonymised")
    story += [Spacer(1, 4 * mm), pdf.para(generated), Spacer(1, 8 * mm), pdf.para(note, "small")]
    return story


def _value(t: ReportTexts, row: layout.IndicatorRow) -> str:
    if row.value is None:
        return t("report.na")
    if row.is_percent:
        return t.percent(float(row.value))
    return t.number(int(row.value))


def _count(t: ReportTexts, value: int | str) -> str:
    return value if isinstance(value, str) else t.number(value)


def _indicators(data: ReportData) -> list[Flowable]:
    t = data.texts
    width = pdf.content_width()
    header = [_cell(t("column.id"), bold=True), _cell(t("column.indicator"), bold=True)]
    rows = [[*header, _cell(t("column.value"), bold=True, right=True)]]
    for row in layout.indicator_rows(data):
        rows.append([_cell(row.id), _cell(row.name), _cell(_value(t, row), right=True)])
    return [
        pdf.para(t("section.indicators"), "title"),
        pdf.para(t.period(data.period) + " · " + data.scope, "subtitle"),
        _grid(rows, [0.1 * width, 0.65 * width, 0.25 * width]),
    ]


def _breakdowns(data: ReportData, tables: list[layout.Breakdown]) -> list[Flowable]:
    t = data.texts
    width = pdf.content_width()
    story: list[Flowable] = [PageBreak(), pdf.para(t("section.breakdowns"), "title")]
    if not data.named:
        story.append(pdf.para(t("report.note.pseudonymised"), "small"))
    for table in tables:
        has_code = table.codes is not None
        label_width = (0.3 if has_code else 0.34) if len(table.columns) > 1 else 0.6
        code_width = 0.13 if has_code else 0.0
        column_width = (1 - label_width - code_width) / len(table.columns)
        widths = [
            label_width * width,
            *([code_width * width] if has_code else []),
            *([column_width * width] * len(table.columns)),
        ]
        header = [
            _cell(table.label_header, bold=True),
            *([_cell(t("column.country_code"), bold=True)] if has_code else []),
            *(_cell(name, bold=True, right=True) for name in table.columns),
        ]
        rows = [header]
        for index, (label, cells) in enumerate(zip(table.labels, table.cells, strict=True)):
            code = [_cell(table.codes[index])] if table.codes is not None else []
            rows.append([_cell(label), *code, *(_cell(_count(t, c), right=True) for c in cells)])
        rows.append(
            [
                _cell(t("report.total"), bold=True),
                *([_cell("")] if has_code else []),
                *(_cell(t.number(n), bold=True, right=True) for n in table.totals),
            ]
        )
        heading = pdf.para(table.title, "heading")
        grid = _grid(rows, widths, total=True)
        if len(rows) <= SHORT_TABLE:
            story.append(KeepTogether([heading, grid]))
        else:  # a long table starts where it is and runs on, its header repeated
            story += [CondPageBreak(LONG_TABLE_START), heading, grid]
    return story


def _charts(data: ReportData, tables: list[layout.Breakdown]) -> list[Flowable]:
    t = data.texts
    by_type, by_age = layout.charts(tables, data)
    story: list[Flowable] = [PageBreak(), pdf.para(t("section.charts"), "title")]
    suppressed = any(isinstance(v, str) for v in (*by_type.values, *by_age.values))
    for chart, horizontal in ((by_type, True), (by_age, False)):
        story.append(
            KeepTogether(
                [pdf.para(chart.title, "heading"), _bar_chart(t, chart, horizontal=horizontal)]
            )
        )
    if suppressed:
        story.append(pdf.para(t("report.note.chart_suppressed"), "small"))
    return story


def _bar_chart(t: ReportTexts, chart: layout.Chart, *, horizontal: bool) -> Drawing:
    """Bars for the counts; a hidden count gets no bar, only its mark ("<5", "[c]")."""
    width = pdf.content_width()
    # Without an initial font the renderer selects (and embeds) Helvetica.
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=pdf.FONT)
    bars: BarChart = HorizontalBarChart() if horizontal else VerticalBarChart()
    numbers = [v if isinstance(v, int) else 0 for v in chart.values]
    bars.data = [numbers]
    bars.barLabelFormat = "values"
    bars.barLabelArray = [[_count(t, v) for v in chart.values]]
    bars.barLabels.fontName = pdf.FONT
    bars.barLabels.fontSize = 8
    bars.barLabels.fillColor = pdf.INK
    bars.bars[0].fillColor = pdf.ACCENT
    bars.bars[0].strokeColor = None
    axis, values = bars.categoryAxis, bars.valueAxis
    axis.categoryNames = list(chart.labels)
    for labels in (axis.labels, values.labels):
        labels.fontName = pdf.FONT
        labels.fontSize = 8
        labels.fillColor = pdf.INK
    axis.strokeColor = values.strokeColor = pdf.RULE
    values.valueMin = 0
    values.valueMax = max(5, max(numbers, default=0) * 1.15)
    values.visibleGrid = True
    values.gridStrokeColor = pdf.RULE
    values.labelTextFormat = lambda value: t.number(int(value)) if value == int(value) else ""
    labels = axis.labels
    if horizontal:  # the labels at the left get the room they need, up to 45% of the width
        widest = max((stringWidth(name, pdf.FONT, 8) for name in chart.labels), default=0)
        labels.fontSize = min(8.0, 8 * 0.45 * width / max(widest, 1))
        room = min(widest, 0.45 * width) + 6
        bars.x, bars.y = round(room), round(8 * mm)
        bars.width, bars.height = round(width - room - 8 * mm), round(CHART_HEIGHT - 14 * mm)
        axis.reverseDirection = True  # the table's order, from the top down
        labels.boxAnchor, labels.dx = "e", -4
        bars.barLabels.boxAnchor, bars.barLabels.dx = "w", 4
    else:  # the labels below share the width between them
        bars.x, bars.y = round(12 * mm), round(10 * mm)
        bars.width, bars.height = round(width - 16 * mm), round(CHART_HEIGHT - 16 * mm)
        slot = bars.width / max(len(chart.labels), 1) - 4
        widest = max((stringWidth(name, pdf.FONT, 8) for name in chart.labels), default=0)
        labels.fontSize = min(8.0, 8 * slot / max(widest, 1))
        labels.boxAnchor, labels.dy = "n", -3
        bars.barLabels.boxAnchor, bars.barLabels.dy = "s", 3
    drawing.add(bars)
    return drawing


def _definitions(data: ReportData) -> list[Flowable]:
    t = data.texts
    width = pdf.content_width()
    rows = [
        [
            _cell(t("column.id"), bold=True),
            _cell(t("column.indicator"), bold=True),
            _cell(t("column.definition"), bold=True),
        ]
    ]
    for row in layout.indicator_rows(data):
        rows.append([_cell(row.id), _cell(row.name), _cell(row.definition)])
    return [
        pdf.para(t("section.definitions"), "title"),
        pdf.para(t("section.definitions.intro")),
        Spacer(1, 4 * mm),
        _grid(rows, [0.08 * width, 0.3 * width, 0.62 * width]),
    ]
