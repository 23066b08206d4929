"""The handler sets the lock delay and the sync interval; both apply at once and are kept."""

from __future__ import annotations

from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.main_window import MainWindow
from cumuldesk.ui.shell.preferences import PreferencesDialog


class _Lock:
    def __init__(self) -> None:
        self.minutes: list[int] = []

    def set_minutes(self, minutes: int) -> None:
        self.minutes.append(minutes)


def test_preferences_apply_at_once_and_are_kept(qtbot, ui_context, monkeypatch):
    window = MainWindow(ui_context, start_sync=False)
    qtbot.addWidget(window)
    lock = ui_context.lock = _Lock()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"

    def choose(dialog: PreferencesDialog) -> int:
        assert dialog.lock_minutes.value() == 10  # the defaults
        assert dialog.sync_minutes.value() == 5
        dialog.lock_minutes.setValue(3)
        dialog.sync_minutes.setValue(15)
        dialog.accept()
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.preferences_action.trigger()

    assert lock.minutes == [3]
    assert window.sync.interval == 900
    again = Settings(ui_context.settings.qsettings.fileName())
    assert (again.inactivity_minutes, again.sync_interval_seconds) == (3, 900)


def test_cancel_changes_nothing(qtbot, ui_context):
    dialog = PreferencesDialog(ui_context.settings)
    qtbot.addWidget(dialog)
    dialog.lock_minutes.setValue(60)
    dialog.reject()
    assert ui_context.settings.inactivity_minutes == 10
