"""Unlocking the locked window, the worker side (no widgets, no Qt).

When the central database can be reached, the password is checked there again, as at
sign-in (`connect_central(config, credentials=(username, password))`, then
`sign_in_central`): an account closed meanwhile, or whose password was changed, cannot
unlock the window. When it cannot be reached, the password is checked against the local
cache (`sign_in_offline`), as before.

A password the central database refuses but the cache still knows is the sign of a
closed account (or a password changed elsewhere): `AccountRefused`, and the window signs
the handler out. A password neither knows is a wrong password (the window stays locked).
After an online check the cache's offline verifier is written again, so offline sign-in
counts its days from this check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from cumuldesk.config import CentralConfig
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import NotAllowed, Unavailable
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin import (
    SIGN_IN_FAILED,
    offline_password_matches,
    offline_verifier,
    remember_offline,
    sign_in_offline,
)
from cumuldesk.services.accounts.signin_guard import WRONG_CREDENTIALS, WrongCredentials
from cumuldesk.services.central.connect import (
    Central,
    Credentials,
    TooManyConnections,
    connect_central,
    sign_in_central,
)
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.outbox import record_local

Connect = Callable[[Credentials], Central]  # raises Unavailable when the database is away

ACCOUNT_REFUSED = QT_TRANSLATE_NOOP(
    "Unlock",
    "The central database no longer accepts your password: your account was closed, or "
    "its password was changed. You are signed out; your changes not yet pushed stay in "
    "the local cache. Sign in again, or ask a supervisor.",
)
REFUSED_REASON = "refused by the central database"


class AccountRefused(NotAllowed):
    """The central database refused a password the local cache still accepts: sign out."""


@dataclass(frozen=True)
class Unlocked:
    identity: Identity
    online: bool  # checked by the central database (else: by the local cache only)


def connector(config: CentralConfig) -> Connect:
    """How the lock reaches the central database with the password typed on it (never
    creates or upgrades a database; on the embedded demo database the credentials are
    not needed to connect: `sign_in_central` checks the stored hash)."""
    return lambda credentials: connect_central(
        config, upgrade=False, must_exist=True, credentials=credentials
    )


def _is_refusal(exc: NotAllowed) -> bool:
    return isinstance(exc, WrongCredentials) or str(exc) == WRONG_CREDENTIALS


def _refused_online(
    cache: LocalCache, username: str, password: str, refusal: NotAllowed
) -> NotAllowed:
    """What to raise when the central database refused `password`."""
    if not offline_password_matches(cache, username, password):
        return refusal  # a wrong password (already counted where it was refused)
    with cache.sessions.begin() as session:
        details = {"mode": "unlock", "reason": REFUSED_REASON}
        record_local(session, username, SIGN_IN_FAILED, details=details)
    return AccountRefused(Message("Unlock", ACCOUNT_REFUSED))


def check_unlock(
    cache: LocalCache, username: str, password: str, connect: Connect | None
) -> Unlocked:
    """Check `password` of the signed-in `username` to unlock the window (see the module
    text). Raises NotAllowed (a wrong password: the window stays locked), AccountRefused
    (sign the handler out), or what `sign_in_offline` raises."""
    if connect is not None:
        central = None
        try:
            central = connect((username, password))
            identity = sign_in_central(central, username, password)
        except TooManyConnections:
            pass  # the password was accepted; the cache decides as when offline
        except NotAllowed as exc:
            if not _is_refusal(exc):
                raise
            raise _refused_online(cache, username, password, exc) from None
        except (Unavailable, DBAPIError):
            pass  # away (or gone while checking): the local cache decides
        else:
            remember_offline(cache, offline_verifier(identity, password), clock=utcnow)
            return Unlocked(identity, online=True)
        finally:
            if central is not None:
                central.close()
    return Unlocked(sign_in_offline(cache, username, password), online=False)
