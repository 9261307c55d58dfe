"""Reading back the PDFs we write, for tests."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined by newlines."""
    return "\n".join(page.extract_text() or "" for page in pdf_reader(data).pages)
