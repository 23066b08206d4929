"""Issue 17: Help > Keyboard shortcuts lists every shortcut the window really has, once
each, taken from the actions and widgets themselves: every QAction of the main window
with a shortcut, Simulate, the work-list filters and Draft letter, and Enter once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence

from cumuldesk.ui.kit.ops import wait_for_ops
from cumuldesk.ui.shell.main_window import MainWindow, ShortcutsDialog, plain_name

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_the_shortcuts_dialog_lists_every_shortcut_once(qtbot, ui_context, monkeypatch):
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    worklist = window.worklist_page
    qtbot.waitUntil(lambda: worklist.proxy.rowCount() > 0, timeout=20_000)
    dialogs: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: dialogs.append(self) or 0)
    window.show_shortcuts()
    rows = dialogs[0].rows()
    assert len(rows) == len(set(rows)), Counter(rows).most_common(3)
    keys_listed = Counter(key for _, keys in rows for key in keys.split(", "))

    # every action of the window with a shortcut, once
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.text():
            continue
        name, keys = plain_name(action.text()), action.shortcut().toString(NATIVE)
        assert [row for row in rows if row[0] == name] == [(name, keys)], (name, rows)

    # what the handler missed: Simulate, the filters, Draft letter; Enter said once
    names = [name for name, _ in rows]
    assert any(
        name.endswith(": Simulate") and "Ctrl+Shift+S" in keys and "Alt+S" in keys
        for name, keys in rows
    ), names
    for number in range(1, 7):
        assert any(
            name.startswith("Work list: ") and keys == f"Alt+{number}" for name, keys in rows
        ), number
    assert any(name.endswith(": Draft letter") and keys == "Alt+D" for name, keys in rows), names
    assert ("Work list: Search the work list", "Ctrl+F") in rows
    assert keys_listed["Enter"] == 1
    window.close()
    assert wait_for_ops(10_000)
