"""The PDF report, read back as text: cover, figures, suppression, language, logo, fonts."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image as PILImage
from pypdf import PageObject

from tests.pdfs import pdf_reader, pdf_text
from tests.reports.test_report_data import (
    CANARY_CODE,
    CANARY_FIRST,
    CANARY_LAST,
    ORGANISATION,
    REASON,
    report,
    seed,
)
from w4i_desktop.errors import BadInput
from w4i_desktop.reports.pdf_report import pdf_report
from w4i_desktop.reports.report_data import ReportData
from w4i_desktop.services.context import Context


@pytest.fixture
def seeded(admin_ctx: Context) -> Context:
    seed(admin_ctx)
    return admin_ctx


@pytest.fixture
def pseudonymised(seeded: Context) -> ReportData:
    return report(seeded)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _resources(page: PageObject, kind: str) -> dict[str, Any]:
    resources: Any = page["/Resources"].get_object()
    found: dict[str, Any] = dict(resources.get(kind, {}))
    return found


def _image(kind: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 120), (47, 93, 138)).save(buffer, format=kind)
    return buffer.getvalue()


def test_cover_figures_and_appendix(pseudonymised: ReportData) -> None:
    data = pdf_report(pseudonymised)
    text = _flat(pdf_text(data))
    pages = len(pdf_reader(data).pages)
    assert pages >= 5 and f"Page 1 of {pages}" in text
    assert ORGANISATION in text and "2025Q3" in text
    assert "Q3 2025 (July 1, 2025 – September 30, 2025)" in text
    assert "All sites" in text and "Pseudonymised" in text and "by admin" in text
    values = pseudonymised.indicators.values
    assert (values["I1"], values["I2"], values["I5"]) == (12, 13, 8)
    assert "New participants 12" in text and "Active participants 13" in text
    assert "Positive result at exit 100.0%" in text and "Retention at 6 months n/a" in text
    assert "Appendix: definitions" in text
    assert "Participants whose intake date is in the period." in text
    assert "Placements started by type" in text and "Active participants by age band" in text


def test_pseudonymised_pdf_hides_small_counts_and_names_no_one(
    pseudonymised: ReportData,
) -> None:
    text = _flat(pdf_text(pdf_report(pseudonymised)))
    assert "Morocco MA <5 <5 <5" in text
    assert "Ukraine UA 8 8 [c]" in text
    assert "Total 12 13 8" in text  # totals are exact
    for secret in (CANARY_FIRST, CANARY_LAST, CANARY_CODE, "Rossi", REASON):
        assert secret not in text


def test_named_pdf_shows_exact_counts_and_the_reason(seeded: Context) -> None:
    text = _flat(pdf_text(pdf_report(report(seeded, named=True, reason=REASON))))
    assert "Morocco MA 1 1 1" in text and "Internship 1" in text
    assert "<5" not in text and "[c]" not in text
    assert REASON in text and "Named (contains personal data)" in text
    assert CANARY_LAST not in text  # the PDF has figures, not lists


def test_the_report_speaks_its_language(seeded: Context) -> None:
    text = _flat(pdf_text(pdf_report(report(seeded, language="it"))))
    assert "Indicatori trimestrali" in text and "Pagina 1 di" in text
    assert "3º trimestre 2025 (1 luglio 2025 – 30 settembre 2025)" in text
    assert "Marocco" in text and "Tirocinio" in text and "Tutte le sedi" in text
    assert "Appendice: definizioni" in text


def test_only_the_bundled_font_is_embedded(pseudonymised: ReportData) -> None:
    reader = pdf_reader(pdf_report(pseudonymised))
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in _resources(page, "/Font").values()
    }
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_logo_on_the_cover(pseudonymised: ReportData, kind: str) -> None:
    reader = pdf_reader(pdf_report(pseudonymised, logo=_image(kind)))
    assert len(_resources(reader.pages[0], "/XObject")) == 1
    assert not _resources(reader.pages[1], "/XObject")


def test_a_logo_that_is_not_an_image_is_bad_input(pseudonymised: ReportData) -> None:
    with pytest.raises(BadInput):
        pdf_report(pseudonymised, logo=b"GIF89a not supported")
    with pytest.raises(BadInput):
        pdf_report(pseudonymised, logo=b"\x89PNG\r\n\x1a\n but broken")
