"""The letters' sender block in a handler's local cache: a copy of the central
`organisation_values` (every published version).

A pull (`cumuldesk.sync.pull`) calls `pull_organisation` after the law data. Publications
are only ever added centrally, each with the next version, so the copy is incremental: the
rows published after the highest version the cache holds are inserted. When the cache
holds a version the central database does not (a central database restored from a
backup, another central database), or versions it lacks below its highest, the cache's
rows are replaced by the central ones whole, in one cache transaction. A letter drafted
offline then prints the sender block as of the last sync
(`cumuldesk.services.organisation.read_sender_block`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_copy import cache_rows
from cumuldesk.storage.organisation import ORGANISATION_VALUES, highest_version, rows_after


@dataclass(frozen=True)
class OrganisationPull:
    """What a pull of the sender block did: rows copied, whether whole, the version held."""

    copied: int
    whole: bool
    version: int | None

    def __bool__(self) -> bool:
        return self.copied > 0 or self.whole


def cache_organisation_version(cache: LocalCache) -> int | None:
    """The highest sender-block version in the cache (None: nothing synced yet)."""
    with cache.engine.connect() as connection:
        return highest_version(connection)


def pull_organisation(
    cache: LocalCache, central_sessions: sessionmaker[Session], *, whole: bool = False
) -> OrganisationPull:
    """Bring the cache's sender block up to the central one: the rows published after the
    cache's highest version, or every row (replacing the cache's) with `whole` or when the
    cache does not match the central database."""
    with cache.engine.connect() as connection:
        held = highest_version(connection)
        held_count = int(
            connection.execute(select(func.count()).select_from(ORGANISATION_VALUES)).scalar() or 0
        )
    with central_sessions() as session:
        central = highest_version(session)
        if central == held and not whole:
            return OrganisationPull(0, False, held)
        upto = 0 if held is None else held
        below = int(
            session.execute(
                select(func.count())
                .select_from(ORGANISATION_VALUES)
                .where(ORGANISATION_VALUES.c.version <= upto)
            ).scalar()
            or 0
        )
        whole = whole or held is None or central is None or central < upto or below != held_count
        rows = rows_after(session, None if whole else held)
    with cache.engine.begin() as connection:
        if whole:
            connection.execute(delete(ORGANISATION_VALUES))
        if rows:
            connection.execute(insert(ORGANISATION_VALUES), cache_rows(rows))
    return OrganisationPull(len(rows), whole, central)
