"""Use cases of the handler's local cache: open it, fill it from the central database,
rebuild it, describe it, verify its audit trail.

The cache file is `<data folder>/cache-<username>.sqlite` (see `cumuldesk.storage.cache`),
its key is in the system keyring or derived from a passphrase (`cumuldesk.storage.keys`).
Filling and rebuilding are audited in the central trail and in the local one, by count:
never an INSZ or a name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from cumuldesk.domain.insz import InszError, parse_insz
from cumuldesk.errors import BadInput
from cumuldesk.paths import data_dir
from cumuldesk.services.authorization import require_role
from cumuldesk.services.central import Central
from cumuldesk.services.identity import USERNAME, Identity
from cumuldesk.services.retention import retention_at_start
from cumuldesk.services.signin import OfflineVerifier, remember_offline
from cumuldesk.storage.audit import VerifyResult, record, verify_trail
from cumuldesk.storage.cache import (
    CacheDamaged,
    CacheLocked,
    CacheMismatch,
    CacheMissing,
    LocalCache,
    delete_cache_files,
)
from cumuldesk.storage.cache_models import (
    CONFLICT,
    META_CENTRAL,
    META_CREATED_AT,
    META_FILLED_AT,
    META_OWNER,
    PENDING,
    REJECTED,
)
from cumuldesk.storage.keys import (
    KeySource,
    KeyUnavailable,
    PassphraseSource,
    forget_key,
    key_source,
    load_key,
    new_key,
    passphrase_from_environment_or_terminal,
)
from cumuldesk.storage.models import AuditEvent
from cumuldesk.sync.law import pull_law_data
from cumuldesk.sync.outbox import counts

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def cache_path(username: str) -> Path:
    """`<data folder>/cache-<username>.sqlite`: one cache per handler."""
    if not USERNAME.fullmatch(username or ""):
        raise BadInput(
            "a username has letters, digits, '.', '_', '@' or '-' (at most 64 characters)"
        )
    return data_dir() / f"cache-{username}.sqlite"


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
    if not path.is_file() or path.stat().st_size == 0:
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
) -> FillResult:
    stored = cache.store_dossiers(central.sessions, insz, team, progress)
    law_version = pull_law_data(cache, central.sessions)  # the organisation's law data too
    details = {"dossiers": stored}
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
    with open_cache(username, create=True, passphrase=passphrase, remember=remember) as cache:
        refuse_with_unpushed(cache, "cache fill")
        result = _fill(central, cache, username, digits, team, "cache_filled", progress)
        retention_at_start(cache, username, datetime.now(UTC))
        return result


def rebuild_cache(
    central: Central,
    identity: Identity,
    *,
    progress: Progress | None = None,
    passphrase: PassphraseSource = passphrase_from_environment_or_terminal,
    remember: OfflineVerifier | None = None,
    discard_unpushed: bool = False,
) -> FillResult:
    """Delete the signed-in handler's cache and key, make new ones, fill it with the
    team's cases. `remember`: the offline sign-in verifier to keep in the new cache.

    The handler is checked in the central database first, so nothing is deleted when
    the central database cannot be reached. A cache that still opens and holds changes
    not yet pushed is not deleted (UnpushedChanges), unless `discard_unpushed`; a cache
    that no longer opens (damaged, key lost) is rebuilt: what it held cannot be read."""
    handler = _current(central, identity, "cache rebuild")
    username = handler.username
    if not discard_unpushed:
        try:
            existing = _open(username, False, passphrase)
        except (CacheMissing, CacheLocked, CacheDamaged, CacheMismatch, KeyUnavailable):
            existing = None
        if existing is not None:
            with existing:
                refuse_with_unpushed(existing, "cache rebuild")
    delete_cache(username)
    with open_cache(username, create=True, passphrase=passphrase, remember=remember) as cache:
        return _fill(central, cache, username, None, handler.team, "cache_rebuilt", progress)


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
    if not path.is_file():
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
