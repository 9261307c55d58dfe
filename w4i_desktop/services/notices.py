"""The privacy notice, with this organisation's name and retention period, for the screen and
for print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from w4i_desktop.errors import W4IError
from w4i_desktop.services import settings
from w4i_desktop.services.context import Context
from w4i_desktop.storage.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from w4i_desktop.documents.notice import Notice


def privacy_notice(ctx: Context, language: str) -> Notice:
    """The notice in `language` (one of DOCUMENT_LANGUAGES), for anyone logged in."""
    from w4i_desktop.documents import notice as notice_doc  # reportlab: loaded when needed

    return notice_doc.notice(
        language, settings.organisation_name(ctx), settings.retention_years(ctx)
    )


def write_privacy_notice(ctx: Context, language: str, target: Path) -> Path:
    """Write the notice as a PDF to `target`, atomically."""
    from w4i_desktop.documents import notice as notice_doc

    shown = privacy_notice(ctx, language)
    data = notice_doc.notice_pdf(shown, settings.organisation_name(ctx))
    write_document(Path(target), data)
    return Path(target)


def write_document(target: Path, data: bytes) -> None:
    """Write a document the user asked for; an OSError becomes a message that names the file."""
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        raise W4IError(f"{target.name} could not be written: {exc.strerror or exc}.") from exc
