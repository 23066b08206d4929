"""The screening results in a handler's local cache (issue 18): a copy of the central
`screening_results` rows of the cases the cache holds, so that the work list and the
desk read them offline (`cumuldesk.services.screening.results(cache.sessions)`).

A pull (`cumuldesk.sync.pull`, after the dossiers) and a cache fill
(`cumuldesk.services.cache_service`) call `pull_screening`. Only the cases the cache
holds are asked for: on PostgreSQL the row-level security lets a handler read their
team's results only anyway (storage/security/60_policies.sql); on SQLite this is the
restriction. The first pull copies every such result; the next ones copy the results
screened at or after the newest moment the cache holds (at, not only after: one run
writes its chunks with one moment, a pull may come between two chunks), each replacing
its case's row. When the cache then does not match the central database (another number
of results for its cases, a central database behind it, a case that came into the cache
with an older result), its results are replaced by the central ones whole, in one cache
transaction. Results of cases no longer in the cache go.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_copy import cache_rows
from cumuldesk.storage.database import chunked
from cumuldesk.storage.screening import CASES, SCREENING


@dataclass(frozen=True)
class ScreeningPull:
    """What a pull of the screening results did: rows copied, whether whole."""

    copied: int
    whole: bool

    def __bool__(self) -> bool:
        return self.copied > 0 or self.whole


def _as_central(moment: datetime, session: Session) -> datetime:
    """The cache's moment (UTC without a zone) as the central database compares it."""
    if session.get_bind().dialect.name == "sqlite":
        return moment
    return moment.replace(tzinfo=UTC)


def _central_rows(
    session: Session, case_ids: Sequence[int], since: datetime | None
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for chunk in chunked(list(case_ids)):
        query = select(SCREENING).where(SCREENING.c.case_id.in_(chunk))
        if since is not None:
            query = query.where(SCREENING.c.screened_at >= _as_central(since, session))
        rows += [dict(row) for row in session.execute(query).mappings()]
    return rows


def _central_count(session: Session, case_ids: Sequence[int]) -> int:
    total = 0
    for chunk in chunked(list(case_ids)):
        total += int(
            session.execute(
                select(func.count()).select_from(SCREENING).where(SCREENING.c.case_id.in_(chunk))
            ).scalar()
            or 0
        )
    return total


def pull_screening(
    cache: LocalCache, central_sessions: sessionmaker[Session], *, whole: bool = False
) -> ScreeningPull:
    """Bring the cache's screening results up to the central ones for the cases it holds
    (see the module text); `whole`: copy every result again."""
    held_cases = select(CASES.c.id)
    with cache.engine.connect() as connection:
        case_ids = sorted(connection.scalars(select(CASES.c.id)))
        newest = connection.execute(
            select(func.max(SCREENING.c.screened_at)).where(SCREENING.c.case_id.in_(held_cases))
        ).scalar()
    whole = whole or newest is None
    with central_sessions() as session:
        rows = _central_rows(session, case_ids, None if whole else newest)
        expected = _central_count(session, case_ids)
        behind = not whole and not rows and expected > 0
    with cache.engine.begin() as connection:
        if not whole:
            connection.execute(delete(SCREENING).where(SCREENING.c.case_id.notin_(held_cases)))
            for chunk in chunked([row["case_id"] for row in rows]):
                connection.execute(delete(SCREENING).where(SCREENING.c.case_id.in_(chunk)))
            if rows:
                connection.execute(insert(SCREENING), cache_rows(rows))
            held = connection.execute(select(func.count()).select_from(SCREENING)).scalar()
            if held == expected and not behind:
                return ScreeningPull(len(rows), False)
    # the cache does not match the central database: every result again, whole
    with central_sessions() as session:
        rows = _central_rows(session, case_ids, None)
    with cache.engine.begin() as connection:
        connection.execute(delete(SCREENING))
        if rows:
            connection.execute(insert(SCREENING), cache_rows(rows))
    return ScreeningPull(len(rows), True)
