"""The local outbox: what a handler changed in their cache and the central database does
not have yet.

Each item has an idempotency key (a random UUID) that the central database keeps with
the change it applied (`sync_receipts`), so that pushing the same item again, after a
lost connection or a crash, never applies it twice (`cumuldesk.sync.push`). Items are
written in the same cache transaction as the change they carry, so a change is never in
the cache without its item, nor the other way round. An item leaves the outbox only when
the central database has acknowledged it.

Kinds and their JSON payloads:

- "note": {"local_id", "case_id", "text", "created_at", "author"}
- "case": {"case_id", "base_seq", "changes": {field: value}} with fields among
  `CASE_FIELDS`; `base_seq` is the case's central change sequence the handler saw
- "letter": {"local_id", "case_id", "kind", "language", "content", "created_at",
  "finalised_at", "content_sha256", "author"}
- "audit": {"at", "action", "details", "person_id"}: an event of the local audit trail
  (the central id of the person it is about, for the central database to pseudonymise;
  items made before kept a "subject" pseudonym instead)

Notes and letters written here live in the cache tables with a negative id until they
are pushed. When a pull writes central rows over a dossier, `reapply_pending` lays the
handler's unpushed changes on top again.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import CONFLICT, PENDING, REJECTED, outbox
from cumuldesk.storage.models import (
    Answer,
    Case,
    CaseStatus,
    Handler,
    Language,
    Letter,
    LetterKind,
    Note,
    Person,
)

NOTE = "note"
CASE = "case"
LETTER = "letter"
AUDIT = "audit"
KINDS = (NOTE, CASE, LETTER, AUDIT)

CASES = Case.__table__
NOTES = Note.__table__
LETTERS = Letter.__table__
HANDLERS = Handler.__table__
PERSONS = Person.__table__

# case fields a handler may change, with how a JSON value becomes a column value
_DATE_FIELDS = ("answer_date", "proposal_sent_on", "deadline")
CASE_FIELDS = ("status", "answer", *_DATE_FIELDS)


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def iso_utc(moment: datetime) -> str:
    """A moment as ISO text in UTC (with +00:00)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def case_changes_from_json(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The column values of a "case" item's changes (raises ValueError on a bad one)."""
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "status":
            values[name] = CaseStatus(value)
        elif name == "answer":
            values[name] = None if value is None else Answer(value)
        elif name in _DATE_FIELDS:
            values[name] = None if value is None else date.fromisoformat(value)
        else:
            raise ValueError(f"a handler cannot change the case field {name!r}")
    return values


def case_changes_to_json(values: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON form of case field values (enums by value, dates as ISO text)."""
    changes: dict[str, Any] = {}
    for name, value in values.items():
        if name not in CASE_FIELDS:
            raise ValueError(f"a handler cannot change the case field {name!r}")
        if value is None:
            changes[name] = None
        elif isinstance(value, date):
            changes[name] = value.isoformat()
        else:
            changes[name] = str(getattr(value, "value", value))
    return changes


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    kind: str
    case_id: int | None
    person_id: int | None
    payload: dict[str, Any]
    created_at: datetime
    state: str
    attempts: int
    last_error: str | None
    theirs: dict[str, Any] | None

    @classmethod
    def of(cls, row: Any) -> OutboxItem:
        return cls(
            id=row.id,
            key=row.key,
            kind=row.kind,
            case_id=row.case_id,
            person_id=row.person_id,
            payload=json.loads(row.payload),
            created_at=row.created_at,
            state=row.state,
            attempts=row.attempts,
            last_error=row.last_error,
            theirs=None if row.theirs is None else json.loads(row.theirs),
        )


def new_key() -> str:
    return uuid.uuid4().hex


def enqueue(
    connection: Connection,
    kind: str,
    payload: Mapping[str, Any],
    *,
    case_id: int | None = None,
    person_id: int | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> str:
    """Add an item in the caller's cache transaction; returns its idempotency key."""
    if kind not in KINDS:
        raise ValueError(f"unknown outbox item kind {kind!r}")
    key = new_key()
    connection.execute(
        insert(outbox).values(
            key=key,
            kind=kind,
            case_id=case_id,
            person_id=person_id,
            payload=json.dumps(dict(payload), sort_keys=True, default=str),
            created_at=_naive_utc(clock()),
            state=PENDING,
            attempts=0,
        )
    )
    return key


def record_local(
    session: Session,
    actor: str,
    action: str,
    *,
    insz: str | None = None,
    details: Mapping[str, Any] | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> str:
    """An event in the cache's audit trail and, in the same transaction, an "audit" item
    that carries it to the central trail. Returns the item's key.

    The item names the person by their central id (never the INSZ): the central database
    computes the pseudonym with its own key, which no laptop holds, and only for a person
    the handler may read. The cache's own trail pseudonymises with a key of the cache."""
    event = record(session, actor, action, insz=insz, details=details, clock=clock)
    payload: dict[str, Any] = {
        "at": iso_utc(event.at),
        "action": action,
        "details": json.loads(event.details),
    }
    if insz:
        person_id = session.scalar(select(PERSONS.c.id).where(PERSONS.c.insz == insz))
        if person_id is not None and person_id > 0:  # a person the cache holds
            payload["person_id"] = person_id
    return enqueue(session.connection(), AUDIT, payload)


def next_local_id(connection: Connection, table: Any) -> int:
    """A negative id for a row made in the cache (central ids are positive)."""
    lowest = connection.scalar(select(func.min(table.c.id))) or 0
    return min(lowest, 0) - 1


def items(
    source: LocalCache | Connection,
    states: Iterable[str] = (PENDING, CONFLICT, REJECTED),
    kinds: Iterable[str] = KINDS,
) -> list[OutboxItem]:
    """The items in these states, oldest first."""
    query = (
        select(outbox)
        .where(outbox.c.state.in_(list(states)), outbox.c.kind.in_(list(kinds)))
        .order_by(outbox.c.id)
    )
    if isinstance(source, LocalCache):
        with source.engine.connect() as connection:
            rows = connection.execute(query).all()
    else:
        rows = source.execute(query).all()
    return [OutboxItem.of(row) for row in rows]


def counts(cache: LocalCache) -> dict[str, int]:
    """How many items wait ("pending"), need the handler's choice ("conflict") or were
    refused by the central database ("rejected")."""
    with cache.engine.connect() as connection:
        query = select(outbox.c.state, func.count()).group_by(outbox.c.state)
        rows: dict[str, int] = dict(connection.execute(query).all())
    return {state: int(rows.get(state, 0)) for state in (PENDING, CONFLICT, REJECTED)}


def has_unpushed(cache: LocalCache) -> bool:
    """Whether the outbox holds anything (then the cache must not be rebuilt or refilled)."""
    return any(counts(cache).values())


def person_ids_with_items(connection: Connection) -> set[int]:
    return {
        pid for pid in connection.scalars(select(outbox.c.person_id).distinct()) if pid is not None
    }


def _author_id(connection: Connection, username: str | None) -> int | None:
    if not username:
        return None
    return connection.scalar(select(HANDLERS.c.id).where(HANDLERS.c.username == username))


def _case_exists(connection: Connection, case_id: int) -> bool:
    return connection.scalar(select(CASES.c.id).where(CASES.c.id == case_id)) is not None


def local_note_row(connection: Connection, payload: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": payload["local_id"],
        "case_id": payload["case_id"],
        "author_id": _author_id(connection, payload.get("author")),
        "created_at": parse_utc(payload["created_at"]),
        "text": payload["text"],
    }


def local_letter_row(connection: Connection, payload: Mapping[str, Any]) -> dict[str, Any]:
    finalised = payload.get("finalised_at")
    return {
        "id": payload["local_id"],
        "case_id": payload["case_id"],
        "kind": LetterKind(payload["kind"]),
        "language": Language(payload["language"]),
        "author_id": _author_id(connection, payload.get("author")),
        "created_at": parse_utc(payload["created_at"]),
        "finalised_at": None if finalised is None else parse_utc(finalised),
        "content": payload["content"],
        "content_sha256": payload.get("content_sha256"),
    }


def reapply_pending(connection: Connection, person_ids: Iterable[int] | None = None) -> None:
    """Lay the handler's unpushed changes on the cached rows again (after central rows
    were written over them): case fields of pending and conflicting "case" items, and
    the handler's own notes and letters (also refused ones: their text is never lost
    until the handler dismisses it). Runs in the caller's cache transaction."""
    query = select(outbox).where(outbox.c.kind.in_([NOTE, CASE, LETTER])).order_by(outbox.c.id)
    if person_ids is not None:
        wanted = sorted(set(person_ids))
        if not wanted:
            return
        query = query.where(outbox.c.person_id.in_(wanted))
    for row in connection.execute(query).all():
        item = OutboxItem.of(row)
        case_id = item.payload.get("case_id")
        if case_id is None or not _case_exists(connection, case_id):
            continue  # the case is not (or no longer) in the cache
        if item.kind == CASE:
            if item.state in (PENDING, CONFLICT):
                connection.execute(
                    update(CASES)
                    .where(CASES.c.id == case_id)
                    .values(case_changes_from_json(item.payload["changes"]))
                )
            continue
        if item.kind == NOTE:
            table, row_of = NOTES, local_note_row
        else:
            table, row_of = LETTERS, local_letter_row
        local_id = item.payload["local_id"]
        present = connection.scalar(select(table.c.id).where(table.c.id == local_id))
        if present is None:
            connection.execute(insert(table).values(row_of(connection, item.payload)))


def remove_item(connection: Connection, key: str) -> None:
    connection.execute(delete(outbox).where(outbox.c.key == key))
