"""Signing in with a personal account, and changing its password.

Online, a handler signs in against the central database: `handlers.password_hash` holds
a scrypt hash (`cumuldesk.storage.passwords`), never the password. An unknown username,
a closed account, an account with no password yet and a wrong password all give the
same message, `wrong username or password`, after the same amount of work, so that
neither the message nor the time tells which usernames exist. Every attempt is audited
(`sign_in` / `sign_in_failed`, the actor being the username typed, the reason in the
details); the password never is.

Offline (for the desktop application, which works without the central database), a
handler signs in against their own local cache: at an online sign-in that opens the
cache, `remember_offline` writes a verifier into the cache's bookkeeping (a new scrypt
hash of the same password, with its own salt, and the identity fields), and
`sign_in_offline` checks the password against it. The cache itself opens only with its
owner's key and only for its owner (`LocalCache.open(owner=...)`); the verifier is
checked against the owner too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.authorization import require_supervisor
from cumuldesk.services.identity import USERNAME, Identity
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.cache import CacheMismatch, LocalCache
from cumuldesk.storage.cache_models import (
    META_OWNER,
    META_SIGNIN_AT,
    META_SIGNIN_IDENTITY,
    META_SIGNIN_VERIFIER,
)
from cumuldesk.storage.models import Handler
from cumuldesk.storage.passwords import hash_password, verify_password
from cumuldesk.sync.outbox import record_local

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "WRONG_CREDENTIALS",
    "Identity",
    "OfflineVerifier",
    "check_new_password",
    "offline_verifier",
    "remember_offline",
    "set_password",
    "sign_in",
    "sign_in_offline",
]

WRONG_CREDENTIALS = "wrong username or password"  # the dialog says it in its own words
MIN_PASSWORD_LENGTH = 12
SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
PASSWORD_SET = "password_set"
SET_OTHERS_PASSWORD = "set another handler's password"
NOT_A_USERNAME = "(not a username)"

Clock = Callable[[], datetime]


def _typed(username: str | None) -> str:
    return (username or "").strip()


def _actor(typed: str) -> str:
    """The username typed, for the audit trail; something else typed (a password in the
    wrong field, say) is not recorded."""
    return typed if USERNAME.fullmatch(typed) else NOT_A_USERNAME


def sign_in(
    central_sessions: sessionmaker[Session],
    username: str | None,
    password: str,
    *,
    clock: Clock = utcnow,
) -> Identity:
    """The identity of the active handler `username` whose password is `password`.

    Raises NotAllowed("wrong username or password") otherwise. Either way the attempt
    is audited in the central trail.
    """
    typed = _typed(username)
    handler = None
    if USERNAME.fullmatch(typed):
        with central_sessions() as session:
            handler = session.scalars(select(Handler).where(Handler.username == typed)).first()
    stored = handler.password_hash if handler is not None else None
    matches = verify_password(password, stored)  # also when there is no hash: same time
    if handler is None:
        reason = "unknown user"
    elif not handler.active:
        reason = "inactive account"
    elif stored is None:
        reason = "no password set"
    elif not matches:
        reason = "wrong password"
    else:
        reason = None
    with central_sessions.begin() as session:
        if reason is None:
            record(session, typed, SIGN_IN, details={"mode": "online"}, clock=clock)
        else:
            details = {"mode": "online", "reason": reason}
            record(session, _actor(typed), SIGN_IN_FAILED, details=details, clock=clock)
    if reason is not None or handler is None:
        raise NotAllowed(WRONG_CREDENTIALS)
    return Identity.of(handler)


def check_new_password(username: str, password: str) -> None:
    """BadInput when `password` is not acceptable as a new password for `username`."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip().casefold() == username.strip().casefold():
        raise BadInput("a password must not be the username")


def set_password(
    central_sessions: sessionmaker[Session],
    actor: Identity,
    username: str,
    new_password: str,
    *,
    clock: Clock = utcnow,
) -> None:
    """Set the password of `username` (the signed-in `actor` themself, or anyone when the
    actor is a supervisor: otherwise NotAllowed, audited). Audited as `password_set`."""
    target = _typed(username)
    if target != actor.username:
        require_supervisor(central_sessions, actor, SET_OTHERS_PASSWORD)
    check_new_password(target, new_password)
    new_hash = hash_password(new_password)  # before the transaction: it takes a while
    with central_sessions.begin() as session:
        handler = session.scalars(select(Handler).where(Handler.username == target)).first()
        if handler is None:
            raise BadInput(f"there is no handler {target!r} in the central database")
        handler.password_hash = new_hash
        record(session, actor.username, PASSWORD_SET, details={"handler": target}, clock=clock)


# ------------------------------------------------------------------------- offline


@dataclass(frozen=True)
class OfflineVerifier:
    """What the local cache keeps to let its owner sign in offline: no password."""

    identity: Identity
    password_hash: str = field(repr=False)


def offline_verifier(identity: Identity, password: str) -> OfflineVerifier:
    """A verifier of `password` for `identity` (hash it now: about as long as a sign-in).
    Make it only after `sign_in` accepted the password."""
    return OfflineVerifier(identity, hash_password(password))


def remember_offline(
    cache: LocalCache, verifier: OfflineVerifier, *, clock: Clock = utcnow
) -> None:
    """Keep `verifier` in the cache, replacing the previous one. The cache must belong to
    the verifier's handler (CacheMismatch otherwise)."""
    if cache.meta().get(META_OWNER) != verifier.identity.username:
        raise CacheMismatch("this local cache belongs to another handler")
    cache.set_meta(
        {
            META_SIGNIN_VERIFIER: verifier.password_hash,
            META_SIGNIN_IDENTITY: json.dumps(verifier.identity.as_dict(), ensure_ascii=False),
            META_SIGNIN_AT: clock().isoformat(timespec="seconds"),
        }
    )


def _remembered(meta: dict[str, str], typed: str) -> tuple[Identity | None, str | None]:
    """The identity and hash kept for `typed` in the cache's bookkeeping, if any."""
    if meta.get(META_OWNER) != typed or META_SIGNIN_VERIFIER not in meta:
        return None, None
    try:
        identity = Identity.from_dict(json.loads(meta[META_SIGNIN_IDENTITY]))
    except (KeyError, ValueError, TypeError):
        return None, None
    if identity.username != typed:
        return None, None
    return identity, meta[META_SIGNIN_VERIFIER]


def sign_in_offline(
    cache: LocalCache, username: str | None, password: str, *, clock: Clock = utcnow
) -> Identity:
    """The identity of the cache's owner `username` whose password is `password`, as it
    was at their last online sign-in; needs no central database.

    Raises NotAllowed: "wrong username or password" (also when `username` is not the
    owner of this cache), or a message saying that an online sign-in is needed first.
    The attempt is audited in the cache's own trail.
    """
    typed = _typed(username)
    meta = cache.meta()
    identity, stored = _remembered(meta, typed)
    matches = verify_password(password, stored)
    if meta.get(META_OWNER) != typed:
        reason = "not the owner of this cache"
    elif stored is None:
        reason = "no offline verifier"
    elif not matches:
        reason = "wrong password"
    else:
        reason = None
    with cache.sessions.begin() as session:
        # in the cache's trail and, by the outbox, in the central one at the next sync
        if reason is None:
            record_local(session, typed, SIGN_IN, details={"mode": "offline"}, clock=clock)
        else:
            details = {"mode": "offline", "reason": reason}
            record_local(session, _actor(typed), SIGN_IN_FAILED, details=details, clock=clock)
    if reason == "no offline verifier":
        raise NotAllowed(
            "offline sign-in is not possible yet on this computer: sign in once while the "
            "central database can be reached"
        )
    if reason is not None or identity is None:
        raise NotAllowed(WRONG_CREDENTIALS)
    return identity
