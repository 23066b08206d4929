"""Copy dossiers from the central database into a local cache, rows and ids unchanged.

A dossier is a person with everything that hangs off them: legal representative, BOB
periods, IVT/IT decisions (every version) with their periods, zorgtoeslag points, cases
with their notes and letters. The handlers and VSB imports these rows refer to are
copied too (handlers without their password hash: the cache does not need it).

Rows keep their central ids, so that sync (`cumuldesk.sync.pull`) can match them. The
copy is done with SQLAlchemy Core in chunks of persons, one cache transaction per chunk.
Each copied dossier is marked with why it is cached ("team" or "lookup") and with the
central change sequence read before the copy (`synced_seq`): every central row numbered
at or below it is in the copy, so a pull asks only for rows numbered above it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Table, delete, insert, or_, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.storage.audit import pseudonym_key
from cumuldesk.storage.cache_models import REASON_LOOKUP, REASON_TEAM, cache_dossiers, retro_flags
from cumuldesk.storage.database import chunked, describe_url, is_secured
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    LegalRepresentative,
    Letter,
    Note,
    Person,
    SyncCounter,
    VsbImport,
    ZorgtoeslagPoints,
)

_IDENTITY_LABEL = b"CumulDesk central identity v1"

PERSONS: Table = Person.__table__
REPRESENTATIVES: Table = LegalRepresentative.__table__
BOB: Table = BobPeriodRow.__table__
DECISIONS: Table = IvtItDecision.__table__
PERIODS: Table = IvtItPeriodRow.__table__
POINTS: Table = ZorgtoeslagPoints.__table__
CASES: Table = Case.__table__
NOTES: Table = Note.__table__
LETTERS: Table = Letter.__table__
HANDLERS: Table = Handler.__table__
IMPORTS: Table = VsbImport.__table__

# what a handler may read of a colleague's account: everything but the password hash
# (on the production set-up the column is not even granted: docs/security.md)
HANDLER_COLUMNS = tuple(c for c in HANDLERS.c if c.name != "password_hash")


def handler_rows(session: Session, condition: Any) -> list[dict[str, Any]]:
    """Handler rows (password hash None: a cache never holds one)."""
    found = session.execute(select(*HANDLER_COLUMNS).where(condition)).mappings()
    return [{**dict(row), "password_hash": None} for row in found]


# in the order they are inserted (parents first)
DOSSIER_TABLES = (PERSONS, REPRESENTATIVES, BOB, DECISIONS, PERIODS, POINTS, CASES, NOTES, LETTERS)


def central_identity(central_sessions: sessionmaker[Session]) -> tuple[str, str]:
    """(identity, description) of the central database.

    The identity is a keyed hash of the central database's pseudonymisation key: two
    databases never share it, and it reveals nothing. The key itself never leaves the
    central database (a laptop that held it could reverse the trail's pseudonyms): on the
    production set-up the server computes the identity (`cumuldesk_api.central_identity`).
    """
    with central_sessions() as session:
        url = str(session.get_bind().engine.url)
        if is_secured(session):
            identity = str(session.scalar(text("SELECT cumuldesk_api.central_identity()")))
            return identity, describe_url(url)
    for attempt in (1, 2):
        try:
            with central_sessions.begin() as session:
                key = pseudonym_key(session)  # created once, on first use
            break
        except IntegrityError:  # another process created the key at the same moment
            if attempt == 2:
                raise
    identity = hmac.new(key, _IDENTITY_LABEL, hashlib.sha256).hexdigest()[:32]
    return identity, describe_url(url)


def central_high_water(session: Session) -> int:
    """The highest change sequence the central database has handed out (its counter).

    Read it before the rows: every row numbered at or below it is committed and visible."""
    value = session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1))
    return int(value or 0)


def _person_ids(session: Session, insz: list[str] | None, team: str | None) -> dict[int, str]:
    """{person id: reason} of the persons named by INSZ ("lookup") or with a case of the
    team ("team", which wins when both)."""
    reasons: dict[int, str] = {}
    for chunk in chunked(insz or []):
        for person_id in session.scalars(select(PERSONS.c.id).where(PERSONS.c.insz.in_(chunk))):
            reasons[person_id] = REASON_LOOKUP
    if team is not None:
        for person_id in session.scalars(select(CASES.c.person_id).where(CASES.c.team == team)):
            reasons[person_id] = REASON_TEAM
    return reasons


def _rows(session: Session, table: Table, condition: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(select(table).where(condition)).mappings()]


def read_dossiers(session: Session, ids: list[int]) -> dict[Table, list[dict[str, Any]]]:
    """Every row of these persons' dossiers, with the handlers and VSB imports they refer
    to (handlers without their password hash), by table."""
    decision_ids = select(DECISIONS.c.id).where(DECISIONS.c.person_id.in_(ids))
    case_ids = select(CASES.c.id).where(CASES.c.person_id.in_(ids))
    rows = {
        PERSONS: _rows(session, PERSONS, PERSONS.c.id.in_(ids)),
        REPRESENTATIVES: _rows(session, REPRESENTATIVES, REPRESENTATIVES.c.person_id.in_(ids)),
        BOB: _rows(session, BOB, BOB.c.person_id.in_(ids)),
        DECISIONS: _rows(session, DECISIONS, DECISIONS.c.person_id.in_(ids)),
        PERIODS: _rows(session, PERIODS, PERIODS.c.decision_id.in_(decision_ids)),
        POINTS: _rows(session, POINTS, POINTS.c.person_id.in_(ids)),
        CASES: _rows(session, CASES, CASES.c.person_id.in_(ids)),
        NOTES: _rows(session, NOTES, NOTES.c.case_id.in_(case_ids)),
        LETTERS: _rows(session, LETTERS, LETTERS.c.case_id.in_(case_ids)),
    }
    handler_ids = {r["handler_id"] for r in rows[CASES]}
    handler_ids |= {r["author_id"] for r in rows[NOTES] + rows[LETTERS]}
    handler_ids.discard(None)
    import_ids = {r["import_id"] for r in rows[BOB]} - {None}
    rows[HANDLERS] = handler_rows(session, HANDLERS.c.id.in_(sorted(handler_ids)))
    rows[IMPORTS] = _rows(session, IMPORTS, IMPORTS.c.id.in_(sorted(import_ids)))
    return rows


def _upsert(connection: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or update by id, never delete-and-insert (that would cut references)."""
    for row in rows:
        statement = sqlite_insert(table).values(row)
        changes = {k: statement.excluded[k] for k in row if k != "id"}
        connection.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changes))


def naive_utc(value: Any) -> Any:
    """A moment with a time zone as UTC without one (how the cache stores times); any
    other value unchanged."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def cache_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Central rows as the cache stores them (moments in UTC without a time zone)."""
    return [{name: naive_utc(value) for name, value in row.items()} for row in rows]


def write_dossiers(
    connection: Any,
    rows: dict[Table, list[dict[str, Any]]],
    fetched_at: datetime,
    *,
    reasons: Mapping[int, str] | str = REASON_TEAM,
    synced_seq: int = 0,
) -> int:
    """Replace the cached copy of these dossiers by `rows` (from `read_dossiers`) in the
    caller's cache transaction; returns how many persons were written.

    `reasons`: why each person is cached ("team" or "lookup", one for all or by person
    id); a dossier cached for its team stays "team". `synced_seq`: the central counter
    read before `rows` were. When the handler last opened a dossier and its
    retroactive-change flags are kept.
    """
    persons = rows[PERSONS]
    ids = [p["id"] for p in persons]
    digits = [p["insz"] for p in persons]
    kept = connection.execute(
        select(
            cache_dossiers.c.person_id, cache_dossiers.c.last_opened_at, cache_dossiers.c.reason
        ).where(cache_dossiers.c.person_id.in_(ids))
    ).all()
    opened = {row.person_id: row.last_opened_at for row in kept}
    was_team = {row.person_id for row in kept if row.reason == REASON_TEAM}
    flags = [
        dict(row)
        for row in connection.execute(
            select(retro_flags).where(retro_flags.c.person_id.in_(ids))
        ).mappings()
    ]
    _upsert(connection, HANDLERS, cache_rows(rows[HANDLERS]))
    _upsert(connection, IMPORTS, cache_rows(rows[IMPORTS]))
    # the cached copy is replaced whole; its rows go with the person (ON DELETE CASCADE)
    connection.execute(
        delete(PERSONS).where(or_(PERSONS.c.id.in_(ids), PERSONS.c.insz.in_(digits)))
    )
    for table in DOSSIER_TABLES:
        # a cached row elsewhere with one of these ids is stale: the central database
        # deleted it and gave its id to one of these rows (its tombstone comes later)
        for chunk in chunked([row["id"] for row in rows[table]]):
            connection.execute(delete(table).where(table.c.id.in_(chunk)))
    for table in DOSSIER_TABLES:
        if rows[table]:
            connection.execute(insert(table), cache_rows(rows[table]))
    if ids:

        def reason(person_id: int) -> str:
            given = reasons if isinstance(reasons, str) else reasons.get(person_id, REASON_TEAM)
            return REASON_TEAM if person_id in was_team else given

        connection.execute(
            insert(cache_dossiers),
            [
                {
                    "person_id": i,
                    "fetched_at": fetched_at,
                    "last_opened_at": opened.get(i),
                    "reason": reason(i),
                    "synced_seq": synced_seq,
                }
                for i in ids
            ],
        )
    if flags:
        connection.execute(insert(retro_flags), flags)
    return len(ids)


# the names these had before sync needed them
_read = read_dossiers
_write = write_dossiers


def copy_dossiers(
    cache_engine: Engine,
    central_sessions: sessionmaker[Session],
    insz: list[str] | None,
    team: str | None,
    progress: Callable[[int, int], None] | None = None,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Copy the persons named by `insz` (11 digits, reason "lookup") and/or with a case
    of `team` (reason "team"), marked with the central counter read before the copy."""
    with central_sessions() as session:
        high_water = central_high_water(session)
        reasons = _person_ids(session, insz, team)
    ids = sorted(reasons)
    total = len(ids)
    stored = 0
    if progress:
        progress(0, total)
    fetched_at = clock().astimezone(UTC).replace(tzinfo=None)
    for chunk in chunked(ids):
        with central_sessions() as session:
            rows = read_dossiers(session, list(chunk))
        with cache_engine.begin() as connection:
            stored += write_dossiers(
                connection, rows, fetched_at, reasons=reasons, synced_seq=high_water
            )
        if progress:
            progress(stored, total)
    return stored
