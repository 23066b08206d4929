"""The audit trail: append-only, hash-chained events (who, when, what, which person).

Each event's `hash` is SHA-256 over its own fields and the previous event's hash, so
changing, removing or reordering an event breaks the chain; `verify_trail` finds
and names the first broken place. Database triggers (migration 0002) refuse UPDATE
and DELETE on the table; the chain catches what is done around them. The newest
sequence number and hash are also kept in `settings` (`audit_head`), so that cutting
events off the end is caught as well, and recording refuses to append to a chain whose
head does not match its last event (`ChainCut`): new events never cover a cut over.

Who computes the chain (docs/audit-integrity.md):

- On the production set-up (a handler's own PostgreSQL login, `is_secured`), the
  server: `record` calls `cumuldesk_api.record_event`, which checks the event and calls
  `cumuldesk_internal.append_event` (cumuldesk/storage/security/20_audit.sql). The
  laptop chooses neither the number, the time, the actor nor the hash.
- Otherwise (the embedded SQLite database, a local cache, the administrator's own
  connection) this module, with the same format.

Hash formats: v2 (`event_hash`), written by both the server and this module, is SHA-256
over the UTF-8 JSON array `["cumuldesk-audit-v2",seq,at,actor,action,subject,details,
prev_hash]` (compact, non-ASCII kept as is: what PostgreSQL's to_json() produces too).
v1 (`event_hash_v1`, ASCII-escaped JSON without the label) is what CumulDesk wrote
before; `verify_trail` accepts either for each event, so existing trails still verify.

The person is identified by `pseudonym(key, insz)`, a keyed hash (HMAC-SHA-256), never
by the INSZ in clear. `details` holds no personal data either.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cumuldesk.errors import BadInput, IntegrityProblem, NotAllowed
from cumuldesk.storage.database import is_secured
from cumuldesk.storage.models import AuditEvent, Setting

GENESIS = "0" * 64
PSEUDONYM_KEY_SETTING = "audit_pseudonym_key"
HEAD_SETTING = "audit_head"
CUT_ACCEPTED = "audit_cut_accepted"
CHAIN_LABEL = "cumuldesk-audit-v2"
CUT_SQLSTATE = "CDCUT"  # raised by cumuldesk_internal.append_event on a cut chain
_PG_LOCK = 0x43554D55  # advisory lock id that serialises writers of the trail on PostgreSQL

_EVENT_COLUMNS = (
    AuditEvent.seq,
    AuditEvent.at,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.subject,
    AuditEvent.details,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


class ChainCut(IntegrityProblem):
    """Recording refused: the trail's head does not match its last event."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def pseudonym(key: bytes, insz: str) -> str:
    """A stable pseudonymous key for a person: HMAC-SHA-256 of the 11 digits, 32 hex."""
    return hmac.new(key, insz.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def utc_text(moment: datetime) -> str:
    """`moment` as the chain hashes it: UTC, microseconds, no zone suffix (naive values
    are taken as UTC, as SQLite returns them)."""
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
    """The event's hash in format v2 (the same bytes as cumuldesk_internal.audit_event_hash)."""
    canonical = json.dumps(
        [CHAIN_LABEL, seq, utc_text(at), actor, action, subject, details, prev_hash],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def event_hash_v1(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    subject: str | None,
    details: str,
) -> str:
    """The event's hash as CumulDesk computed it before format v2 (still accepted)."""
    canonical = json.dumps(
        [seq, utc_text(at), actor, action, subject, details, prev_hash],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def hash_matches(event: Any) -> bool:
    """Whether an event's stored hash is its fields' hash, in format v2 or v1."""
    fields = (
        event.prev_hash,
        event.seq,
        event.at,
        event.actor,
        event.action,
        event.subject,
        event.details,
    )
    return event.hash in (event_hash(*fields), event_hash_v1(*fields))


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


# ----------------------------------------------------------------------- the head


def parse_head(value: str | None) -> tuple[int, str] | None:
    """(number, hash) of a stored head `"<seq>:<hash>"`; None when there is none.
    ValueError when it is unreadable."""
    if value is None:
        return None
    number, _, digest = value.partition(":")
    return int(number), digest


def _events_text(first: int, last: int) -> str:
    return f"event {first}" if first == last else f"events {first} to {last}"


def cut_in(head: str | None, last_seq: int | None, last_hash: str | None) -> str | None:
    """Why a trail with this head and last event cannot be appended to (None when it
    can): the head must name the last event, number and hash. The same rules as
    cumuldesk_internal.audit_cut on the server."""
    kept_apart = "its head (the number and hash of its newest event, kept apart)"
    try:
        parsed = parse_head(head)
    except ValueError:
        return f"{kept_apart} is unreadable"
    if parsed is None:
        if last_seq is None:
            return None  # an empty trail
        return f"{kept_apart} is missing, while it holds events up to {last_seq}"
    head_seq, head_hash = parsed
    if last_seq is None or head_seq > last_seq:
        first = (last_seq or 0) + 1
        return (
            f"{_events_text(first, head_seq)} removed from its end (its head is event "
            f"{head_seq}, its last event {last_seq if last_seq is not None else 'none'})"
        )
    if head_seq < last_seq:
        return (
            f"{_events_text(head_seq + 1, last_seq)} added after its head (event {head_seq}) "
            "without moving it"
        )
    if head_hash != last_hash:
        return f"its last event {last_seq} was replaced (it no longer matches the head)"
    return None


@functools.cache
def _local_chain_cut() -> type[ChainCut]:
    from cumuldesk.storage.cache import CacheDamaged  # storage.cache imports this module

    class LocalChainCut(ChainCut, CacheDamaged):
        """A local cache's trail is cut: the cache was changed outside CumulDesk (the
        window and the commands offer to rebuild it, as for any damaged cache)."""

    return LocalChainCut


def _cut_error(cut: str, session: Session) -> ChainCut:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if "pysqlcipher" in engine.url.drivername:  # a handler's local cache
        return _local_chain_cut()(
            f"the local cache's audit trail is cut: {cut}: the cache was changed outside "
            "CumulDesk, and nothing more is recorded in it until it is rebuilt from the "
            "central database"
        )
    return ChainCut(
        f"the audit trail is cut: {cut}; nothing more is recorded: an administrator must "
        "first restore the missing events from a backup or accept the cut (cumuldesk audit "
        "accept-cut, see docs/audit-integrity.md)"
    )


def chain_cut_from(exc: BaseException) -> ChainCut | None:
    """The ChainCut a database error of the server's append_event stands for, if any."""
    if isinstance(exc, ChainCut):
        return exc
    original = getattr(exc, "orig", None)
    if isinstance(exc, DBAPIError) and getattr(original, "sqlstate", None) == CUT_SQLSTATE:
        message = str(original).strip().splitlines()[0] if str(original).strip() else ""
        return ChainCut(message or "the audit trail is cut: nothing more is recorded")
    return None


# ----------------------------------------------------------------------- recording


def _record_on_server(
    session: Session,
    action: str,
    insz: str | None,
    subject: str | None,
    details: Mapping[str, Any] | None,
) -> AuditEvent:
    """The production set-up: the server checks, numbers, times and hashes the event."""
    body = json.dumps(dict(details or {}), sort_keys=True, ensure_ascii=False, default=str)
    try:
        row = (
            session.execute(
                text(
                    "SELECT * FROM cumuldesk_api.record_event("
                    ":action, :insz, :subject, CAST(:details AS jsonb))"
                ),
                {"action": action, "insz": insz, "subject": subject, "details": body},
            )
            .mappings()
            .one()
        )
    except DBAPIError as exc:
        cut = chain_cut_from(exc)
        if cut is not None:
            raise cut from None
        raise
    # transient: the row is the server's; the session must not write it again
    return AuditEvent(**{column.key: row[column.key] for column in _EVENT_COLUMNS})


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

    On the production set-up the server records the event (`actor` and `clock` are then
    its own: the signed-in handler and the server's clock) and the event returned is not
    part of the session. Raises ChainCut when the trail's head does not match its last
    event.
    """
    if insz and subject:
        raise ValueError("give the INSZ or its pseudonym, not both")
    if is_secured(session):
        return _record_on_server(session, action, insz, subject, details)
    last, stored_head = _lock_and_read_head(session)
    cut = cut_in(stored_head, last.seq if last else None, last.hash if last else None)
    if cut is not None:
        raise _cut_error(cut, session)
    if insz:
        subject = pseudonym(pseudonym_key(session), insz)
    return _append(session, last, actor, action, subject, details, clock)


def _lock_and_read_head(session: Session) -> tuple[Any, str | None]:
    """Take the trail's write lock, then read its last event (seq, hash) and its head."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK})
    else:
        # SQLite: take the write lock before reading the chain's head. Python's sqlite3
        # begins a transaction only at the first write, so two threads (the window and
        # its sync) could otherwise both read the same head and number two events alike.
        session.execute(
            update(Setting).where(Setting.key == HEAD_SETTING).values(value=Setting.value)
        )
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return last, session.scalar(select(Setting.value).where(Setting.key == HEAD_SETTING))


def _append(
    session: Session,
    last: Any,
    actor: str,
    action: str,
    subject: str | None,
    details: Mapping[str, Any] | None,
    clock: Callable[[], datetime],
) -> AuditEvent:
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
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


def accept_cut(
    session: Session, actor: str, *, clock: Callable[[], datetime] = utcnow
) -> tuple[str, AuditEvent]:
    """The administrator's way out of a cut trail whose missing events cannot be restored
    from a backup (docs/audit-integrity.md): append a `audit_cut_accepted` event that
    says what was cut (the head as it was, the last event left) and move the head to it.
    Recording works again; every verification names the accepted cut, and a checkpoint
    made before it still shows the missing events. Returns (the cut, the event).

    Only on a connection that writes the trail itself (the owner's, the embedded SQLite
    database): NotAllowed on a handler's own login. BadInput when the trail is not cut."""
    if is_secured(session):
        raise NotAllowed("only the database's administrator may accept a cut of the trail")
    last, stored_head = _lock_and_read_head(session)
    cut = cut_in(stored_head, last.seq if last else None, last.hash if last else None)
    if cut is None:
        raise BadInput("the audit trail is not cut: there is no cut to accept")
    details = {"cut": cut, "head_was": stored_head, "last_left": last.seq if last else 0}
    return cut, _append(session, last, actor, CUT_ACCEPTED, None, details, clock)


# ----------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    kind: str  # "changed", "removed", "reordered", "truncated", "appended", "head", ...
    message: str


@dataclass(frozen=True)
class VerifyResult:
    events: int
    problems: tuple[AuditProblem, ...]
    notes: tuple[str, ...] = ()  # information that is not a problem (checkpoint, letters)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Snapshot:
    """The trail as read at one moment: its events in order and its head."""

    events: Sequence[Any]  # rows with the AuditEvent columns
    head: str | None  # "<seq>:<hash>" as stored, or None
    consistent: bool = False  # read in one snapshot (head and events of the same moment)
    by_seq: dict[int, Any] = field(default_factory=dict, compare=False, repr=False)

    def event(self, seq: int) -> Any | None:
        if not self.by_seq and self.events:
            self.by_seq.update((e.seq, e) for e in self.events)
        return self.by_seq.get(seq)


def describe(event: Any) -> str:
    return f"event {event.seq} ({utc_text(event.at)[:19].replace('T', ' ')} UTC, {event.action})"


def read_head(session: Session) -> str | None:
    """The stored head `"<seq>:<hash>"`. On the production set-up a supervisor reads it
    through cumuldesk_api.audit_head() (table settings also holds the pseudonym key,
    which no handler may read)."""
    if is_secured(session):
        row = session.execute(text("SELECT seq, hash FROM cumuldesk_api.audit_head()")).one()
        return None if row.seq is None else f"{row.seq}:{row.hash}"
    return session.scalar(select(Setting.value).where(Setting.key == HEAD_SETTING))


def read_snapshot(session: Session) -> Snapshot:
    """The head, then every event, in one read-only snapshot where the engine allows it
    (PostgreSQL: REPEATABLE READ). The head is read first: elsewhere an event appended
    meanwhile lies after it and is checked as part of the chain."""
    consistent = False
    if session.get_bind().dialect.name == "postgresql" and not session.in_transaction():
        session.connection(
            execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        )
        consistent = True
    head = read_head(session)
    events = session.execute(select(*_EVENT_COLUMNS).order_by(AuditEvent.seq)).all()
    return Snapshot(events, head, consistent)


def check_snapshot(snapshot: Snapshot) -> VerifyResult:
    """Every problem of the chain, each naming the event where it shows."""
    problems: list[AuditProblem] = []
    events = snapshot.events
    hashes = {e.hash: e.seq for e in events}
    previous: Any | None = None
    for event in events:
        expected_seq = 1 if previous is None else previous.seq + 1
        expected_prev = GENESIS if previous is None else previous.hash
        if not hash_matches(event):
            problems.append(AuditProblem(event.seq, "changed", f"{describe(event)} was changed"))
        elif event.seq != expected_seq:
            gap = _events_text(expected_seq, event.seq - 1)
            problems.append(
                AuditProblem(expected_seq, "removed", f"{gap} removed (before {describe(event)})")
            )
        elif event.prev_hash != expected_prev:
            if event.prev_hash in hashes:
                where = f"it follows event {hashes[event.prev_hash]} in the chain"
                problems.append(
                    AuditProblem(
                        event.seq, "reordered", f"{describe(event)} is out of order: {where}"
                    )
                )
            else:
                problems.append(
                    AuditProblem(
                        event.seq,
                        "removed",
                        f"the event before {describe(event)} was removed or replaced",
                    )
                )
        previous = event
    problems.extend(_head_problems(snapshot, previous))
    notes = [_accepted(event) for event in events if event.action == CUT_ACCEPTED]
    return VerifyResult(len(events), tuple(problems), tuple(notes))


def _accepted(event: Any) -> str:
    try:
        cut = str(json.loads(event.details).get("cut") or "")
    except (ValueError, AttributeError):
        cut = ""
    what = f": {cut}" if cut else ""
    return f"{describe(event)}: {event.actor} accepted a cut of the trail{what}"


def _head_problems(snapshot: Snapshot, last: Any | None) -> list[AuditProblem]:
    """The head against the events. The head's own event must be there with the head's
    hash. Events after the head are accepted when head and events were not read in one
    snapshot (SQLite: appended in between)."""
    try:
        head = parse_head(snapshot.head)
    except ValueError:
        return [AuditProblem(0, "head", "the trail's head (kept apart) is unreadable")]
    last_seq = last.seq if last is not None else 0
    if head is None:
        if last is None:
            return []
        return [
            AuditProblem(
                last_seq,
                "head",
                f"the trail's head (kept apart) is missing, while it holds events up to {last_seq}",
            )
        ]
    head_seq, head_hash = head
    if head_seq > last_seq:
        first = last_seq + 1
        return [
            AuditProblem(
                first,
                "truncated",
                f"{_events_text(first, head_seq)} removed from the end of the trail "
                f"(the cut end: its last event is {last_seq or 'none'}, its head {head_seq})",
            )
        ]
    at_head = snapshot.event(head_seq)
    if at_head is not None and at_head.hash != head_hash:
        return [AuditProblem(head_seq, "changed", f"{describe(at_head)} was replaced")]
    if snapshot.consistent and head_seq < last_seq:
        return [
            AuditProblem(
                head_seq + 1,
                "appended",
                f"{_events_text(head_seq + 1, last_seq)} added after the trail's head (event "
                f"{head_seq}) without moving it: written outside CumulDesk",
            )
        ]
    return []


def verify_trail(session: Session) -> VerifyResult:
    """Check the whole chain; every problem names the event where it shows."""
    return check_snapshot(read_snapshot(session))
