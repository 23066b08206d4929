"""Opening a dossier online or offline: stored rows give the same check as DOSSIER.json,
the cache answers without the central database and says how old its data is, a dossier
not cached is fetched on demand when online, and every opening is audited locally."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cache_data import INSZ, NOTE, TEAM, USER, plain_person, populate_central
from factories import identity_of
from sqlalchemy import insert, select, update

from cumuldesk.config import CentralConfig
from cumuldesk.domain.insz import format_insz, parse_insz
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import Recommendation
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.central.connect import connect_central
from cumuldesk.services.dossiers.input import parse_dossier, read_json_file
from cumuldesk.services.dossiers.store import (
    SIMULATED,
    DossierNotFound,
    NotAvailableOffline,
    data_as_of,
    offline_notice,
    open_dossier,
    open_reachable,
    stored_dossier,
)
from cumuldesk.services.reports import check
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import (
    META_FILLED_AT,
    META_LAST_SYNC_AT,
    REASON_LOOKUP,
    cache_dossiers,
    outbox,
    retro_flags,
)
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import (
    AuditEvent,
    BobPeriodRow,
    Case,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Note,
    Person,
    RegionCode,
    RegulationCode,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
KEY = b"d" * 32
NOW = datetime(2026, 11, 23, 15, 5, tzinfo=UTC)
SYNCED = datetime(2026, 11, 23, 13, 5, tzinfo=UTC)
TODAY = date(2026, 11, 23)
OTHER_TEAM_INSZ = plain_person(101).insz  # a team T2 dossier: not in T1's cache


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def params():
    return load_parameters()


@pytest.fixture
def brussels_time(monkeypatch):
    """Local time is Brussels time (UTC+1 in November) for the test."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# ---------------------------------------------------------- stored = DOSSIER.json


def _periods(rows, make):
    return [
        make(
            start=date.fromisoformat(row["start"]),
            end=None if row["end"] is None else date.fromisoformat(row["end"]),
            **{k: v for k, v in row.items() if k not in ("start", "end")},
        )
        for row in rows
    ]


def _ivt_it(row_kwargs):
    return IvtItPeriodRow(
        start=row_kwargs["start"],
        end=row_kwargs["end"],
        monthly_amount=Decimal(row_kwargs["monthly_amount"]),
        regulation=RegulationCode(row_kwargs["regulation"]),
    )


def person_from_example(data: dict) -> Person:
    """The stored rows of a DOSSIER.json: its periods in the version in force, its
    previous periods (if any) in a superseded version of the same decision."""
    insz = parse_insz(data["insz"])
    person = Person(
        insz=insz.digits,
        family_name="Voorbeeld",
        given_name="Json",
        language=Language.NL,
        region=RegionCode(data["region"]),
        birth_date=insz.birth_date,
        street="Verzonnenstraat",
        house_number="1",
        postal_code="9999",
        municipality="Fictiegem",
    )
    person.bob_periods += _periods(data["bob_periods"], BobPeriodRow)
    in_force = IvtItDecision(decision_ref="D", version=2, decided_on=date(2024, 1, 1))
    in_force.periods += [_ivt_it(kw) for kw in _periods(data["ivt_it_periods"], dict)]
    person.decisions.append(in_force)
    if data.get("previous_ivt_it_periods"):
        old = IvtItDecision(
            decision_ref="D", version=1, decided_on=date(2022, 1, 1), superseded_at=date(2024, 1, 1)
        )
        old.periods += [_ivt_it(kw) for kw in _periods(data["previous_ivt_it_periods"], dict)]
        person.decisions.append(old)
    return person


def test_a_stored_dossier_gives_the_check_of_its_json_example(central_url, params):
    engine = open_central(central_url)
    migrate(engine)
    factory = session_factory(engine)
    examples = sorted(EXAMPLES.glob("*.json"))
    assert len(examples) >= 4
    with factory.begin() as session:
        for path in examples:
            session.add(person_from_example(read_json_file(path)))
    try:
        compared = 0
        for path in examples:
            data = read_json_file(path)
            # the JSON's "before" (the retroactive change) is not stored
            expected = replace(check(parse_dossier(data, TODAY), params), retroactive_change=None)
            with factory() as session:
                stored = stored_dossier(session, parse_insz(data["insz"]).digits, TODAY)
            assert check(stored, params) == expected, path.name
            compared += bool(expected.conflict_months)
        assert compared >= 2  # the comparison covers dossiers with conflicts
    finally:
        engine.dispose()


# -------------------------------------------------------------------- the cache


def _world(url, tmp_path):
    engine = open_central(url)
    migrate(engine)
    factory = populate_central(engine)
    cache = LocalCache.open(tmp_path / "cache.sqlite", KEY, create=True, owner=USER)
    cache.store_dossiers(factory, team=TEAM)
    with cache.engine.begin() as connection:  # as if filled by the sync of SYNCED
        connection.execute(update(cache_dossiers).values(fetched_at=SYNCED.replace(tzinfo=None)))
    cache.set_meta({META_LAST_SYNC_AT: SYNCED.isoformat()})
    central = connect_central(CentralConfig(url, is_demo=False, origin="test"))
    return cache, central, identity_of(factory, USER), engine


@pytest.fixture
def world(central_url, tmp_path):
    """A central database (both engines) and an.handler's cache with team T1's dossiers,
    last synced at SYNCED."""
    cache, central, an, engine = _world(central_url, tmp_path)
    yield cache, central, an
    central.close()
    cache.close()
    engine.dispose()


@pytest.fixture
def offline(tmp_path, sqlite_central_url):
    """The same cache, for tests that use only the cache (the central database, SQLite,
    only fills it)."""
    cache, central, an, engine = _world(sqlite_central_url, tmp_path)
    central.close()
    engine.dispose()
    yield cache, an
    cache.close()


def _outbox(cache):
    with cache.engine.connect() as connection:
        return [dict(row) for row in connection.execute(select(outbox)).mappings()]


def _opened_at(cache, insz):
    persons = Person.__table__
    with cache.engine.connect() as connection:
        return connection.execute(
            select(cache_dossiers.c.last_opened_at, cache_dossiers.c.reason)
            .join(persons, persons.c.id == cache_dossiers.c.person_id)
            .where(persons.c.insz == insz)
        ).first()


def test_offline_a_cached_dossier_opens_with_the_age_of_its_data(offline, params, brussels_time):
    cache, an = offline
    view = open_dossier(cache, an, format_insz(INSZ), today=TODAY, clock=clock)

    assert (view.online, view.source, view.as_of) == (False, "cache", SYNCED)
    assert offline_notice(view.as_of, NOW) == (
        "Offline: data as of the last sync, 23/11/2026 14:05 (2 hours ago)"
    )
    assert view.insz == INSZ and view.name == "Quirijntje Zwartveldenhoek"
    assert (view.region, view.language, view.age) == ("flanders", "nl", 23)
    assert view.case.reference == "CD-2023-000427" and view.case.status == "in_review"
    assert [(n.author, n.text, n.pushed) for n in view.notes] == [("An Handler", NOTE, True)]
    assert [(lt.kind, lt.finalised) for lt in view.letters] == [("renunciation_proposal", False)]
    # only the decision version in force counts: 1234.56, not the superseded 0.00
    periods = view.input.dossier.ivt_it_periods
    assert [(p.monthly_amount, p.regulation.value) for p in periods] == [
        (Decimal("1234.56"), "IVT+IT")
    ]
    report = view.check_report(params)
    assert report == check(view.input, params)
    assert {m.ivt_it_paid for m in report.months if m.ivt_it} == {Decimal("1234.56")}
    assert report.conflict_months

    opened, _ = _opened_at(cache, INSZ)
    assert opened == NOW.replace(tzinfo=None)
    [item] = _outbox(cache)
    assert item["kind"] == "audit"
    payload = json.loads(item["payload"])
    assert payload["action"] == "dossier_opened" and payload["details"] == {"source": "cache"}
    # the person by central id: the central database pseudonymises (its key is not here)
    assert payload["person_id"] > 0 and "subject" not in payload and INSZ not in item["payload"]
    with cache.sessions() as session:
        assert verify_trail(session).ok
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert (last.action, last.actor) == ("dossier_opened", USER)
        assert last.subject and INSZ not in last.subject


def test_offline_a_dossier_not_in_the_cache_cannot_be_opened(offline):
    cache, an = offline
    with pytest.raises(NotAvailableOffline) as caught:
        open_dossier(cache, an, OTHER_TEAM_INSZ, clock=clock)
    assert caught.value.exit_code == 5
    assert str(caught.value) == (
        "this dossier is not in the local cache and the central database cannot be "
        "reached; it can be opened when the connection is back"
    )
    assert _outbox(cache) == [] and not cache.has_dossier(OTHER_TEAM_INSZ)


def test_online_a_dossier_not_cached_is_fetched_and_audited_locally(world):
    cache, central, an = world
    view = open_dossier(cache, an, OTHER_TEAM_INSZ, central=central, today=TODAY, clock=clock)

    assert (view.online, view.source) == (True, "central")
    assert view.as_of == NOW  # fetched after the last sync: as of the fetch
    assert view.case.reference == "CD-000101" and view.region == "brussels"
    assert cache.has_dossier(OTHER_TEAM_INSZ)
    assert _opened_at(cache, OTHER_TEAM_INSZ) == (NOW.replace(tzinfo=None), REASON_LOOKUP)
    [item] = _outbox(cache)
    payload = json.loads(item["payload"])
    assert item["kind"] == "audit" and payload["action"] == "dossier_opened"
    assert payload["details"] == {"source": "central"}
    assert OTHER_TEAM_INSZ not in item["payload"]

    # opened again, offline: now from the cache
    again = open_dossier(cache, an, OTHER_TEAM_INSZ, today=TODAY, clock=clock)
    assert (again.online, again.source) == (False, "cache")
    assert again.input == view.input


def test_online_a_cached_dossier_is_read_from_the_cache(world):
    cache, central, an = world
    view = open_dossier(cache, an, INSZ, central=central, today=TODAY, clock=clock)
    assert (view.online, view.source, view.as_of) == (True, "cache", SYNCED)


def test_an_unknown_or_invalid_insz_is_refused_with_the_reason(world):
    cache, central, an = world
    unknown = plain_person(777).insz
    with pytest.raises(DossierNotFound, match="^no dossier with this INSZ$"):
        open_dossier(cache, an, unknown, central=central, clock=clock)
    wrong = INSZ[:-1] + str((int(INSZ[-1]) + 1) % 10)
    with pytest.raises(BadInput) as caught:
        open_dossier(cache, an, wrong, central=central, clock=clock)
    message = str(caught.value)
    assert "check digits" in message and wrong not in message and INSZ[:6] not in message
    assert _outbox(cache) == []


def test_open_retro_flags_and_notes_not_yet_pushed_are_shown(offline):
    cache, an = offline
    with cache.sessions.begin() as session:
        person = session.scalars(select(Person).where(Person.insz == INSZ)).one()
        case = session.scalars(select(Case).where(Case.person_id == person.id)).one()
        session.add(Note(id=-1, case_id=case.id, created_at=NOW, text="Offline note"))
        flag = {"person_id": person.id, "case_id": case.id, "detected_at": SYNCED}
        session.execute(
            insert(retro_flags),
            [
                {
                    **flag,
                    "decision_ref": "D-1",
                    "owed": '["2022-05"]',
                    "stop": "[]",
                    "acknowledged_at": None,
                },
                {
                    **flag,
                    "decision_ref": "D-old",
                    "owed": "[]",
                    "stop": '["2022-06"]',
                    "acknowledged_at": SYNCED,
                },
            ],
        )
    view = open_dossier(cache, an, INSZ, today=TODAY, clock=clock)
    assert [(n.text, n.pushed) for n in view.notes] == [(NOTE, True), ("Offline note", False)]
    assert [(f.decision_ref, f.owed, f.stop, f.case_reference) for f in view.retro_flags] == [
        ("D-1", ("2022-05",), (), "CD-2023-000427")
    ]


def test_the_simulation_uses_the_decided_amount_and_the_points_in_force(offline, params):
    cache, an = offline
    view = open_dossier(cache, an, INSZ, today=TODAY, clock=clock)
    report = view.simulation_report(params)
    assert report.months and report.recommendation in (
        Recommendation.RENOUNCE,
        Recommendation.IVT_IT,
    )
    first = report.months[0]
    assert first.month == Month(2022, 4)  # the first IVT/IT month, in the ban window
    assert first.ivt == Decimal("1234.56") and first.it == Decimal("0.00")
    assert first.zorgtoeslag > 0  # 24 points in force


def test_without_ivt_it_decision_there_is_nothing_to_simulate(world, params):
    cache, central, an = world
    view = open_dossier(cache, an, OTHER_TEAM_INSZ, central=central, today=TODAY, clock=clock)
    assert view.input.dossier.ivt_it_periods == ()
    assert view.check_report(params).conflict_months == ()
    with pytest.raises(BadInput, match="no IVT/IT decision in force"):
        view.simulation_report(params)


# ------------------------------------------------------------- data age, notice


def test_data_as_of_is_the_last_sync_else_the_last_fill(tmp_path):
    with LocalCache.open(tmp_path / "c.sqlite", KEY, create=True, owner=USER) as cache:
        assert data_as_of(cache) is None
        cache.set_meta({META_FILLED_AT: "2026-11-20T08:00:00+00:00"})
        assert data_as_of(cache) == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
        cache.set_meta({META_LAST_SYNC_AT: SYNCED.isoformat()})
        assert data_as_of(cache) == SYNCED


def test_offline_notice_says_when_in_local_time(brussels_time):
    assert offline_notice(None, NOW) == "Offline: the local cache was never synced"
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    cases = {
        summer - timedelta(seconds=20): "01/07/2026 13:59 (just now)",
        summer - timedelta(minutes=1): "01/07/2026 13:59 (1 minute ago)",
        summer - timedelta(minutes=59): "01/07/2026 13:01 (59 minutes ago)",
        summer - timedelta(days=3, hours=5): "28/06/2026 09:00 (3 days ago)",
    }
    for as_of, shown in cases.items():
        assert offline_notice(as_of, summer) == f"Offline: data as of the last sync, {shown}"
    # a cache clock ahead of the laptop's is "just now", never negative
    assert offline_notice(summer + timedelta(hours=1), summer).endswith("(just now)")


def test_a_quiet_reload_is_no_new_access_and_a_simulation_is_audited_as_such(offline):
    cache, an = offline
    open_dossier(cache, an, INSZ, today=TODAY, clock=clock)
    before = _outbox(cache)
    opened = _opened_at(cache, INSZ)

    later = NOW + timedelta(hours=1)
    open_dossier(cache, an, INSZ, today=TODAY, clock=lambda: later, audit_action=None)
    assert _outbox(cache) == before  # nothing audited, nothing to push
    assert _opened_at(cache, INSZ) == opened  # not a new opening either

    view, online = open_reachable(
        cache,
        an,
        INSZ,
        connect=lambda: pytest.fail("a cached dossier needs no connection"),
        today=TODAY,
        clock=clock,
        online=False,
        audit_action=SIMULATED,
    )
    assert view.insz == INSZ and online is False
    added = _outbox(cache)[len(before) :]
    assert [json.loads(item["payload"])["action"] for item in added] == ["simulation_run"]
