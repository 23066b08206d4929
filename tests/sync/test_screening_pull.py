"""The screening results reach the handlers' caches (issue 18): a cache fill and a sync
copy the results of the handler's team's cases, no other team's; a re-screening reaches
the cache at the next sync; a central database that does not match is followed whole;
`services.screening.results(cache.sessions)` reads them offline (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import add_person, identity_of
from law_support import PERSONS, SUPERVISOR, Clock, make_law_central
from sqlalchemy import delete, select

from cumuldesk.services.cache_service import fill_cache, open_cache
from cumuldesk.services.screening import results, screen
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.models import BobPeriodRow, CaseStatus, Person, ScreeningRow
from cumuldesk.sync.pull import pull
from cumuldesk.sync.screening import pull_screening

KEY = b"s" * 32
HANDLER = "an"  # team T
TEAM_CASES = {f"CD-{n}" for n in range(1, PERSONS + 1)}
OTHER = "CD-9"  # a case of team U


@pytest.fixture
def central(central_url, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    central = make_law_central(central_url)
    with central.sessions.begin() as session:
        other = add_person(session, 9, case_fields={"status": CaseStatus.IN_REVIEW})
        other.cases[0].team = "U"
    yield central
    central.close()


@pytest.fixture
def cache(tmp_path):
    cache = LocalCache.open(tmp_path / "an.sqlite", KEY, create=True, owner=HANDLER)
    yield cache
    cache.close()


def _screen(central, clock, **options):
    return screen(central, identity_of(central.sessions, SUPERVISOR), clock=clock, **options)


def _change_bob(central, counter: int) -> None:
    """A new BOB end for one person of team T (as a VSB import writes it)."""
    from factories import build_insz

    with central.sessions.begin() as session:
        person = session.scalars(
            select(Person).where(Person.insz == build_insz(date(2004, 1, 1), counter))
        ).one()
        session.scalars(
            select(BobPeriodRow).where(BobPeriodRow.person_id == person.id)
        ).one().end = date(2026, 6, 30)


def test_a_sync_brings_the_team_results_and_a_re_screening_at_the_next_sync(central, cache):
    clock = Clock()
    run = _screen(central, clock)
    assert run.screened == PERSONS + 1
    assert set(results(central.sessions)) == TEAM_CASES | {OTHER}
    pull(cache, central.sessions, "T")
    held = results(cache.sessions)
    assert set(held) == TEAM_CASES  # not the other team's case
    assert held == {ref: r for ref, r in results(central.sessions).items() if ref in TEAM_CASES}
    first = held["CD-2"].screened_at

    _change_bob(central, 2)
    again = _screen(central, clock)
    assert (again.screened, again.unchanged) == (1, PERSONS)
    assert results(cache.sessions)["CD-2"].screened_at == first  # not before the sync
    pull(cache, central.sessions, "T")
    held = results(cache.sessions)
    assert set(held) == TEAM_CASES
    assert held["CD-2"].screened_at > first
    assert held["CD-2"] == results(central.sessions)["CD-2"]
    assert held["CD-1"].screened_at == first  # the others kept
    assert not pull_screening(cache, central.sessions).whole  # in step: incremental


def test_a_filled_cache_holds_exactly_the_team_results(central, memory_keyring):
    _screen(central, Clock())
    fill_cache(central, identity_of(central.sessions, HANDLER))
    with open_cache(HANDLER) as cache:
        held = results(cache.sessions)
    assert set(held) == TEAM_CASES
    assert held == {ref: r for ref, r in results(central.sessions).items() if ref in TEAM_CASES}


def test_a_central_database_that_does_not_match_is_followed_whole(central, cache):
    clock = Clock()
    _screen(central, clock)
    pull(cache, central.sessions, "T")
    with central.sessions.begin() as session:  # a backup of before the screening
        session.execute(delete(ScreeningRow))
    done = pull_screening(cache, central.sessions)
    assert done.whole and results(cache.sessions) == {}
    _screen(central, clock)  # screened again: the newest rows come whole
    assert pull_screening(cache, central.sessions).copied == PERSONS
    assert set(results(cache.sessions)) == TEAM_CASES


def test_results_are_read_with_their_moment_in_utc(central, cache):
    moment = datetime(2026, 11, 23, 9, 0, 1, tzinfo=UTC)
    _screen(central, Clock())
    pull(cache, central.sessions, "T")
    assert {r.screened_at for r in results(cache.sessions).values()} == {moment}
