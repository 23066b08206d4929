"""One "something changed" signal for the whole window (after any write or sync): each
view decides whether to reload, instead of views calling each other's refresh. The kinds
are the desk's (`services.desk.Change`); a desk write's `Changes` is broadcast by the
background-operation helper (`ui.kit.ops.Op(..., changes=ctx.changes)`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from cumuldesk.services import desk
from cumuldesk.services.desk import Change

# what changed: views compare with the kinds they show
DOSSIERS = Change.DOSSIERS  # persons, periods, decisions (a sync pulled something)
CASES = Change.CASES  # case status, answer, notes, letters
OUTBOX = Change.OUTBOX  # changes waiting to be pushed, conflicts
SYNC = Change.SYNC  # online state, time of the last sync
PARAMETERS = Change.LAW


class Changes(QObject):
    changed = Signal(frozenset)  # of the kinds above
    _written = Signal(object)  # a desk.Changes from a worker thread (see `from_worker`)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued: `changed` is always emitted on this object's (the GUI) thread
        self._written.connect(self.broadcast, Qt.ConnectionType.QueuedConnection)

    def from_worker(self, changes: desk.Changes) -> None:
        """A desk write that returns no `Changes` (an audited read's outbox event,
        `services.desk.Desk.on_write`), from any thread: broadcast on the GUI thread."""
        self._written.emit(changes)

    def announce(self, *kinds: str) -> None:
        """These kinds changed (a desk write's `Changes` goes through `broadcast`)."""
        self.changed.emit(frozenset(Change(kind) for kind in kinds))

    def broadcast(self, changes: desk.Changes) -> None:
        """A desk write's changes, to every view (nothing when nothing changed)."""
        if changes:
            self.changed.emit(changes.kinds)
