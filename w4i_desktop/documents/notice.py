"""The privacy notice (GDPR Art. 13) in the participant's language: the same text on screen in
the intake wizard and on paper, with a box to tick for each purpose she may agree to."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from w4i_desktop.documents import pdf
from w4i_desktop.documents.texts import Texts
from w4i_desktop.enums import ConsentPurpose

# Raise when the text of the notice changes: consents record the version she was given.
NOTICE_VERSION = "2026-1"
SECTIONS = ("who", "what", "why", "who_sees", "how_long", "rights")


@dataclass(frozen=True)
class Notice:
    language: str
    title: str
    subtitle: str
    sections: tuple[tuple[str, str], ...]  # (heading, text)
    purposes_heading: str
    purposes_text: str
    purposes: tuple[tuple[ConsentPurpose, str], ...]
    signature: str
    version: str


def notice(language: str, organisation: str, retention_years: int) -> Notice:
    """The notice in `language`, naming the organisation and its retention period."""
    t = Texts.for_language(language)
    org = organisation.strip() or "—"
    return Notice(
        language=language,
        title=t("notice.title"),
        subtitle=t("notice.subtitle", organisation=org),
        sections=tuple(
            (
                t(f"notice.{key}.heading"),
                t(f"notice.{key}.text", organisation=org, years=retention_years),
            )
            for key in SECTIONS
        ),
        purposes_heading=t("notice.purposes.heading"),
        purposes_text=t("notice.purposes.text"),
        purposes=tuple((p, t(f"notice.purpose.{p.value}")) for p in ConsentPurpose),
        signature=t("notice.signature"),
        version=t("notice.version", version=NOTICE_VERSION),
    )


class _TickBox(Flowable):
    """An empty square to tick with a pen."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(pdf.INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


def notice_pdf(shown: Notice, organisation: str) -> bytes:
    """The notice as an A4 PDF, with tick boxes and a signature line."""
    texts = Texts.for_language(shown.language)
    story: list[Flowable] = [
        pdf.para(shown.title, "title"),
        pdf.para(shown.subtitle, "subtitle"),
    ]
    for heading, text in shown.sections:
        story += [pdf.para(heading, "heading"), pdf.para(text)]
    width = pdf.content_width()
    rows = [[_TickBox(), pdf.para(text)] for _, text in shown.purposes]
    boxes = Table(rows, colWidths=[9 * mm, width - 9 * mm])
    boxes.setStyle(
        TableStyle(
            [
                *pdf.TABLE_BASE,
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    signature = Table(
        [[""], [pdf.para(shown.signature, "small")]], colWidths=[width * 0.7], hAlign="LEFT"
    )
    signature.setStyle(TableStyle([*pdf.TABLE_BASE, ("LINEBELOW", (0, 0), (0, 0), 0.6, pdf.INK)]))
    # What she is asked, the boxes and the signature stay on one page: she signs what she ticked.
    asked = [pdf.para(shown.purposes_heading, "heading"), pdf.para(shown.purposes_text)]
    story.append(KeepTogether([*asked, boxes, Spacer(1, 12 * mm), signature]))
    return pdf.render(
        story,
        title=shown.title,
        author=organisation,
        texts=texts,
        footer=f"{organisation} · {shown.version}",
    )
