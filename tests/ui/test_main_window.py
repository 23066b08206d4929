"""The main window with stand-in pages: the look-up opens the dossier page, the dossier
page's simulate opens the simulation page, shortcuts and menus, geometry kept, the
offline banner and the status bar follow the sync state."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from ui.central_switch import set_central_up

from cumuldesk.domain.insz import build_insz, format_insz
from cumuldesk.services.sync_service import SyncState
from cumuldesk.ui.kit.formatting import moment
from cumuldesk.ui.shell.main_window import GEOMETRY, MainWindow, PageFactories, ShortcutsDialog

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the ui_context clock


class StandInPage(QWidget):
    """The signals and methods of the real pages (the window's protocols of them:
    WorkListView, DossierView, SimulationView), recording the calls."""

    simulate_requested = Signal(str)
    dossier_shown = Signal(str)
    dossier_failed = Signal(str)
    open_dossier = Signal(str)
    letter_requested = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: list[tuple[str, str | None]] = []
        layout = QVBoxLayout(self)
        label = QLabel(f"{title} (stand-in page)", self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)

    def show_dossier(self, insz: str) -> None:
        self.calls.append(("show_dossier", insz))

    def load(self, insz: str) -> None:
        self.calls.append(("load", insz))

    def reload(self) -> None:
        self.calls.append(("reload", None))

    def export(self) -> None:
        self.calls.append(("export", None))


def stand_ins() -> PageFactories:
    return PageFactories(
        worklist=lambda ctx, parent: StandInPage("Work list", parent),
        dossier=lambda ctx, parent: StandInPage("Dossier", parent),
        simulation=lambda ctx, parent: StandInPage("Simulation", parent),
    )


@pytest.fixture
def window(qtbot, ui_context):
    started = time.perf_counter()
    window = MainWindow(ui_context, pages=stand_ins(), start_sync=False)
    window.construction_seconds = time.perf_counter() - started
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


def press(qtbot, window, keys: str) -> None:
    sequence = QKeySequence(keys)
    combo = sequence[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combo.key(), combo.keyboardModifiers())


def test_the_look_up_field_has_focus_at_start_and_on_ctrl_l(qtbot, window):
    qtbot.waitUntil(lambda: window.lookup.field.hasFocus())
    window.lookup.open_button.setFocus()  # (a page without controls leaves it in the field)
    assert not window.lookup.field.hasFocus()
    window.lookup.field.setText("85")
    press(qtbot, window, "Ctrl+L")
    assert window.lookup.field.hasFocus()
    assert window.lookup.field.selectedText() == "85"  # typing replaces it


def test_opening_from_the_look_up_switches_to_the_dossier_and_calls_the_page(qtbot, window):
    digits = build_insz(date(2008, 11, 23), 17)
    qtbot.waitUntil(lambda: window.lookup.field.hasFocus())
    qtbot.keyClicks(window.lookup.field, f"INSZ: {format_insz(digits)}")
    qtbot.keyClick(window.lookup.field, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.dossier_page
    assert window.dossier_page.calls == [("show_dossier", digits)]
    assert window.lookup.busy and "Opening" in window.lookup.feedback_text()
    window.dossier_page.dossier_shown.emit(digits)
    assert not window.lookup.busy
    assert window.lookup.field.text() == format_insz(digits)  # the words around it gone
    # a dossier not found (or not available offline): the page says why, the bar is free
    qtbot.keyClick(window.lookup.field, Qt.Key.Key_Return)
    assert window.lookup.busy
    window.dossier_page.dossier_failed.emit(digits)
    assert not window.lookup.busy and window.lookup.open_button.isEnabled()

    window.dossier_page.simulate_requested.emit(digits)
    assert window.tabs.currentWidget() is window.simulation_page
    assert window.simulation_page.calls == [("load", digits)]

    window.worklist_page.open_dossier.emit(digits)
    assert window.tabs.currentWidget() is window.dossier_page
    assert window.dossier_page.calls[-1] == ("show_dossier", digits)


def test_pages_and_export_have_shortcuts(qtbot, window):
    qtbot.waitUntil(lambda: window.lookup.field.hasFocus())
    for index, keys in enumerate(["Ctrl+3", "Ctrl+2", "Ctrl+1"][::-1]):
        press(qtbot, window, keys)
        assert window.tabs.currentIndex() == index
    press(qtbot, window, "Ctrl+3")
    press(qtbot, window, "Ctrl+E")
    assert window.worklist_page.calls == [("export", None)]
    assert window.tabs.currentWidget() is window.worklist_page
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        press(qtbot, window, "Ctrl+Shift+L")


def test_menus_show_every_shortcut(window, qtbot, monkeypatch):
    shown = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in window.menus()
        for action in menu.actions()
        if not action.isSeparator()
    }
    assert shown["Look up INSZ"] == "Ctrl+L"
    assert shown["Sync now"] == "F5"
    assert shown["Export work list ..."] == "Ctrl+E"
    assert shown["Quit"] == "Ctrl+Q"
    assert shown["Lock"] == "Ctrl+Shift+L"
    assert [shown["Work list"], shown["Dossier"], shown["Simulation"]] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
    ]
    assert [m.title() for m in window.menus()] == ["&File", "&Go", "S&ync", "&Help"]
    assert window.tabs.tabToolTip(1) == "Dossier (Ctrl+2)"

    dialogs: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: dialogs.append(self) or 0)
    window.show_shortcuts()
    rows = dict(dialogs[0].rows())
    assert rows["Look up INSZ"] == "Ctrl+L" and rows["Sync now"] == "F5"
    assert rows["Recent dossiers"] == "Alt+R"


def test_title_names_the_handler_and_demo_data(window, ui_context):
    assert (
        window.windowTitle() == f"CumulDesk — {ui_context.desk.identity.display_name} (demo data)"
    )


def test_geometry_is_kept_between_sessions(qtbot, ui_context):
    first = MainWindow(ui_context, pages=stand_ins(), start_sync=False)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(30, 40, 700, 520)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    saved = ui_context.settings.geometry(GEOMETRY)
    assert isinstance(saved, QByteArray) and not saved.isEmpty()

    second = MainWindow(ui_context, pages=stand_ins(), start_sync=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)
    second.close()


def test_the_status_bar_follows_the_sync_state_and_says_offline_once(qtbot, window, ui_context):
    status = window.status
    assert "An" in status.handler_label.text() or ui_context.desk.identity.display_name in (
        status.handler_label.text()
    )
    qtbot.waitUntil(lambda: window.sync.state is not None)  # read from the cache at start
    assert status.as_of_label.text().startswith("data as of ")

    synced = NOW - timedelta(hours=2)
    offline = SyncState(False, synced, pending=3, conflicts=1, rejected=0, problem="switched off")
    window.sync._deliver_state(offline)
    assert "Offline" in status.online_label.text()
    assert status.as_of_label.text() == f"data as of {moment(synced)}"  # the time of the data
    assert _offline_said(window) == 1  # once, in the status bar
    tip = status.online_label.toolTip()
    assert moment(synced) in tip and "sent when the connection is back" in tip
    assert "switched off" not in tip  # the technical reason goes to the log
    assert status.waiting_label.text() == "3 changes waiting, 1 conflict"
    assert ui_context.desk.online is False

    window.sync._deliver_state(SyncState(True, NOW, 0, 0, 0))
    assert _offline_said(window) == 0
    assert "Online" in status.online_label.text()
    assert status.waiting_label.text() == "0 changes waiting"


def _offline_said(window) -> int:
    """How many texts on screen say "offline" (labels and buttons shown)."""
    from PySide6.QtWidgets import QAbstractButton

    shown = [
        widget.text()
        for kind in (QLabel, QAbstractButton)
        for widget in window.findChildren(kind)
        if widget.isVisible()
    ]
    return sum("offline" in text.lower() for text in shown)


def test_construction_is_quick(window):
    # stand-in pages: the window itself (look-up, status bar, menus, sync worker)
    assert window.construction_seconds < 1.0


def test_sync_progress_is_shown_in_words(window):
    status = window.status
    assert status.progress_text() == ""
    status.set_progress("pull", 200, 500)
    assert status.progress_text() == "Sync: pull 40% (200 of 500 dossiers)"
    assert status.progress_bar.isVisible()
    status.set_progress("push", 1, 2)
    assert status.progress_text() == "Sync: push 50% (1 of 2 changes)"
    status.set_syncing(False)
    assert status.progress_text() == "" and not status.progress_bar.isVisible()


def test_f5_and_the_status_bar_button_sync_now(qtbot, window):
    qtbot.waitUntil(lambda: window.lookup.field.hasFocus())
    assert not window.sync.running  # start_sync=False
    press(qtbot, window, "F5")
    assert window.sync.running
    assert window.sync.stop(10)
    window.status.sync_button.click()
    assert window.sync.running
    qtbot.waitUntil(lambda: window.sync.state is not None and window.sync.state.online)


def test_the_window_syncs_in_the_background_and_says_when_it_is_offline(qtbot, ui_context):
    set_central_up(ui_context, False)
    window = MainWindow(ui_context, pages=stand_ins(), sync_retry=(0.05,), sync_interval=3600)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "Offline" in window.status.online_label.text(), timeout=10_000)
    assert _offline_said(window) == 1

    set_central_up(ui_context, True)  # comes back: found by the next retry
    qtbot.waitUntil(lambda: "Online" in window.status.online_label.text(), timeout=20_000)
    assert "Online" in window.status.online_label.text()
    assert window.sync.running
    window.close()  # stops the sync
    assert not window.sync.running
