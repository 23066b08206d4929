"""The incremental pull: bring a handler's cache up to date with the central database.

The central database numbers every change of a row a handler may see (`change_seq`,
migration 0003); the cache remembers up to which number its last complete pull went
(`last_seq`) and, per dossier, up to which number it was last copied whole
(`cache_dossiers.synced_seq`). A pull:

1. reads the central counter `hw` first, then the scope: the persons with a case of the
   handler's team, and the dossiers fetched on demand ("lookup");
2. applies the tombstones numbered in (last_seq, hw]: a cached row goes when its own
   number is below the stone's (a row with a reused id is newer than the stone);
3. removes the team dossiers that left the scope, unless the outbox holds changes to
   them (those stay, as "lookup");
4. copies the new dossiers of the scope whole (`synced_seq` = hw);
5. upserts, by id and parents first, the rows of the cached dossiers numbered in
   (max(last_seq, synced_seq), hw], flags retroactive IVT/IT changes
   (`cumuldesk.sync.retro`) and lays the handler's unpushed changes on top again
   (`outbox.reapply_pending`);
6. writes `last_seq` = hw and `last_sync_at`, only when all of it succeeded.

Before step 2 the approved law data are copied whole when the central law-data version
differs from the cache's (`cumuldesk.sync.law`), so that the retroactive check of step 5
and the desk use the same law data. The letters' sender block follows
(`cumuldesk.sync.organisation`: the publications the cache lacks). Before step 6 the
screening results of the cached cases are copied (`cumuldesk.sync.screening`).

Work goes in chunks of persons, one cache transaction per chunk, with progress and a
cancel check between chunks. A cancelled or interrupted pull is simply done again: the
upserts are idempotent and `last_seq` did not move. The central reads of one chunk see
one snapshot (REPEATABLE READ on PostgreSQL, one read transaction on SQLite), so a chunk
never holds a row without its parent. Should a chunk still not fit the cache (a parent
row missing there, a unique value moved between rows), its dossiers are copied whole.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.domain.insz import normalise_insz_input
from cumuldesk.domain.periods import IvtItPeriod
from cumuldesk.errors import IntegrityProblem
from cumuldesk.storage.audit import utcnow
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_copy import (
    BOB,
    CASES,
    DECISIONS,
    DOSSIER_TABLES,
    HANDLERS,
    IMPORTS,
    LETTERS,
    NOTES,
    PERIODS,
    PERSONS,
    cache_rows,
    central_high_water,
    handler_rows,
    naive_utc,
    read_dossiers,
    write_dossiers,
)
from cumuldesk.storage.cache_models import (
    META_LAST_SEQ,
    META_LAST_SYNC_AT,
    REASON_LOOKUP,
    REASON_TEAM,
    cache_dossiers,
)
from cumuldesk.storage.database import chunked, is_secured
from cumuldesk.storage.models import SyncTombstone
from cumuldesk.sync import retro
from cumuldesk.sync.law import pull_law_data
from cumuldesk.sync.organisation import pull_organisation
from cumuldesk.sync.outbox import person_ids_with_items, reapply_pending
from cumuldesk.sync.progress import Cancel, Progress, check_cancel, report
from cumuldesk.sync.screening import pull_screening

Clock = Callable[[], datetime]
Rows = dict[Table, list[dict[str, Any]]]

CHUNK = 500  # persons per chunk: one central snapshot and one cache transaction each
TABLES: dict[str, Table] = {table.name: table for table in (HANDLERS, *DOSSIER_TABLES)}
_OWNER = "_pull_owner_person_id"


class CounterBehind(IntegrityProblem):
    """The central change counter is lower than what this cache already pulled."""


@dataclass(frozen=True)
class PullResult:
    """What a pull did: the central high-water mark it reached; dossiers copied whole
    for the first time, dossiers with changed rows, dossiers removed because they left
    the team's scope; cached rows deleted because they were deleted centrally; and
    retroactive-change flags raised."""

    high_water: int
    new_dossiers: int
    changed_dossiers: int
    removed_dossiers: int
    deleted_rows: int
    retro_flags: int
    law_data_version: int | None = None  # the law data copied by this pull (None: unchanged)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class _Stones:
    """What applying the tombstones did, and what the retroactive check needs of it."""

    deleted: int = 0
    before: dict[int, list[IvtItPeriod]] = field(default_factory=dict)  # by person
    refs: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))


# ------------------------------------------------------------------ central reads


@contextmanager
def _snapshot(central_sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A central session whose reads all see one snapshot of the database."""
    with central_sessions() as session:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        elif dialect == "sqlite":
            session.connection().exec_driver_sql("BEGIN")  # the driver would not, for reads
        yield session


def _owned(table: Table) -> tuple[Any, Any]:
    """(person id column, FROM clause) of a dossier table."""
    if table is PERSONS:
        return PERSONS.c.id, PERSONS
    if table is PERIODS:
        return DECISIONS.c.person_id, PERIODS.join(
            DECISIONS, PERIODS.c.decision_id == DECISIONS.c.id
        )
    if table is NOTES or table is LETTERS:
        return CASES.c.person_id, table.join(CASES, table.c.case_id == CASES.c.id)
    return table.c.person_id, table


def _persons_changed(session: Session, after: int, upto: int) -> set[int]:
    """Persons with a row of their dossier numbered in (after, upto]."""
    found: set[int] = set()
    for table in DOSSIER_TABLES:
        person, source = _owned(table)
        found.update(
            session.scalars(
                select(person)
                .select_from(source)
                .where(table.c.change_seq > after, table.c.change_seq <= upto)
                .distinct()
            )
        )
    return found


@dataclass
class _Changes:
    """One chunk's changed rows (by table, parents first) and whose they are."""

    rows: Rows
    owner: dict[Table, dict[int, int]]  # table -> row id -> person id

    def persons(self, *tables: Table) -> set[int]:
        """Persons with a changed row in these tables (any table when none given)."""
        return {p for t in (tables or DOSSIER_TABLES) for p in self.owner[t].values()}


def _read_changes(session: Session, floors: Mapping[int, int], high_water: int) -> _Changes:
    """The rows of these persons numbered above their floor and at most `high_water`,
    with every handler and VSB import they refer to."""
    ids = sorted(floors)
    low = min(floors.values())
    rows: Rows = {}
    owner: dict[Table, dict[int, int]] = {}
    for table in DOSSIER_TABLES:
        person, source = _owned(table)
        found = session.execute(
            select(table, person.label(_OWNER))
            .select_from(source)
            .where(person.in_(ids), table.c.change_seq > low, table.c.change_seq <= high_water)
            .order_by(table.c.id)
        ).mappings()
        rows[table], owner[table] = [], {}
        for mapping in found:
            row = dict(mapping)
            person_id = row.pop(_OWNER)
            if row["change_seq"] > floors[person_id]:
                rows[table].append(row)
                owner[table][row["id"]] = person_id
    handler_ids = {r["handler_id"] for r in rows[CASES]}
    handler_ids |= {r["author_id"] for r in rows[NOTES] + rows[LETTERS]}
    handler_ids.discard(None)
    import_ids = {r["import_id"] for r in rows[BOB]} - {None}
    rows[HANDLERS] = _by_ids(session, HANDLERS, handler_ids)
    rows[IMPORTS] = _by_ids(session, IMPORTS, import_ids)
    return _Changes(rows, owner)


def _by_ids(session: Session, table: Table, ids: Iterable[int]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk in chunked(sorted(ids)):
        if table is HANDLERS:  # never the password hash: the cache does not need it
            found += handler_rows(session, HANDLERS.c.id.in_(chunk))
            continue
        found += [
            dict(r) for r in session.execute(select(table).where(table.c.id.in_(chunk))).mappings()
        ]
    return found


# -------------------------------------------------------------------- cache writes


def upsert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or update central rows by id (never delete-and-insert: that would cut the
    rows that refer to them)."""
    if not rows:
        return
    statement = sqlite_insert(table)
    names = [c.name for c in table.columns if c.name != "id"]
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.id], set_={name: statement.excluded[name] for name in names}
    )
    connection.execute(statement, cache_rows(rows))


def _apply_tombstones(connection: Connection, stones: Iterable[Any]) -> _Stones:
    """Delete the cached rows the stones name whose number is below the stone's; keep
    the in-force IVT/IT periods of persons losing decisions or periods (for `retro`)."""
    wanted: dict[Table, dict[int, int]] = defaultdict(dict)
    for name, row_id, seq in stones:
        if name in TABLES:
            wanted[TABLES[name]][row_id] = seq
    doomed: dict[Table, list[int]] = defaultdict(list)
    for table, stone_of in wanted.items():
        for chunk in chunked(sorted(stone_of)):
            for row_id, seq in connection.execute(
                select(table.c.id, table.c.change_seq).where(table.c.id.in_(chunk))
            ):
                if seq < stone_of[row_id]:
                    doomed[table].append(row_id)
    done = _Stones()
    decision_ids = set(doomed[DECISIONS])
    for chunk in chunked(doomed[PERIODS]):
        decision_ids.update(
            connection.scalars(select(PERIODS.c.decision_id).where(PERIODS.c.id.in_(chunk)))
        )
    gone = set(doomed[PERSONS])
    for chunk in chunked(sorted(decision_ids)):
        for row in connection.execute(
            select(DECISIONS.c.person_id, DECISIONS.c.decision_ref).where(DECISIONS.c.id.in_(chunk))
        ):
            if row.person_id not in gone:
                done.refs[row.person_id].add(row.decision_ref)
    done.before = retro.in_force_periods(connection, done.refs)
    for table in (*reversed(DOSSIER_TABLES), HANDLERS):  # children first: each one counts
        for chunk in chunked(doomed[table]):
            done.deleted += connection.execute(delete(table).where(table.c.id.in_(chunk))).rowcount
    return done


def _bookkeeping(connection: Connection) -> dict[int, tuple[str, int]]:
    """{person id: (reason, synced_seq)} of the cached dossiers."""
    rows = connection.execute(
        select(cache_dossiers.c.person_id, cache_dossiers.c.reason, cache_dossiers.c.synced_seq)
    ).all()
    return {row.person_id: (row.reason, int(row.synced_seq or 0)) for row in rows}


def _set_reason(connection: Connection, person_ids: Iterable[int], reason: str) -> None:
    for chunk in chunked(sorted(person_ids)):
        connection.execute(
            update(cache_dossiers)
            .where(cache_dossiers.c.person_id.in_(chunk))
            .values(reason=reason)
        )


def _apply_changes(
    connection: Connection,
    changes: _Changes,
    stones: _Stones,
    persons: Iterable[int],
    *,
    ban_start: Callable[[], date | None],
    detected_at: datetime,
) -> int:
    """Write one chunk's changed rows, flag retroactive IVT/IT changes of these persons
    and lay the unpushed local changes on top again; returns the flags written."""
    in_chunk = set(persons)
    rows = changes.rows
    from_stones = in_chunk & stones.before.keys()
    checked = changes.persons(DECISIONS, PERIODS) | from_stones
    before = retro.in_force_periods(connection, checked - from_stones)
    before.update({p: stones.before[p] for p in from_stones})
    upsert(connection, HANDLERS, rows[HANDLERS])
    upsert(connection, IMPORTS, rows[IMPORTS])
    for table in DOSSIER_TABLES:
        upsert(connection, table, rows[table])
    refs: dict[int, set[str]] = defaultdict(set)
    for person in from_stones:
        refs[person] |= stones.refs[person]
    for row in rows[DECISIONS]:
        refs[row["person_id"]].add(row["decision_ref"])
    decision_of = retro.decision_refs(connection, {r["decision_id"] for r in rows[PERIODS]})
    for row in rows[PERIODS]:
        refs[changes.owner[PERIODS][row["id"]]].add(decision_of.get(row["decision_id"], "?"))
    flags = retro.flag_changes(
        connection, before, refs, ban_start=ban_start, detected_at=detected_at
    )
    reapply_pending(connection, in_chunk)
    return flags


def _copy_whole(
    cache: LocalCache,
    central_sessions: sessionmaker[Session],
    person_ids: list[int],
    reasons: Mapping[int, str] | str,
    fetched_at: datetime,
) -> int:
    """Copy these dossiers whole (central counter read first: their `synced_seq`), keep
    the unpushed local changes on top; returns how many persons were written."""
    with _snapshot(central_sessions) as session:
        high_water = central_high_water(session)
        rows = read_dossiers(session, person_ids)
    with cache.engine.begin() as connection:
        written = write_dossiers(
            connection, rows, fetched_at, reasons=reasons, synced_seq=high_water
        )
        reapply_pending(connection, person_ids)
    return written


# --------------------------------------------------------------------------- pull


def pull(
    cache: LocalCache,
    central_sessions: sessionmaker[Session],
    team: str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    clock: Clock = utcnow,
) -> PullResult:
    """Bring the cache up to date with the central database for `team` (see the module
    text). Raises SyncCancelled when `cancel` says so between chunks (what was written
    stays; the next pull goes on from the same `last_seq`)."""
    check_cancel(cancel)
    last_seq = int(cache.meta().get(META_LAST_SEQ) or 0)
    with central_sessions() as session:
        high_water = central_high_water(session)  # first: every row up to it is visible
        if high_water < last_seq:
            raise CounterBehind(
                "the central database's change counter is behind this local cache (was the "
                "central database restored from a backup?); rebuild the local cache"
            )
        in_team = set(
            session.scalars(select(CASES.c.person_id).where(CASES.c.team == team).distinct())
        )
        stones = session.execute(
            select(SyncTombstone.table_name, SyncTombstone.row_id, SyncTombstone.change_seq)
            .where(SyncTombstone.change_seq > last_seq, SyncTombstone.change_seq <= high_water)
            .order_by(SyncTombstone.change_seq)
        ).all()
        handlers = handler_rows(
            session, (HANDLERS.c.change_seq > last_seq) & (HANDLERS.c.change_seq <= high_water)
        )
        # persons with changed rows (a first pull looks at every cached dossier)
        changed_centrally = (
            None if last_seq == 0 else _persons_changed(session, last_seq, high_water)
        )

    law_data_version = pull_law_data(cache, central_sessions)  # first: retro checks use it
    pull_organisation(cache, central_sessions)  # the letters' sender block (issue 17)
    fetched_at = naive_utc(clock())
    ban_start = functools.cache(functools.partial(retro.ban_start, cache))  # when first needed
    with cache.engine.begin() as connection:
        applied = _apply_tombstones(connection, stones)
        cached_handlers = set(connection.scalars(select(HANDLERS.c.id)))
        upsert(connection, HANDLERS, [h for h in handlers if h["id"] in cached_handlers])
        cached = _bookkeeping(connection)
        with_items = person_ids_with_items(connection)
        leaving = {p for p, (reason, _) in cached.items() if reason != REASON_LOOKUP}
        leaving -= in_team
        removed = sorted(leaving - with_items)
        for chunk in chunked(removed):
            connection.execute(delete(PERSONS).where(PERSONS.c.id.in_(chunk)))
        _set_reason(connection, leaving & with_items, REASON_LOOKUP)
        _set_reason(
            connection,
            {p for p, (reason, _) in cached.items() if reason == REASON_LOOKUP} & in_team,
            REASON_TEAM,
        )
        # decisions deleted with no other change of the person: flagged now; the others
        # when their new rows are written (`_apply_changes`)
        alone = {
            p: applied.before.pop(p)
            for p in list(applied.before)
            if changed_centrally is not None and p not in changed_centrally
        }
        flags = retro.flag_changes(
            connection, alone, applied.refs, ban_start=ban_start, detected_at=fetched_at
        )

    floors = {
        person: max(last_seq, synced)
        for person, (_, synced) in cached.items()
        if person not in leaving or person in with_items
    }
    candidates = floors.keys() if changed_centrally is None else changed_centrally & floors.keys()
    candidates = {p for p in candidates if floors[p] < high_water}
    candidates |= floors.keys() & applied.before.keys()
    new = sorted(in_team - cached.keys())
    total = len(new) + len(candidates)
    done = changed = 0
    report(progress, 0, total)

    for chunk in chunked(new, CHUNK):
        check_cancel(cancel)
        with _snapshot(central_sessions) as session:
            rows = read_dossiers(session, list(chunk))
        with cache.engine.begin() as connection:
            write_dossiers(connection, rows, fetched_at, reasons=REASON_TEAM, synced_seq=high_water)
            reapply_pending(connection, chunk)
        done += len(chunk)
        report(progress, done, total)

    for chunk in chunked(sorted(candidates), CHUNK):
        check_cancel(cancel)
        with _snapshot(central_sessions) as session:
            changes = _read_changes(session, {p: floors[p] for p in chunk}, high_water)
        try:
            with cache.engine.begin() as connection:
                flags += _apply_changes(
                    connection,
                    changes,
                    applied,
                    chunk,
                    ban_start=ban_start,
                    detected_at=fetched_at,
                )
        except IntegrityError:  # the cached rows do not fit the changes: copy them whole
            # (keeping each one's reason; no retroactive check: no sound "before" to compare)
            _copy_whole(cache, central_sessions, list(chunk), REASON_LOOKUP, fetched_at)
        changed += len(changes.persons())
        done += len(chunk)
        report(progress, done, total)

    pull_screening(cache, central_sessions)  # the cached cases' screening (issue 18)
    cache.set_meta(
        {
            META_LAST_SEQ: str(high_water),
            META_LAST_SYNC_AT: clock().astimezone(UTC).isoformat(timespec="seconds"),
        }
    )
    report(progress, total, total)
    return PullResult(
        high_water=high_water,
        new_dossiers=len(new),
        changed_dossiers=changed,
        removed_dossiers=len(removed),
        deleted_rows=applied.deleted,
        retro_flags=flags,
        law_data_version=law_data_version,
    )


def fetch_person(
    cache: LocalCache,
    central_sessions: sessionmaker[Session],
    insz_digits: str,
    *,
    clock: Clock = utcnow,
) -> bool:
    """Copy one person's whole dossier on demand (reason "lookup", unless the dossier is
    the team's already); the next pulls keep it up to date. The handler's unpushed
    changes to it are laid on top again. False when the central database has no such
    person. On the production set-up the look-up goes through the server's
    `cumuldesk_api.open_dossier`, which audits it centrally."""
    insz = normalise_insz_input(insz_digits)
    with central_sessions() as session:
        if is_secured(session):
            # the server writes the dossier_opened event and lets this handler read the
            # dossier, in one transaction (docs/security.md)
            person_id = session.scalar(
                text("SELECT cumuldesk_api.open_dossier(:insz)"), {"insz": insz}
            )
            session.commit()
        else:
            person_id = session.scalar(select(PERSONS.c.id).where(PERSONS.c.insz == insz))
    if person_id is None:
        return False
    return _copy_whole(cache, central_sessions, [person_id], REASON_LOOKUP, naive_utc(clock())) > 0
