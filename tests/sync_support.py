"""Shared helpers for the sync tests: a central database with a team, a handler's empty
cache, and snapshots of the synced rows of a set of persons (to assert that a cache holds
exactly the central data of a team)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from factories import add_person, make_handler
from sqlalchemy import Engine, Table, select

from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import cache_dossiers
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import Base, Handler, SyncCounter

CACHE_KEY = b"s" * 32  # a fixed cache key: tests need no keyring
TEAM = "T"
OTHER_TEAM = "U"
HANDLER = "an"  # handler of TEAM (no password: no scrypt cost)
OTHER_HANDLER = "bo"  # handler of OTHER_TEAM

# the tables of a dossier, parents first (handlers are snapshotted as referenced)
DOSSIER_TABLES = (
    "persons",
    "legal_representatives",
    "bob_periods",
    "ivt_it_decisions",
    "ivt_it_periods",
    "zorgtoeslag_points",
    "cases",
    "notes",
    "letters",
)


def make_team_central(url: str, team_persons: int = 20, other_persons: int = 5):
    """(engine, session factory) of a migrated central database with handler "an" of
    team "T" and "bo" of team "U", `team_persons` persons with one case of team T
    (counters 1..n, case handled by "an", note written by "an") and `other_persons`
    with one case of team U (counters 901..)."""
    engine = open_central(url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        an = make_handler(HANDLER, team=TEAM, password=None)
        bo = make_handler(OTHER_HANDLER, team=OTHER_TEAM, password=None)
        session.add_all([an, bo])
        session.flush()
        for counter in range(1, team_persons + 1):
            person = add_person(session, counter)
            person.cases[0].handler_id = an.id
            person.cases[0].notes[0].author_id = an.id
        for counter in range(901, 901 + other_persons):
            person = add_person(session, counter)
            person.cases[0].team = OTHER_TEAM
            person.cases[0].handler_id = bo.id
    return engine, factory


def open_handler_cache(tmp_path: Path, owner: str = HANDLER) -> LocalCache:
    """A new, empty cache of `owner` in tmp_path, opened with CACHE_KEY."""
    return LocalCache.open(tmp_path / f"cache-{owner}.sqlite", CACHE_KEY, create=True, owner=owner)


def central_counter(factory) -> int:
    """The central change counter (the highest change sequence handed out)."""
    with factory() as session:
        return int(session.scalars(select(SyncCounter.value)).one())


def team_person_ids(engine: Engine, team: str = TEAM) -> list[int]:
    """Ids of the persons with a case of `team` (in a central database or a cache)."""
    cases = Base.metadata.tables["cases"]
    with engine.connect() as connection:
        return sorted(
            set(connection.scalars(select(cases.c.person_id).where(cases.c.team == team)))
        )


def cached_person_ids(cache: LocalCache) -> list[int]:
    """Ids of the persons in the cache."""
    persons = Base.metadata.tables["persons"]
    with cache.engine.connect() as connection:
        return sorted(connection.scalars(select(persons.c.id)))


def cached_reasons(cache: LocalCache) -> dict[int, tuple[str, int]]:
    """{person id: (reason, synced_seq)} of the cache's bookkeeping."""
    with cache.engine.connect() as connection:
        rows = connection.execute(
            select(cache_dossiers.c.person_id, cache_dossiers.c.reason, cache_dossiers.c.synced_seq)
        ).all()
    return {row.person_id: (row.reason, row.synced_seq) for row in rows}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)  # the cache stores UTC, no zone
    return value


def _rows(connection, table: Table, condition, skip: tuple[str, ...] = ()) -> list[tuple]:
    columns = [c for c in table.columns if c.name not in skip]
    found = connection.execute(select(*columns).where(condition).order_by(table.c.id)).all()
    return [tuple(_plain(v) for v in row) for row in found]


def snapshot(engine: Engine, person_ids) -> dict[str, list[tuple]]:
    """Every synced row of these persons' dossiers (change sequence included), and the
    handlers their cases, notes and letters refer to (without password hash), as sorted
    tuples of plain values, by table. Equal for a central database and a cache that holds
    exactly its data for these persons."""
    tables = Base.metadata.tables
    ids = sorted(person_ids)
    persons, decisions, cases = tables["persons"], tables["ivt_it_decisions"], tables["cases"]
    decision_ids = select(decisions.c.id).where(decisions.c.person_id.in_(ids))
    case_ids = select(cases.c.id).where(cases.c.person_id.in_(ids))
    conditions = {
        "persons": persons.c.id.in_(ids),
        "ivt_it_periods": tables["ivt_it_periods"].c.decision_id.in_(decision_ids),
        "notes": tables["notes"].c.case_id.in_(case_ids),
        "letters": tables["letters"].c.case_id.in_(case_ids),
    }
    found: dict[str, list[tuple]] = {}
    with engine.connect() as connection:
        for name in DOSSIER_TABLES:
            table = tables[name]
            condition = conditions.get(name)
            if condition is None:
                condition = table.c.person_id.in_(ids)
            found[name] = _rows(connection, table, condition)
        handler_ids = set(
            connection.scalars(select(cases.c.handler_id).where(cases.c.id.in_(case_ids)))
        )
        for name in ("notes", "letters"):
            table = tables[name]
            handler_ids |= set(
                connection.scalars(select(table.c.author_id).where(table.c.case_id.in_(case_ids)))
            )
        handlers = Handler.__table__
        found["handlers"] = _rows(
            connection,
            handlers,
            handlers.c.id.in_(sorted(handler_ids - {None})),
            skip=("password_hash",),
        )
    return found
