"""Issue 17: Ctrl+3 (and Go > Simulation) with a dossier on screen that the simulation
page has no result for simulates that dossier, instead of an empty page; once simulated,
Ctrl+3 only shows the page again (no new simulation, no new audited access)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui.test_letter_dialog import find

from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow


def _audited(ctx, action: str) -> int:
    from sqlalchemy import func, select

    from cumuldesk.storage.models import AuditEvent

    with ctx.desk.cache.sessions() as session:
        query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        return int(session.scalar(query) or 0)


def test_ctrl_3_simulates_the_dossier_on_screen(qtbot, ui_context):
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    insz = find(ui_context, "renounce")
    with qtbot.waitSignal(window.dossier_page.dossier_shown, timeout=20_000):
        window.open_dossier(insz)
    page = window.simulation_page
    assert page.outcome is None  # nothing simulated yet

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=20_000)
    assert page.insz == insz
    assert page.verdict_text().startswith("Zorgtoeslag + BOB is more favourable")
    assert wait_for_ops(10_000)
    runs = _audited(ui_context, "simulation_run")
    assert runs == 1

    # back to the dossier and Ctrl+3 again: the result is there, nothing is redone
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.go_menu.actions()[-2].trigger()  # Go > Simulation, as the menu does it
    assert window.tabs.currentWidget() is page
    assert wait_for_ops(10_000)
    assert _audited(ui_context, "simulation_run") == runs
    assert page.isAncestorOf(QApplication.focusWidget())
    window.close()
    assert wait_for_ops(10_000)
