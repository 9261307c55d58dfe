"""The recovery key through the widgets: shown again at an administrator's sign-in until she
confirms storing it, a new key from Settings after her password, printing it, the PDF in the
Documents folder, and a typed key's foreign character named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from w4i_desktop.app import show_main_window
from w4i_desktop.enums import Role
from w4i_desktop.errors import WrongPassword
from w4i_desktop.services import accounts, recovery, users
from w4i_desktop.services.users import NewDatabase
from w4i_desktop.views.admin.recovery_key_dialog import (
    PDF_NAME,
    NewRecoveryKeyDialog,
    RecoveryKeyDialog,
    make_new_recovery_key,
    show_new_recovery_key,
    show_unconfirmed_recovery_key,
)
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.document_files import LAST_FOLDER
from w4i_desktop.views.form_dialog import FormDialog
from w4i_desktop.views.window.login import LoginPage
from w4i_desktop.views.window.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/tmp/recovery")
STAFF_PASSWORD = "quiet orange lantern drifts"


@pytest.fixture
def created(db_path: Path) -> NewDatabase:
    made = users.create_database(
        db_path, "admin", ADMIN_PASSWORD, organisation="Casa delle Donne", site_name="Milano",
        kdf=FAST_KDF,
    )  # fmt: skip
    users.add_user(made.context, "rosa", STAFF_PASSWORD, Role.STAFF, kdf=FAST_KDF)
    return made


def on_modal(
    kind: type[QWidget], act: Callable[[QWidget], None], seen: list[str]
) -> Callable[[], None]:
    """Run `act` in the next modal window of `kind`; a failure closes it and is noted in `seen`.
    Returns a function that stops waiting (for a window that must not come)."""
    waiting = [True]

    def step() -> None:
        if not waiting[0]:
            return
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind) or not window.isVisible():
            QTimer.singleShot(10, step)
            return
        waiting[0] = False
        seen.append(type(window).__name__)
        try:
            act(window)
        except Exception as exc:  # a failed step must not leave it waiting
            seen.append(f"failed: {exc!r}")
            assert isinstance(window, QDialog)
            window.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, step)
    return lambda: waiting.__setitem__(0, False)


def later(window: QWidget) -> None:
    assert isinstance(window, RecoveryKeyDialog)
    QTest.mouseClick(window.later_button, LEFT)


def confirm(codes: list[str]) -> Callable[[QWidget], None]:
    """Note the key shown; Escape (it stays); tick "I have stored it" by keyboard; Continue."""

    def act(window: QWidget) -> None:
        assert isinstance(window, RecoveryKeyDialog)
        codes.append(window.key_label.text())
        QTest.keyClick(window, Qt.Key.Key_Escape)
        assert window.isVisible(), "Escape put the key away"
        assert not window.continue_button.isEnabled()
        window.stored.setFocus()
        QTest.keyClick(window.stored, Qt.Key.Key_Space)
        QTest.mouseClick(window.continue_button, LEFT)

    return act


def sign_in(path: Path, username: str = "admin", password: str = ADMIN_PASSWORD) -> AppState:
    state = AppState(path)
    state.login(username, password)
    return state


def test_the_first_key_is_shown_again_at_each_sign_in_until_she_confirms(
    qtbot: QtBot, created: NewDatabase, db_path: Path
) -> None:
    code = created.recovery_code
    seen: list[str] = []

    def kept_then_gone(window: QWidget) -> None:
        # Kept before it is shown: had the program ended here, the key is not lost.
        assert recovery.unconfirmed_key(created.context) == code
        later(window)

    on_modal(RecoveryKeyDialog, kept_then_gone, seen)
    show_new_recovery_key(None, created.context, code)
    assert seen == ["RecoveryKeyDialog"]
    created.context.db.close()

    parent = QWidget()
    qtbot.addWidget(parent)
    # A staff member's sign-in does not show it.
    state = sign_in(db_path, "rosa", STAFF_PASSWORD)
    stop = on_modal(RecoveryKeyDialog, later, seen)
    show_unconfirmed_recovery_key(parent, state)
    stop()
    assert seen == ["RecoveryKeyDialog"]
    state.lock()

    codes: list[str] = []
    state = sign_in(db_path)
    on_modal(RecoveryKeyDialog, confirm(codes), seen)
    show_unconfirmed_recovery_key(parent, state)
    assert seen == ["RecoveryKeyDialog", "RecoveryKeyDialog"]
    assert codes == [code]
    assert recovery.unconfirmed_key(state.ctx) is None
    state.lock()

    state = sign_in(db_path)  # confirmed: not shown any more
    stop = on_modal(RecoveryKeyDialog, later, seen)
    show_unconfirmed_recovery_key(parent, state)
    stop()
    assert len(seen) == 2
    state.lock()


def test_a_new_key_from_settings_after_her_password(
    qtbot: QtBot, created: NewDatabase, db_path: Path
) -> None:
    SHOTS.mkdir(exist_ok=True)
    state = AppState(db_path)
    state.set_context(created.context)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[str] = []

    def cancel(window: QWidget) -> None:
        assert isinstance(window, FormDialog)
        QTest.keyClick(window, Qt.Key.Key_Escape)

    on_modal(NewRecoveryKeyDialog, cancel, seen)
    assert make_new_recovery_key(parent, state) is False
    assert recovery.unconfirmed_key(state.ctx) is None

    refusals: list[str] = []

    def password(window: QWidget) -> None:
        assert isinstance(window, NewRecoveryKeyDialog)
        field = window.fields["password"]
        assert window.focusWidget() is field  # typing starts at once
        QTest.keyClicks(field, "not my password")
        ok = window.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, LEFT)
        refusals.append(window.error.text())
        window.grab().save(str(SHOTS / "new_key_password.png"))
        field.setFocus()
        QTest.keySequence(field, "Ctrl+A")
        QTest.keyClicks(field, ADMIN_PASSWORD)
        codes_seen = len(codes)
        on_modal(RecoveryKeyDialog, shot_then_confirm, seen)
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert len(codes) == codes_seen  # shown after the password dialog closed

    codes: list[str] = []

    def shot_then_confirm(window: QWidget) -> None:
        window.grab().save(str(SHOTS / "recovery_key_dialog.png"))
        confirm(codes)(window)

    on_modal(NewRecoveryKeyDialog, password, seen)
    assert make_new_recovery_key(parent, state) is True, (seen, refusals)
    assert seen == ["NewRecoveryKeyDialog", "NewRecoveryKeyDialog", "RecoveryKeyDialog"]
    assert refusals == ["That is not your password."]
    (new,) = codes
    assert new != created.recovery_code
    assert recovery.unconfirmed_key(state.ctx) is None  # confirmed
    state.lock()
    with pytest.raises(WrongPassword):
        accounts.reset_password_with_recovery_key(db_path, created.recovery_code, "admin",
                                                  ADMIN_PASSWORD, kdf=FAST_KDF)  # fmt: skip
    accounts.reset_password_with_recovery_key(db_path, new, "admin", ADMIN_PASSWORD, kdf=FAST_KDF)


def test_print_and_the_pdf_offered_in_documents(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RecoveryKeyDialog("AAAAA-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG", "Casa <delle> Donne")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    printed = tmp_path / "printed.pdf"

    def accept_to_file(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept_to_file)
    qtbot.mouseClick(dialog.print_button, LEFT)
    assert printed.read_bytes().startswith(b"%PDF")

    # The folder of the last report is not where a recovery key is proposed: Documents is.
    documents = tmp_path / "Documents"
    documents.mkdir()
    reports = tmp_path / "reports"
    reports.mkdir()
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    QSettings().setValue(LAST_FOLDER, str(reports))
    proposed: list[str] = []

    def save_as(parent: QWidget, title: str, start: str, filter_: str) -> tuple[str, str]:
        proposed.append(start)
        return str(tmp_path / "chosen" / "key.pdf"), filter_

    (tmp_path / "chosen").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(dialog.save_pdf, LEFT)
    assert proposed == [str(documents / PDF_NAME)]
    assert (tmp_path / "chosen" / "key.pdf").read_bytes().startswith(b"%PDF")
    assert "delle" in dialog.document().toPlainText()


def test_a_typed_key_with_a_letter_keys_never_use_names_it(
    qtbot: QtBot, created: NewDatabase, db_path: Path
) -> None:
    created.context.db.close()
    page = LoginPage(AppState(db_path))
    qtbot.addWidget(page)
    page.show()
    page.username.setText("admin")
    errors: list[str] = []
    typo = created.recovery_code[:-1] + "O"  # O for 0: neither is ever in a key

    def type_key(window: QWidget) -> None:
        assert isinstance(window, FormDialog)
        for key, text in (("recovery_key", typo), ("password", "new words for me 7"),
                          ("repeated", "new words for me 7")):  # fmt: skip
            window.fields[key].setFocus()
            QTest.keyClicks(window.fields[key], text)
        QTest.mouseClick(window.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        errors.append(window.error.text())
        window.reject()

    seen: list[str] = []
    on_modal(FormDialog, type_key, seen)
    qtbot.mouseClick(page.forgot_button, LEFT)
    assert len(errors) == 1
    assert errors[0].endswith("contains a character recovery keys never use: O"), errors
    assert "30 letters" not in errors[0]
    QGuiApplication.processEvents()


def test_signing_in_to_the_main_window_shows_the_kept_key(
    qtbot: QtBot, created: NewDatabase, db_path: Path
) -> None:
    recovery.remember_unconfirmed(created.context, created.recovery_code)
    state = AppState(db_path)
    state.set_context(created.context)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    state.lock()
    seen: list[str] = []
    codes: list[str] = []
    on_modal(RecoveryKeyDialog, confirm(codes), seen)
    window.login.username.clear()
    qtbot.keyClicks(window.login.username, "admin")
    qtbot.keyClicks(window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: seen == ["RecoveryKeyDialog"] and len(codes) == 1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert codes == [created.recovery_code]
    assert recovery.unconfirmed_key(state.ctx) is None


def test_a_remembered_sign_in_at_start_shows_the_kept_key(
    qtbot: QtBot, created: NewDatabase, db_path: Path
) -> None:
    """'Remember me' opens the main window without the sign-in page: the key comes anyway."""
    recovery.remember_unconfirmed(created.context, created.recovery_code)
    state = AppState(db_path)
    state.set_context(created.context)
    seen: list[str] = []
    codes: list[str] = []
    on_modal(RecoveryKeyDialog, confirm(codes), seen)
    window = show_main_window(state, remembered=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: seen == ["RecoveryKeyDialog"] and len(codes) == 1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert codes == [created.recovery_code]
    assert recovery.unconfirmed_key(state.ctx) is None
