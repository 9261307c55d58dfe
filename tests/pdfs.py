"""Reading back the PDFs we write, for tests."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined by newlines."""
    return "\n".join(page.extract_text() or "" for page in pdf_reader(data).pages)


def embedded_fonts(data: bytes) -> set[str]:
    """The base names of the fonts the PDF's pages use."""
    names = set()
    for page in pdf_reader(data).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names
