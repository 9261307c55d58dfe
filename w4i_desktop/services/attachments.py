"""Documents attached to a participant, kept as BLOBs inside the encrypted database.

Nothing here writes a loose copy anywhere except `save_attachment_as`, to the path the user
chose, atomically. Listing never loads the documents' bytes.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath, PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput, NotFound, W4IError
from w4i_desktop.models import Attachment, Participant, User
from w4i_desktop.models.timeline import MAX_ATTACHMENT_BYTES as MAX_ATTACHMENT_BYTES
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.participants import load_visible, visible_clause
from w4i_desktop.services.permissions import Action
from w4i_desktop.storage.atomic import write_bytes_atomic

DEFAULT_MEDIA_TYPE = "application/octet-stream"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    media_type: str
    size: int
    added_at: datetime
    added_by: str | None


def size_in_mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_size(size: int) -> None:
    """Refuse an empty or over-large document before its bytes are even read."""
    if size <= 0:
        raise BadInput("The file is empty; there is nothing to attach.")
    if size > MAX_ATTACHMENT_BYTES:
        raise BadInput(
            "The file is {size} MB; documents can be at most {limit} MB. Attach a smaller file, "
            "for example a scan at a lower resolution.",
            size=size_in_mb(size),
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )


def clean_filename(filename: str) -> str:
    """The base name only (a Windows or POSIX path is cut back), without control characters."""
    name = _CONTROL.sub("", PureWindowsPath(filename.strip()).name).strip()
    if not name or name in {".", ".."}:
        raise BadInput("The document needs a file name.")
    if len(name) > 255:
        suffix = PurePath(name).suffix[:20]
        name = name[: 255 - len(suffix)] + suffix
    return name


def add_attachment(
    ctx: Context,
    participant_id: int,
    filename: str,
    data: bytes,
    media_type: str | None = None,
) -> int:
    ctx.require(Action.PARTICIPANT_UPDATE)
    check_size(len(data))
    name = clean_filename(filename)
    kind = (media_type or "").strip() or mimetypes.guess_type(name)[0] or DEFAULT_MEDIA_TYPE
    if len(kind) > 100:
        kind = DEFAULT_MEDIA_TYPE
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        attachment = Attachment(
            participant_id=participant.id,
            filename=name,
            media_type=kind,
            size=len(data),
            data=data,
            added_by_id=ctx.actor.user_id,
        )
        session.add(attachment)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.CREATE, "attachment", attachment.id)
        return attachment.id


def list_attachments(ctx: Context, participant_id: int) -> list[AttachmentRow]:
    """The participant's documents, newest first, without their contents."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        participant = load_visible(session, ctx, participant_id)
        rows = session.execute(
            select(
                Attachment.id,
                Attachment.filename,
                Attachment.media_type,
                Attachment.size,
                Attachment.added_at,
                User.display_name,
            )
            .outerjoin(User, User.id == Attachment.added_by_id)
            .where(Attachment.participant_id == participant.id)
            .order_by(Attachment.added_at.desc(), Attachment.id.desc())
        )
        return [AttachmentRow(*row) for row in rows]


def _load_attachment(session: Session, ctx: Context, attachment_id: int) -> Attachment:
    attachment = session.scalars(
        select(Attachment)
        .join(Participant, Participant.id == Attachment.participant_id)
        .where(
            Attachment.id == attachment_id,
            visible_clause(ctx),
            Participant.anonymised_at.is_(None),
        )
    ).one_or_none()
    if attachment is None:
        raise NotFound("This document does not exist or is not visible to you.")
    return attachment


def read_attachment(ctx: Context, attachment_id: int) -> bytes:
    """The document's bytes; audited as a view of the attachment."""
    ctx.require(Action.PARTICIPANT_VIEW)
    with ctx.db.transaction() as session:
        attachment = _load_attachment(session, ctx, attachment_id)
        data = attachment.data
        audit.record(session, ctx.actor.user_id, AuditAction.VIEW, "attachment", attachment.id)
        return data


def save_attachment_as(ctx: Context, attachment_id: int, path: Path) -> None:
    """Write the document to `path` (a place the user chose), atomically."""
    data = read_attachment(ctx, attachment_id)
    target = Path(path)
    if not target.parent.is_dir():
        raise BadInput("The folder {folder} does not exist.", folder=str(target.parent))
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        raise W4IError(f"{target.name} could not be written: {exc.strerror or exc}.") from exc


def delete_attachment(ctx: Context, attachment_id: int) -> None:
    ctx.require(Action.PARTICIPANT_UPDATE)
    with ctx.db.transaction() as session:
        attachment = _load_attachment(session, ctx, attachment_id)
        session.delete(attachment)
        session.flush()
        audit.record(session, ctx.actor.user_id, AuditAction.DELETE, "attachment", attachment_id)
