"""Every control of the main window (with its real pages, a dossier and its simulation
on screen) can be named by a screen reader, and every menu action shows its shortcut."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from cumuldesk.storage.models import Case, Person
from cumuldesk.ui.main_window import MainWindow
from cumuldesk.ui.ops import wait_for_ops

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


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QAbstractSlider):
            continue
        owner = widget.parentWidget()
        # the inner parts of a composite control (a spin box's line edit, a combo's
        # pop-up list, a line edit's clear button, a table's headers and corner button)
        # are named by their owner
        if isinstance(owner, QAbstractSpinBox | QComboBox | QLineEdit):
            continue
        if isinstance(widget, QHeaderView) or type(widget).__name__ == "QTableCornerButton":
            continue
        if owner is not None and owner.inherits("QComboBoxPrivateContainer"):
            continue
        if owner is not None and owner.objectName().startswith("qt_"):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if not _name_of(widget):
            found.append(f"{type(widget).__name__} in {type(owner).__name__}")
    return found


def test_every_control_has_a_name_and_every_action_its_shortcut(qtbot, ui_context):
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    with ui_context.cache.sessions() as session:
        insz = session.scalars(
            select(Person.insz).join(Case, Case.person_id == Person.id).order_by(Person.id)
        ).first()
    with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
        window.open_dossier(insz)
    window.simulate(insz)
    qtbot.waitUntil(lambda: window.simulation_page.outcome is not None, timeout=20_000)
    assert wait_for_ops(20_000)

    assert _unnamed(window) == []

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
