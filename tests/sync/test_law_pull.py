"""The law data in a handler's cache: the pull copies the central approved law values
when the versions differ (all of them, in one cache transaction), a cache made before
the law data lived in the central database gets them at its next pull, and the
retroactive check of the pull uses them (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import identity_of
from law_support import OTHER_SUPERVISOR, SUPERVISOR, make_law_central
from sqlalchemy import delete, func, select, text, update

from cumuldesk.services.law.data import approve, propose, reject
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import HEAD_REVISION
from cumuldesk.storage.law_data import LAW_VALUES
from cumuldesk.storage.models import LawState, LawValue
from cumuldesk.sync import law as law_sync
from cumuldesk.sync import retro
from cumuldesk.sync.law import cache_law_version, cache_parameters, pull_law_data
from cumuldesk.sync.pull import pull

KEY = b"p" * 32


@pytest.fixture
def central(central_url):
    central = make_law_central(central_url)
    yield central
    central.close()


@pytest.fixture
def cache(tmp_path):
    cache = LocalCache.open(tmp_path / "an.sqlite", KEY, create=True, owner="an")
    yield cache
    cache.close()


def _cached_rows(cache: LocalCache) -> list[dict]:
    with cache.engine.connect() as connection:
        return [
            dict(row)
            for row in connection.execute(select(LAW_VALUES).order_by(LAW_VALUES.c.id)).mappings()
        ]


def test_a_new_cache_has_the_table_but_no_law_data_until_it_pulls(central, cache):
    assert _cached_rows(cache) == [] and cache_parameters(cache) is None
    assert retro.ban_start(cache) == date(2020, 8, 1)  # the shipped default
    result = pull(cache, central.sessions, "T")
    assert result.law_data_version == 1
    params = cache_parameters(cache)
    assert params is not None and params.version == 1
    with central.sessions() as session:
        central_ids = session.scalars(select(LawValue.id).order_by(LawValue.id)).all()
    assert [row["id"] for row in _cached_rows(cache)] == list(central_ids)
    assert pull(cache, central.sessions, "T").law_data_version is None  # up to date


def test_only_approved_values_are_copied_and_a_new_version_replaces_them_all(central, cache):
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    assert pull_law_data(cache, factory) == 1
    waiting = propose(factory, lea, "bob_monthly", "2026-09-01", "351.49", "sourced", "t")
    refused = propose(factory, lea, "bob_monthly", "2026-09-01", "999.00", "sourced", "t")
    reject(factory, max_, refused)
    assert pull_law_data(cache, factory) is None  # proposals do not change the version
    chosen = propose(factory, lea, "bob_ivt_it_ban", "2020-08-01", "false", "sourced",
                     "zoomvzw (test): in force 1 Jun 2021")  # fmt: skip
    assert approve(factory, max_, chosen) == 2
    with cache.engine.begin() as connection:  # a stale row the copy must not keep
        connection.execute(update(LAW_VALUES).values(source_title="stale"))
    assert pull_law_data(cache, factory) == 2
    rows = _cached_rows(cache)
    ids = {row["id"] for row in rows}
    assert chosen in ids and waiting not in ids and refused not in ids
    assert {row["state"] for row in rows} == {LawState.APPROVED.value}
    assert "stale" not in {row["source_title"] for row in rows}
    assert cache_law_version(cache) == 2
    # the ban starts on 2021-06-01 now, in the cache's law data and for the retro check
    assert retro.ban_start(cache) == date(2021, 6, 1)
    assert retro.ban_start() == date(2020, 8, 1)  # no cache: the shipped default


def test_a_cache_made_before_the_law_data_moved_gets_them_at_its_next_pull(central, tmp_path):
    path = tmp_path / "old.sqlite"
    LocalCache.open(path, KEY, create=True, owner="an").close()
    old = LocalCache.open(path, KEY, owner="an")
    with old.engine.begin() as connection:  # as a cache of revision 0003 was
        connection.execute(text("DROP TABLE law_values"))
        connection.execute(text("DROP TABLE screening_results"))  # migration 0007
        connection.execute(text("DROP TABLE organisation_values"))  # migration 0006
        connection.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    old.close()
    cache = LocalCache.open(path, KEY, owner="an")  # opening upgrades it: table, no rows
    try:
        with cache.engine.connect() as connection:
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == (
                HEAD_REVISION
            )
            assert connection.scalar(select(func.count()).select_from(LAW_VALUES)) == 0
        assert pull(cache, central.sessions, "T").law_data_version == 1
        assert cache_law_version(cache) == 1
    finally:
        cache.close()


def test_a_central_database_going_back_a_version_is_followed(central, cache):
    """A central database restored from a backup holds an older law-data version: the
    cache follows it (the versions differ), it does not keep newer values."""
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    value_id = propose(factory, lea, "bob_monthly", "2026-09-01", "352.00", "sourced", "t")
    approve(factory, max_, value_id)
    assert pull_law_data(cache, factory) == 2
    with factory.begin() as session:
        session.execute(delete(LawValue).where(LawValue.id == value_id))
    assert pull_law_data(cache, factory) == 1
    assert value_id not in {row["id"] for row in _cached_rows(cache)}


def test_the_copy_is_one_transaction(central, cache, monkeypatch):
    """A copy that fails half-way leaves the cache's law data as they were."""
    assert pull_law_data(cache, central.sessions) == 1
    factory = central.sessions
    lea, max_ = identity_of(factory, SUPERVISOR), identity_of(factory, OTHER_SUPERVISOR)
    approve(factory, max_, propose(factory, lea, "bob_monthly", "2026-09-01", "352.00", "sourced",
                                   "t"))  # fmt: skip
    before = _cached_rows(cache)

    def broken(rows):
        return [*rows, {**rows[0], "id": rows[0]["id"]}]  # a duplicate id: the insert fails

    monkeypatch.setattr(law_sync, "cache_rows", broken)
    with pytest.raises(Exception):  # noqa: B017 - whatever the engine says
        pull_law_data(cache, factory)
    assert _cached_rows(cache) == before and cache_law_version(cache) == 1
