"""Background operations: work runs off the GUI thread, results and errors come back on
it, errors are shown in words, slow work gets a progress dialog that can cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from cumuldesk.errors import BadInput
from cumuldesk.sync.progress import check_cancel
from cumuldesk.ui.kit import ops
from cumuldesk.ui.kit.ops import Op, user_message, wait_for_ops


def test_the_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(qapp):
    gui = threading.get_ident()
    seen: list = []

    def work(state):
        seen.append(threading.get_ident() != gui)
        return 42

    Op(None, work).success(lambda result: seen.append((result, threading.get_ident()))).run()
    assert wait_for_ops(5_000)
    assert seen == [True, (42, gui)]


def test_errors_are_shown_in_words_never_as_a_traceback(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))

    def wrong(state):
        raise BadInput("the INSZ has 10 digits, 11 are needed")

    def unexpected(state):
        raise KeyError("x")

    Op(None, wrong).run()
    Op(None, unexpected).run()
    assert wait_for_ops(5_000)
    assert shown[0] == "the INSZ has 10 digits, 11 are needed"
    assert "Something unexpected went wrong; nothing was lost" in shown[1]
    assert "Traceback" not in "".join(shown)
    assert user_message(KeyError("secret 85073003328")).count("85073003328") == 0


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot, monkeypatch):
    monkeypatch.setattr(ops, "PROGRESS_AFTER_MS", 50)
    release = threading.Event()
    outcome: list = []

    def slow(state):
        state.set_progress(1, 4)
        while not state.is_cancel_requested():
            release.wait(0.01)
        check_cancel(state.cancelled)

    op = Op(None, slow).with_progress("Exporting the work list").failure(outcome.append).run()

    def dialog() -> QProgressDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        visible = [w for w in found if w.isVisible()]
        return visible[0] if visible else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=3_000)
    assert dialog().labelText() == "Exporting the work list"
    qtbot.waitUntil(lambda: dialog().maximum() == 4 and dialog().value() == 1, timeout=3_000)
    [cancel] = dialog().findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert wait_for_ops(5_000)
    assert op.finished and type(outcome[0]).__name__ == "SyncCancelled"
    assert dialog() is None


def test_quick_work_shows_no_dialog(qtbot):
    Op(None, lambda state: 1).with_progress("Opening").run()
    assert wait_for_ops(5_000)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_a_result_that_comes_after_its_window_closed_reaches_no_deleted_widget(qtbot, monkeypatch):
    """A dossier still loading when the handler closes the window: the result is dropped
    (no error, no call into deleted widgets), a write's changes still go out."""
    from PySide6.QtWidgets import QLabel, QWidget
    from shiboken6 import delete

    from cumuldesk.services import desk
    from cumuldesk.ui.kit.changes import Changes

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window = QWidget()
    label = QLabel(window)
    changes = Changes()
    heard: list = []
    changes.changed.connect(heard.append)
    release = threading.Event()
    written = desk.Changes.of(desk.Change.CASES)

    def slow(state):
        release.wait(5)
        return written

    def wrong(state):
        release.wait(5)
        raise BadInput("too late to say")

    Op(window, slow, changes=changes).success(lambda result: label.setText("loaded")).run()
    Op(window, wrong, lane=ops.NETWORK).run()
    delete(window)  # the window closed (WA_DeleteOnClose) while both ran
    release.set()
    assert wait_for_ops(5_000)
    assert shown == []  # nothing shown for a window that is gone
    assert heard and heard[0]  # the write's changes were still broadcast
