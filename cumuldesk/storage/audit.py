"""The audit trail: append-only, hash-chained events (who, when, what, which person).

Each event's `hash` is SHA-256 over its own fields and the previous event's hash, so
changing, removing or reordering an event breaks the chain; `verify_trail` finds
and names the first broken place. Database triggers (migration 0002) refuse UPDATE
and DELETE on the table; the chain catches what is done around them. The newest
sequence number and hash are also kept in `settings` (`audit_head`), so that cutting
events off the end is caught as well.

The person is identified by `pseudonym(key, insz)`, a keyed hash (HMAC-SHA-256), never
by the INSZ in clear. `details` holds no personal data either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from cumuldesk.storage.models import AuditEvent, Setting

GENESIS = "0" * 64
PSEUDONYM_KEY_SETTING = "audit_pseudonym_key"
HEAD_SETTING = "audit_head"
_PG_LOCK = 0x43554D55  # advisory lock id that serialises writers of the trail on PostgreSQL


def utcnow() -> datetime:
    return datetime.now(UTC)


def pseudonym(key: bytes, insz: str) -> str:
    """A stable pseudonymous key for a person: HMAC-SHA-256 of the 11 digits, 32 hex."""
    return hmac.new(key, insz.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def event_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    subject: str | None,
    details: str,
) -> str:
    canonical = json.dumps(
        [seq, _utc_text(at), actor, action, subject, details, prev_hash],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def pseudonym_key(session: Session, *, create: bool = True) -> bytes:
    """The installation's pseudonymisation key, kept in `settings` (created once)."""
    stored = session.get(Setting, PSEUDONYM_KEY_SETTING)
    if stored is None:
        if not create:
            raise LookupError("no pseudonymisation key in this database")
        stored = Setting(key=PSEUDONYM_KEY_SETTING, value=secrets.token_hex(32))
        session.add(stored)
        session.flush()
    return bytes.fromhex(stored.value)


def set_pseudonym_key(session: Session, key: bytes) -> None:
    """Use the central database's key in a cache, so both trails name a person alike."""
    stored = session.get(Setting, PSEUDONYM_KEY_SETTING)
    if stored is None:
        session.add(Setting(key=PSEUDONYM_KEY_SETTING, value=key.hex()))
    else:
        stored.value = key.hex()


def record(
    session: Session,
    actor: str,
    action: str,
    *,
    insz: str | None = None,
    subject: str | None = None,
    details: Mapping[str, Any] | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> AuditEvent:
    """Append one event in the caller's transaction and return it.

    `insz` is turned into the pseudonym (or give the pseudonym as `subject`, for an event
    that comes from a local cache); `details` must hold no personal data (counts, case
    references, file names, parameter names are fine).
    """
    if insz and subject:
        raise ValueError("give the INSZ or its pseudonym, not both")
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK})
    else:
        # SQLite: take the write lock before reading the chain's head. Python's sqlite3
        # begins a transaction only at the first write, so two threads (the window and
        # its sync) could otherwise both read the same head and number two events alike.
        session.execute(
            update(Setting).where(Setting.key == HEAD_SETTING).values(value=Setting.value)
        )
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    if insz:
        subject = pseudonym(pseudonym_key(session), insz)
    body = json.dumps(dict(details or {}), sort_keys=True, ensure_ascii=False, default=str)
    moment = clock()
    event = AuditEvent(
        seq=seq,
        at=moment,
        actor=actor,
        action=action,
        subject=subject,
        details=body,
        prev_hash=prev,
        hash=event_hash(prev, seq, moment, actor, action, subject, body),
    )
    session.add(event)
    head = session.get(Setting, HEAD_SETTING)
    value = f"{seq}:{event.hash}"
    if head is None:
        session.add(Setting(key=HEAD_SETTING, value=value))
    else:
        head.value = value
    session.flush()
    return event


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    kind: str  # "changed", "removed", "reordered", "truncated"
    message: str


@dataclass(frozen=True)
class VerifyResult:
    events: int
    problems: tuple[AuditProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _describe(event: AuditEvent) -> str:
    return f"event {event.seq} ({_utc_text(event.at)[:19].replace('T', ' ')} UTC, {event.action})"


def verify_trail(session: Session) -> VerifyResult:
    """Check the whole chain; every problem names the event where it shows."""
    problems: list[AuditProblem] = []
    events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    hashes = {e.hash: e.seq for e in events}
    previous: AuditEvent | None = None
    for event in events:
        expected_seq = 1 if previous is None else previous.seq + 1
        expected_prev = GENESIS if previous is None else previous.hash
        recomputed = event_hash(
            event.prev_hash,
            event.seq,
            event.at,
            event.actor,
            event.action,
            event.subject,
            event.details,
        )
        if recomputed != event.hash:
            problems.append(AuditProblem(event.seq, "changed", f"{_describe(event)} was changed"))
        elif event.seq != expected_seq:
            first, last = expected_seq, event.seq - 1
            gap = f"event {first}" if first == last else f"events {first} to {last}"
            problems.append(
                AuditProblem(first, "removed", f"{gap} removed (before {_describe(event)})")
            )
        elif event.prev_hash != expected_prev:
            if event.prev_hash in hashes:
                where = f"it follows event {hashes[event.prev_hash]} in the chain"
                problems.append(
                    AuditProblem(
                        event.seq, "reordered", f"{_describe(event)} is out of order: {where}"
                    )
                )
            else:
                problems.append(
                    AuditProblem(
                        event.seq,
                        "removed",
                        f"the event before {_describe(event)} was removed or replaced",
                    )
                )
        previous = event
    head = session.get(Setting, HEAD_SETTING)
    if head is not None:
        head_seq, _, head_hash = head.value.partition(":")
        last_seq = previous.seq if previous else 0
        if int(head_seq) > last_seq:
            first = last_seq + 1
            gap = f"event {first}" if first == int(head_seq) else f"events {first} to {head_seq}"
            problems.append(
                AuditProblem(first, "truncated", f"{gap} removed from the end of the trail")
            )
        elif previous is not None and int(head_seq) == last_seq and head_hash != previous.hash:
            problems.append(
                AuditProblem(last_seq, "changed", f"{_describe(previous)} was replaced")
            )
    count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return VerifyResult(count, tuple(problems))
