"""Recent dossiers come from the local cache (when each was last opened), newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cache_data import GIVEN_NAME, INSZ, TEAM, USER, populate_central
from sqlalchemy import select

from cumuldesk.domain.insz import format_insz
from cumuldesk.services.dossiers.recent import recent_dossiers
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import migrate, open_central
from cumuldesk.storage.models import Person

KEY = b"r" * 32
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def cache(tmp_path, sqlite_central_url):
    engine = open_central(sqlite_central_url, must_exist=False)
    migrate(engine)
    factory = populate_central(engine, extra_team=12)
    cache = LocalCache.open(tmp_path / "cache.sqlite", KEY, create=True, owner=USER)
    cache.store_dossiers(factory, team=TEAM)
    engine.dispose()
    yield cache
    cache.close()


def _all_insz(cache) -> list[str]:
    with cache.sessions() as session:
        return list(session.scalars(select(Person.insz).order_by(Person.id)))


def test_nothing_opened_means_no_recent_dossiers(cache):
    assert recent_dossiers(cache) == []


def test_the_dossiers_opened_last_come_first_with_number_and_name(cache):
    numbers = [n for n in _all_insz(cache) if n != INSZ][:3]
    for minutes, digits in enumerate(numbers):
        cache.mark_opened(digits, T0 + timedelta(minutes=minutes))
    cache.mark_opened(INSZ, T0 + timedelta(hours=1))
    recent = recent_dossiers(cache)
    assert [r.insz for r in recent] == [INSZ, *reversed(numbers)]
    first = recent[0]
    assert first.formatted == format_insz(INSZ)
    assert GIVEN_NAME in first.name
    assert first.opened_at == T0 + timedelta(hours=1)

    cache.mark_opened(numbers[0], T0 + timedelta(hours=2))  # opened again: first again
    assert recent_dossiers(cache)[0].insz == numbers[0]


def test_the_list_is_limited(cache):
    numbers = _all_insz(cache)
    assert len(numbers) > 10
    for minutes, digits in enumerate(numbers):
        cache.mark_opened(digits, T0 + timedelta(minutes=minutes))
    assert len(recent_dossiers(cache)) == 10
    assert [r.insz for r in recent_dossiers(cache, limit=2)] == numbers[::-1][:2]
    assert recent_dossiers(cache, limit=0) == []
