"""Signing in for the desktop application, the worker side (no widgets, no Qt).

`sign_in_work` runs on a worker: on the embedded demo database it first creates the demo
data (first start), then signs in against the central database; when that cannot be
reached, offline against the handler's local cache (the data are then as of the last
sync, and the window says so). It opens the cache and keeps the offline sign-in verifier
in it, and returns `SignedIn` (plain data) for the window to build its context from.

A cache that does not open (damaged, a wrong passphrase or key, another handler's) is
never replaced here: the error says so (`can_rebuild` when the central database was
reached, a damaged one is then recorded centrally), and the window offers the rebuild in
a dialog, with the safeguards of `cumuldesk cache rebuild`: `inspect_work` counts what
would be lost, `rebuild_work` replaces the cache only with the typed username, keeping
the old one as a backup.

The window imports this module to show its sign-in dialog, which must be on screen before
SQLAlchemy, the cache and cryptography are loaded (issue 16: the start). So the module
loads them only in the functions that do the work (on the worker, after Sign in), and
what the dialog shows before that (whether to ask for the cache passphrase, the demo
accounts) is decided from light modules that the heavy ones import too: the username rule
(`domain.accounts`), the cache file (`paths.cache_file`), where the cache key is kept
(`storage.key_place`) and the demo accounts (`services.demo.accounts`).
tests/ui/test_start_imports.py checks that nothing heavy is loaded when the dialog shows.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cumuldesk.config import CentralConfig, ConfigError, central_config
from cumuldesk.domain.accounts import USERNAME
from cumuldesk.paths import cache_file
from cumuldesk.services.demo.accounts import DEMO_HANDLERS, DemoHandler
from cumuldesk.storage.key_place import (
    PASSPHRASE_ENV,
    KeySource,
    key_source,
)
from cumuldesk.storage.key_place import (
    keyring_available as keyring_available,  # re-exported for the sign-in dialog
)

if TYPE_CHECKING:  # the window imports this module before the sign-in: see the docstring
    from cumuldesk.params.loader import ParameterSet
    from cumuldesk.services.accounts.identity import Identity
    from cumuldesk.services.cache_service import CacheCondition, RebuildResult
    from cumuldesk.services.central.connect import Central, Credentials
    from cumuldesk.storage.cache import LocalCache
    from cumuldesk.storage.keys import PassphraseSource

log = logging.getLogger(__name__)

# stages reported to `progress(done, total, stage)`
STAGE_DEMO = "demo"
STAGE_PASSWORD = "password"
STAGE_CACHE = "cache"

Progress = Callable[[int, int, str], None]


@dataclass
class SignedIn:
    """What a sign-in produced (plain data; the cache is open and belongs to the caller)."""

    identity: Identity
    cache: LocalCache
    params: ParameterSet
    config: CentralConfig
    online: bool
    notice: str | None = None  # the offline note: data as of the last sync ...
    demo_persons_created: int | None = None  # the demo data were created at this start
    # what was typed at sign-in, kept in memory only: on the production set-up each
    # connection to the central database is the handler's own login
    credentials: Credentials | None = field(default=None, repr=False)


# ------------------------------------------------- what the dialog shows (kept light)

# the demo handlers, as the sign-in dialog lists them (public: synthetic data only)
DEMO_ACCOUNTS: tuple[DemoHandler, ...] = DEMO_HANDLERS


def needs_passphrase(username: str, system_keyring: Callable[[], bool] = keyring_available) -> bool:
    """Whether the dialog must ask for the cache passphrase: no system keyring (or this
    handler's cache was made with a passphrase) and $CUMULDESK_CACHE_PASSPHRASE not set.

    `system_keyring` answers whether there is one; it is called only when that decides
    (python-keyring's first answer is slow: the window passes the answer it remembers)."""
    if os.environ.get(PASSPHRASE_ENV):
        return False
    if USERNAME.fullmatch(username or ""):
        path = cache_file(username)
        if path.is_file() and key_source(path) is KeySource.PASSPHRASE:
            return True  # whatever the keyring (not asked then: it is slow to answer)
    return not system_keyring()


def is_demo_configuration() -> bool:
    """Whether the configured central database is the embedded demo one."""
    try:
        return central_config().is_demo
    except ConfigError:
        return False  # the sign-in will say what is wrong with the file


def can_rebuild(exc: BaseException) -> bool:
    """Whether the window may offer to rebuild the cache after this sign-in error: the
    cache did not open and the central database (which fills the new one) was reached."""
    return bool(getattr(exc, "can_rebuild", False))


# ------------------------------------------------------------ the sign-in (worker side)


def passphrase_source(typed: str | None) -> PassphraseSource:
    """The cache passphrase typed in the dialog, else $CUMULDESK_CACHE_PASSPHRASE; never a
    terminal prompt (a desktop application has none)."""

    def source(new: bool) -> str:
        if typed:
            return typed
        value = os.environ.get(PASSPHRASE_ENV)
        if value:
            return value
        from cumuldesk.storage.keys import KeyUnavailable

        raise KeyUnavailable(
            "this computer has no system keyring, so your local cache is locked with a "
            "passphrase: type it in the Cache passphrase field"
        )

    return source


def central_connector(
    config: CentralConfig, credentials: Credentials | None = None
) -> Callable[[], Central]:
    """How the window reaches the central database (a configured one must exist). On the
    production set-up every connection is the handler's own login: the window keeps the
    password typed at sign-in in memory for as long as it is open (never on disk), to
    reconnect after a network cut and for the background sync."""

    def connect() -> Central:
        from cumuldesk.services.central.connect import connect_central

        return connect_central(config, must_exist=not config.is_demo, credentials=credentials)

    return connect


def _with_way_out(
    username: str, action: Callable[[], LocalCache], central: Callable[[], Central] | None = None
) -> LocalCache:
    """Open the cache; a cache that cannot be opened is reported with the way out: the
    window's rebuild (`can_rebuild`) when `central` (the database was reached), where a
    damaged cache is also recorded."""
    from cumuldesk.services.cache_service import offering_way_out
    from cumuldesk.storage.cache import CacheDamaged, CacheLocked, CacheMismatch
    from cumuldesk.storage.keys import KeyUnavailable

    def explain(_username: str, _exc: Exception) -> str:
        if central is None:
            return "Rebuilding it needs the central database, which cannot be reached now"
        return "The sign-in window offers to rebuild it from the central database"

    try:
        return offering_way_out(
            username, action, central=central, during="sign_in", explain=explain
        )
    except KeyUnavailable:
        raise  # typing the passphrase (or unlocking the keyring) is the way out
    except (CacheLocked, CacheDamaged, CacheMismatch) as exc:
        setattr(exc, "can_rebuild", central is not None)  # noqa: B010 - read by can_rebuild
        raise


def sign_in_work(
    username: str,
    password: str,
    passphrase: str | None = None,
    *,
    progress: Progress | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> SignedIn:
    """Sign in for the desktop application (worker side: no widgets). Raises NotAllowed
    ("wrong username or password"), DatabaseUnavailable (central database away and no
    cache to sign in with offline), CacheLocked/CacheDamaged/CacheMismatch (with the way
    out), KeyUnavailable (passphrase missing), ConfigError."""
    from concurrent.futures import ThreadPoolExecutor

    from cumuldesk.services.accounts.signin import offline_verifier, remember_offline
    from cumuldesk.services.cache_service import open_cache
    from cumuldesk.services.central.connect import connect_central, sign_in_central
    from cumuldesk.services.law.data import parameters_for_desk
    from cumuldesk.storage.database import DatabaseUnavailable

    username = (username or "").strip()
    report = progress or (lambda done, total, stage: None)
    config = central_config()
    source = passphrase_source(passphrase)
    credentials = (username, password)
    try:
        central = connect_central(config, must_exist=not config.is_demo, credentials=credentials)
    except DatabaseUnavailable as exc:
        return _offline(username, password, source, config, str(exc), now)
    try:
        created = None
        if config.is_demo:  # the demo generator is loaded only for the demo database
            from cumuldesk.services.demo import data as demo_data

            created = demo_data.ensure_demo_data(
                central,
                persons=demo_data.DEFAULT_PERSONS,
                progress=lambda done, total: report(done, total, STAGE_DEMO),
            )
        if created is not None:
            log.info("first start: created the demo data (%d persons)", created.persons)
        report(0, 0, STAGE_PASSWORD)
        identity = sign_in_central(central, username, password)
    finally:
        central.close()
    report(0, 0, STAGE_CACHE)
    # the offline verifier (a memory-hard hash, ~0.1 s) is made while the cache opens
    with ThreadPoolExecutor(max_workers=1) as pool:
        verifier = pool.submit(offline_verifier, identity, password)
        cache = _with_way_out(
            username,
            lambda: open_cache(identity.username, create=True, passphrase=source),
            central_connector(config, credentials),
        )
        try:
            remember_offline(cache, verifier.result())
            # the law data synced to the cache; never synced: the central database's
            params = parameters_for_desk(cache, central_connector(config, credentials))
        except BaseException:
            cache.close()
            raise
    log.info("signed in online as %s (%s)", identity.username, params.version_label)
    return SignedIn(
        identity,
        cache,
        params,
        config,
        online=True,
        demo_persons_created=None if created is None else created.persons,
        credentials=credentials,
    )


def _offline(
    username: str,
    password: str,
    source: PassphraseSource,
    config: CentralConfig,
    reason: str,
    now: Callable[[], datetime],
) -> SignedIn:
    from cumuldesk.services.accounts.signin import sign_in_offline
    from cumuldesk.services.cache_service import cache_exists, open_cache
    from cumuldesk.services.dossiers.store import offline_notice
    from cumuldesk.services.law.data import parameters_for_desk
    from cumuldesk.services.sync_service import last_sync_at
    from cumuldesk.storage.database import DatabaseUnavailable

    if not USERNAME.fullmatch(username) or not cache_exists(username):
        raise DatabaseUnavailable(
            f"{reason}; there is no local cache of {username or 'this username'} on this "
            "computer to sign in with offline"
        )
    cache = _with_way_out(username, lambda: open_cache(username, passphrase=source))
    try:
        identity = sign_in_offline(cache, username, password)
        notice = offline_notice(last_sync_at(cache), now())
        params = parameters_for_desk(cache, None)  # as of the last sync, else shipped
    except BaseException:
        cache.close()
        raise
    log.info("signed in offline as %s (central database unreachable)", identity.username)
    return SignedIn(
        identity,
        cache,
        params,
        config,
        online=False,
        notice=notice,
        credentials=(identity.username, password),
    )


# ------------------------------------------------------------------ rebuild (window)


def inspect_work(username: str, passphrase: str | None = None) -> CacheCondition:
    """What a rebuild of `username`'s cache would lose (worker side): see inspect_cache."""
    from cumuldesk.services.cache_service import inspect_cache

    return inspect_cache(username.strip(), passphrase=passphrase_source(passphrase))


def rebuild_work(
    username: str,
    password: str,
    typed: str,
    shown: CacheCondition,
    *,
    passphrase: str | None = None,
    new_passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RebuildResult:
    """Rebuild the cache from the window (worker side), with the safeguards of
    `cumuldesk cache rebuild --discard-unpushed`: sign in centrally, then replace the
    cache only when `typed` is the username and what would be lost is no more than what
    the dialog showed (`shown`). `passphrase` opens the old cache (to count);
    `new_passphrase` (else `passphrase`) locks the new one where there is no keyring."""
    from cumuldesk.services.accounts.signin import offline_verifier
    from cumuldesk.services.cache_service import rebuild_cache
    from cumuldesk.services.central.connect import connect_central, sign_in_central

    username = (username or "").strip()
    config = central_config()
    credentials = (username, password)
    central = connect_central(config, must_exist=not config.is_demo, credentials=credentials)
    try:
        identity = sign_in_central(central, username, password)
        verifier = offline_verifier(identity, password)
        old, new = passphrase_source(passphrase), passphrase_source(new_passphrase or passphrase)

        def source(is_new: bool) -> str:
            return new(is_new) if is_new else old(is_new)

        def confirm(condition: CacheCondition) -> str | None:
            more = (condition.unpushed_total or 0) > (shown.unpushed_total or 0)
            if condition.state != shown.state or more:
                return None  # not what the handler agreed to lose
            return typed

        return rebuild_cache(
            central,
            identity,
            progress=progress,
            passphrase=source,
            remember=verifier,
            discard_unpushed=True,
            confirm=confirm,
        )
    finally:
        central.close()
