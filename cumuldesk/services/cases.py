"""Work on a case in the local cache, online or offline: notes, status, answers, letters.

Every change is ONE cache transaction that updates the cached rows, adds the outbox item
that carries the change to the central database (`cumuldesk.sync.outbox`, pushed by
`cumuldesk.sync.push`) and writes a local audit event (which travels as an outbox item
too). So a change is never in the cache without its item and its audit event.

A case is named by its reference. Notes and letters written here get a negative id until
they are pushed. A "case" item carries the case's central change sequence the handler
saw (`base_seq`): the push applies it only if nobody changed the case meanwhile.

Audit details hold the case reference and field names only (never the note text or
the letter content).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import PENDING, outbox
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
from cumuldesk.sync.outbox import (
    CASE,
    CASE_FIELDS,
    LETTER,
    NOTE,
    case_changes_to_json,
    enqueue,
    iso_utc,
    next_local_id,
    record_local,
)

Clock = Callable[[], datetime]

NOTE_MAX = 4000  # characters
NO_CASE = "no case with this reference in the local cache"

CASES = Case.__table__
NOTES = Note.__table__
LETTERS = Letter.__table__
PERSONS = Person.__table__
HANDLERS = Handler.__table__


# ----------------------------------------------------------------------- helpers


def _find_case(connection: Connection, reference: str) -> Row[Any]:
    """The cached case with this reference (BadInput when the cache has none)."""
    wanted = (reference or "").strip()
    query = select(
        CASES.c.id,
        CASES.c.reference,
        CASES.c.person_id,
        CASES.c.change_seq,
        CASES.c.proposal_sent_on,
        CASES.c.answer_date,
        CASES.c.answer,
        CASES.c.application_date,
        PERSONS.c.insz,
    ).join(PERSONS, PERSONS.c.id == CASES.c.person_id)
    for candidate in dict.fromkeys((wanted, wanted.upper())):
        row = connection.execute(query.where(CASES.c.reference == candidate)).first()
        if row is not None:
            return row
    raise BadInput(NO_CASE)


def _author_id(connection: Connection, username: str) -> int | None:
    """The handler's id in the cache (None when the cache does not hold their row; the
    push sets the central author either way)."""
    return connection.scalar(select(HANDLERS.c.id).where(HANDLERS.c.username == username))


def _local_today(clock: Clock) -> date:
    moment = clock()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()  # the handler's own calendar day


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _choice(enum: Any, value: Any, what: str) -> Any:
    try:
        return enum(getattr(value, "value", value))
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise BadInput(f"unknown {what} {value!r}; choose one of: {allowed}") from None


def _date(value: Any, what: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadInput(f"the {what} is not a date (YYYY-MM-DD)") from None


def _case_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Column values of the changes a handler asked for (BadInput on a wrong one)."""
    if not changes:
        raise BadInput("say what to change in the case")
    unknown = sorted(set(changes) - set(CASE_FIELDS))
    if unknown:
        raise BadInput(
            f"a handler cannot change the case field(s) {', '.join(unknown)}; "
            f"allowed: {', '.join(CASE_FIELDS)}"
        )
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "status":
            if value is None:
                raise BadInput("a case always has a status")
            values[name] = _choice(CaseStatus, value, "case status")
        elif name == "answer":
            values[name] = None if value is None else _choice(Answer, value, "answer")
        else:
            values[name] = _date(value, name.replace("_", " "))
    return values


def _check_dates(case: Row[Any], values: Mapping[str, Any], clock: Clock) -> None:
    """The case rules, checked here for a clear message at once; the central database
    checks them again (docs/security.md), whatever the laptop sends."""
    answer = values.get("answer", case.answer)
    answer_date = values.get("answer_date", case.answer_date)
    sent_on = values.get("proposal_sent_on", case.proposal_sent_on)
    applied = case.application_date
    today = _local_today(clock)
    if "answer_date" in values and answer_date is not None and answer_date > today:
        raise BadInput("the answer date cannot be in the future")
    if "proposal_sent_on" in values and sent_on is not None:
        if sent_on > today:
            raise BadInput("the date the proposal was sent cannot be in the future")
        if applied is not None and sent_on < applied:
            raise BadInput("the proposal cannot have been sent before the application")
    if "answer" in values and answer is not None and sent_on is None:
        raise BadInput(
            "an answer needs a renunciation proposal that was sent: record the date the "
            "proposal was sent first"
        )
    if answer_date is not None and applied is not None and answer_date < applied:
        raise BadInput("the answer date cannot be before the application")
    if answer_date is not None and sent_on is not None and answer_date < sent_on:
        raise BadInput("the answer date cannot be before the date the proposal was sent")


def _change(
    cache: LocalCache,
    identity: Identity,
    case_ref: str,
    changes: Mapping[str, Any],
    action: str,
    clock: Clock,
) -> str:
    values = _case_values(changes)
    with cache.sessions.begin() as session:
        connection = session.connection()
        case = _find_case(connection, case_ref)
        _check_dates(case, values, clock)
        connection.execute(update(CASES).where(CASES.c.id == case.id).values(values))
        key = enqueue(
            connection,
            CASE,
            {
                "case_id": case.id,
                "base_seq": case.change_seq,
                "changes": case_changes_to_json(values),
            },
            case_id=case.id,
            person_id=case.person_id,
            clock=clock,
        )
        record_local(
            session,
            identity.username,
            action,
            insz=case.insz,
            details={"case": case.reference, "fields": sorted(values)},
            clock=clock,
        )
    return key


# ------------------------------------------------------------------------ public


def add_note(
    cache: LocalCache, identity: Identity, case_ref: str, text: str, *, clock: Clock = utcnow
) -> int:
    """Add a work note to a case; returns its local (negative) id."""
    body = (text or "").strip()
    if not body:
        raise BadInput("a note cannot be empty")
    if len(body) > NOTE_MAX:
        raise BadInput(f"a note is at most {NOTE_MAX:,} characters; this one has {len(body):,}")
    now = clock()
    with cache.sessions.begin() as session:
        connection = session.connection()
        case = _find_case(connection, case_ref)
        local_id = next_local_id(connection, NOTES)
        connection.execute(
            insert(NOTES).values(
                id=local_id,
                case_id=case.id,
                author_id=_author_id(connection, identity.username),
                created_at=_naive_utc(now),
                text=body,
            )
        )
        enqueue(
            connection,
            NOTE,
            {
                "local_id": local_id,
                "case_id": case.id,
                "text": body,
                "created_at": iso_utc(now),
                "author": identity.username,
            },
            case_id=case.id,
            person_id=case.person_id,
            clock=clock,
        )
        record_local(
            session,
            identity.username,
            "note_added",
            insz=case.insz,
            details={"case": case.reference},
            clock=clock,
        )
    return local_id


def change_case(
    cache: LocalCache, identity: Identity, case_ref: str, *, clock: Clock = utcnow, **changes: Any
) -> str:
    """Change fields of a case (status, answer, answer_date, proposal_sent_on, deadline);
    returns the outbox item's key."""
    return _change(cache, identity, case_ref, changes, "case_changed", clock)


def record_answer(
    cache: LocalCache,
    identity: Identity,
    case_ref: str,
    answer: Answer | str,
    answer_date: date | str,
    *,
    clock: Clock = utcnow,
) -> str:
    """Record the applicant's answer to the proposal (the case becomes ANSWERED); returns
    the outbox item's key."""
    if answer is None:
        raise BadInput("say which answer was given")
    if _date(answer_date, "answer date") is None:
        raise BadInput("say on which date the answer was given")
    changes = {"status": CaseStatus.ANSWERED, "answer": answer, "answer_date": answer_date}
    return _change(cache, identity, case_ref, changes, "answer_recorded", clock)


def save_letter(
    cache: LocalCache,
    identity: Identity,
    case_ref: str,
    kind: LetterKind | str,
    language: Language | str,
    content: str,
    *,
    finalised: bool,
    clock: Clock = utcnow,
    law_data_version: int | None = None,
) -> int:
    """Save a letter of a case (a draft, or finalised: then immutable, with the SHA-256
    of its content); returns its local (negative) id. A finalised letter's audit event
    names the law-data version its simulation used (None: the shipped law data).

    A case has one letter of each kind being drafted: saving a draft again replaces the
    handler's own draft that was not pushed yet (a pushed draft stays as it is, central
    letters are never changed). Once a letter of that kind is finalised, the case's letter
    of that kind cannot be saved again (BadInput).
    """
    letter_kind = _choice(LetterKind, kind, "letter kind")
    letter_language = _choice(Language, language, "language")
    if not (content or "").strip():
        raise BadInput("a letter cannot be empty")
    now = clock()
    with cache.sessions.begin() as session:
        connection = session.connection()
        case = _find_case(connection, case_ref)
        same = (LETTERS.c.case_id == case.id) & (LETTERS.c.kind == letter_kind)
        finalised_before = connection.scalar(
            select(LETTERS.c.id).where(same, LETTERS.c.finalised_at.is_not(None)).limit(1)
        )
        if finalised_before is not None:
            raise BadInput(
                f"the {letter_kind.value.replace('_', ' ')} letter of this case is finalised; "
                "a finalised letter cannot be saved again"
            )
        local_id = next_local_id(connection, LETTERS)  # before a draft goes: ids never reused
        for draft_id in connection.scalars(select(LETTERS.c.id).where(same, LETTERS.c.id < 0)):
            _drop_unpushed_draft(connection, draft_id)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest() if finalised else None
        finalised_at = now if finalised else None
        connection.execute(
            insert(LETTERS).values(
                id=local_id,
                case_id=case.id,
                kind=letter_kind,
                language=letter_language,
                author_id=_author_id(connection, identity.username),
                created_at=_naive_utc(now),
                finalised_at=None if finalised_at is None else _naive_utc(finalised_at),
                content=content,
                content_sha256=digest,
            )
        )
        enqueue(
            connection,
            LETTER,
            {
                "local_id": local_id,
                "case_id": case.id,
                "kind": letter_kind.value,
                "language": letter_language.value,
                "content": content,
                "created_at": iso_utc(now),
                "finalised_at": None if finalised_at is None else iso_utc(finalised_at),
                "content_sha256": digest,
                "author": identity.username,
            },
            case_id=case.id,
            person_id=case.person_id,
            clock=clock,
        )
        record_local(
            session,
            identity.username,
            "letter_saved",
            insz=case.insz,
            details={
                "case": case.reference,
                "kind": letter_kind.value,
                "finalised": finalised,
                **({"law_data_version": law_data_version} if finalised else {}),
            },
            clock=clock,
        )
    return local_id


def _drop_unpushed_draft(connection: Connection, local_id: int) -> None:
    """Remove a local draft that a new save replaces, with its pending outbox item (a
    draft whose item was refused stays until the handler dismisses it)."""
    rows = connection.execute(
        select(outbox.c.id, outbox.c.payload, outbox.c.state).where(outbox.c.kind == LETTER)
    ).all()
    for row in rows:
        if json.loads(row.payload).get("local_id") != local_id:
            continue
        if row.state != PENDING:
            return
        connection.execute(delete(outbox).where(outbox.c.id == row.id))
    connection.execute(delete(LETTERS).where(LETTERS.c.id == local_id))
