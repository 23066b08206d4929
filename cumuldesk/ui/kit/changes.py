"""One "something changed" signal for the whole window (after any write or sync): each
view decides whether to reload, instead of views calling each other's refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# what changed: views compare with the kinds they show
DOSSIERS = "dossiers"  # persons, periods, decisions (a sync pulled something)
CASES = "cases"  # case status, answer, notes, letters
OUTBOX = "outbox"  # changes waiting to be pushed, conflicts
SYNC = "sync"  # online state, time of the last sync
PARAMETERS = "parameters"


class Changes(QObject):
    changed = Signal(frozenset)  # of the kinds above

    def emit(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))
