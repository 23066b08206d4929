"""What waits for the handler's choice in the outbox, as the desktop and the command line
show it: conflicts (a case changed by the handler and, meanwhile, centrally: both
versions, field by field) and changes the central database refused (with its reason).

Plain data, no Qt: the desktop's conflicts dialog (through the desk:
`services.desk.Desk.waiting_changes`, `resolve_conflict`, `dismiss_refused`) and
`cumuldesk sync conflicts|status` both read it. The choice itself is `resolve` (keep
`Keep.MINE` or `Keep.THEIRS`: `cumuldesk.sync.push.resolve_conflict`) and `dismiss` (drop
a refused change: `dismiss_rejected`); each returns what it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from cumuldesk.services.desk import Change, Changes
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import CONFLICT, REJECTED
from cumuldesk.storage.models import Case, Person
from cumuldesk.sync.outbox import (
    AUDIT,
    CASE,
    CASE_FIELDS,
    LETTER,
    NOTE,
    OutboxItem,
    items,
    parse_utc,
)
from cumuldesk.sync.push import KEEP_MINE, KEEP_THEIRS, dismiss_rejected, resolve_conflict

WAITING_STATES = (CONFLICT, REJECTED)


class ItemKind(StrEnum):
    """What an outbox item carries."""

    NOTE = NOTE
    CASE = CASE
    LETTER = LETTER
    AUDIT = AUDIT


class Keep(StrEnum):
    """The handler's choice in a conflict: their version, or the central one."""

    MINE = KEEP_MINE  # made again on top of the central version, pushed with the next sync
    THEIRS = KEEP_THEIRS  # the change is dropped; the case shows the central version


@dataclass(frozen=True)
class FieldVersions:
    """One case field of a conflict: the handler's value and the central one, both in
    the outbox's JSON form (enum values, ISO dates, None)."""

    field: str
    mine: Any
    theirs: Any

    @property
    def differs(self) -> bool:
        return bool(self.mine != self.theirs)


@dataclass(frozen=True)
class CaseSubject:
    """The cached case an item is about (gone from the cache: no WaitingChange has one)."""

    reference: str
    insz: str
    family_name: str
    given_name: str

    @property
    def name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()


@dataclass(frozen=True)
class WaitingChange:
    """An outbox item in conflict or refused, with what the handler needs to choose."""

    key: str
    kind: ItemKind
    state: str  # CONFLICT or REJECTED
    made_at: datetime  # when the handler made the change (UTC)
    case: CaseSubject | None  # None: the case is not (or no longer) in the cache
    reason: str | None  # why it waits: the central database's words
    fields: tuple[FieldVersions, ...]  # a conflict's fields, both versions
    central_changed_at: datetime | None  # when the central version was last changed
    text: str | None  # a refused note's text (so the handler knows what is dropped)

    @property
    def is_conflict(self) -> bool:
        return self.state == CONFLICT


def case_ids(waiting: Iterable[OutboxItem]) -> list[int]:
    return sorted({i.case_id for i in waiting if i.case_id is not None})


def references(cache: LocalCache, waiting: Iterable[OutboxItem]) -> dict[int, str]:
    """Case id -> reference, for the items' cases still in the cache."""
    return {case_id: subject.reference for case_id, subject in subjects(cache, waiting).items()}


def subjects(cache: LocalCache, waiting: Iterable[OutboxItem]) -> dict[int, CaseSubject]:
    """Case id -> the cached case and its person, for the items' cases still cached."""
    ids = case_ids(waiting)
    if not ids:
        return {}
    query = (
        select(Case.id, Case.reference, Person.insz, Person.family_name, Person.given_name)
        .join(Person, Person.id == Case.person_id)
        .where(Case.id.in_(ids))
    )
    with cache.sessions() as session:
        rows = session.execute(query).all()
    return {
        row.id: CaseSubject(row.reference, row.insz, row.family_name, row.given_name)
        for row in rows
    }


def describe_kind(item: OutboxItem) -> str:
    """What the item carries, in words for the command line ("a case change")."""
    return {
        "note": "a note",
        "case": "a case change",
        "letter": "a letter",
        "audit": "an audit event",
    }.get(item.kind, item.kind)


def mine(item: OutboxItem) -> dict[str, Any] | None:
    """The fields a "case" item changes (None for other kinds)."""
    return item.payload.get("changes") if item.kind == CASE else None


def compared_fields(item: OutboxItem) -> tuple[FieldVersions, ...]:
    """The fields the handler changed, each with the central version beside it, in the
    order of `CASE_FIELDS` (unknown fields last, by name)."""
    changes = item.payload.get("changes") or {}
    theirs = item.theirs or {}
    order = {name: index for index, name in enumerate(CASE_FIELDS)}
    names = sorted(changes, key=lambda name: (order.get(name, len(order)), name))
    return tuple(FieldVersions(name, changes[name], theirs.get(name)) for name in names)


def central_changed_at(item: OutboxItem) -> datetime | None:
    """When the central version of a conflicting case was last changed (UTC)."""
    changed = (item.theirs or {}).get("updated_at")
    return parse_utc(changed) if changed else None


def item_json(item: OutboxItem, refs: dict[int, str]) -> dict[str, Any]:
    """An item as `cumuldesk sync conflicts|status --json` prints it."""
    return {
        "key": item.key,
        "kind": item.kind,
        "state": item.state,
        "case": refs.get(item.case_id or 0),
        "reason": item.last_error,
        "mine": mine(item),
        "theirs": item.theirs,
    }


def waiting_change(item: OutboxItem, subject: CaseSubject | None) -> WaitingChange:
    conflict = item.state == CONFLICT
    text = item.payload.get("text") if item.kind == NOTE else None
    return WaitingChange(
        key=item.key,
        kind=ItemKind(item.kind),
        state=item.state,
        made_at=item.created_at,
        case=subject,
        reason=item.last_error,
        fields=compared_fields(item) if conflict and item.kind == CASE else (),
        central_changed_at=central_changed_at(item) if conflict else None,
        text=text if isinstance(text, str) else None,
    )


def load_waiting(cache: LocalCache, states: Iterable[str] = WAITING_STATES) -> list[WaitingChange]:
    """The conflicts and refused changes, oldest first, with their cases."""
    waiting = items(cache, states=list(states))
    found = subjects(cache, waiting)
    return [waiting_change(item, found.get(item.case_id or 0)) for item in waiting]


# ----------------------------------------------------------------------- choices


def _changed(change: WaitingChange) -> Changes:
    """A choice changes the outbox and the cached case (and so its dossier)."""
    case = change.case
    return Changes.of(
        Change.CASES,
        Change.OUTBOX,
        persons=() if case is None else (case.insz,),
        cases=() if case is None else (case.reference,),
    )


def resolve(
    cache: LocalCache,
    change: WaitingChange,
    keep: Keep,
    *,
    actor: str,
    clock: Callable[[], datetime] = utcnow,
) -> Changes:
    """Settle a conflict: keep the handler's version or the central one (audited in the
    local trail). BadInput when it is no longer a conflict."""
    resolve_conflict(cache, change.key, keep.value, actor=actor, clock=clock)
    return _changed(change)


def dismiss(cache: LocalCache, change: WaitingChange, *, actor: str) -> Changes:
    """Drop a change the central database refused (audited in the local trail).
    BadInput when it is no longer a refused change."""
    dismiss_rejected(cache, change.key, actor=actor)
    return _changed(change)
