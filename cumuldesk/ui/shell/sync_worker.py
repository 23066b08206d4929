"""Background sync for the desktop application: the desk's sync loop
(`services.desk.Desk.sync_loop`) in a worker thread, now and then, at once on "Sync now",
and again by itself when the central database comes back; what it finds comes to the
GUI thread as Qt signals. The desk follows the sync itself (online or not, new law data).

The worker thread never touches a widget: it emits private signals that Qt queues to
this object (which lives on the GUI thread), and the public signals are emitted from
there. After each sync, the report's `changes` go to the views in one `ctx.changes`
broadcast.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot

from cumuldesk.errors import CumulDeskError
from cumuldesk.services.sync_service import (
    DEFAULT_RETRY,
    SyncCancelled,
    SyncReport,
    SyncState,
)
from cumuldesk.ui.kit.changes import CASES, OUTBOX, SYNC
from cumuldesk.ui.kit.context import AppContext
from cumuldesk.ui.kit.ops import Op, user_message

log = logging.getLogger(__name__)

JOIN_SECONDS = 5.0  # how long stop() waits for a sync under way to reach a safe point


class SyncWorker(QObject):
    """Runs the sync loop in a thread (see the module text)."""

    state_changed = Signal(object)  # SyncState
    progress = Signal(str, int, int)  # stage ("push" or "pull"), done, total
    report = Signal(object)  # SyncReport
    failed = Signal(str)  # a plain message (the loop waits for "Sync now")
    syncing_changed = Signal(bool)

    # from the worker thread, queued to this object on the GUI thread
    _state_from_worker = Signal(object)
    _progress_from_worker = Signal(str, int, int)
    _report_from_worker = Signal(object)  # SyncReport
    _failed_from_worker = Signal(str)
    _syncing_from_worker = Signal(int)  # 1 or 0: a crash at exit was seen once with a bool

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        interval: float | None = None,
        retry: Sequence[float] = DEFAULT_RETRY,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval = float(interval or ctx.settings.sync_interval_seconds)
        self.retry = tuple(retry)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._state: SyncState | None = None
        self._syncing = False
        self._found_by_sync = 0  # states the sync delivered (a refresh started before
        # one of them must not bring back an older online state)
        self.rounds = 0
        queued = Qt.ConnectionType.QueuedConnection
        self._state_from_worker.connect(self._deliver_state, queued)
        self._progress_from_worker.connect(self._deliver_progress, queued)
        self._report_from_worker.connect(self._deliver_report, queued)
        self._failed_from_worker.connect(self._deliver_failure, queued)
        self._syncing_from_worker.connect(self._deliver_syncing, queued)
        ctx.changes.changed.connect(self._changed)

    # ------------------------------------------------------------- GUI thread API

    @property
    def state(self) -> SyncState | None:
        """The last state found (None before the first one)."""
        return self._state

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def syncing(self) -> bool:
        return self._syncing

    def start(self) -> None:
        """Start the loop (a first sync at once). Does nothing when it runs already."""
        if self.running:
            return
        self._stop.clear()
        self._wake.clear()
        self._thread = threading.Thread(target=self._run, name="cumuldesk-sync", daemon=True)
        self._thread.start()

    def sync_now(self) -> None:
        """Sync at once (the loop stops waiting); starts the loop when it is not running."""
        if not self.running:
            self.start()
            return
        self._wake.set()

    def stop(self, timeout: float = JOIN_SECONDS) -> bool:
        """Stop the loop: a sync under way is cancelled at its next safe point (nothing
        is lost). Returns False when the thread did not end within `timeout` seconds."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            log.warning("the sync did not stop within %.0f seconds", timeout)
            return False
        self._thread = None
        return True

    def refresh_state(self) -> None:
        """Read the state again from the cache (a note added, a conflict resolved), in a
        background op; the online state stays what the last sync found."""
        desk = self.ctx.desk
        last = self._state
        online = last.online if last is not None else desk.online
        problem = last.problem if last is not None else None
        found_by_sync = self._found_by_sync
        op = Op(None, lambda state: desk.sync_state(online=online, problem=problem))
        op.success(lambda state: self._refreshed(state, found_by_sync))
        op.failure(self._state_unreadable).run()

    def _refreshed(self, state: SyncState, found_by_sync: int) -> None:
        if found_by_sync != self._found_by_sync:
            # a sync reported meanwhile: its online state is newer; the counts it read
            # may predate the write that asked for this refresh, so keep those
            last = self._state
            if last is not None:
                state = SyncState(
                    last.online,
                    state.last_sync_at,
                    state.pending,
                    state.conflicts,
                    state.rejected,
                    last.problem,
                )
        self._accept(state)

    def _state_unreadable(self, exc: BaseException) -> None:
        log.warning("the sync state could not be read (%s)", type(exc).__name__)

    def _changed(self, kinds: frozenset[str]) -> None:
        if SYNC not in kinds and (OUTBOX in kinds or CASES in kinds):
            self.refresh_state()

    # ------------------------------------------------------------ worker thread

    def _run(self) -> None:
        loop = self.ctx.desk.sync_loop(
            interval=self.interval,
            retry=self.retry,
            on_state=lambda state: self._emit(self._state_from_worker, state),
            on_report=lambda report: self._emit(self._report_from_worker, report),
            progress=lambda stage, done, total: self._emit(
                self._progress_from_worker, stage, done, total
            ),
        )
        while not self._stop.is_set():
            self._wake.clear()
            pause: float | None
            self._emit(self._syncing_from_worker, 1)
            try:
                pause = loop.run_once(self._stop)
            except SyncCancelled:
                break
            except CumulDeskError as exc:  # retrying cannot mend it: wait for "Sync now"
                log.info("the background sync stopped (%s)", type(exc).__name__)
                self._emit(self._failed_from_worker, user_message(exc))  # the window's language
                pause = None
            except Exception as exc:  # noqa: BLE001 - a bug: logged, the handler told
                log.error("the background sync failed", exc_info=exc)
                self._emit(self._failed_from_worker, user_message(exc))
                pause = self.interval
            finally:
                self._emit(self._syncing_from_worker, 0)
                self.rounds += 1
            self._wake.wait(pause)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went while this thread was finishing
            self._stop.set()

    # ------------------------------------------------------ back on the GUI thread

    @Slot(object)
    def _deliver_state(self, state: SyncState) -> None:
        self._found_by_sync += 1
        self._accept(state)

    def _accept(self, state: SyncState) -> None:
        self._state = state
        self.ctx.desk.online = state.online
        self.state_changed.emit(state)

    @Slot(str, int, int)
    def _deliver_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(stage, done, total)

    @Slot(object)
    def _deliver_report(self, report: SyncReport) -> None:
        # the desk took the new law data, if any, in the worker (Desk.sync_loop)
        self.report.emit(report)
        self.ctx.changes.broadcast(report.changes)

    @Slot(str)
    def _deliver_failure(self, message: str) -> None:
        self.failed.emit(message)

    @Slot(int)
    def _deliver_syncing(self, flag: int) -> None:
        syncing = bool(flag)
        if syncing != self._syncing:
            self._syncing = syncing
            self.syncing_changed.emit(syncing)
