"""Failed sign-ins in a row, per username, on this computer: from the third, the refusal
says that further attempts are slowed.

Guessing is slowed by the server itself (auth_delay, connection limits, fail2ban: see
docs/admin-guide.md, "Slowing password guessing"); the application only counts the
failures it sees and tells the handler, so that a mistyped password is not tried again
and again until the computer is locked out.

The counts live in a small JSON file in the data folder (`signin-failures.json`), never
with a password. A username is written as typed only when it is known to be a real one
(`known=True`: the central database or the local cache said so); anything else typed in
the username field (a password in the wrong field, say) is kept as a keyed hash
(HMAC-SHA-256 under a random key kept in the same file, 16 hex), so the file never shows
typed text. A success forgets the count; a count whose last failure is older than
`FORGET_AFTER` starts again.

The guard never stops a sign-in: a file it cannot read or write is ignored (and logged).

Qt-free. `refusal()` makes the "wrong username or password" error with the sentence, for
the sign-in services and the connection path (`cumuldesk.services.central.connect`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import CumulDeskError, NotAllowed
from cumuldesk.paths import data_dir
from cumuldesk.services.accounts.identity import USERNAME
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.files import write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "signin-failures.json"
WRONG_CREDENTIALS = "wrong username or password"  # the dialog says it in its own words
SLOWED_FROM = 3  # failures in a row from which the refusal says so
FORGET_AFTER = timedelta(hours=24)
KEEP_AT_MOST = 200  # usernames kept; the oldest go first
CONTEXT = "SignInGuard"
SLOWED_ONLINE = QT_TRANSLATE_NOOP(
    "SignInGuard",
    "This is failed sign-in {count} in a row for this username on this computer: the "
    "central database slows down every further attempt and, after more failures, refuses "
    "this computer for a while. Check the username and the password (Caps Lock?), or ask "
    "a supervisor to set a new password.",
)
SLOWED_OFFLINE = QT_TRANSLATE_NOOP(
    "SignInGuard",
    "This is failed sign-in {count} in a row for this username on this computer. Check "
    "the password (Caps Lock?); if it is forgotten, ask a supervisor to set a new one and "
    "sign in once while the central database can be reached (the central database slows "
    "down repeated failures too).",
)
SLOWED_EMBEDDED = QT_TRANSLATE_NOOP(
    "SignInGuard",
    "This is failed sign-in {count} in a row for this username on this computer: CumulDesk "
    "waits longer before each further attempt. Check the username and the password (Caps "
    "Lock?), or ask a supervisor to set a new password.",
)
# the embedded (demo) database has no server to slow guessing: the application waits
# this long before checking a password, from the SLOWED_FROM-th failure in a row on
WAIT_FIRST = 1.0  # seconds, doubled at each further failure
WAIT_AT_MOST = 8.0

Clock = Callable[[], datetime]
_lock = threading.Lock()


class WrongCredentials(NotAllowed):
    """ "wrong username or password" (exit code 4); `note` is the sentence about the
    slowing once the failures in a row reach `SLOWED_FROM` (then also in the message)."""

    def __init__(self, note: Message | None = None) -> None:
        super().__init__(WRONG_CREDENTIALS if note is None else f"{WRONG_CREDENTIALS}. {note}")
        self.note = note


def _path() -> Path:
    return data_dir() / FILE_NAME


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("sign-in failure counts unreadable, starting again (%s)", type(exc).__name__)
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, data: dict[str, Any]) -> None:
    """Whole or not at all (`storage.files`); a failure is logged, the counts kept in
    memory for this run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = json.dumps(data, indent=1, sort_keys=True)
        write_atomic(path, text.encode("utf-8"), what="sign-in failure counts")
    except (OSError, CumulDeskError) as exc:
        log.warning("sign-in failure counts not written (%s)", type(exc).__name__)


def _key(data: dict[str, Any]) -> bytes:
    try:
        return bytes.fromhex(str(data["key"]))
    except (KeyError, ValueError):
        key = secrets.token_bytes(32)
        data["key"] = key.hex()
        return key


def _entries(data: dict[str, Any], username: str, *, known: bool) -> tuple[str, list[str]]:
    """The entry this failure counts under, and every entry of the same typed text."""
    typed = username.strip()
    hashed = "hash:" + hmac.new(_key(data), typed.encode("utf-8"), hashlib.sha256).hexdigest()[:16]
    if known and USERNAME.fullmatch(typed):
        return f"user:{typed}", [f"user:{typed}", hashed]
    return hashed, [f"user:{typed}", hashed] if USERNAME.fullmatch(typed) else [hashed]


def _when(entry: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(entry["last"]))
    except (KeyError, TypeError, ValueError):
        return None


def _tidy(failures: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Only counts with a recent failure, at most KEEP_AT_MOST, newest kept."""
    recent = {}
    for name, entry in failures.items():
        when = _when(entry)
        if when is not None and now - when <= FORGET_AFTER:
            recent[name] = entry
    newest = sorted(recent, key=lambda name: str(recent[name]["last"]), reverse=True)
    return {name: recent[name] for name in newest[:KEEP_AT_MOST]}


def count(username: str | None, *, clock: Clock = utcnow) -> int:
    """The failures in a row counted for `username` (typed text) on this computer."""
    with _lock:
        data = _load(_path())
        failures = _tidy(dict(data.get("failures") or {}), clock())
        _, names = _entries(data, username or "", known=True)
        return max(
            (int(failures[name].get("count", 0)) for name in names if name in failures), default=0
        )


def wait_before(username: str | None, *, clock: Clock = utcnow) -> float:
    """Seconds the embedded database's sign-in waits before checking a password of
    `username`: 0 until SLOWED_FROM failures in a row, then 1, 2, 4, ... at most 8."""
    failures = count(username, clock=clock)
    if failures < SLOWED_FROM:
        return 0.0
    return min(WAIT_FIRST * 2.0 ** (failures - SLOWED_FROM), WAIT_AT_MOST)


def failed_message(
    username: str | None,
    *,
    known: bool = False,
    offline: bool = False,
    embedded: bool = False,
    clock: Clock = utcnow,
) -> Message | None:
    """Count one more failed sign-in for `username` (what was typed); the sentence to add
    to the refusal once the count reaches SLOWED_FROM, else None. `known`: the username is
    a real one (written as such; otherwise only its keyed hash is)."""
    now = clock()
    with _lock:
        path = _path()
        data = _load(path)
        failures = _tidy(dict(data.get("failures") or {}), now)
        name, same = _entries(data, username or "", known=known)
        before = max((int(failures[n].get("count", 0)) for n in same if n in failures), default=0)
        for other in same:
            failures.pop(other, None)
        failures[name] = {"count": before + 1, "last": now.isoformat(timespec="seconds")}
        data["failures"] = _tidy(failures, now)
        _save(path, data)
    total = before + 1
    if total < SLOWED_FROM:
        return None
    text = SLOWED_OFFLINE if offline else SLOWED_EMBEDDED if embedded else SLOWED_ONLINE
    return Message(CONTEXT, text, {"count": total})


def failed(
    username: str | None, *, known: bool = False, offline: bool = False, clock: Clock = utcnow
) -> str | None:
    """`failed_message`, in English: the sentence to add to the refusal, or None."""
    message = failed_message(username, known=known, offline=offline, clock=clock)
    return None if message is None else str(message)


def succeeded(username: str | None) -> None:
    """`username` signed in: its count is forgotten."""
    with _lock:
        path = _path()
        data = _load(path)
        failures = dict(data.get("failures") or {})
        _, same = _entries(data, username or "", known=True)
        if not any(name in failures for name in same):
            return
        for name in same:
            failures.pop(name, None)
        data["failures"] = failures
        _save(path, data)


def refusal(
    username: str | None,
    *,
    known: bool = False,
    offline: bool = False,
    embedded: bool = False,
    clock: Clock = utcnow,
) -> WrongCredentials:
    """The "wrong username or password" error for a failed sign-in of `username`, counted
    (`failed_message`); raise it. `embedded`: the embedded database, where CumulDesk
    itself waits (`wait_before`)."""
    return WrongCredentials(
        failed_message(username, known=known, offline=offline, embedded=embedded, clock=clock)
    )
