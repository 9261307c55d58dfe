"""`w4i participant export|erase` as scripts use them: real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.e2e.test_cli import w4i
from tests.pdfs import pdf_text
from tests.services.test_privacy import CANARY, make_participant
from w4i_desktop.documents.texts import Texts
from w4i_desktop.errors import NotFound
from w4i_desktop.models import Participant
from w4i_desktop.services import participant_search, users

PASSWORD = "coordinator-pass-7"


@pytest.fixture
def centre(tmp_path: Path) -> tuple[Path, str]:
    """A database (cheap key derivation) holding one participant; her code."""
    db = tmp_path / "centre.db"
    created = users.create_database(
        db, "coordinator", PASSWORD, organisation="Casa Donne", kdf=FAST_KDF
    )
    ctx = created.context
    try:
        pid = make_participant(ctx, CANARY)
        with ctx.db.transaction() as session:
            participant = session.get(Participant, pid)
            assert participant is not None
            code = participant.code
    finally:
        ctx.db.close()
    return db, code


def _run(*args: str) -> tuple[int, str, str]:
    result = w4i(*args, "--user", "coordinator", "--password-stdin", stdin=PASSWORD + "\n")
    return result.returncode, result.stdout, result.stderr


def test_export_writes_the_json_and_the_pdf(centre: tuple[Path, str], tmp_path: Path) -> None:
    db, code = centre
    out = tmp_path / "dsar"
    out.mkdir()
    rc, stdout, stderr = _run(
        "participant", "export", code.lower(), "--out", str(out), "--db", str(db),
        "--language", "es",
    )  # fmt: skip
    assert rc == 0, stderr
    written = out / f"{code}.json"
    assert str(written) in stdout
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["participant"]["code"] == code
    assert document["participant"]["first_name"] == CANARY
    assert document["placements"][0]["employer"] == "Trattoria of Ouedraogo"
    readable = out / f"{code}.pdf"
    assert str(readable) in stdout
    text = pdf_text(readable.read_bytes())
    assert CANARY in text and Texts.for_language("es")("dsar.section.consents") in text


def test_erase_with_a_reason(centre: tuple[Path, str]) -> None:
    db, code = centre
    rc, stdout, stderr = _run(
        "participant", "erase", code, "--reason", "request 2026/17", "--db", str(db)
    )
    assert rc == 0, stderr
    assert code in stdout and CANARY not in stdout
    ctx = users.login(db, "coordinator", PASSWORD)
    try:
        with pytest.raises(NotFound):
            participant_search.id_for_code(ctx, code)
        with ctx.db.transaction() as session:
            erased = session.query(Participant).filter_by(code=code).one()
            assert erased.first_name is None and erased.anonymised_at is not None
    finally:
        ctx.db.close()
    # Erased already: the code no longer names anyone who can be erased or exported.
    rc, _, stderr = _run("participant", "erase", code, "--reason", "again", "--db", str(db))
    assert rc == 2 and stderr.count("\n") == 1


def test_unknown_code_exits_2_with_one_line(centre: tuple[Path, str], tmp_path: Path) -> None:
    db, _code = centre
    for args in (
        ("participant", "export", "W4I-ZZZZZ", "--out", str(tmp_path), "--db", str(db)),
        ("participant", "erase", "W4I-ZZZZZ", "--reason", "request", "--db", str(db)),
    ):
        rc, stdout, stderr = _run(*args)
        assert rc == 2
        assert stdout == ""
        assert stderr.startswith("w4i: ") and stderr.count("\n") == 1
        assert "W4I-ZZZZZ" in stderr


def test_erase_needs_a_reason_and_export_an_existing_folder(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, code = centre
    rc, _, stderr = _run("participant", "erase", code, "--db", str(db))
    assert rc == 2 and "--reason" in stderr
    rc, _, stderr = _run("participant", "erase", code, "--reason", " ", "--db", str(db))
    assert rc == 2 and stderr.count("\n") == 1
    rc, _, stderr = _run(
        "participant", "export", code, "--out", str(tmp_path / "missing"), "--db", str(db)
    )
    assert rc == 2 and stderr.count("\n") == 1


def test_summary_writes_her_pdf_in_the_language_asked(
    centre: tuple[Path, str], tmp_path: Path
) -> None:
    db, code = centre
    target = tmp_path / "summary.pdf"
    rc, stdout, stderr = _run(
        "participant", "summary", code, "--out", str(target), "--lang", "sv", "--db", str(db)
    )
    assert rc == 0, stderr
    assert str(target) in stdout
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert CANARY in text
    assert Texts.for_language("sv")("summary.title") in text
    rc, _, stderr = _run(
        "participant", "summary", code, "--out", str(tmp_path / "no" / "x.pdf"), "--db", str(db)
    )
    assert rc == 2 and "does not exist" in stderr
