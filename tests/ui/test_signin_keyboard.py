"""Issue 17: after picking a demo account with the keyboard, Enter signs in (Sign in is
the dialog's default button), and the first start's progress counts persons the way the
window's language writes numbers."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cumuldesk.config import demo_database_path
from cumuldesk.ui.kit import formatting
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.signin_dialog import STAGE_DEMO, SignInDialog


@pytest.fixture
def demo_central(ui_files):
    """The embedded demo database, already made (a copy of the test population)."""
    demo_database_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ui_files.central, demo_database_path())
    return demo_database_path()


def test_enter_signs_in_after_picking_a_demo_account_with_the_keyboard(
    qtbot, tmp_path, demo_central, memory_keyring
):
    """Pick an account with the arrows and Enter (the focus goes to Sign in), look at the
    password field (a click in it), then Enter: Sign in stays the default button."""
    widget = SignInDialog(Settings(str(tmp_path / "desktop.ini")), username="someone.else")
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
    widget.accounts.setFocus()
    widget.accounts.setCurrentItem(widget.accounts.topLevelItem(0))
    qtbot.keyClick(widget.accounts, Qt.Key.Key_Return)  # picks the account
    assert widget.username.text() == "an.demo"
    assert QApplication.focusWidget() is widget.sign_in_button
    qtbot.mouseClick(widget.password, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is widget.password
    assert widget.sign_in_button.isDefault()
    qtbot.keyClick(widget.password, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(lambda: widget.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert widget.context is not None
    assert widget.context.desk.identity.username == "an.demo"
    widget.context.desk.cache.close()


def _demo_progress_text(qtbot, tmp_path, language: str) -> str:
    formatting.set_language(language)
    try:
        widget = SignInDialog(Settings(str(tmp_path / f"{language}.ini")))
        qtbot.addWidget(widget)
        widget._progress(2000, 5000, STAGE_DEMO)
        return widget.message.text()
    finally:
        formatting.set_language("nl")


def test_the_demo_progress_writes_numbers_the_belgian_way(qtbot, tmp_path, demo_central):
    assert "2.000" in _demo_progress_text(qtbot, tmp_path, "nl")
    assert "5.000" in _demo_progress_text(qtbot, tmp_path, "de")
    french = _demo_progress_text(qtbot, tmp_path, "fr")
    assert "2\u00a0000" in french and "5\u00a0000" in french and "," not in french
