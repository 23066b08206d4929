"""At 200 % font size the dialogs still fit a full-HD screen and show every button and
label whole: sign-in (with the demo accounts and the cache passphrase), preferences,
keyboard shortcuts, conflicts, and the letters of a case."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from cumuldesk.ui.kit.ops import wait_for_ops


@pytest.fixture
def double_font(qapp):
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    yield large
    qapp.setFont(normal)


def _fits(qtbot, dialog: QWidget) -> None:
    """Shown at its own size: within a full-HD screen, no button or label cut short."""
    dialog.adjustSize()
    QApplication.processEvents()
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= 1920 and hint.height() <= 1080, (type(dialog).__name__, hint)
    cut = []
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if widget.width() < widget.minimumSizeHint().width() - 1:
            cut.append(f"{type(widget).__name__} {widget.text()!r}")
    assert cut == [], type(dialog).__name__


def test_sign_in_preferences_and_shortcuts(qtbot, double_font, monkeypatch, tmp_path):
    from cumuldesk.ui.kit.settings import Settings
    from cumuldesk.ui.shell.main_window import ShortcutsDialog
    from cumuldesk.ui.shell.preferences import PreferencesDialog
    from cumuldesk.ui.shell.signin_dialog import SignInDialog

    monkeypatch.setattr(
        "cumuldesk.ui.shell.signin_dialog.needs_passphrase", lambda username, keyring: True
    )
    settings = Settings(str(tmp_path / "desk.ini"))
    signin = SignInDialog(settings)
    qtbot.addWidget(signin)
    signin.show()
    assert signin.font().pointSizeF() == double_font.pointSizeF()
    _fits(qtbot, signin)

    preferences = PreferencesDialog(settings)
    qtbot.addWidget(preferences)
    preferences.show()
    _fits(qtbot, preferences)

    rows = [(f"Action number {n}", f"Ctrl+Shift+{n}") for n in range(16)]
    shortcuts = ShortcutsDialog(rows)
    qtbot.addWidget(shortcuts)
    shortcuts.show()
    _fits(qtbot, shortcuts)


def test_conflicts_and_letters(qtbot, double_font, ui_context):
    from ui.test_letter_dialog import find, report_of

    from cumuldesk.ui.letters.dialog import open_letter_dialog
    from cumuldesk.ui.letters.load import PROPOSAL
    from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog

    conflicts = ConflictsDialog(ui_context)
    qtbot.addWidget(conflicts)
    conflicts.show()
    qtbot.waitUntil(lambda: conflicts.loaded, timeout=10_000)
    _fits(qtbot, conflicts)

    parent = QWidget()
    qtbot.addWidget(parent)
    letter = open_letter_dialog(
        ui_context, report_of(ui_context, find(ui_context, "renounce")), parent
    )
    qtbot.waitUntil(lambda: PROPOSAL in letter.editors, timeout=20_000)
    assert wait_for_ops(20_000)
    _fits(qtbot, letter)
    letter.close()
