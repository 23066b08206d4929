"""Use cases of the handler's local cache: open it, fill it from the central database,
rebuild it, describe it, verify its audit trail.

The cache file is `<data folder>/cache-<username>.sqlite` (see `cumuldesk.storage.cache`),
its key is in the system keyring or derived from a passphrase (`cumuldesk.storage.keys`).
Filling and rebuilding are audited in the central trail and in the local one, by count:
never an INSZ or a name.

No path loses unsynced work without the handler's explicit, typed consent: a cache that
exists but does not open (a wrong passphrase, a lost keyring key, a damaged file) is
never deleted or replaced by a fill or a sync; `rebuild_cache` replaces it only with
`discard_unpushed` and the handler's username typed as confirmation, after saying how
many unsynced changes are lost (or that they cannot be counted), and keeps the old file
as a private backup beside it (`storage.cache.set_aside`). A damaged cache cannot hold
its own audit event: `record_damage` writes "cache_damaged" in the central trail.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select

from cumuldesk.domain.insz import InszError, parse_insz
from cumuldesk.errors import BadInput
from cumuldesk.paths import cache_file
from cumuldesk.services.accounts.authorization import require_role
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import OfflineVerifier, remember_offline
from cumuldesk.services.central.connect import Central
from cumuldesk.services.retention import retention_at_start
from cumuldesk.storage.audit import ChainCut, VerifyResult, record, verify_trail
from cumuldesk.storage.cache import (
    DAMAGE_TRAIL_CUT,
    CacheDamaged,
    CacheLocked,
    CacheMismatch,
    CacheMissing,
    LocalCache,
    check_cache_file,
    delete_cache_files,
    set_aside,
)
from cumuldesk.storage.cache_models import (
    CONFLICT,
    META_CENTRAL,
    META_CREATED_AT,
    META_FILLED_AT,
    META_OWNER,
    PENDING,
    REJECTED,
    outbox,
)
from cumuldesk.storage.keys import (
    KeySource,
    KeyUnavailable,
    PassphraseSource,
    forget_key,
    keep_key_for_backup,
    key_source,
    load_key,
    new_key,
    passphrase_from_environment_or_terminal,
    salt_path,
)
from cumuldesk.storage.models import AuditEvent
from cumuldesk.sync.law import pull_law_data
from cumuldesk.sync.organisation import pull_organisation
from cumuldesk.sync.outbox import counts
from cumuldesk.sync.screening import pull_screening

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
T = TypeVar("T")


def cache_path(username: str) -> Path:
    """`<data folder>/cache-<username>.sqlite`: one cache per handler (`paths.cache_file`;
    BadInput when `username` is not one)."""
    return cache_file(username)


def cache_exists(username: str) -> bool:
    """Whether anything stands at `username`'s cache path: a file, however damaged, or a
    link (even a dangling one). Only then is there nothing to lose."""
    return os.path.lexists(cache_path(username))


def open_cache(
    username: str,
    *,
    create: bool = False,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
    remember: OfflineVerifier | None = None,
) -> LocalCache:
    """Open `username`'s cache with its key (make cache and key when `create` and none).
    With `remember` (after an online sign-in), keep that offline sign-in verifier in it.

    Raises CacheMissing, CacheLocked, CacheDamaged or CacheMismatch (see storage.cache).
    With `create`, a new cache is made only where nothing is: an empty file, a link or
    anything else that cannot be a cache is CacheDamaged, never replaced.
    """
    cache = _open(username, create, passphrase)
    if remember is not None:
        try:
            remember_offline(cache, remember)
        except BaseException:
            cache.close()
            raise
    return cache


def _open(username: str, create: bool, passphrase: PassphraseSource) -> LocalCache:
    path = cache_path(username)
    if not check_cache_file(path):  # CacheDamaged for what cannot be a cache
        if not create:
            raise CacheMissing(
                f"{username} has no local cache yet: make it with `cumuldesk sync` (online)"
            )
        key = new_key(username, path, passphrase)
        return LocalCache.open(path, key.key, create=True, owner=username)
    key = load_key(username, path, passphrase)
    try:
        return LocalCache.open(path, key.key, owner=username)
    except CacheLocked as exc:
        if key.source is KeySource.PASSPHRASE:
            raise CacheLocked(f"{exc} (is the passphrase right?)") from None
        raise


def delete_cache(username: str) -> None:
    """Remove `username`'s cache file, its companions and its key."""
    path = cache_path(username)
    delete_cache_files(path)
    forget_key(username, path)


def way_out(username: str, exc: CacheLocked | CacheDamaged | CacheMismatch) -> str:
    """What to do when `username`'s cache does not open (for the command line)."""
    command = f"cumuldesk cache rebuild --user {username}"
    if isinstance(exc, CacheDamaged) and not isinstance(exc, ChainCut):
        return (
            "Nothing was changed. To replace it with a new cache filled from the central "
            "database (its unsynced changes cannot be counted and are lost; the damaged file "
            f"is kept as a backup), run: {command} --discard-unpushed"
        )
    if isinstance(exc, CacheLocked):
        return (
            "Nothing was changed. Only if the key is lost for good, replace the cache with a "
            "new one filled from the central database (its unsynced changes are lost; the "
            f"old file is kept as a backup): {command} --discard-unpushed"
        )
    # it opens (another owner, a cut trail): the rebuild counts what it would lose
    return f"To rebuild the local cache from the central database, run: {command}"


def offering_way_out(
    username: str,
    action: Callable[[], T],
    *,
    central: Central | Callable[[], Central] | None = None,
    during: str = "open",
    explain: Callable[[str, CacheLocked | CacheDamaged | CacheMismatch], str] = way_out,
) -> T:
    """Run `action` (which opens `username`'s cache); a cache that cannot be opened is
    reported with the way out (`explain`; the error keeps its type, and so its exit
    code). With `central` (or a way to reach it), a damaged cache is also recorded in
    the central audit trail (`record_damage`)."""
    try:
        return action()
    except KeyUnavailable:
        raise  # giving the key (typing the passphrase, unlocking the keyring) is the way out
    except (CacheLocked, CacheDamaged, CacheMismatch) as exc:
        if isinstance(exc, CacheDamaged) and central is not None:
            record_damage(central, username, exc.reason, during)
        raise _with_text(exc, f"{exc}. {explain(username, exc)}") from None


def _with_text(exc: CacheLocked | CacheDamaged | CacheMismatch, text: str) -> Exception:
    """The same error (its type: a cut local trail stays a ChainCut) with another text."""
    again = type(exc)(text)
    if isinstance(exc, CacheDamaged) and isinstance(again, CacheDamaged):
        again.reason = DAMAGE_TRAIL_CUT if isinstance(exc, ChainCut) else exc.reason
    return again


def record_damage(
    central: Central | Callable[[], Central], username: str, reason: str, during: str
) -> bool:
    """Record "cache_damaged" (why, as a code, and during what) in the central audit trail:
    a damaged cache cannot hold the event itself. Best effort: whether it was recorded
    (the damage is reported to the handler either way)."""
    try:
        target = central if isinstance(central, Central) else central()
        try:
            with target.sessions.begin() as session:
                record(
                    session,
                    username,
                    "cache_damaged",
                    details={"reason": reason, "during": during},
                )
        finally:
            if target is not central:
                target.close()
    except Exception as exc:  # noqa: BLE001 - the damage itself is what the handler must read
        log.warning(
            "the damaged local cache (%s) could not be recorded centrally (%s)",
            reason,
            type(exc).__name__,
        )
        return False
    log.warning("local cache damaged (%s, during %s): recorded centrally", reason, during)
    return True


@dataclass(frozen=True)
class FillResult:
    requested: int | None  # number of INSZ asked for; None for "the team's cases"
    stored: int
    team: str | None

    @property
    def not_found(self) -> int:
        return 0 if self.requested is None else max(self.requested - self.stored, 0)


def _current(central: Central, identity: Identity, action: str) -> Identity:
    """The signed-in handler as the central database has them now (still active; their
    team may have changed). Checked before the cache is touched."""
    return require_role(central.sessions, identity, action)


def _digits(insz: Iterable[str]) -> list[str]:
    digits: set[str] = set()
    for number, value in enumerate(insz, start=1):
        try:
            digits.add(parse_insz(value).digits)
        except InszError as exc:  # the message never repeats the number
            raise BadInput(f"INSZ number {number} is not valid: {exc.message}") from None
    return sorted(digits)


def _fill(
    central: Central,
    cache: LocalCache,
    username: str,
    insz: list[str] | None,
    team: str | None,
    action: str,
    progress: Progress | None,
    extra: dict[str, object] | None = None,
) -> FillResult:
    stored = cache.store_dossiers(central.sessions, insz, team, progress)
    law_version = pull_law_data(cache, central.sessions)  # the organisation's law data too
    pull_organisation(cache, central.sessions)  # the letters' sender block, for offline
    pull_screening(cache, central.sessions)  # the cached cases' screening results, too
    details: dict[str, object] = {"dossiers": stored, **(extra or {})}
    if law_version is not None:
        details["law_data_version"] = law_version
    with central.sessions.begin() as session:
        record(session, username, action, details=details)
    with cache.sessions.begin() as session:
        record(session, username, action, details=details)
    log.info("%s: %d dossiers stored in the local cache", action, stored)
    return FillResult(None if insz is None else len(insz), stored, team)


class UnpushedChanges(BadInput):
    """The cache holds changes the central database does not have yet."""


def refuse_with_unpushed(cache: LocalCache, action: str) -> None:
    """UnpushedChanges when the outbox is not empty: rebuilding or refilling would lose or
    hide the handler's changes."""
    waiting = counts(cache)
    total = sum(waiting.values())
    if total:
        raise UnpushedChanges(
            f"{action}: the local cache holds {total} change(s) not yet in the central "
            f"database ({waiting[PENDING]} waiting, {waiting[CONFLICT]} conflict(s), "
            f"{waiting[REJECTED]} refused); run `cumuldesk sync` first"
        )


def fill_cache(
    central: Central,
    identity: Identity,
    insz: Iterable[str] | None = None,
    *,
    progress: Progress | None = None,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
    remember: OfflineVerifier | None = None,
) -> FillResult:
    """Copy dossiers into the signed-in handler's cache: the INSZ given, else their team's
    cases. `remember`: the offline sign-in verifier to keep in the cache."""
    digits = None if insz is None else _digits(insz)
    handler = _current(central, identity, "cache fill")
    username = handler.username
    team = handler.team if digits is None else None
    try:
        opened = open_cache(username, create=True, passphrase=passphrase, remember=remember)
    except CacheDamaged as exc:
        record_damage(central, username, exc.reason, "cache_fill")
        raise
    with opened as cache:
        refuse_with_unpushed(cache, "cache fill")
        result = _fill(central, cache, username, digits, team, "cache_filled", progress)
        retention_at_start(cache, username, datetime.now(UTC))
        return result


# what `inspect_cache` found
MISSING = "missing"  # nothing at the cache's place: nothing to lose
OPENS = "opens"  # it opens with its key: its unsynced changes are counted
LOCKED = "locked"  # it does not open with the key had (wrong passphrase, lost keyring key)
DAMAGED = "damaged"  # not a cache any more (see storage.cache.CacheDamaged)

# outbox item kinds, in words
_KIND_WORDS = {
    "note": "note(s)",
    "case": "case change(s)",
    "letter": "letter(s)",
    "audit": "audit event(s)",
}


@dataclass(frozen=True)
class CacheCondition:
    """What a rebuild would throw away: nothing personal, counts and codes only."""

    path: Path
    state: str  # MISSING, OPENS, LOCKED, DAMAGED
    unpushed: dict[str, int] | None = None  # outbox items by kind; None: cannot be counted
    problem: str | None = None  # why it does not open (a safe message)
    reason: str | None = None  # DAMAGED: storage.cache DAMAGE_* code
    key_source: KeySource | None = None

    @property
    def unpushed_total(self) -> int | None:
        return None if self.unpushed is None else sum(self.unpushed.values())

    @property
    def at_risk(self) -> bool:
        """Whether replacing this cache loses (or may lose) work not yet pushed."""
        return self.state in (LOCKED, DAMAGED) or bool(self.unpushed_total)

    def kinds(self) -> str:
        """The unpushed changes by kind: "2 note(s), 1 audit event(s)"."""
        counted = self.unpushed or {}
        parts = [f"{counted[k]} {words}" for k, words in _KIND_WORDS.items() if counted.get(k)]
        return ", ".join(parts)

    def loss(self) -> str:
        """What a rebuild loses, in one English sentence."""
        total = self.unpushed_total
        if total is None:
            return (
                "its changes not yet in the central database cannot be counted (the cache "
                "does not open) and will be lost"
            )
        if not total:
            return "it holds no change that is not in the central database: nothing is lost"
        return f"{total} change(s) not yet in the central database will be lost ({self.kinds()})"


def _unpushed_by_kind(cache: LocalCache) -> dict[str, int]:
    with cache.engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.kind, func.count()).group_by(outbox.c.kind).order_by(outbox.c.kind)
        ).all()
    return {kind: int(count) for kind, count in rows}


def inspect_cache(
    username: str, *, passphrase: PassphraseSource = passphrase_from_environment_or_terminal
) -> CacheCondition:
    """Whether `username`'s cache exists and opens, and how many changes it holds that the
    central database does not have yet. KeyUnavailable (no passphrase given, keyring
    locked) is raised: giving the key is the way out, and nothing is known before."""
    path = cache_path(username)
    try:
        if not check_cache_file(path):
            return CacheCondition(path, MISSING, {})
        source = key_source(path)
        key = load_key(username, path, passphrase)
        cache = LocalCache.open(path, key.key)  # any owner: what it holds is counted
    except KeyUnavailable:
        raise
    except CacheDamaged as exc:
        return CacheCondition(path, DAMAGED, None, str(exc), exc.reason, key_source(path))
    except CacheLocked as exc:
        return CacheCondition(path, LOCKED, None, str(exc), "wrong_key", key_source(path))
    with cache:
        return CacheCondition(path, OPENS, _unpushed_by_kind(cache), None, None, source)


class DiscardNotConfirmed(BadInput):
    """`--discard-unpushed` without the username typed as confirmation."""


Confirm = Callable[[CacheCondition], "str | None"]


@dataclass(frozen=True)
class RebuildResult(FillResult):
    condition: CacheCondition | None = None  # what was there before
    backup: Path | None = None  # where the old cache was set aside (None: nothing kept)

    @property
    def discarded(self) -> int | None:
        """Changes thrown away: None when they could not be counted."""
        if self.condition is None or not self.condition.at_risk:
            return 0
        return self.condition.unpushed_total


def _refusal(condition: CacheCondition, username: str) -> Exception:
    again = f"cumuldesk cache rebuild --user {username} --discard-unpushed"
    if condition.state == LOCKED:
        if condition.key_source is KeySource.PASSPHRASE:
            why = "the passphrase is probably wrong: run it again with the right passphrase"
        else:
            why = (
                "the key in the system keyring is probably wrong or missing (another "
                "computer account, a reset keyring)"
            )
        return CacheLocked(
            f"cache rebuild: the local cache of {username} exists but does not open with this "
            f"key; {why}. Nothing was deleted. Only if the key is lost for good: {again} "
            "(its unsynced changes cannot be counted and are lost; the old file is kept as a "
            "backup)"
        )
    if condition.state == DAMAGED:
        return CacheDamaged(
            f"cache rebuild: {condition.problem}. Nothing was deleted: its unsynced changes "
            f"cannot be counted and would be lost. To replace it anyway (the damaged file is "
            f"kept as a backup): {again}",
            reason=condition.reason or "unreadable",
        )
    return UnpushedChanges(
        f"cache rebuild: the local cache holds {condition.unpushed_total} change(s) not yet in "
        f"the central database ({condition.kinds()}); run `cumuldesk sync` first, or throw "
        f"them away with {again}"
    )


def _set_aside(username: str, condition: CacheCondition) -> Path | None:
    """Move the old cache (and its salt) into a private backup folder beside it, keep its
    keyring key under the folder's name, and forget the key. None when moving is
    impossible: then it is deleted (the handler confirmed the loss)."""
    path = cache_path(username)
    try:
        folder = set_aside(path, [salt_path(path)], datetime.now())
    except OSError as exc:
        log.warning("the old local cache could not be kept as a backup (%s)", exc.strerror)
        delete_cache(username)
        return None
    if condition.key_source is KeySource.KEYRING:
        keep_key_for_backup(username, folder.name)
    forget_key(username, path)
    delete_cache_files(path)  # whatever was left (the staging file of a crashed creation)
    return folder


def rebuild_cache(
    central: Central,
    identity: Identity,
    *,
    progress: Progress | None = None,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
    remember: OfflineVerifier | None = None,
    discard_unpushed: bool = False,
    confirm: Confirm | None = None,
) -> RebuildResult:
    """Replace the signed-in handler's cache and key with new ones, filled with the team's
    cases. `remember`: the offline sign-in verifier to keep in the new cache.

    The handler is checked in the central database first, so nothing is touched when the
    central database cannot be reached. A cache that opens and holds no unpushed change
    is simply replaced. Anything else that would lose work is refused: a cache holding
    changes not yet pushed (UnpushedChanges), one that does not open with the key had
    (CacheLocked: the passphrase is probably wrong), a damaged one (CacheDamaged, also
    recorded centrally); unless `discard_unpushed` and `confirm(condition)` returns the
    handler's username (else DiscardNotConfirmed). The old cache is then set aside as a
    private backup (`RebuildResult.backup`), not deleted."""
    handler = _current(central, identity, "cache rebuild")
    username = handler.username
    condition = inspect_cache(username, passphrase=passphrase)
    if condition.state == DAMAGED:
        record_damage(central, username, condition.reason or "unreadable", "cache_rebuild")
    backup = None
    details: dict[str, object] = {}
    if condition.at_risk:
        if not discard_unpushed:
            raise _refusal(condition, username)
        typed = confirm(condition) if confirm is not None else None
        if (typed or "").strip() != username:
            raise DiscardNotConfirmed(
                f"cache rebuild: not confirmed (the username {username} was not typed); "
                "nothing was deleted"
            )
        backup = _set_aside(username, condition)
        total = condition.unpushed_total
        details = {"discarded": total} if total is not None else {"uncounted": True}
    else:
        delete_cache(username)
    with open_cache(username, create=True, passphrase=passphrase, remember=remember) as cache:
        filled = _fill(
            central, cache, username, None, handler.team, "cache_rebuilt", progress, details
        )
    if condition.at_risk:
        log.warning(
            "cache rebuild: the old local cache was replaced on the handler's confirmation "
            "(%s change(s) not pushed; backup kept: %s)",
            "uncounted" if condition.unpushed_total is None else condition.unpushed_total,
            "yes" if backup else "no",
        )
    return RebuildResult(filled.requested, filled.stored, filled.team, condition, backup)


@dataclass(frozen=True)
class CacheStatus:
    path: Path
    exists: bool
    size_bytes: int
    key_source: KeySource | None
    dossiers: int | None = None
    owner: str | None = None
    central: str | None = None
    created_at: str | None = None
    filled_at: str | None = None
    audit_events: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "exists": self.exists,
            "size_bytes": self.size_bytes,
            "key_source": None if self.key_source is None else self.key_source.value,
            "dossiers": self.dossiers,
            "owner": self.owner,
            "central": self.central,
            "created_at": self.created_at,
            "filled_at": self.filled_at,
            "audit_events": self.audit_events,
        }


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.is_file())


def cache_status(
    username: str,
    *,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
    remember: OfflineVerifier | None = None,
) -> CacheStatus:
    """Path, size, number of dossiers, owner: nothing personal."""
    path = cache_path(username)
    if not os.path.lexists(path):  # anything there (a link, an empty file) is opened: damaged
        return CacheStatus(path, False, 0, None)
    with open_cache(username, passphrase=passphrase, remember=remember) as cache:
        meta = cache.meta()
        count = cache.dossier_count()
        with cache.sessions() as session:
            events = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return CacheStatus(
        path=path,
        exists=True,
        size_bytes=_size(path),
        key_source=key_source(path),
        dossiers=count,
        owner=meta.get(META_OWNER),
        central=meta.get(META_CENTRAL),
        created_at=meta.get(META_CREATED_AT),
        filled_at=meta.get(META_FILLED_AT),
        audit_events=events,
    )


def verify_cache_trail(
    username: str,
    *,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
    remember: OfflineVerifier | None = None,
) -> VerifyResult:
    """Check the hash chain of the audit trail kept in `username`'s cache."""
    with (
        open_cache(username, passphrase=passphrase, remember=remember) as cache,
        cache.sessions() as session,
    ):
        return verify_trail(session)


def verify_central_trail(central: Central) -> VerifyResult:
    with central.sessions() as session:
        return verify_trail(session)
