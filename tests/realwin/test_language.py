"""The interface language switched from the Language menu, with the keyboard, on every main
screen of the real window: each switch is kept in the settings, the window stays on the screen
it was on, nothing goes wrong, and the app quits cleanly afterwards."""

from __future__ import annotations

import pytest

from tests.realwin.conftest import ADMIN, ADMIN_PASSWORD
from tests.realwin.harness import MAIN_TITLE, WAIT, RealApp, menu_mnemonic, wait_until
from w4i_desktop.views.language import UI_LANGUAGES
from w4i_desktop.views.window.main_window import SCREENS

pytestmark = [
    pytest.mark.realwin,
    pytest.mark.sqlcipher_only(reason="the app opens a database file"),
]


def choose_language(app: RealApp, screen: str, current: str, wanted: str) -> None:
    """Alt+<the menu's letter in the current language>, then down the list of languages
    (each named in itself, in a fixed order) to `wanted`, Return."""
    letter = menu_mnemonic(current, "MainWindow", "Lang&uage")
    what = f"on {screen} in {current!r}, Alt+{letter.upper()} and the menu item {wanted!r}"
    # The status bar names the user's role in the language: it is written last.
    with app.x.redrawn(app.main, app.x.status_bar(app.main), f"{what}: the window in {wanted!r}"):
        app.x.key(f"alt+{letter}")
        app.x.key("Home", *["Down"] * UI_LANGUAGES.index(wanted), "Return")
    wait_until(
        lambda: app.setting("ui", "language") == wanted,
        WAIT,
        f"{what}: the language chosen",
        app.x.explain,
    )


def test_the_language_menu_switches_the_language_on_every_screen(app: RealApp) -> None:
    app.start()
    app.sign_in(ADMIN, ADMIN_PASSWORD)
    current = "en"
    # Every screen in turn (Ctrl+1…6), each switched to the next language of the list.
    wanted_languages = [UI_LANGUAGES[(i + 1) % len(UI_LANGUAGES)] for i in range(len(SCREENS))]
    for number, (screen, wanted) in enumerate(zip(SCREENS, wanted_languages, strict=True), 1):
        app.x.key(f"ctrl+{number}")
        choose_language(app, screen, current, wanted)
        current = wanted
        app.x.screenshot(f"{screen}-{wanted}")
        titles = app.x.visible_titles()
        assert titles == ["W4I Desktop"], (
            f"after switching to {wanted!r} on {screen}, windows shown: {titles}; {app.x.explain()}"
        )
    app.x.wait_window(MAIN_TITLE)
    assert app.quit() == 0, app.describe()
    assert (app.setting("ui", "language"), app.setting("window", "screen")) == (
        wanted_languages[-1],
        SCREENS[-1],
    ), f"the screen before quitting: {app.last_shot}"
    assert "bug in" not in app.log_text(), app.log_text()
