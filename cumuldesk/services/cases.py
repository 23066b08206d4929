"""Work on a case in the local cache, online or offline: notes, status, answers, letters.

Every change is ONE cache transaction that updates the cached rows, adds the outbox item
that carries the change to the central database (`cumuldesk.sync.outbox`, pushed by
`cumuldesk.sync.push`) and writes a local audit event (which travels as an outbox item
too). So a change is never in the cache without its item and its audit event.

A case is named by its reference. Notes and letters written here get a negative id until
they are pushed. Each write says what it wrote (`CaseWrite`: the case, the outbox item,
the new row's local id) and what changed for the views (`CaseWrite.changes`); the
functions that return only the id or the key are the same writes, for callers that need
no more. A "case" item carries the case's central change sequence the handler
saw (`base_seq`): the push applies it only if nobody changed the case meanwhile.

Audit details hold the case reference and field names only (never the note text or
the letter content).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum, StrEnum
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, insert, select, update

from cumuldesk.domain.cases import Answer, CaseStatus, Language, LetterKind
from cumuldesk.errors import BadInput
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.desk import Change, Changes
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import PENDING, outbox
from cumuldesk.storage.models import Case, Handler, Letter, Note, Person
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
E = TypeVar("E", bound=StrEnum)

NOTE_MAX = 4000  # characters
NO_CASE = "no case with this reference in the local cache"

CASES = Case.__table__
NOTES = Note.__table__
LETTERS = Letter.__table__
PERSONS = Person.__table__
HANDLERS = Handler.__table__


# ------------------------------------------------------------------------ values


@dataclass(frozen=True)
class CaseKey:
    """A cached case: its reference as stored, and its person's INSZ (11 digits; in
    memory only, never logged)."""

    reference: str
    insz: str = field(repr=False)


@dataclass(frozen=True)
class CaseWrite:
    """What one write to a cached case wrote: the case, the key of the outbox item that
    carries it to the central database, and the new note's or letter's local (negative)
    id (None for a change of the case itself)."""

    case: CaseKey
    key: str
    local_id: int | None = None

    @property
    def changes(self) -> Changes:
        """For the views: the case (its notes, letters or fields) and the outbox changed."""
        return Changes.of(
            Change.CASES, Change.OUTBOX, persons=(self.case.insz,), cases=(self.case.reference,)
        )


@dataclass(frozen=True)
class _CaseRow:
    """The cached case's columns a write needs."""

    id: int
    reference: str
    person_id: int
    change_seq: int
    proposal_sent_on: date | None
    answer_date: date | None
    answer: Answer | None
    application_date: date | None
    insz: str = field(repr=False)

    @property
    def key(self) -> CaseKey:
        return CaseKey(self.reference, self.insz)


# ----------------------------------------------------------------------- helpers


def _find_case(connection: Connection, reference: str) -> _CaseRow:
    """The cached case with this reference (BadInput when the cache has none)."""
    found = _lookup_case(connection, reference)
    if found is None:
        raise BadInput(NO_CASE)
    return found


def _lookup_case(connection: Connection, reference: str) -> _CaseRow | None:
    """The cached case with this reference, as typed or in capitals (None: not cached)."""
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
            return _CaseRow(
                id=row.id,
                reference=row.reference,
                person_id=row.person_id,
                change_seq=row.change_seq,
                proposal_sent_on=row.proposal_sent_on,
                answer_date=row.answer_date,
                answer=None if row.answer is None else Answer(row.answer),
                application_date=row.application_date,
                insz=row.insz,
            )
    return None


def find_case(cache: LocalCache, reference: str) -> CaseKey | None:
    """The cached case named by this reference (as typed or in capitals), None when the
    cache does not hold it."""
    with cache.engine.connect() as connection:
        found = _lookup_case(connection, reference)
    return None if found is None else found.key


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


def _choice(enum: type[E], value: object, what: str) -> E:
    raw: object = value.value if isinstance(value, Enum) else value
    try:
        return enum(str(raw))
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise BadInput(f"unknown {what} {value!r}; choose one of: {allowed}") from None


def _date(value: object, what: str) -> date | None:
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


def _case_values(changes: Mapping[str, object]) -> dict[str, Any]:
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


def _check_dates(case: _CaseRow, values: Mapping[str, Any], clock: Clock) -> None:
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
    changes: Mapping[str, object],
    action: str,
    clock: Clock,
) -> CaseWrite:
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
    return CaseWrite(case.key, key)


# ------------------------------------------------------------------------ public


def add_note(
    cache: LocalCache, identity: Identity, case_ref: str, text: str, *, clock: Clock = utcnow
) -> int:
    """Add a work note to a case; returns its local (negative) id."""
    return _local_id(write_note(cache, identity, case_ref, text, clock=clock))


def write_note(
    cache: LocalCache, identity: Identity, case_ref: str, text: str, *, clock: Clock = utcnow
) -> CaseWrite:
    """Add a work note to a case (BadInput when it is empty or too long)."""
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
        key = enqueue(
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
    return CaseWrite(case.key, key, local_id)


def _local_id(written: CaseWrite) -> int:
    if written.local_id is None:  # a note or a letter always has one
        raise AssertionError("the write made no row")
    return written.local_id


def change_case(
    cache: LocalCache, identity: Identity, case_ref: str, *, clock: Clock = utcnow, **changes: Any
) -> str:
    """Change fields of a case (status, answer, answer_date, proposal_sent_on, deadline);
    returns the outbox item's key."""
    return write_case_change(cache, identity, case_ref, changes, clock=clock).key


def write_case_change(
    cache: LocalCache,
    identity: Identity,
    case_ref: str,
    changes: Mapping[str, object],
    *,
    clock: Clock = utcnow,
) -> CaseWrite:
    """Change fields of a case (`changes` by field name: status, answer, answer_date,
    proposal_sent_on, deadline); BadInput on a field a handler may not change, a wrong
    value or a date the case rules refuse."""
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
    return write_answer(cache, identity, case_ref, answer, answer_date, clock=clock).key


def write_answer(
    cache: LocalCache,
    identity: Identity,
    case_ref: str,
    answer: Answer | str,
    answer_date: date | str,
    *,
    clock: Clock = utcnow,
) -> CaseWrite:
    """Record the applicant's answer to the proposal and its date (the case becomes
    ANSWERED)."""
    if answer is None:
        raise BadInput("say which answer was given")
    if _date(answer_date, "answer date") is None:
        raise BadInput("say on which date the answer was given")
    changes: dict[str, object] = {
        "status": CaseStatus.ANSWERED,
        "answer": answer,
        "answer_date": answer_date,
    }
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
    written = write_letter(
        cache,
        identity,
        case_ref,
        kind,
        language,
        content,
        finalised=finalised,
        clock=clock,
        law_data_version=law_data_version,
    )
    return _local_id(written)


def write_letter(
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
) -> CaseWrite:
    """`save_letter`, saying what it wrote."""
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
        key = enqueue(
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
    return CaseWrite(case.key, key, local_id)


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
