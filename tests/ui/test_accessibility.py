"""Every control of the main window (with its real pages, a dossier and its simulation
on screen) and of every dialog (sign-in, letters, preferences, conflicts, shortcuts, the
lock screen) has a name and a description a screen reader can say (the description is
the accessible description, else the tool tip), no two Alt+letter mnemonics of one window
clash, and every menu action shows its shortcut."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from cumuldesk.storage.models import Case, Person
from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _name_of(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, else a button's own text."""
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "").strip()
    return name


def _controls(root: QWidget) -> list[QWidget]:
    """The controls a screen reader stops at (the inner parts of a composite control, e.g.
    a spin box's line edit, a combo's pop-up list, a line edit's clear button, a table's
    headers and corner button, are spoken by their owner)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QAbstractSlider):
            continue
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox | QLineEdit):
            continue
        if isinstance(widget, QHeaderView) or type(widget).__name__ == "QTableCornerButton":
            continue
        if owner is not None and owner.inherits("QComboBoxPrivateContainer"):
            continue
        if owner is not None and owner.objectName().startswith("qt_"):
            continue
        # a tab widget's tab bar is where Tab stops: it needs its own name
        if widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar):
            continue
        found.append(widget)
    return found


def _where(widget: QWidget) -> str:
    return f"{type(widget).__name__} {_name_of(widget)!r} in {type(widget.parentWidget()).__name__}"


def _unnamed(root: QWidget) -> list[str]:
    return [_where(widget) for widget in _controls(root) if not _name_of(widget)]


def _description_of(widget: QWidget) -> str:
    """What a screen reader says after the name: the accessible description, or (Qt's
    fall-back) the tool tip."""
    if isinstance(widget, QTabBar):  # Qt's tab bar interface speaks of the current tab
        return widget.accessibleDescription().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Description) if interface else "").strip()


def _undescribed(root: QWidget) -> list[str]:
    """Controls without a description, or whose description only repeats the name."""
    found = []
    for widget in _controls(root):
        description = _description_of(widget)
        if not description or description.casefold() == _name_of(widget).casefold():
            found.append(_where(widget))
    return found


def _mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that two visible, enabled controls of this window answer to (Qt
    then only moves the focus between them: neither is pressed)."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            keys[key.toString()].append(what)

    for widget in (window, *window.findChildren(QWidget)):
        if widget.window() is not window or not (widget.isVisible() and widget.isEnabled()):
            continue
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), f"menu {action.text()}")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), f"button {widget.text()}")
            own = widget.shortcut()
            if not own.isEmpty() and own != QKeySequence.mnemonic(widget.text()):
                keys[own.toString()].append(f"shortcut of {widget.text()}")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label {widget.text()}")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), f"group {widget.title()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), f"tab {widget.tabText(index)}")
    return {key: whats for key, whats in keys.items() if len(whats) > 1}


def test_every_control_has_a_name_and_every_action_its_shortcut(qtbot, ui_context):
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    with ui_context.desk.cache.sessions() as session:
        insz = session.scalars(
            select(Person.insz).join(Case, Case.person_id == Person.id).order_by(Person.id)
        ).first()
    with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
        window.open_dossier(insz)
    window.simulate(insz)
    qtbot.waitUntil(lambda: window.simulation_page.outcome is not None, timeout=20_000)
    assert wait_for_ops(20_000)

    assert _unnamed(window) == []
    assert _undescribed(window) == []
    for index in range(window.tabs.count()):  # each page on screen in turn
        window.show_page(index)
        assert _mnemonic_clashes(window) == {}, window.tabs.tabText(index)

    for menu in (window.file_menu, *window.menuBar().findChildren(type(window.file_menu))):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.text().strip(), "an action without a text"
    shortcuts = {
        action.text(): action.shortcut().toString()
        for action in window.findChildren(type(window.lookup_action))
    }
    assert shortcuts[window.lookup_action.text()] == "Ctrl+L"
    assert shortcuts[window.sync_action.text()] == "F5"
    window.close()


# ------------------------------------------------------------------------- dialogs


def _check_dialog(dialog: QWidget) -> None:
    assert dialog.accessibleName() or dialog.windowTitle()
    assert _unnamed(dialog) == []
    assert _undescribed(dialog) == []
    assert _mnemonic_clashes(dialog) == {}


def test_the_sign_in_dialog(qtbot, monkeypatch, tmp_path):
    from cumuldesk.ui.kit.settings import Settings
    from cumuldesk.ui.shell.signin_dialog import SignInDialog

    monkeypatch.setattr(
        "cumuldesk.ui.shell.signin_dialog.needs_passphrase", lambda username, keyring: True
    )
    dialog = SignInDialog(Settings(str(tmp_path / "desk.ini")))  # demo mode: the accounts
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo and dialog.passphrase.isVisible()
    _check_dialog(dialog)
    assert dialog.sign_in_button.isDefault()  # Enter signs in


def test_the_letter_dialog(qtbot, ui_context, monkeypatch):
    from ui.test_letter_dialog import find, report_of

    from cumuldesk.ui.letters.dialog import open_letter_dialog
    from cumuldesk.ui.letters.load import PROPOSAL

    parent = QWidget()
    qtbot.addWidget(parent)
    insz = find(ui_context, "renounce")
    dialog = open_letter_dialog(ui_context, report_of(ui_context, insz), parent)
    qtbot.waitUntil(lambda: PROPOSAL in dialog.editors, timeout=20_000)
    assert wait_for_ops(20_000)
    _check_dialog(dialog)
    dialog.close()


def test_preferences_shortcuts_conflicts_and_the_lock_screen(qtbot, ui_context):
    from cumuldesk.ui.shell.conflicts_dialog import ConflictsDialog
    from cumuldesk.ui.shell.lock import LockScreen
    from cumuldesk.ui.shell.main_window import ShortcutsDialog
    from cumuldesk.ui.shell.preferences import PreferencesDialog

    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()

    preferences = PreferencesDialog(ui_context.settings, window)
    preferences.show()
    _check_dialog(preferences)
    preferences.reject()

    shortcuts = ShortcutsDialog(window.shortcut_rows(), window)
    shortcuts.show()
    _check_dialog(shortcuts)
    shortcuts.reject()

    conflicts = ConflictsDialog(ui_context, window)
    conflicts.show()
    qtbot.waitUntil(lambda: conflicts.loaded, timeout=10_000)
    _check_dialog(conflicts)
    conflicts.reject()

    identity = ui_context.desk.identity
    lock = LockScreen(identity.display_name, identity.username, window)
    lock.show()
    assert _unnamed(lock) == [] and _undescribed(lock) == []
    assert _mnemonic_clashes(window) == {}  # the lock screen's keys over the window's
    window.close()


@pytest.mark.parametrize("widget_check", [_unnamed, _undescribed])
def test_the_checks_catch_a_bare_control(qtbot, widget_check):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QLineEdit(root))
    assert widget_check(root) != []
    clash = QWidget()
    qtbot.addWidget(clash)
    layout = QVBoxLayout(clash)
    layout.addWidget(QPushButton("&Save", clash))
    layout.addWidget(QPushButton("&Sign", clash))
    clash.show()
    assert list(_mnemonic_clashes(clash)) == ["Alt+S"]
