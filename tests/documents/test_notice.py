from __future__ import annotations

import pytest

from tests.pdfs import embedded_fonts, pdf_reader, pdf_text
from w4i_desktop.documents import notice
from w4i_desktop.documents.texts import DOCUMENT_LANGUAGES, Texts
from w4i_desktop.enums import ConsentPurpose


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_the_notice_names_the_organisation_and_every_purpose_in_her_language(
    language: str,
) -> None:
    shown = notice.notice(language, "Casa delle Donne", 7)
    t = Texts.for_language(language)
    assert shown.title == t("notice.title")
    assert "Casa delle Donne" in shown.subtitle
    assert any("7" in text for _, text in shown.sections)
    assert [p for p, _ in shown.purposes] == list(ConsentPurpose)
    assert notice.NOTICE_VERSION in shown.version


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_the_printed_notice_carries_the_same_text(language: str) -> None:
    shown = notice.notice(language, "Fundació Dona Treball", 5)
    data = notice.notice_pdf(shown, "Fundació Dona Treball")
    text = _flat(pdf_text(data))
    assert data.startswith(b"%PDF")
    assert _flat(shown.title) in text
    assert "Fundació Dona Treball" in text
    for _, purpose in shown.purposes:
        assert _flat(purpose) in text
    for heading, _ in shown.sections:
        assert _flat(heading) in text
    reader = pdf_reader(data)
    assert reader.metadata is not None and reader.metadata.title == shown.title
    fonts = embedded_fonts(data)
    assert all("DejaVuSans" in f for f in fonts), fonts  # the bundled font, embedded


def test_an_empty_organisation_name_does_not_leave_a_hole() -> None:
    shown = notice.notice("en", "  ", 5)
    assert "  " not in shown.subtitle
    assert "—" in shown.subtitle
