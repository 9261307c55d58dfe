"""The Reports screen in the real window, by keyboard: it asks where to save first, so a save
dialog closed with Escape leaves no export in the audit log (the data used to be read, and the
export audited, before the question); a report saved is written and audited once. Read back
through the core after the app has quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD, open_database
from tests.realwin.harness import WAIT, RealApp, wait_until
from w4i_desktop.enums import AuditAction
from w4i_desktop.models import AuditEvent

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]

# The save dialog and the box that offers to open the file both carry the screen's title.
TITLE = "^Quarterly report$"


def test_a_report_is_audited_only_once_it_is_saved(app: RealApp, tmp_path: Path) -> None:
    target = tmp_path / "out" / "quarter.xlsx"
    target.parent.mkdir()
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    app.x.activate(app.main)
    app.x.key("ctrl+5")  # Reports
    app.x.key("alt+c")  # &Create the report…
    app.x.wait_window(TITLE)  # where to save?
    asked = app.x.screenshot("save-dialog")
    app.x.key("Escape")
    app.x.wait_gone(TITLE)

    app.x.activate(app.main)
    app.x.key("alt+c")
    app.x.wait_window(TITLE)
    app.x.key("ctrl+a")
    app.x.type(str(target))
    app.x.key("Return")
    wait_until(target.exists, WAIT, f"{target.name} to be written", app.x.explain)
    app.x.wait_window(TITLE)  # "The report is saved as …", with Open and Show in folder
    saved = app.x.screenshot("saved")
    app.x.close_all(TITLE)  # Escape: Close, so nothing opens the file
    assert app.quit() == 0, app.describe()

    assert [p.name for p in target.parent.iterdir()] == [target.name]
    ctx = open_database(app)
    try:
        with ctx.db.transaction() as session:
            exports = list(
                session.scalars(
                    select(AuditEvent.detail).where(
                        AuditEvent.action == AuditAction.EXPORT, AuditEvent.entity == "report"
                    )
                )
            )
    finally:
        ctx.db.close()
    assert len(exports) == 1, f"see {asked} and {saved}"
    assert exports[0] is not None and exports[0]["format"] == "xlsx"
