"""Long work off the GUI thread: one helper for every background operation.

    Op(parent, fn).with_progress("Exporting ...").success(show).failure(complain).run()

`fn(state)` runs on a worker thread: it must not touch a widget (read the widgets' values
before, on the GUI thread); it may call `state.set_progress(done, total)` and should
check `state.is_cancel_requested()` (or pass `state.cancelled` as a `cancel` callable to a
service). Its result, or its error, comes back on the GUI thread.

Two lanes: "local" (one thread: writes to the local cache are serialised) and "network"
(a small pool: sync, central look-ups). A progress dialog appears only when the work
lasts more than 600 ms, a busy cursor after 300 ms. When the parent widget is gone by
the time the result comes (its window was closed), the callbacks are not called: they
would reach deleted widgets; a write's changes are still broadcast. Without a `failure` callback, an
error is shown in a plain-language dialog (never a traceback); unexpected errors are
logged with their traceback (our messages carry no personal data).

A write of the desk returns a `services.desk.Changes` (alone, or as the `changes` field of
its result): given the window's changes signal (`changes=ctx.changes`), the op broadcasts
it after the success callback, so that every view decides whether to reload; the caller
does not emit it.

Tests: `wait_for_ops()` waits until every running op has delivered its result.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from cumuldesk.errors import CumulDeskError
from cumuldesk.services import desk
from cumuldesk.storage.files import local_disk_error
from cumuldesk.ui.kit.changes import Changes
from cumuldesk.ui.kit.i18n import translated

log = logging.getLogger(__name__)

T = TypeVar("T")

LOCAL = "local"
NETWORK = "network"
PROGRESS_AFTER_MS = 600
BUSY_CURSOR_AFTER_MS = 300

_pools: dict[str, QThreadPool] = {}
_running: set[Op[Any]] = set()  # keeps each op (and its signals) alive until delivered


def pool(lane: str) -> QThreadPool:
    if lane not in _pools:
        created = QThreadPool()
        created.setMaxThreadCount(1 if lane == LOCAL else 4)
        _pools[lane] = created
    return _pools[lane]


def user_message(exc: BaseException) -> str:
    """What the handler reads about a failure: our own errors say what to do; anything
    else is an unexpected error, logged with its traceback."""
    if isinstance(exc, CumulDeskError):
        return translated(exc.text) if exc.text is not None else str(exc)
    disk = local_disk_error(exc, "Not done", "try again", "nothing already saved was lost")
    if disk is not None:  # a full disk is no bug: say it (the cache's SQLite, a file)
        return str(disk)
    return QApplication.translate(
        "ops",
        "Something unexpected went wrong; nothing was lost. The details are in the log "
        "file ({error}).",
    ).format(error=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QApplication.translate("ops", "CumulDesk"))
    box.setText(user_message(exc))
    box.setAccessibleName(QApplication.translate("ops", "Error"))
    box.exec()


class OpState:
    """Handed to the worker function: progress and cancellation."""

    def __init__(self, bridge: _Bridge) -> None:
        self._bridge = bridge
        self._cancel = threading.Event()

    def set_progress(self, done: int, total: int, label: str | None = None) -> None:
        self._bridge.progress.emit(int(done), int(total), label or "")

    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancelled(self) -> bool:  # a `cancel` callable for the sync services
        return self._cancel.is_set()

    def request_cancel(self) -> None:
        self._cancel.set()


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[OpState], Any], state: OpState, bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._state, self._bridge = fn, state, bridge

    def run(self) -> None:  # worker thread
        bridge, fn, state = self._bridge, self._fn, self._state
        # drop our references here: the bridge (a QObject) must be freed on the GUI
        # thread, where the Op holds it until the result is delivered
        self._bridge = self._fn = self._state = None  # type: ignore[assignment]
        try:
            result = fn(state)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            if not isinstance(exc, CumulDeskError):
                log.error("background operation failed", exc_info=exc)
            _deliver(bridge.failed, exc)
            return
        finally:
            del fn, state
        _deliver(bridge.done, result)


def changes_of(result: object) -> desk.Changes | None:
    """What a desk write changed: its result, or its result's `changes` field."""
    if isinstance(result, desk.Changes):
        return result
    changed = getattr(result, "changes", None)
    return changed if isinstance(changed, desk.Changes) else None


def _deliver(signal: Any, value: Any) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # the application is quitting: nobody waits for this result
        log.debug("a background result came after the application closed")


class Op(Generic[T]):
    """One background operation (see the module text)."""

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[OpState], T],
        *,
        lane: str = LOCAL,
        changes: Changes | None = None,
    ) -> None:
        self.parent = parent
        self.changes = changes
        self.fn = fn
        self.lane = lane
        self.bridge = _Bridge()
        self.state = OpState(self.bridge)
        self._label: str | None = None
        self._cancellable = False
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._busy = False
        self._timers: list[QTimer] = []
        self._last_progress: tuple[int, int, str] | None = None
        self.finished = False

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op[T]:
        self._label = label
        self._cancellable = cancellable
        return self

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> Op[T]:
        """Progress also to a widget of the caller's (a status bar), besides the dialog."""
        self._on_progress = callback
        return self

    def cancel(self) -> None:
        self.state.request_cancel()

    def run(self) -> Op[T]:
        self.bridge.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.bridge.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.bridge.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        _running.add(self)
        self._later(BUSY_CURSOR_AFTER_MS, self._set_busy)
        if self._label is not None:
            self._later(PROGRESS_AFTER_MS, self._show_dialog)
        pool(self.lane).start(_Runnable(self.fn, self.state, self.bridge))
        return self

    # ------------------------------------------------------------- GUI thread side

    def _later(self, ms: int, slot: Callable[[], None]) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        timer.start(ms)
        self._timers.append(timer)

    def _set_busy(self) -> None:
        if not self.finished and QApplication.instance() is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy = True

    def _show_dialog(self) -> None:
        if self.finished:
            return
        if self._parent_gone():
            return
        dialog = QProgressDialog(self._label or "", "", 0, 0, self.parent)
        dialog.setWindowTitle(QApplication.translate("ops", "Please wait"))
        dialog.setAccessibleName(self._label or "")
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QApplication.translate("ops", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._dialog = dialog
        if self._last_progress is not None:  # progress that came before the dialog
            self._progress(*self._last_progress)

    def _progress(self, done: int, total: int, label: str) -> None:
        self._last_progress = (done, total, label)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if label:
                self._dialog.setLabelText(label)
        if self._on_progress is not None:
            self._on_progress(done, total, label)

    def _finish(self) -> None:
        self.finished = True
        for timer in self._timers:
            timer.stop()
        if self._busy:
            QApplication.restoreOverrideCursor()
            self._busy = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _parent_gone(self) -> bool:
        """The parent widget was deleted while the work ran (its window closed)."""
        return self.parent is not None and not isValid(self.parent)

    def _done(self, result: T) -> None:
        self._finish()
        if self._on_success is not None and not self._parent_gone():
            self._on_success(result)
        elif self._on_success is not None:
            log.debug("a background result came after its window closed")
        changed = changes_of(result)
        if changed and self.changes is not None and isValid(self.changes):
            self.changes.broadcast(changed)

    def _failed(self, exc: BaseException) -> None:
        # imported here: the sign-in dialog runs ops before the sync's modules are loaded
        from cumuldesk.services.sync_service import SyncCancelled

        self._finish()
        if isinstance(exc, SyncCancelled) and self._on_failure is None:
            return  # the handler asked for it
        if self._parent_gone():  # nobody left to tell; an unexpected error is logged
            log.debug("a background failure came after its window closed")
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self.parent, exc)


def running_ops() -> int:
    return len(_running)


def wait_for_ops(timeout_ms: int = 10_000) -> bool:
    """Wait (processing events) until every op has delivered; False on timeout. For tests
    and for closing the application."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    app = QApplication.instance()
    while _running and not deadline.hasExpired():
        for lane_pool in _pools.values():
            lane_pool.waitForDone(10)
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return not _running
