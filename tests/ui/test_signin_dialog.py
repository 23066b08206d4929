"""The sign-in dialog: demo accounts in demo mode, the first start making the demo data,
words for a wrong password, the cache passphrase only without a keyring, offline
sign-in against the cache when the central database is away, no INSZ in the log."""

from __future__ import annotations

import logging
import re
import shutil
import threading

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cumuldesk.config import demo_database_path
from cumuldesk.services.cache_service import cache_path
from cumuldesk.services.demo import data as demo_data
from cumuldesk.storage.keys import salt_path
from cumuldesk.ui.kit import logs
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.signin_dialog import SignInDialog, sign_in_for_desktop

PASSWORD = "an-demo-password"
DIGITS_11 = re.compile(r"\d(?:[.\- ]?\d){10}")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(str(tmp_path / "desktop.ini"))


@pytest.fixture
def demo_central(ui_files):
    """The embedded demo database, already made (a copy of the test population)."""
    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ui_files.central, demo_database_path())
    return demo_database_path()


@pytest.fixture
def configured_central(ui_files, monkeypatch):
    """A configured central database (SQLite file): deleting it makes it unreachable."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", f"sqlite:///{ui_files.central}")
    return ui_files.central


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def dialog(qtbot, settings):
    created: list[SignInDialog] = []

    def make(**kwargs) -> SignInDialog:
        widget = SignInDialog(settings, **kwargs)
        qtbot.addWidget(widget)
        widget.show()
        created.append(widget)
        return widget

    yield make
    for widget in created:
        if widget.context is not None:
            widget.context.desk.cache.close()


def sign_in(qtbot, widget: SignInDialog, username: str, password: str) -> None:
    widget.username.setText(username)
    widget.password.setText(password)
    qtbot.mouseClick(widget.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)


def test_demo_mode_lists_the_demo_accounts_and_picking_one_fills_the_fields(
    qtbot, dialog, demo_central, memory_keyring
):
    widget = dialog()
    assert widget.demo_box.isVisible()
    rows = [widget.accounts.topLevelItem(i) for i in range(widget.accounts.topLevelItemCount())]
    assert ("an.demo", PASSWORD) in [(row.text(0), row.text(1)) for row in rows]
    assert widget.passphrase.isHidden()  # a keyring keeps the cache key
    marc = rows[[row.text(0) for row in rows].index("marc.demo")]
    where = widget.accounts.visualItemRect(marc).center()
    viewport = widget.accounts.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # Qt 6: press first
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert (widget.username.text(), widget.password.text()) == ("marc.demo", "marc-demo-password")
    widget.accounts.setFocus()
    widget.accounts.setCurrentItem(rows[0])
    qtbot.keyClick(widget.accounts, Qt.Key.Key_Return)
    assert (widget.username.text(), widget.password.text()) == ("an.demo", PASSWORD)
    assert widget.result() == 0 and not widget.busy  # Enter filled in; it did not sign in


def test_first_start_makes_the_demo_data_then_signs_in(
    qtbot, dialog, settings, memory_keyring, monkeypatch, tmp_path
):
    monkeypatch.setattr(demo_data, "DEFAULT_PERSONS", 120)
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)
    log_file = logs.setup_logging(tmp_path / "logs", level=logging.DEBUG)
    try:
        widget = dialog(username="someone.else")
        messages: list[str] = []
        original = widget.show_message

        def show_message(text: str) -> None:
            messages.append(text)
            original(text)

        monkeypatch.setattr(widget, "show_message", show_message)
        widget.username.setText("an.demo")
        widget.password.setText(PASSWORD)
        qtbot.mouseClick(widget.sign_in_button, Qt.MouseButton.LeftButton)
        assert widget.busy and not widget.username.isEnabled() and widget.progress.isVisible()
        widget.reject()  # Escape while signing in: ignored, the result must be taken
        with qtbot.waitSignal(widget.accepted, timeout=60_000):
            pass
    finally:
        root.removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None
    ctx = widget.context
    assert widget.result() == QDialog.DialogCode.Accepted
    assert ctx.desk.identity.username == "an.demo" and ctx.desk.identity.team == "Team Gent"
    assert ctx.desk.demo and ctx.desk.online is True and ctx.signin_notice is None
    assert any("making the demo data" in text for text in messages)
    assert demo_database_path().is_file() and cache_path("an.demo").is_file()
    assert settings.last_username == "an.demo"
    central = ctx.desk.connect()  # the window reaches the demo database
    central.close()
    text = log_file.read_text(encoding="utf-8")
    assert "signed in online as an.demo" in text
    assert not DIGITS_11.search(text)


def test_the_last_username_is_prefilled_and_the_password_focused(dialog, settings, demo_central):
    settings.last_username = "an.demo"
    widget = dialog()
    assert widget.username.text() == "an.demo"
    assert widget.focusWidget() is widget.password


def test_a_wrong_password_is_said_in_words_and_the_field_cleared(
    qtbot, dialog, demo_central, memory_keyring
):
    widget = dialog()
    sign_in(qtbot, widget, "an.demo", "not-the-password")
    assert widget.message.text() == "Wrong username or password. Please try again."
    assert widget.password.text() == "" and widget.focusWidget() is widget.password
    assert widget.context is None and widget.isVisible() and widget.username.isEnabled()
    sign_in(qtbot, widget, "nobody.here", "not-the-password")  # the same words
    assert widget.message.text() == "Wrong username or password. Please try again."
    sign_in(qtbot, widget, "an.demo", PASSWORD)
    assert widget.context is not None and widget.result() == QDialog.DialogCode.Accepted


def test_without_a_keyring_the_cache_passphrase_is_asked(
    qtbot, dialog, demo_central, no_keyring, monkeypatch
):
    monkeypatch.delenv("CUMULDESK_CACHE_PASSPHRASE", raising=False)
    widget = dialog()
    assert widget.passphrase.isVisible() and widget.passphrase_why.isVisible()
    assert "no system keyring" in widget.passphrase_why.text()
    sign_in(qtbot, widget, "an.demo", PASSWORD)
    assert widget.context is None
    assert "passphrase" in widget.message.text()
    widget.passphrase.setText("short")
    sign_in(qtbot, widget, "an.demo", PASSWORD)
    assert "at least 12 characters" in widget.message.text() and widget.context is None
    widget.passphrase.setText("a long cache passphrase")
    sign_in(qtbot, widget, "an.demo", PASSWORD)
    assert widget.context is not None
    assert salt_path(cache_path("an.demo")).is_file()  # the key comes from the passphrase


def test_the_keyring_answer_is_remembered_and_checked_again_after_the_dialog_shows(
    qtbot, dialog, settings, demo_central, monkeypatch
):
    """python-keyring's first answer is slow: the first start waits for it and remembers
    it; later starts lay the dialog out with the remembered answer at once and follow the
    answer given on a worker when the keyring came or went."""
    monkeypatch.delenv("CUMULDESK_CACHE_PASSPHRASE", raising=False)
    answers = {"present": False}
    asked: list[str] = []

    def keyring_available() -> bool:
        asked.append(threading.current_thread().name)
        return answers["present"]

    monkeypatch.setattr("cumuldesk.ui.shell.signin_dialog.keyring_available", keyring_available)
    first = dialog()
    assert asked == [threading.main_thread().name]  # the first start waits for it
    assert first.passphrase.isVisible() and settings.system_keyring is False
    first.close()

    answers["present"] = True  # a keyring was installed since
    later = dialog()
    assert later.passphrase.isVisible()  # laid out at once with the remembered answer
    qtbot.waitUntil(lambda: later.passphrase.isHidden(), timeout=5_000)
    assert asked[1:] == ["keyring question"]  # asked again, off the GUI thread
    assert settings.system_keyring is True
    settings.qsettings.sync()
    assert Settings(settings.qsettings.fileName()).system_keyring is True


def test_with_the_passphrase_in_the_environment_it_is_not_asked(
    dialog, demo_central, no_keyring, monkeypatch
):
    monkeypatch.setenv("CUMULDESK_CACHE_PASSPHRASE", "a long cache passphrase")
    assert dialog().passphrase.isHidden()


def test_offline_sign_in_with_the_cache_when_the_central_database_is_away(
    qtbot, dialog, configured_central, memory_keyring, settings
):
    first = sign_in_for_desktop("an.demo", PASSWORD, settings=settings)
    assert first.desk.online is True and not first.desk.demo
    first.desk.cache.close()
    configured_central.unlink()  # a configured SQLite file that is missing is unreachable

    widget = dialog()
    assert not widget.demo_box.isVisible()  # a configured database: no demo accounts
    sign_in(qtbot, widget, "an.demo", "not-the-password")
    assert widget.message.text() == "Wrong username or password. Please try again."
    sign_in(qtbot, widget, "marc.demo", "marc-demo-password")
    assert "no local cache of marc.demo on this computer" in widget.message.text()
    sign_in(qtbot, widget, "an.demo", PASSWORD)
    ctx = widget.context
    assert ctx is not None and ctx.desk.online is False
    assert ctx.desk.identity.display_name == "An Demo"
    assert str(ctx.signin_notice).startswith("Offline:")


def test_the_third_wrong_password_in_a_row_says_further_attempts_are_slowed(
    qtbot, dialog, demo_central, memory_keyring
):
    widget = dialog()
    for _ in range(2):
        sign_in(qtbot, widget, "an.demo", "not-the-password")
        assert widget.message.text() == "Wrong username or password. Please try again."
    sign_in(qtbot, widget, "an.demo", "not-the-password")
    said = widget.message.text()
    assert said.startswith("Wrong username or password. Please try again. This is failed ")
    # the embedded demo database has no server to slow guessing: CumulDesk waits itself
    assert "sign-in 3 in a row" in said and "waits longer before each further attempt" in said
    sign_in(qtbot, widget, "an.demo", PASSWORD)  # a success forgets the count
    assert widget.context is not None


def test_offline_sign_in_expired_says_to_connect_once(
    qtbot, dialog, configured_central, memory_keyring, settings, _isolated_config
):
    first = sign_in_for_desktop("an.demo", PASSWORD, settings=settings)
    first.desk.cache.close()
    configured_central.unlink()
    (_isolated_config / "cumuldesk.toml").write_text(
        "[security]\noffline_sign_in_days = 3\n", encoding="utf-8"
    )
    from datetime import UTC, datetime, timedelta

    from cumuldesk.services.cache_service import open_cache
    from cumuldesk.storage.cache_models import META_SIGNIN_AT

    with open_cache("an.demo") as cache:  # the last online sign-in was four days ago
        past = datetime.now(UTC) - timedelta(days=4)
        cache.set_meta({META_SIGNIN_AT: past.isoformat(timespec="seconds")})
    widget = dialog()
    sign_in(qtbot, widget, "an.demo", PASSWORD)
    assert widget.context is None
    assert widget.message.text().startswith(
        "Offline sign-in has expired on this computer: your last online sign-in was more "
        "than 3 days ago. Connect to the central database once"
    )
