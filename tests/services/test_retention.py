"""The purge removes exactly what retention says, on both engines, and reports counts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from factories import populate
from sqlalchemy import func, select

from cumuldesk.services.retention import purge
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import (
    AuditEvent,
    IvtItPeriodRow,
    Note,
    Person,
)

TODAY = date(2026, 11, 23)


def persons_left(factory) -> set[str]:
    with factory() as session:
        return {p.insz[6:9] for p in session.scalars(select(Person))}


def test_purge_removes_what_retention_says_and_reports_counts(central_engine):
    factory = session_factory(central_engine)
    populate(factory)
    with factory.begin() as session:
        report = purge(session, "eva.demo", TODAY)
    assert report.persons == 3
    assert report.persons_by_rule == {
        "death_plus_10_years": 1,
        "renounced_plus_1_year": 1,
        "rights_ended_plus_10_years": 1,
    }
    assert report.rows["bob_periods"] == 3 and report.rows["ivt_it_periods"] == 3
    assert report.rows["cases"] == 3 and report.rows["notes"] == 3
    assert report.persons_without_case == 1
    assert persons_left(factory) == {"003", "007", "011", "013"}
    with factory() as session:
        # related rows went with the persons (ON DELETE CASCADE)
        assert session.scalar(select(func.count()).select_from(IvtItPeriodRow)) == 4
        assert session.scalar(select(func.count()).select_from(Note)) == 3
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
        details = json.loads(event.details)
        assert details["persons"] == 3 and details["where"] == "central"
        assert "Voorbeeldmans" not in event.details and "2004" not in event.details


def test_dry_run_removes_nothing(central_engine):
    factory = session_factory(central_engine)
    populate(factory)
    with factory.begin() as session:
        report = purge(session, "eva.demo", TODAY, dry_run=True)
    assert report.persons == 3 and report.dry_run
    assert len(persons_left(factory)) == 7


def test_purge_twice_removes_nothing_more(central_engine):
    factory = session_factory(central_engine)
    populate(factory)
    with factory.begin() as session:
        purge(session, "eva.demo", TODAY)
    with factory.begin() as session:
        assert purge(session, "eva.demo", TODAY).persons == 0


def test_cache_follows_the_same_rules_and_forgets_unopened_dossiers(central_engine, tmp_path):
    import os
    from datetime import timedelta

    from cumuldesk.services.retention import purge_cache
    from cumuldesk.storage.cache import LocalCache

    factory = session_factory(central_engine)
    populate(factory)
    cache = LocalCache.open(tmp_path / "cache.sqlite", os.urandom(32), create=True, owner="eva")
    try:
        with factory() as session:
            everyone = [p.insz for p in session.scalars(select(Person))]
        assert cache.store_dossiers(factory, insz=everyone) == 7
        start = datetime.now(UTC)
        report = purge_cache(cache, "eva", start, forget_after_days=30)
        assert report.persons == 3 and report.cache_forgotten == 0
        kept = next(i for i in everyone if i[6:9] == "007")
        cache.mark_opened(kept, start + timedelta(days=20))
        report = purge_cache(cache, "eva", start + timedelta(days=31), forget_after_days=30)
        assert report.cache_forgotten == 3
        assert [i for i in everyone if cache.has_dossier(i)] == [kept]
        with cache.sessions() as session:
            actions = [e.action for e in session.scalars(select(AuditEvent))]
        assert actions.count("purge") == 2 and "cache_forgotten" in actions
    finally:
        cache.close()
