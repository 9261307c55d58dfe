"""`w4i check`: the database file and the audit log in one report, as a script sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.e2e.test_cli import w4i
from tests.services.test_health import damage_a_page, fill
from w4i_desktop.services import users
from w4i_desktop.services.context import Context

pytestmark = pytest.mark.sqlcipher_only(reason="checks and damages a database file")


@pytest.fixture
def centre(tmp_path: Path) -> tuple[Context, Path]:
    db = tmp_path / "centre.db"
    created = users.create_database(db, "admin", ADMIN_PASSWORD, kdf=FAST_KDF)
    fill(created.context)
    return created.context, db


def check(db: Path) -> tuple[int, str]:
    done = w4i("check", "--db", str(db), env={"W4I_PASSWORD": ADMIN_PASSWORD})
    return done.returncode, done.stdout + done.stderr


def test_a_sound_database(centre: tuple[Context, Path]) -> None:
    ctx, db = centre
    ctx.db.close()
    code, said = check(db)
    assert code == 0, said
    assert "Database file sound" in said and "Audit log intact" in said


def test_a_flipped_byte_in_a_data_page_fails_the_check(centre: tuple[Context, Path]) -> None:
    ctx, db = centre
    damage_a_page(ctx, db)
    code, said = check(db)
    assert code == 1, said
    assert "Database file damaged" in said
    assert "Audit log intact" in said  # the chain alone would have said all is well
