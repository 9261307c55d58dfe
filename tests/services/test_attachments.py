from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import UserFactory
from w4i_desktop.enums import AuditAction, Role
from w4i_desktop.errors import BadInput, NotFound, PermissionDenied
from w4i_desktop.models import AuditEvent
from w4i_desktop.models.timeline import MAX_ATTACHMENT_BYTES
from w4i_desktop.services import attachments, participants
from w4i_desktop.services.context import Context

PDF = b"%PDF-1.4 a small document\n"


def _last_audit(ctx: Context) -> AuditEvent:
    with ctx.db.transaction() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        return event


def test_add_list_read_and_delete(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"first_name": "Amina", "last_name": "Diallo"})
    doc_id = attachments.add_attachment(admin_ctx, pid, r"C:\Users\mara\Desktop\CV Amina.pdf", PDF)

    [row] = attachments.list_attachments(admin_ctx, pid)
    assert (row.id, row.filename, row.media_type, row.size) == (
        doc_id,
        "CV Amina.pdf",
        "application/pdf",
        len(PDF),
    )
    assert row.added_by == "admin"
    assert not hasattr(row, "data")

    assert attachments.read_attachment(admin_ctx, doc_id) == PDF
    event = _last_audit(admin_ctx)
    assert (event.action, event.entity, event.entity_id) == (
        AuditAction.VIEW,
        "attachment",
        doc_id,
    )

    attachments.delete_attachment(admin_ctx, doc_id)
    assert attachments.list_attachments(admin_ctx, pid) == []
    assert _last_audit(admin_ctx).action is AuditAction.DELETE
    with pytest.raises(NotFound):
        attachments.read_attachment(admin_ctx, doc_id)


def test_given_media_type_wins_and_unknown_types_are_octet_stream(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    a = attachments.add_attachment(admin_ctx, pid, "scan", b"\x89PNG", "image/png")
    b = attachments.add_attachment(admin_ctx, pid, "notes.w4iunknown", b"abc")
    types = {r.id: r.media_type for r in attachments.list_attachments(admin_ctx, pid)}
    assert types == {a: "image/png", b: "application/octet-stream"}


def test_twenty_megabytes_is_the_limit(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    with pytest.raises(BadInput, match=r"20\.0 MB; documents can be at most 20 MB"):
        attachments.add_attachment(admin_ctx, pid, "big.pdf", b"x" * (MAX_ATTACHMENT_BYTES + 1))
    assert attachments.list_attachments(admin_ctx, pid) == []
    attachments.check_size(MAX_ATTACHMENT_BYTES)  # exactly 20 MB is allowed


def test_empty_files_and_missing_names_are_refused(admin_ctx: Context) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    with pytest.raises(BadInput, match="empty"):
        attachments.add_attachment(admin_ctx, pid, "empty.txt", b"")
    with pytest.raises(BadInput, match="file name"):
        attachments.add_attachment(admin_ctx, pid, "  ", b"abc")


def test_long_file_names_keep_their_extension() -> None:
    name = attachments.clean_filename("a" * 300 + ".pdf")
    assert len(name) == 255
    assert name.endswith(".pdf")


def test_save_as_writes_the_document_where_the_user_chose(
    admin_ctx: Context, tmp_path: Path
) -> None:
    pid = participants.create(admin_ctx, {"last_name": "Diallo"})
    doc_id = attachments.add_attachment(admin_ctx, pid, "cv.pdf", PDF)
    target = tmp_path / "out" / "cv copy.pdf"
    with pytest.raises(BadInput, match="does not exist"):
        attachments.save_attachment_as(admin_ctx, doc_id, target)
    target.parent.mkdir()
    attachments.save_attachment_as(admin_ctx, doc_id, target)
    assert target.read_bytes() == PDF
    assert [p.name for p in target.parent.iterdir()] == ["cv copy.pdf"]  # no temp file left


def test_volunteers_see_only_their_own_participants_documents(
    admin_ctx: Context, login_as: UserFactory
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    own = participants.create(volunteer, {"first_name": "Fatima"})
    other = participants.create(admin_ctx, {"first_name": "Olga"})
    own_doc = attachments.add_attachment(admin_ctx, own, "permit.pdf", PDF)
    other_doc = attachments.add_attachment(admin_ctx, other, "other.pdf", PDF)

    assert [r.id for r in attachments.list_attachments(volunteer, own)] == [own_doc]
    assert attachments.read_attachment(volunteer, own_doc) == PDF
    with pytest.raises(NotFound):
        attachments.list_attachments(volunteer, other)
    with pytest.raises(NotFound):
        attachments.read_attachment(volunteer, other_doc)
    with pytest.raises(PermissionDenied):
        attachments.add_attachment(volunteer, own, "mine.pdf", PDF)
    with pytest.raises(PermissionDenied):
        attachments.delete_attachment(volunteer, own_doc)
    assert len(attachments.list_attachments(admin_ctx, own)) == 1
