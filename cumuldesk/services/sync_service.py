"""Sync as a handler uses it: push the outbox, then pull what changed; the state to show
(online or not, data as of when, how much waits); and a loop that syncs now and then and
resumes by itself when the central database comes back.

The order is push, then pull: the handler's own changes reach the central database
first, and the pull that follows brings back the central version of everything,
including what the push could not apply (a conflict keeps the handler's version in the
outbox, shown beside the central one until the handler chooses).

A sync is audited in the central trail and the local one, by counts only. What a sync
may have changed for the views is `SyncReport.changes` (the desk's `Changes`).

The window reaches all this through the desk (`services.desk.Desk.sync_loop`,
`sync_state`, ...), never through `cumuldesk.sync`: `SyncCancelled` (a cancelled sync)
and `Cancel` are re-exported here for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import InterfaceError, OperationalError

from cumuldesk.errors import CumulDeskError, Unavailable
from cumuldesk.services.accounts.authorization import require_role
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.desk import Change, Changes
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.cache import CacheMismatch, LocalCache
from cumuldesk.storage.cache_copy import central_identity
from cumuldesk.storage.cache_models import (
    CONFLICT,
    META_CENTRAL,
    META_CENTRAL_ID,
    META_LAST_SYNC_AT,
    PENDING,
    REJECTED,
)
from cumuldesk.storage.database import DatabaseUnavailable, describe_url
from cumuldesk.storage.files import DiskProblem, local_disk_error
from cumuldesk.sync.outbox import counts
from cumuldesk.sync.progress import Cancel as Cancel
from cumuldesk.sync.progress import SyncCancelled as SyncCancelled
from cumuldesk.sync.pull import PullResult, pull
from cumuldesk.sync.push import PushResult, push

log = logging.getLogger(__name__)
NOTHING_LOST = "nothing was lost, the next sync goes on from where this one stopped"

StageProgress = Callable[[str, int, int], None]  # ("push" or "pull", done, total)
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class SyncReport:
    pushed: PushResult
    pulled: PullResult
    finished_at: datetime
    waiting: dict[str, int]  # outbox after the sync: pending, conflict, rejected

    @property
    def moved(self) -> bool:
        """Whether the sync moved anything (pushed, refused, pulled or removed)."""
        pushed, pulled = self.pushed, self.pulled
        return bool(
            pushed.applied
            + pushed.already_applied
            + pushed.conflicts
            + pushed.rejected
            + pulled.new_dossiers
            + pulled.changed_dossiers
            + pulled.removed_dossiers
            + pulled.deleted_rows
            + pulled.retro_flags
        )

    @property
    def changes(self) -> Changes:
        """What the sync may have changed for the views: a round that moved nothing
        changes only the outbox counts and the time of the last sync (the views stay
        calm); new law data change the law in force."""
        kinds = [Change.OUTBOX, Change.SYNC]
        if self.moved:
            kinds += [Change.DOSSIERS, Change.CASES]
        if self.pulled.law_data_version is not None:
            kinds.append(Change.LAW)
        return Changes.of(*kinds)

    def as_dict(self) -> dict[str, object]:
        return {
            "pushed": self.pushed.as_dict(),
            "pulled": self.pulled.as_dict(),
            "finished_at": self.finished_at.isoformat(timespec="seconds"),
            "waiting": dict(self.waiting),
        }


def bind_to_central(cache: LocalCache, central: Central) -> None:
    """Check that the cache was filled from this central database (CacheMismatch
    otherwise); a new, empty cache is bound to it. The cache never keeps the central
    pseudonymisation key (an older copy is removed)."""
    identity, description = central_identity(central.sessions)
    known = cache.meta().get(META_CENTRAL_ID)
    if known is not None and known != identity:
        raise CacheMismatch(
            "this local cache was filled from another central database; rebuild it "
            "(cumuldesk cache rebuild) to work with this one"
        )
    if known is None:
        cache.set_meta({META_CENTRAL_ID: identity, META_CENTRAL: description})
    cache.forget_central_key()


def _failure(central: Central | None, exc: BaseException) -> BaseException:
    """The error to report for `exc`: a local disk error (the cache could not be written,
    a full laptop disk) as such, whatever said it; a lost connection (`central` given) as
    the central database that failed; anything else as it is."""
    local = local_disk_error(exc, "the sync stopped", "sync again", NOTHING_LOST)
    if local is not None:
        return local
    if central is None or not isinstance(exc, OperationalError | InterfaceError):
        return exc
    reason = type(getattr(exc, "orig", None) or exc).__name__
    return DatabaseUnavailable(
        f"the connection to {describe_url(str(central.engine.url))} failed during the sync "
        f"({reason}); {NOTHING_LOST}"
    )


def sync_once(
    central: Central,
    cache: LocalCache,
    identity: Identity,
    *,
    progress: StageProgress | None = None,
    cancel: Cancel | None = None,
    clock: Clock = utcnow,
) -> SyncReport:
    """Push the outbox, then pull the changes of the handler's team (as the central
    database knows the handler now: their team may have changed)."""

    def stage(name: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(name, done, total)

    try:
        current = require_role(central.sessions, identity, "sync")
        bind_to_central(cache, central)
        pushed = push(
            cache,
            central.sessions,
            current.username,
            progress=stage("push"),
            cancel=cancel,
            clock=clock,
        )
        pulled = pull(
            cache,
            central.sessions,
            current.team,
            progress=stage("pull"),
            cancel=cancel,
            clock=clock,
        )
        details = {
            "pushed": pushed.applied + pushed.already_applied,
            "conflicts": pushed.conflicts,
            "rejected": pushed.rejected,
            "new_dossiers": pulled.new_dossiers,
            "changed_dossiers": pulled.changed_dossiers,
            "removed_dossiers": pulled.removed_dossiers,
        }
        if pulled.law_data_version is not None:
            details["law_data_version"] = pulled.law_data_version
        with central.sessions.begin() as session:
            record(session, current.username, "synced", details=details)
    except (OperationalError, InterfaceError, DatabaseUnavailable, OSError) as exc:
        failure = _failure(central, exc)
        if failure is exc:
            raise
        raise failure from None
    try:
        with cache.sessions.begin() as session:
            record(session, current.username, "synced", details=details, clock=clock)
        report = SyncReport(pushed, pulled, clock(), counts(cache))
    except (OperationalError, OSError) as exc:  # only the cache is written here
        failure = _failure(None, exc)
        if failure is exc:
            raise
        raise failure from None
    log.info(
        "sync: %d pushed, %d conflicts, %d new and %d changed dossiers",
        details["pushed"],
        pushed.conflicts,
        pulled.new_dossiers,
        pulled.changed_dossiers,
    )
    return report


# ---------------------------------------------------------------------------- state


def last_sync_at(cache: LocalCache) -> datetime | None:
    """When the last complete sync ended (None: never)."""
    value = cache.meta().get(META_LAST_SYNC_AT)
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


@dataclass(frozen=True)
class SyncState:
    """What the status bar and `cumuldesk sync status` show."""

    online: bool | None  # None: not tried yet
    last_sync_at: datetime | None
    pending: int
    conflicts: int
    rejected: int
    problem: str | None = None  # why the central database cannot be reached, or failed

    def describe(self, now: datetime | None = None) -> str:
        when = (
            "never synced"
            if self.last_sync_at is None
            else "data as of the last sync, "
            + self.last_sync_at.astimezone().strftime("%d/%m/%Y %H:%M")
        )
        parts = [
            {True: "online", False: "offline", None: "not connected yet"}[self.online],
            when,
            f"{self.pending} change(s) waiting to be pushed",
        ]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict(s) to resolve")
        if self.rejected:
            parts.append(f"{self.rejected} change(s) refused")
        return "; ".join(parts)

    def as_dict(self) -> dict[str, object]:
        return {
            "online": self.online,
            "last_sync_at": None
            if self.last_sync_at is None
            else self.last_sync_at.isoformat(timespec="seconds"),
            "pending": self.pending,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "problem": self.problem,
        }


def sync_state(
    cache: LocalCache, *, online: bool | None = None, problem: str | None = None
) -> SyncState:
    waiting = counts(cache)
    return SyncState(
        online=online,
        last_sync_at=last_sync_at(cache),
        pending=waiting[PENDING],
        conflicts=waiting[CONFLICT],
        rejected=waiting[REJECTED],
        problem=problem,
    )


# ----------------------------------------------------------------------------- loop

DEFAULT_INTERVAL = 300.0  # seconds between syncs while online
DEFAULT_RETRY = (5.0, 15.0, 30.0, 60.0)  # growing pauses while the central db is away


class SyncLoop:
    """Sync now, then every `interval` seconds; while the central database cannot be
    reached, try again after `retry` pauses (the last one repeats), and sync as soon as
    it answers. The desktop application runs this in a worker thread; `cumuldesk sync
    --watch` runs it in the foreground. Stops when `stop` is set (a sync under way is
    cancelled at its next safe point) or on an error that retrying cannot mend (an
    account closed, a cache from another central database, a full local disk): that
    error is raised."""

    def __init__(
        self,
        connect: Callable[[], Central],
        cache: LocalCache,
        identity: Identity,
        *,
        interval: float = DEFAULT_INTERVAL,
        retry: Sequence[float] = DEFAULT_RETRY,
        on_state: Callable[[SyncState], None] | None = None,
        on_report: Callable[[SyncReport], None] | None = None,
        progress: StageProgress | None = None,
        clock: Clock = utcnow,
    ) -> None:
        if interval <= 0 or not retry or min(retry) <= 0:
            raise ValueError("sync pauses must be positive")
        self.connect = connect
        self.cache = cache
        self.identity = identity
        self.interval = interval
        self.retry = tuple(retry)
        self.on_state = on_state
        self.on_report = on_report
        self.progress = progress
        self.clock = clock
        self.rounds = 0
        self._failures = 0

    def _tell(self, online: bool, problem: str | None = None) -> None:
        if self.on_state is not None:
            self.on_state(sync_state(self.cache, online=online, problem=problem))

    def run_once(self, stop: threading.Event) -> float:
        """One sync attempt; returns the pause before the next one."""
        self.rounds += 1
        try:
            central = self.connect()
            try:
                report = sync_once(
                    central,
                    self.cache,
                    self.identity,
                    progress=self.progress,
                    cancel=stop.is_set,
                    clock=self.clock,
                )
            finally:
                central.close()
        except (Unavailable, OperationalError, InterfaceError) as exc:
            if isinstance(exc, CacheMismatch | DiskProblem):
                raise  # not "offline": the handler must act (a full disk: free space)
            message = str(exc) if isinstance(exc, CumulDeskError) else type(exc).__name__
            self._failures += 1
            self._tell(False, message)
            return self.retry[min(self._failures - 1, len(self.retry) - 1)]
        self._failures = 0
        if self.on_report is not None:
            self.on_report(report)
        self._tell(True)
        return self.interval

    def run(self, stop: threading.Event, *, max_rounds: int | None = None) -> None:
        while not stop.is_set():
            try:
                pause = self.run_once(stop)
            except SyncCancelled:
                return
            if max_rounds is not None and self.rounds >= max_rounds:
                return
            stop.wait(pause)
