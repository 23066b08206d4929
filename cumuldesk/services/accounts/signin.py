"""Signing in with a personal account, and changing its password.

Online, a handler signs in against the central database: `handlers.password_hash` holds
a scrypt hash (`cumuldesk.storage.passwords`), never the password. An unknown username,
a closed account, an account with no password yet and a wrong password all give the
same message, `wrong username or password`, after the same amount of work, so that
neither the message nor the time tells which usernames exist. Every attempt is audited
(`sign_in` / `sign_in_failed`, the reason in the details); the password never is. The
actor is the username when it is a real one; anything else typed (an unknown username, a
password typed in the username field) is recorded only as `unknown:` and a keyed hash of
it (HMAC-SHA-256 under the central database's pseudonym key, 16 hex), never as typed.
Failed sign-ins in a row are counted on this computer (`signin_guard`): from the third,
the refusal says that the server slows further attempts.

A new password (`check_new_password`) is refused when it is trivial: only spaces, the
username, fewer than 12 characters, a well-known word with digits, a run of digits or of
keyboard keys, one character repeated.

Offline (for the desktop application, which works without the central database), a
handler signs in against their own local cache: at an online sign-in that opens the
cache, `remember_offline` writes a verifier into the cache's bookkeeping (a new scrypt
hash of the same password, with its own salt, and the identity fields), and
`sign_in_offline` checks the password against it. The cache itself opens only with its
owner's key and only for its owner (`LocalCache.open(owner=...)`); the verifier is
checked against the owner too. Offline sign-in expires: once more days have passed since
the last online sign-in than the administrator's configuration allows
(`[security] offline_sign_in_days`, default 14), it is refused until the handler signs in
once while the central database can be reached. A typed name that is not the cache's
owner is recorded as `unknown:` and a keyed hash (under a random key of the cache's own).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.config import offline_sign_in_days
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.accounts import signin_guard
from cumuldesk.services.accounts.authorization import require_supervisor
from cumuldesk.services.accounts.identity import USERNAME, Identity
from cumuldesk.services.accounts.signin_guard import WRONG_CREDENTIALS, WrongCredentials
from cumuldesk.storage.audit import pseudonym_key, record, utcnow
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
    "WrongCredentials",
    "check_new_password",
    "offline_verifier",
    "remember_offline",
    "set_password",
    "sign_in",
    "sign_in_offline",
]

MIN_PASSWORD_LENGTH = 12
SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
PASSWORD_SET = "password_set"
SET_OTHERS_PASSWORD = "set another handler's password"
UNKNOWN = "unknown:"  # the actor of a failed sign-in whose username is not a real one
META_UNKNOWN_KEY = "signin_unknown_key"  # the cache's own key for hashing unknown names
OFFLINE_EXPIRED = QT_TRANSLATE_NOOP(
    "SignIn",
    "Offline sign-in has expired on this computer: your last online sign-in was more than "
    "{days} days ago. Connect to the central database once (sign in while it can be "
    "reached); then you can work offline again.",
)

Clock = Callable[[], datetime]


def _typed(username: str | None) -> str:
    return (username or "").strip()


def unknown_actor(key: bytes, typed: str) -> str:
    """The audit actor for a typed username that is not a real one: a keyed hash of it,
    never the text (it may be a password typed in the wrong field)."""
    return UNKNOWN + hmac.new(key, typed.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


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
    with central_sessions() as session:
        embedded = session.get_bind().dialect.name == "sqlite"
        if USERNAME.fullmatch(typed):
            handler = session.scalars(select(Handler).where(Handler.username == typed)).first()
    if embedded:  # no server slows guessing here: the application waits itself
        time.sleep(signin_guard.wait_before(typed))
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
            actor = typed if handler is not None else unknown_actor(pseudonym_key(session), typed)
            record(session, actor, SIGN_IN_FAILED, details=details, clock=clock)
    if reason is not None or handler is None:
        raise signin_guard.refusal(typed, known=handler is not None, embedded=embedded)
    signin_guard.succeeded(typed)
    return Identity.of(handler)


# well-known words that, with digits, make a password guessed first
_COMMON_WORDS = (
    "password",
    "passw0rd",
    "wachtwoord",
    "motdepasse",
    "passwort",
    "kennwort",
    "welkom",
    "welcome",
    "bienvenue",
    "willkommen",
    "cumuldesk",
    "dghan",
    "admin",
)
_COMMON = re.compile(rf"(?:{'|'.join(_COMMON_WORDS)})+\d*")
_DIGITS = "01234567890123456789"
# rows of the keyboards used in Belgium (and qwerty), left to right, each with the row
# above it
_KEYBOARD = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertzuiop",
    "yxcvbnm",
    "qwertyuiopasdfghjklzxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "qwertzuiopasdfghjklyxcvbnm",
)


def _simple(password: str) -> str:
    """Letters and digits only, lower case: how a guesser's list reads."""
    return "".join(ch for ch in password.casefold() if ch.isalnum())


def _is_digit_run(text: str) -> bool:
    return text.isdigit() and (text in _DIGITS or text in _DIGITS[::-1])


def _is_keyboard_run(text: str) -> bool:
    """A run of neighbouring keys (qwerty, azerty, qwertz; either way), with a run of
    digits before or after (qwerty123456, 1234azerty)."""
    found = re.fullmatch(r"(\d*)(\D+?)(\d*)", text)
    if found is None:
        return False
    before, letters, after = found.groups()
    if len(letters) < 4 or any(part and not _is_digit_run(part) for part in (before, after)):
        return False
    return any(letters in row or letters in row[::-1] for row in _KEYBOARD)


def check_new_password(username: str, password: str) -> None:
    """BadInput when `password` is not acceptable as a new password for `username`: only
    spaces, the username, fewer than 12 characters, a well-known word with digits, a run
    of digits or of keyboard keys, one character repeated. One sentence each."""
    if not password.strip():
        raise BadInput("a password must not be only spaces")
    if password.strip().casefold() == username.strip().casefold():
        raise BadInput("a password must not be the username")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    simple = _simple(password)
    if len(set(password.strip())) == 1 or (simple and len(set(simple)) == 1):
        raise BadInput("a password must not be one character repeated")
    name = _simple(username)
    if name and re.fullmatch(rf"{re.escape(name)}\d*", simple):
        raise BadInput("a password must not be the username, with or without digits")
    if _COMMON.fullmatch(simple):
        raise BadInput(
            "a password must not be a well-known word with digits (such as password2024, "
            "wachtwoord1, motdepasse123, passwort1234 or cumuldesk2026)"
        )
    if _is_digit_run(simple):
        raise BadInput("a password must not be a run of digits (such as 123456789012)")
    if _is_keyboard_run(simple):
        raise BadInput(
            "a password must not be a run of keyboard keys (such as qwertyuiop or azerty123456)"
        )


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


def _cache_unknown_key(cache: LocalCache, meta: dict[str, str]) -> bytes:
    """The cache's own random key for hashing typed names that are not its owner."""
    try:
        return bytes.fromhex(meta[META_UNKNOWN_KEY])
    except (KeyError, ValueError):
        key = secrets.token_bytes(32)
        cache.set_meta({META_UNKNOWN_KEY: key.hex()})
        return key


def _expired(meta: dict[str, str], now: datetime, days: int) -> bool:
    """Whether the last online sign-in (META_SIGNIN_AT) is more than `days` days ago (or
    unknown)."""
    try:
        at = datetime.fromisoformat(meta[META_SIGNIN_AT])
    except (KeyError, ValueError):
        return True
    if at.tzinfo is None or now.tzinfo is None:
        at, now = at.replace(tzinfo=None), now.replace(tzinfo=None)
    return now - at > timedelta(days=days)


def offline_password_matches(cache: LocalCache, username: str | None, password: str) -> bool:
    """Whether `password` is the one the cache's owner `username` had at their last online
    sign-in (no audit event, no count: for the lock screen, after the central database
    refused the password)."""
    _identity, stored = _remembered(cache.meta(), _typed(username))
    return stored is not None and verify_password(password, stored)


def sign_in_offline(
    cache: LocalCache,
    username: str | None,
    password: str,
    *,
    clock: Clock = utcnow,
    max_days: int | None = None,
) -> Identity:
    """The identity of the cache's owner `username` whose password is `password`, as it
    was at their last online sign-in; needs no central database.

    Raises NotAllowed: "wrong username or password" (also when `username` is not the
    owner of this cache; from the third failure in a row with a sentence saying so), a
    message saying that an online sign-in is needed first, or that offline sign-in has
    expired: more than `max_days` (default: the configuration's offline_sign_in_days)
    since the last online sign-in. The attempt is audited in the cache's own trail.
    """
    typed = _typed(username)
    meta = cache.meta()
    identity, stored = _remembered(meta, typed)
    matches = verify_password(password, stored)
    days = offline_sign_in_days() if max_days is None else max_days
    owner = meta.get(META_OWNER) == typed
    if not owner:
        reason = "not the owner of this cache"
    elif stored is None:
        reason = "no offline verifier"
    elif not matches:
        reason = "wrong password"
    elif _expired(meta, clock(), days):
        reason = "offline sign-in expired"
    else:
        reason = None
    actor = typed if owner else unknown_actor(_cache_unknown_key(cache, meta), typed)
    with cache.sessions.begin() as session:
        # in the cache's trail and, by the outbox, in the central one at the next sync
        if reason is None:
            record_local(session, typed, SIGN_IN, details={"mode": "offline"}, clock=clock)
        else:
            details: dict[str, object] = {"mode": "offline", "reason": reason}
            if reason == "offline sign-in expired":
                details["days"] = days
            record_local(session, actor, SIGN_IN_FAILED, details=details, clock=clock)
    if reason == "no offline verifier":
        raise NotAllowed(
            "offline sign-in is not possible yet on this computer: sign in once while the "
            "central database can be reached"
        )
    if reason == "offline sign-in expired":
        raise NotAllowed(Message("SignIn", OFFLINE_EXPIRED, {"days": days}))
    if reason is not None or identity is None:
        raise signin_guard.refusal(typed, known=owner, offline=True)
    signin_guard.succeeded(typed)
    return identity
