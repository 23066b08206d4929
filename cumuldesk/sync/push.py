"""Push the local outbox to the central database: every item applied exactly once.

Items go in the order they were made. Each is applied in ONE central transaction that
first inserts a receipt keyed by the item's idempotency key (`sync_receipts`). If that
key is already there, the item was applied (or refused) before and the laptop never
heard back (lost connection, crash): the stored outcome is used and nothing is applied
again. Only after the central commit does the cache acknowledge the item, in one cache
transaction: so an item leaves the outbox only when the central database has it, and is
applied at most once.

- "note", "letter": inserted (a central letter is never updated), authored by the
  pushing handler; the temporary negative-id row in the cache is replaced by the central
  row. A time from the laptop in the future of the central clock is brought back to the
  central time (the machines' clocks may differ; they are never compared otherwise).
- "case": applied only when the central case still has the change sequence the handler
  saw (`base_seq`). Otherwise it is a conflict: nothing is applied and the item waits,
  with the central version beside it, until the handler chooses (`resolve_conflict`).
  On PostgreSQL the item's transaction first takes the change-sequence lock, so that the
  check and the update cannot interleave with another writer.
- "audit": appended to the central trail, marked as coming from a local cache.

A lost connection stops the push (the item stays pending, `DatabaseUnavailable`); an
item the central database refuses for good (the case is gone, a constraint) is marked
rejected, its text kept in the cache until the handler dismisses it, and the push goes
on. Receipts and error messages hold no personal data (ids, sequence numbers, the
case fields of a conflict).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Table, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import CursorResult, RowMapping
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message
from cumuldesk.errors import BadInput, NotAllowed, Unavailable
from cumuldesk.storage.audit import record, utcnow
from cumuldesk.storage.audit_kinds import EventRefused, check_details
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_copy import handler_rows
from cumuldesk.storage.cache_models import (
    CONFLICT,
    META_LAST_PUSH_AT,
    META_LAST_SEQ,
    PENDING,
    REJECTED,
    cache_dossiers,
    cache_meta,
    outbox,
)
from cumuldesk.storage.database import DatabaseUnavailable, is_secured
from cumuldesk.storage.files import local_disk_error
from cumuldesk.storage.models import (
    Case,
    Handler,
    Language,
    Letter,
    LetterKind,
    Note,
    Person,
    SyncReceipt,
)
from cumuldesk.sync.outbox import (
    AUDIT,
    CASE,
    CASE_FIELDS,
    LETTER,
    NOTE,
    OutboxItem,
    case_changes_from_json,
    case_changes_to_json,
    enqueue,
    iso_utc,
    parse_utc,
    reapply_pending,
    record_local,
    remove_item,
)
from cumuldesk.sync.progress import Cancel, Progress, check_cancel, report

Clock = Callable[[], datetime]

CASES: Table = Case.__table__
NOTES: Table = Note.__table__
LETTERS: Table = Letter.__table__
HANDLERS: Table = Handler.__table__
PERSONS: Table = Person.__table__

# outcomes stored in a receipt
APPLIED = "applied"
CONFLICTED = "conflict"
REFUSED = "rejected"

CASE_GONE = "the case no longer exists in the central database"
CHANGED_CENTRALLY = "the case was changed in the central database after you last saw it"
KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"

_WAITS = "nothing was lost, the change waits in the outbox for the next sync"
# errors that mean "try again later" rather than "this item can never be applied"
_TRANSIENT = (OperationalError, InterfaceError, DatabaseUnavailable)
# errors that mean "the central database refuses this item" (the push goes on)
_PERMANENT = (IntegrityError, DataError, EventRefused, ValueError, KeyError, TypeError)


@dataclass(frozen=True)
class PushResult:
    """What a push did: items applied now, found applied before (their receipt was
    there), left in conflict, refused; and how many are still pending."""

    applied: int
    already_applied: int
    conflicts: int
    rejected: int
    remaining: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class _Outcome:
    outcome: str  # APPLIED, CONFLICTED or REFUSED
    result: dict[str, Any]  # as stored in the receipt
    already: bool = False  # the receipt was there before this push
    row: dict[str, Any] | None = None  # the central note or letter row, for the cache


class _ReceiptUnreadable(DatabaseUnavailable):
    """The receipt's key collided but the receipt could not be read (try again)."""


# ------------------------------------------------------------------------- push


def push(
    cache: LocalCache,
    central_sessions: sessionmaker[Session],
    username: str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    clock: Clock = utcnow,
    after_central_commit: Callable[[OutboxItem], None] | None = None,
) -> PushResult:
    """Push the pending outbox items, oldest first, each exactly once.

    Raises NotAllowed when `username` is not an active handler in the central database,
    DatabaseUnavailable when the connection is lost (the item under way stays pending,
    with its attempt counted), SyncCancelled between items when `cancel` says so.
    """
    handler = _pushing_handler(central_sessions, username)
    with cache.engine.connect() as connection:
        last_id = connection.scalar(select(func.max(outbox.c.id)).where(outbox.c.state == PENDING))
        total = _pending_count(connection)
    tally = {APPLIED: 0, "already": 0, CONFLICTED: 0, REFUSED: 0}
    done = 0
    report(progress, 0, total)
    after = 0
    while last_id is not None:
        item = _next_pending(cache, after, last_id)
        if item is None:
            break
        check_cancel(cancel)
        after = item.id
        try:
            outcome = _push_item(central_sessions, item, handler)
        except _TRANSIENT as exc:
            _count_failure(cache, item, exc)
            raise _lost(exc) from None
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            _count_failure(cache, item, exc)
            raise _lost(exc) from None
        if after_central_commit is not None:
            after_central_commit(item)
        _acknowledge(cache, item, outcome, handler)
        if outcome.outcome == APPLIED:
            tally["already" if outcome.already else APPLIED] += 1
        else:
            tally[outcome.outcome] += 1
        done += 1
        report(progress, done, max(total, done))
    cache.set_meta({META_LAST_PUSH_AT: iso_utc(clock())})
    with cache.engine.connect() as connection:
        remaining = _pending_count(connection)
    return PushResult(
        applied=tally[APPLIED],
        already_applied=tally["already"],
        conflicts=tally[CONFLICTED],
        rejected=tally[REFUSED],
        remaining=remaining,
    )


def _pending_count(connection: Connection) -> int:
    query = select(func.count()).select_from(outbox).where(outbox.c.state == PENDING)
    return int(connection.scalar(query) or 0)


def _next_pending(cache: LocalCache, after: int, last_id: int) -> OutboxItem | None:
    """The next pending item, read afresh (an earlier item may have rebased it)."""
    query = (
        select(outbox)
        .where(outbox.c.state == PENDING, outbox.c.id > after, outbox.c.id <= last_id)
        .order_by(outbox.c.id)
        .limit(1)
    )
    with cache.engine.connect() as connection:
        row = connection.execute(query).first()
    return None if row is None else OutboxItem.of(row)


def _safe_reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return type(original).__name__


def _lost(exc: BaseException) -> Unavailable:
    """A local disk error (an embedded central database's file, the cache) as such;
    anything else as the connection to the central database that failed."""
    local = local_disk_error(exc, "the push stopped", "sync again", _WAITS)
    if local is not None:
        return local
    if isinstance(exc, DatabaseUnavailable):
        return exc
    return DatabaseUnavailable(
        f"the connection to the central database failed while pushing ({_safe_reason(exc)}); "
        f"{_WAITS}"
    )


def _count_failure(cache: LocalCache, item: OutboxItem, exc: BaseException) -> None:
    local = local_disk_error(exc, "not pushed", "sync again", "the change waits in the outbox")
    message = (
        str(local)
        if local is not None
        else f"the central database could not be reached ({_safe_reason(exc)})"
    )
    with cache.engine.begin() as connection:
        connection.execute(
            update(outbox)
            .where(outbox.c.key == item.key)
            .values(attempts=outbox.c.attempts + 1, last_error=message)
        )


def _pushing_handler(central_sessions: sessionmaker[Session], username: str) -> dict[str, Any]:
    """The pushing handler's central row (without password hash); NotAllowed when the
    account is unknown or closed."""
    try:
        with central_sessions() as session:
            found = handler_rows(session, HANDLERS.c.username == username)
    except _TRANSIENT as exc:
        raise _lost(exc) from None
    if not found or not found[0]["active"]:
        raise NotAllowed(
            Message(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "push: {username} is not an active handler in the central database"
                ),
                {"username": username},
            )
        )
    return found[0]


# ------------------------------------------------------------- central side


def _central_now(session: Session) -> datetime:
    """The central database's clock (UTC), never the laptop's."""
    moment: datetime
    if session.get_bind().dialect.name == "postgresql":
        moment = session.scalar(text("SELECT clock_timestamp()"))
    else:
        value = session.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')"))
        moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _take_change_lock(session: Session) -> None:
    """PostgreSQL: the change-sequence lock, first in the transaction (the lock every
    writer of synced rows and of the audit trail takes), so that the receipt, the check
    of a case's sequence and its update happen with no other writer in between."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT cumuldesk_change_seq()"))


def _typed_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """A row the server returned as JSON, with the column types the cache writes."""
    row: dict[str, Any] = {}
    for column in table.columns:
        value = data.get(column.name)
        if isinstance(value, str) and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        row[column.name] = value
    return row


def _push_on_server(session: Session, item: OutboxItem) -> _Outcome:
    """The production set-up: the server's `cumuldesk_api.push_item` applies the item,
    checks it (the case is the handler's team's, the case rules, the audit event's kind
    and details) and keeps its receipt, all in this transaction."""
    answer = session.scalar(
        text("SELECT cumuldesk_api.push_item(:key, :kind, CAST(:payload AS jsonb))"),
        {"key": item.key, "kind": item.kind, "payload": json.dumps(item.payload, default=str)},
    )
    outcome = str(answer["outcome"])
    result = dict(answer.get("result") or {})
    row = None
    if outcome == APPLIED and item.kind in (NOTE, LETTER) and "id" in result:
        table = NOTES if item.kind == NOTE else LETTERS
        given = result.pop("row", None)  # the new row, as the server wrote it
        row = _typed_row(table, given) if given else _central_row(session, table, result["id"])
    session.commit()
    return _Outcome(outcome, result, already=bool(answer.get("already")), row=row)


def _push_item(
    central_sessions: sessionmaker[Session], item: OutboxItem, handler: Mapping[str, Any]
) -> _Outcome:
    """Apply one item in one central transaction (or find its receipt)."""
    with central_sessions() as session:
        if is_secured(session):
            try:
                return _push_on_server(session, item)
            except BaseException:
                _quiet_rollback(session)
                raise
        try:
            _take_change_lock(session)
            now = _central_now(session)
            receipt = SyncReceipt(
                key=item.key,
                handler=handler["username"],
                kind=item.kind,
                applied_at=now,
                outcome=APPLIED,
                result="{}",
            )
            session.add(receipt)
            try:
                session.flush()
            except IntegrityError:
                session.rollback()
                return _stored_outcome(session, item)
            try:
                outcome = _apply(session, item, handler, now)
            except _PERMANENT as exc:
                session.rollback()
                reason = f"the central database refused this change ({_safe_reason(exc)})"
                return _store_refusal(session, item, handler, reason)
            receipt.outcome = outcome.outcome
            # the receipt keeps ids and numbers only: a conflict's central version is
            # read again from the case if the item is ever replayed
            receipt.result = _result_json(
                {k: v for k, v in outcome.result.items() if k != "theirs"}
            )
            try:
                session.commit()
            except _PERMANENT as exc:  # a refusal that shows only at commit (a trigger)
                session.rollback()
                reason = f"the central database refused this change ({_safe_reason(exc)})"
                return _store_refusal(session, item, handler, reason)
            return outcome
        except BaseException:
            _quiet_rollback(session)
            raise


def _quiet_rollback(session: Session) -> None:
    """Roll back after a failure without hiding it (the connection may be gone)."""
    try:
        session.rollback()
    except Exception:  # noqa: BLE001 - the original error is the one to report
        pass


def _result_json(result: Mapping[str, Any]) -> str:
    return json.dumps(dict(result), sort_keys=True, default=str)


def _store_refusal(
    session: Session, item: OutboxItem, handler: Mapping[str, Any], reason: str
) -> _Outcome:
    """A receipt that says "rejected", in a new transaction (the failed one was rolled
    back), so that pushing the item again gives the same answer."""
    _take_change_lock(session)
    result = {"reason": reason}
    session.add(
        SyncReceipt(
            key=item.key,
            handler=handler["username"],
            kind=item.kind,
            applied_at=_central_now(session),
            outcome=REFUSED,
            result=_result_json(result),
        )
    )
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return _stored_outcome(session, item)
    return _Outcome(REFUSED, result)


def _stored_outcome(session: Session, item: OutboxItem) -> _Outcome:
    """The outcome of an item pushed before (its receipt exists)."""
    receipt = session.get(SyncReceipt, item.key)
    if receipt is None:
        raise _ReceiptUnreadable(
            "the central database reported this change as pushed already but has no "
            "receipt for it; try again"
        )
    result = json.loads(receipt.result or "{}")
    row = None
    if receipt.outcome == APPLIED and item.kind in (NOTE, LETTER) and "id" in result:
        row = _central_row(session, NOTES if item.kind == NOTE else LETTERS, result["id"])
    if receipt.outcome == CONFLICTED and "case_id" in result:
        case = _central_row(session, CASES, result["case_id"])
        if case is None:  # the case went since: the change can only be refused now
            session.rollback()
            return _Outcome(REFUSED, {"reason": CASE_GONE}, already=True)
        result = {**result, "change_seq": case["change_seq"], "theirs": _theirs(case)}
    session.rollback()
    return _Outcome(receipt.outcome, result, already=True, row=row)


def _central_row(session: Session, table: Table, row_id: int) -> dict[str, Any] | None:
    row = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return None if row is None else dict(row)


def _clamped(moment: str | None, now: datetime) -> datetime | None:
    """A laptop time, brought back to the central time when it lies in its future."""
    if moment is None:
        return None
    value = parse_utc(moment)
    return now if value > now else value


def _case_exists(session: Session, case_id: Any) -> bool:
    return session.scalar(select(CASES.c.id).where(CASES.c.id == case_id)) is not None


def _apply(
    session: Session, item: OutboxItem, handler: Mapping[str, Any], now: datetime
) -> _Outcome:
    if item.kind == NOTE:
        return _apply_note(session, item.payload, handler, now)
    if item.kind == LETTER:
        return _apply_letter(session, item.payload, handler, now)
    if item.kind == CASE:
        return _apply_case(session, item.payload, now)
    if item.kind == AUDIT:
        return _apply_audit(session, item.payload, handler, now)
    raise ValueError("unknown outbox item kind")


def _inserted(session: Session, table: Table, values: Mapping[str, Any]) -> _Outcome:
    result = session.execute(insert(table).values(dict(values)))
    # a Core INSERT of one row: the Session hands back the cursor's result, with its key
    assert isinstance(result, CursorResult) and result.inserted_primary_key is not None
    new_id = result.inserted_primary_key[0]
    row = _central_row(session, table, new_id)
    assert row is not None
    return _Outcome(APPLIED, {"id": new_id, "change_seq": row["change_seq"]}, row=row)


def _apply_note(
    session: Session, payload: Mapping[str, Any], handler: Mapping[str, Any], now: datetime
) -> _Outcome:
    if not _case_exists(session, payload["case_id"]):
        return _Outcome(REFUSED, {"reason": CASE_GONE})
    return _inserted(
        session,
        NOTES,
        {
            "case_id": payload["case_id"],
            "author_id": handler["id"],
            "created_at": _clamped(payload["created_at"], now),
            "text": payload["text"],
        },
    )


def _apply_letter(
    session: Session, payload: Mapping[str, Any], handler: Mapping[str, Any], now: datetime
) -> _Outcome:
    if not _case_exists(session, payload["case_id"]):
        return _Outcome(REFUSED, {"reason": CASE_GONE})
    content = payload["content"]
    finalised_at = _clamped(payload.get("finalised_at"), now)
    digest = payload.get("content_sha256")
    if finalised_at is not None:
        actual = hashlib.sha256(content.encode("utf-8")).hexdigest()
        if digest not in (None, actual):
            return _Outcome(REFUSED, {"reason": "the letter does not match its content hash"})
        digest = actual
    outcome = _inserted(
        session,
        LETTERS,
        {
            "case_id": payload["case_id"],
            "kind": LetterKind(payload["kind"]),
            "language": Language(payload["language"]),
            "author_id": handler["id"],
            "created_at": _clamped(payload["created_at"], now),
            "finalised_at": finalised_at,
            "content": content,
            "content_sha256": digest,
        },
    )
    if finalised_at is not None:
        # the finalised letter's hash in the central trail (as the server's push_item does)
        reference, insz = session.execute(
            select(CASES.c.reference, PERSONS.c.insz)
            .join(PERSONS, PERSONS.c.id == CASES.c.person_id)
            .where(CASES.c.id == payload["case_id"])
        ).one()
        record(
            session,
            handler["username"],
            "letter_finalised",
            insz=insz,
            details={
                "letter": outcome.result["id"],
                "case": reference,
                "kind": LetterKind(payload["kind"]).value,
                "content_sha256": digest,
            },
            clock=lambda: now,
        )
    return outcome


def _theirs(case: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    """The central version of a case, as the handler is shown it beside their own."""
    theirs = case_changes_to_json({name: case[name] for name in CASE_FIELDS})
    theirs["change_seq"] = case["change_seq"]
    updated = case["updated_at"]
    theirs["updated_at"] = None if updated is None else iso_utc(updated)
    return theirs


def _apply_case(session: Session, payload: Mapping[str, Any], now: datetime) -> _Outcome:
    case_id = payload["case_id"]
    current = session.execute(select(CASES).where(CASES.c.id == case_id)).mappings().first()
    if current is None:
        return _Outcome(REFUSED, {"reason": CASE_GONE})
    if current["change_seq"] != int(payload["base_seq"]):
        return _Outcome(
            CONFLICTED,
            {"case_id": case_id, "change_seq": current["change_seq"], "theirs": _theirs(current)},
        )
    values = case_changes_from_json(payload["changes"])
    session.execute(update(CASES).where(CASES.c.id == case_id).values(**values, updated_at=now))
    # the new number is set by the database's trigger: read it back
    change_seq = session.scalar(select(CASES.c.change_seq).where(CASES.c.id == case_id))
    return _Outcome(APPLIED, {"case_id": case_id, "change_seq": change_seq})


def _apply_audit(
    session: Session, payload: Mapping[str, Any], handler: Mapping[str, Any], now: datetime
) -> _Outcome:
    details = dict(payload.get("details") or {})
    check_details(payload["action"], details)  # the kinds and shapes a laptop may write
    details["origin"] = "local cache"
    details["local_at"] = payload["at"]
    insz = None
    if payload.get("person_id") is not None:
        insz = session.scalar(select(PERSONS.c.insz).where(PERSONS.c.id == payload["person_id"]))
        if insz is None:
            return _Outcome(
                REFUSED, {"reason": "the person of this event is not in the central database"}
            )
    event = record(
        session,
        handler["username"],
        payload["action"],
        insz=insz,
        subject=None if insz else payload.get("subject"),
        details=details,
        clock=lambda: now,
    )
    return _Outcome(APPLIED, {"seq": event.seq})


# --------------------------------------------------------------- cache side


def _acknowledge(
    cache: LocalCache, item: OutboxItem, outcome: _Outcome, handler: Mapping[str, Any]
) -> None:
    """What the central database answered, written into the cache in one transaction."""
    with cache.engine.begin() as connection:
        if outcome.outcome == APPLIED:
            remove_item(connection, item.key)
            if item.kind == NOTE:
                _replace_local_row(connection, NOTES, item.payload, outcome.row, handler)
            elif item.kind == LETTER:
                _replace_local_row(connection, LETTERS, item.payload, outcome.row, handler)
            elif item.kind == CASE:
                _settle_case(connection, item, int(outcome.result["change_seq"]))
        elif outcome.outcome == CONFLICTED:
            connection.execute(
                update(outbox)
                .where(outbox.c.key == item.key)
                .values(
                    state=CONFLICT,
                    theirs=_result_json(outcome.result.get("theirs") or {}),
                    last_error=CHANGED_CENTRALLY,
                )
            )
        else:
            connection.execute(
                update(outbox)
                .where(outbox.c.key == item.key)
                .values(
                    state=REJECTED,
                    last_error=str(outcome.result.get("reason") or "refused"),
                )
            )


def _naive_utc(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _upsert(connection: Connection, table: Table, row: Mapping[str, Any]) -> None:
    values = {name: _naive_utc(value) for name, value in row.items()}
    statement = sqlite_insert(table).values(values)
    changes = {name: statement.excluded[name] for name in values if name != "id"}
    connection.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changes))


def _replace_local_row(
    connection: Connection,
    table: Table,
    payload: Mapping[str, Any],
    row: Mapping[str, Any] | None,
    handler: Mapping[str, Any],
) -> None:
    """The temporary negative-id row goes; the central row takes its place."""
    connection.execute(table.delete().where(table.c.id == payload["local_id"]))
    if row is None:
        return  # deleted centrally since: the next pull settles it
    case_cached = connection.scalar(select(CASES.c.id).where(CASES.c.id == row["case_id"]))
    if case_cached is None:
        return
    row = dict(row)
    author = row.get("author_id")
    if author is not None:
        known = connection.scalar(select(HANDLERS.c.id).where(HANDLERS.c.id == author))
        if known is None:
            if author == handler["id"]:
                _upsert(connection, HANDLERS, handler)
            else:
                row["author_id"] = None
    _upsert(connection, table, row)


def _settle_case(connection: Connection, item: OutboxItem, change_seq: int) -> None:
    """The cached case now has the central number of the change; later pending changes
    of the same case made on the same version are based on it (no self-conflict)."""
    case_id = item.payload["case_id"]
    base = item.payload["base_seq"]
    connection.execute(
        update(CASES)
        .where(CASES.c.id == case_id, CASES.c.change_seq < change_seq)
        .values(change_seq=change_seq)
    )
    later = connection.execute(
        select(outbox.c.id, outbox.c.payload).where(
            outbox.c.kind == CASE,
            outbox.c.state == PENDING,
            outbox.c.case_id == case_id,
            outbox.c.id > item.id,
        )
    ).all()
    for row in later:
        payload = json.loads(row.payload)
        if payload.get("base_seq") == base:
            payload["base_seq"] = change_seq
            connection.execute(
                update(outbox)
                .where(outbox.c.id == row.id)
                .values(payload=json.dumps(payload, sort_keys=True, default=str))
            )


# ------------------------------------------------------ the handler chooses


def _item_in_state(connection: Connection, key: str, state: str, what: str) -> OutboxItem:
    row = connection.execute(select(outbox).where(outbox.c.key == key)).first()
    if row is None or row.state != state:
        raise BadInput(f"there is no {what} with this key in the outbox")
    return OutboxItem.of(row)


def _case_subject(connection: Connection, case_id: Any) -> tuple[str | None, str | None]:
    """(reference, INSZ) of a cached case, for the local audit event (Nones when gone)."""
    row = connection.execute(
        select(CASES.c.reference, PERSONS.c.insz)
        .join(PERSONS, PERSONS.c.id == CASES.c.person_id)
        .where(CASES.c.id == case_id)
    ).first()
    return (None, None) if row is None else (row.reference, row.insz)


def _lower_watermarks(connection: Connection, person_id: int | None, below: int) -> None:
    """Make the next pull bring the central rows numbered above `below` again (for a case
    whose cached version is newer than the one the handler chose)."""
    stored = connection.scalar(select(cache_meta.c.value).where(cache_meta.c.key == META_LAST_SEQ))
    if stored is not None and int(stored) > below:
        connection.execute(
            update(cache_meta).where(cache_meta.c.key == META_LAST_SEQ).values(value=str(below))
        )
    if person_id is not None:
        connection.execute(
            update(cache_dossiers)
            .where(cache_dossiers.c.person_id == person_id, cache_dossiers.c.synced_seq > below)
            .values(synced_seq=below)
        )


def resolve_conflict(
    cache: LocalCache, key: str, keep: str, *, actor: str, clock: Clock = utcnow
) -> str | None:
    """The handler chooses between their change and the central version of a case.

    keep "mine": the change is made again on top of the central version (a new pending
    item based on it; returns its key). keep "theirs": the change is dropped and the
    cached case gets the central version. Audited in the local trail.
    """
    if keep not in (KEEP_MINE, KEEP_THEIRS):
        raise BadInput('keep "mine" or "theirs"')
    with cache.sessions.begin() as session:
        connection = session.connection()
        item = _item_in_state(connection, key, CONFLICT, "conflict")
        theirs = item.theirs or {}
        case_id = item.payload["case_id"]
        their_seq = int(theirs.get("change_seq", item.payload["base_seq"]))
        their_fields = case_changes_from_json({k: theirs[k] for k in CASE_FIELDS if k in theirs})
        cached_seq = connection.scalar(select(CASES.c.change_seq).where(CASES.c.id == case_id))
        remove_item(connection, key)
        new_key = None
        if keep == KEEP_MINE:
            new_key = enqueue(
                connection,
                CASE,
                {
                    "case_id": case_id,
                    "base_seq": their_seq,
                    "changes": item.payload["changes"],
                },
                case_id=case_id,
                person_id=item.person_id,
                clock=clock,
            )
        if cached_seq is not None:
            # a pull may have brought a newer central version since the conflict (with
            # this change laid on top): "mine" keeps it; "theirs" shows the version
            # chosen and lets the next pull bring the newer one again
            if cached_seq <= their_seq or keep == KEEP_THEIRS:
                connection.execute(
                    update(CASES)
                    .where(CASES.c.id == case_id)
                    .values(**their_fields, change_seq=their_seq)
                )
            if cached_seq > their_seq and keep == KEEP_THEIRS:
                _lower_watermarks(connection, item.person_id, their_seq)
            if item.person_id is not None:
                reapply_pending(connection, [item.person_id])
        reference, insz = _case_subject(connection, case_id)
        record_local(
            session,
            actor,
            "conflict_resolved",
            insz=insz,
            details={"case": reference, "kept": keep, "fields": sorted(item.payload["changes"])},
            clock=clock,
        )
    return new_key


def dismiss_rejected(cache: LocalCache, key: str, *, actor: str) -> None:
    """Remove an item the central database refused, with its local note or letter
    (the handler has seen it). Audited in the local trail."""
    with cache.sessions.begin() as session:
        connection = session.connection()
        item = _item_in_state(connection, key, REJECTED, "refused change")
        if item.kind in (NOTE, LETTER) and "local_id" in item.payload:
            table = NOTES if item.kind == NOTE else LETTERS
            connection.execute(table.delete().where(table.c.id == item.payload["local_id"]))
        elif item.kind == CASE:
            # the refused change is still laid on the cached case: let the next pull bring
            # the central version of it again
            cached_seq = connection.scalar(
                select(CASES.c.change_seq).where(CASES.c.id == item.payload.get("case_id"))
            )
            if cached_seq is not None:
                _lower_watermarks(connection, item.person_id, int(cached_seq) - 1)
        remove_item(connection, key)
        reference, insz = _case_subject(connection, item.payload.get("case_id"))
        record_local(
            session,
            actor,
            "rejected_dismissed",
            insz=insz,
            details={"case": reference, "kind": item.kind},
        )
