"""The window offers to rebuild a local cache that does not open, in a dialog with the
safeguards of `cumuldesk cache rebuild --discard-unpushed` (issue 15): what is wrong, how
many unsynced changes would be lost (or that they cannot be counted), the username typed
to confirm, the old cache kept as a backup, the rebuild off the GUI thread with progress,
all by keyboard."""

from __future__ import annotations

import json
import shutil

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select, text
from ui.test_accessibility import _check_dialog
from ui.test_large_font_dialogs import _fits, double_font  # noqa: F401 - a fixture

from cumuldesk.config import demo_database_path
from cumuldesk.paths import data_dir
from cumuldesk.services.cache_service import cache_path, open_cache
from cumuldesk.services.cases import add_note
from cumuldesk.services.sync_service import sync_once
from cumuldesk.storage.database import open_central
from cumuldesk.storage.models import Case
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.cache_rebuild_dialog import RebuildCacheDialog
from cumuldesk.ui.shell.signin_dialog import SignInDialog, sign_in_for_desktop

USER = "an.demo"
PASSWORD = "an-demo-password"
PASSPHRASE = "the right cache passphrase"
NOTE = "Teruggebeld, brief volgt"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(str(tmp_path / "desktop.ini"))


@pytest.fixture
def demo_central(ui_files):
    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ui_files.central, demo_database_path())
    return demo_database_path()


@pytest.fixture
def no_keyring(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("CUMULDESK_CACHE_PASSPHRASE", raising=False)
    yield
    keyring.set_keyring(previous)


def cache_with_a_note(settings, passphrase: str | None = None) -> None:
    """an.demo signs in once (the cache is made), syncs, writes a note, closes the window."""
    ctx = sign_in_for_desktop(USER, PASSWORD, passphrase, settings=settings)
    try:
        central = ctx.desk.connect()
        try:
            sync_once(central, ctx.desk.cache, ctx.desk.identity)
        finally:
            central.close()
        with ctx.desk.cache.sessions() as session:
            reference = session.scalars(
                select(Case.reference).where(Case.team == ctx.desk.identity.team).limit(1)
            ).one()
        add_note(ctx.desk.cache, ctx.desk.identity, reference, NOTE)
    finally:
        ctx.desk.cache.close()


def unpushed_notes(passphrase: str | None = None) -> list[str]:
    source = (lambda _new: passphrase) if passphrase else None
    kwargs = {"passphrase": source} if source else {}
    with open_cache(USER, **kwargs) as cache, cache.engine.connect() as connection:
        return list(connection.scalars(text("SELECT text FROM notes WHERE id < 0")))


def signed_in_dialog(qtbot, settings, passphrase: str | None = None) -> SignInDialog:
    widget = SignInDialog(settings)
    qtbot.addWidget(widget)
    widget.show()
    widget.username.setText(USER)
    widget.password.setText(PASSWORD)
    if passphrase is not None:
        widget.passphrase.setText(passphrase)
    qtbot.keyClick(widget.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)
    return widget


def counted(qtbot, dialog: RebuildCacheDialog) -> None:
    qtbot.waitUntil(lambda: dialog.condition is not None and not dialog.busy, timeout=20_000)


def central_damage_events() -> list[dict]:
    engine = open_central(f"sqlite:///{demo_database_path()}")
    try:
        with engine.connect() as connection:
            rows = connection.scalars(
                text("SELECT details FROM audit_events WHERE action = 'cache_damaged'")
            )
            return [json.loads(r) for r in rows]
    finally:
        engine.dispose()


def test_a_damaged_cache_is_rebuilt_from_the_window_by_keyboard(
    qtbot, settings, demo_central, memory_keyring
):
    cache_with_a_note(settings)
    cache_path(USER).write_bytes(b"")  # a full disk left it empty

    widget = signed_in_dialog(qtbot, settings)
    assert widget.context is None
    said = widget.message.text()
    assert said.startswith("Your local cache on this computer is damaged")
    assert "choose Rebuild local cache" in said and "cumuldesk cache rebuild" not in said
    assert widget.rebuild_button.isVisible() and widget.focusWidget() is widget.rebuild_button
    assert cache_path(USER).read_bytes() == b""  # the sign-in replaced nothing
    assert central_damage_events() == [{"reason": "empty", "during": "sign_in"}]

    qtbot.keyClick(widget.rebuild_button, Qt.Key.Key_Space)
    dialog = widget.rebuild_dialog
    assert dialog is not None and dialog.isVisible()
    counted(qtbot, dialog)
    assert dialog.problem.text() == "Your local cache file is empty (0 bytes)."
    assert "cannot be counted, because it does not open: they will be lost" in dialog.loss.text()
    assert "kept in a private backup folder" in dialog.backup_note.text()
    assert dialog.confirm.isVisible() and dialog.focusWidget() is dialog.confirm
    assert not dialog.rebuild_button.isEnabled()  # not before the username is typed
    _check_dialog(dialog)

    qtbot.keyClicks(dialog.confirm, "an.dem")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # not yet: nothing starts
    assert not dialog.busy and dialog.result_value is None
    assert dialog.message.text() == "Type your username to confirm."
    qtbot.keyClicks(dialog.confirm, "o")
    assert dialog.rebuild_button.isEnabled()
    steps: list[str] = []
    dialog.progress.valueChanged.connect(lambda _value: steps.append(dialog.message.text()))
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.busy and not dialog.confirm.isEnabled()  # the work is off the GUI thread
    dialog.reject()  # Esc while it runs: ignored
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert any(step.startswith("Storing dossiers: ") for step in steps)

    (backup,) = data_dir().glob(f"cache-{USER}.backup-*")
    assert (backup / cache_path(USER).name).read_bytes() == b""
    assert dialog.message.text().startswith("Your local cache was rebuilt: ")
    assert f"The old cache is kept in {backup}." in dialog.message.text()
    assert dialog.focusWidget() is dialog.continue_button
    with qtbot.waitSignal(widget.accepted, timeout=60_000):
        qtbot.keyClick(dialog.continue_button, Qt.Key.Key_Return)
    assert widget.result() == QDialog.DialogCode.Accepted and widget.context is not None
    widget.context.desk.cache.close()
    assert unpushed_notes() == []


def test_a_mistyped_passphrase_is_said_and_cancelling_the_rebuild_keeps_the_notes(
    qtbot, settings, demo_central, no_keyring
):
    cache_with_a_note(settings, PASSPHRASE)
    before = cache_path(USER).read_bytes()

    widget = signed_in_dialog(qtbot, settings, "the wrong cache passphrase")
    assert "does not open with this cache passphrase: it is probably mistyped" in (
        widget.message.text()
    )
    assert widget.focusWidget() is widget.passphrase  # typing it again is the way out
    assert widget.rebuild_button.isVisible()

    widget.rebuild_button.click()
    dialog = widget.rebuild_dialog
    counted(qtbot, dialog)
    assert "probably mistyped" in dialog.problem.text()
    assert "cannot be counted" in dialog.loss.text()
    assert dialog.new_passphrase.isVisible() and dialog.new_passphrase_again.isVisible()
    assert dialog.focusWidget() is dialog.new_passphrase
    _check_dialog(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and widget.context is None
    assert cache_path(USER).read_bytes() == before
    assert not list(data_dir().glob(f"cache-{USER}.backup-*"))

    widget.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(widget.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)
    assert widget.context is not None and not widget.rebuild_button.isVisible()
    widget.context.desk.cache.close()
    assert unpushed_notes(PASSPHRASE) == [NOTE]


def test_the_rebuild_with_a_new_passphrase_then_signs_in_with_it(
    qtbot, settings, demo_central, no_keyring
):
    cache_with_a_note(settings, PASSPHRASE)
    widget = signed_in_dialog(qtbot, settings, "the wrong cache passphrase")
    widget.rebuild_button.click()
    dialog = widget.rebuild_dialog
    counted(qtbot, dialog)
    qtbot.keyClicks(dialog.new_passphrase, "a new cache passphrase")
    qtbot.keyClicks(dialog.new_passphrase_again, "a new cache passphrase!")
    qtbot.keyClicks(dialog.confirm, USER)
    assert not dialog.rebuild_button.isEnabled()
    dialog.start_rebuild()
    assert dialog.message.text() == "The two new cache passphrases differ."
    qtbot.keyClick(dialog.new_passphrase_again, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert dialog.result_value.discarded is None  # could not be counted
    with qtbot.waitSignal(widget.accepted, timeout=60_000):
        dialog.continue_button.click()
    widget.context.desk.cache.close()
    assert unpushed_notes("a new cache passphrase") == []
    (backup,) = data_dir().glob(f"cache-{USER}.backup-*")
    assert {p.suffix for p in backup.iterdir()} >= {".sqlite", ".salt", ".keycheck"}


def test_a_cache_that_opens_shows_what_would_be_lost_by_kind(
    qtbot, settings, demo_central, memory_keyring
):
    cache_with_a_note(settings)
    dialog = RebuildCacheDialog(USER, PASSWORD)
    qtbot.addWidget(dialog)
    dialog.show()
    counted(qtbot, dialog)
    assert dialog.loss.text() == (
        "2 change(s) not yet sent to the central database will be lost: 1 note(s), "
        "0 case change(s), 0 letter(s), 1 audit event(s)."
    )
    assert dialog.confirm.isVisible() and not dialog.rebuild_button.isEnabled()
    dialog.reject()
    assert unpushed_notes() == [NOTE]


def test_at_200_percent_font_size_the_dialog_fits_and_nothing_is_cut(
    qtbot,
    settings,
    demo_central,
    memory_keyring,
    double_font,  # noqa: F811
):
    cache_with_a_note(settings)
    dialog = RebuildCacheDialog(USER, PASSWORD, ask_new_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    counted(qtbot, dialog)
    _fits(qtbot, dialog)
    dialog.reject()
