"""The law data in a handler's local cache: a copy of the central approved law values.

A pull (`cumuldesk.sync.pull`) calls `pull_law_data` first: when the central law-data
version (the highest approved version) differs from the cache's, every approved row is
copied and replaces the cache's in one cache transaction (about 200 rows). An approved
value thus reaches every cache with its next sync; a cache made before the law data
lived in the central database (no rows) gets them at its next pull. The desk computes
with `cache_parameters`, so that every desk synced to version N gives the same verdict.
"""

from __future__ import annotations

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.params.loader import ParameterSet
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_copy import cache_rows
from cumuldesk.storage.law_data import (
    LAW_VALUES,
    approved_rows,
    approved_version,
    stored_parameters,
)

CACHE_ORIGIN = "local cache, as of the last sync"


def cache_law_version(cache: LocalCache) -> int | None:
    """The law-data version in the cache (None: no law data synced yet)."""
    with cache.engine.connect() as connection:
        return approved_version(connection)


def pull_law_data(cache: LocalCache, central_sessions: sessionmaker[Session]) -> int | None:
    """Copy the central approved law values into the cache when the versions differ;
    returns the version copied, None when the cache was up to date."""
    held = cache_law_version(cache)
    with central_sessions() as session:
        if approved_version(session) == held:
            return None
        rows = approved_rows(session)  # the version is taken from the rows read
    if not rows:
        return None
    with cache.engine.begin() as connection:
        connection.execute(delete(LAW_VALUES))
        connection.execute(insert(LAW_VALUES), cache_rows(rows))
    return max(int(row["version"]) for row in rows)


def cache_parameters(cache: LocalCache) -> ParameterSet | None:
    """The law data in the cache (as of the last sync), None when it has none yet."""
    with cache.engine.connect() as connection:
        return stored_parameters(connection, CACHE_ORIGIN)
