"""Opening a dossier through the desk (issue 16): the INSZ parsed once, everything the
dossier page shows read in ONE cache session (one connection, one transaction, the
opening marked and audited in it), typed values (the domain `Dossier`, the timeline, the
legal representative); a quiet reload neither audits nor fetches; acknowledging a
retroactive change says what it changed."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
import stdnum.be.ssn as ssn
from cache_data import INSZ
from services.test_dossiers import (
    NOW,
    OTHER_TEAM_INSZ,
    SYNCED,
    TODAY,
    _opened_at,
    _outbox,
    clock,
    offline,
    world,
)
from sqlalchemy import event, insert, select

from cumuldesk.domain.dossier import Dossier, Region
from cumuldesk.domain.insz import format_insz, parse_insz
from cumuldesk.domain.periods import Regulation
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.desk import Change, Changes, Desk
from cumuldesk.services.dossiers.page_data import Representative
from cumuldesk.services.dossiers.store import NotAvailableOffline
from cumuldesk.services.reports import check
from cumuldesk.storage.cache_models import retro_flags
from cumuldesk.storage.database import DatabaseUnavailable
from cumuldesk.storage.models import Case, Person

__all__ = ["offline", "world"]  # fixtures shared with test_dossiers

LAW = load_parameters()


def _desk(cache, identity, connect=None, *, online: bool | None = False) -> Desk:
    def unreachable():
        pytest.fail("a cached dossier needs no connection")

    return Desk(identity, cache, LAW, connect or unreachable, clock=clock, online=online)


@contextmanager
def counted(cache, monkeypatch) -> Iterator[Counter[str]]:
    """INSZ parses (each `parse_insz` validates once) and the cache's connections and
    transactions while the block runs."""
    counts: Counter[str] = Counter()
    validate = ssn.validate

    def counting(number: str) -> str:
        counts["parses"] += 1
        return validate(number)

    def checkout(*args) -> None:
        counts["connections"] += 1

    def begin(*args) -> None:
        counts["transactions"] += 1

    monkeypatch.setattr(ssn, "validate", counting)
    event.listen(cache.engine, "checkout", checkout)
    event.listen(cache.engine, "begin", begin)
    try:
        yield counts
    finally:
        event.remove(cache.engine, "checkout", checkout)
        event.remove(cache.engine, "begin", begin)
        monkeypatch.setattr(ssn, "validate", validate)


def test_a_cached_dossier_opens_in_one_session_with_one_parse(offline, monkeypatch):
    cache, an = offline
    desk = _desk(cache, an)
    with counted(cache, monkeypatch) as counts:
        data = desk.open_dossier(format_insz(INSZ))
    assert counts == {"parses": 1, "connections": 1, "transactions": 1}

    view = data.view
    assert (data.insz, view.source, view.online, data.online) == (INSZ, "cache", False, False)
    assert view.as_of == SYNCED and view.input.as_of == TODAY == desk.today()
    dossier = view.input.dossier
    assert isinstance(dossier, Dossier) and dossier.region is Region.FLANDERS
    assert [(p.monthly_amount, p.regulation) for p in dossier.ivt_it_periods] == [
        (Decimal("1234.56"), Regulation.IVT_IT)  # the version in force only
    ]
    assert data.representative == Representative("Bartholomeus Vlinderkamp", "bewindvoerder")
    assert data.flag_ids == () and view.retro_flags == ()
    assert view.case is not None and view.case.reference == "CD-2023-000427"
    timeline = data.timeline
    assert timeline is not None
    report = check(view.input, LAW)
    assert timeline.conflict_months == report.conflict_months and timeline.conflict_months
    assert timeline.ban_window == report.ban_window
    assert {m.kind: m.day for m in timeline.markers}["application"] == date(2023, 1, 5)

    # marked opened and audited in that one transaction
    assert _opened_at(cache, INSZ)[0] == NOW.replace(tzinfo=None)
    [item] = _outbox(cache)
    payload = json.loads(item["payload"])
    assert payload["action"] == "dossier_opened" and payload["details"] == {"source": "cache"}
    assert INSZ not in item["payload"]


def test_a_parsed_insz_is_not_parsed_again(offline, monkeypatch):
    cache, an = offline
    desk = _desk(cache, an)
    insz = parse_insz(INSZ)
    with counted(cache, monkeypatch) as counts:
        data = desk.open_dossier(insz)
    assert counts["parses"] == 0 and data.insz == INSZ


def test_the_simulation_page_audits_its_own_event_with_its_details(offline):
    cache, an = offline
    _desk(cache, an).open_dossier(INSZ, action="simulation_run", details={"law_version": 3})
    [item] = _outbox(cache)
    payload = json.loads(item["payload"])
    assert payload["action"] == "simulation_run"
    assert payload["details"] == {"source": "cache", "law_version": 3}


def test_a_quiet_reload_neither_audits_nor_marks_nor_fetches(offline, monkeypatch):
    cache, an = offline
    desk = _desk(cache, an)
    with counted(cache, monkeypatch) as counts:
        data = desk.open_dossier(INSZ, quiet=True)
    assert counts == {"parses": 1, "connections": 1, "transactions": 1}
    assert data.insz == INSZ and data.timeline is not None
    assert _outbox(cache) == [] and _opened_at(cache, INSZ)[0] is None
    with pytest.raises(NotAvailableOffline):  # never fetched: the connection is not tried
        desk.open_dossier(OTHER_TEAM_INSZ, quiet=True)
    assert _outbox(cache) == []


def test_offline_a_dossier_not_cached_is_not_available(offline):
    cache, an = offline
    tried = []

    def unreachable():
        tried.append(True)
        raise DatabaseUnavailable("cannot reach the central database (test)")

    desk = _desk(cache, an, unreachable)
    with pytest.raises(NotAvailableOffline):
        desk.open_dossier(OTHER_TEAM_INSZ)
    assert tried == [True]
    assert _outbox(cache) == [] and not cache.has_dossier(OTHER_TEAM_INSZ)


def test_a_dossier_not_cached_is_fetched_then_read_in_one_session(world, monkeypatch):
    cache, central, an = world
    connections = []

    def connect():
        connections.append(central)
        return central

    monkeypatch.setattr(central, "close", lambda: connections.append("closed"))
    desk = _desk(cache, an, connect, online=None)
    with counted(cache, monkeypatch) as counts:
        data = desk.open_dossier(OTHER_TEAM_INSZ)
    assert connections == [central, "closed"]  # connected for the fetch, closed again
    assert counts["parses"] == 1
    assert (data.view.source, data.view.online, data.online) == ("central", True, True)
    assert data.view.as_of == NOW and cache.has_dossier(OTHER_TEAM_INSZ)
    [item] = _outbox(cache)
    assert json.loads(item["payload"])["details"] == {"source": "central"}

    # again: from the cache, in one session, without connecting
    connections.clear()
    with counted(cache, monkeypatch) as counts:
        again = desk.open_dossier(OTHER_TEAM_INSZ)
    assert connections == [] and counts["transactions"] == 1
    assert again.view.source == "cache" and again.view.input == data.view.input


def test_acknowledging_a_retroactive_change_says_what_changed(offline):
    cache, an = offline
    with cache.sessions.begin() as session:
        person = session.scalars(select(Person).where(Person.insz == INSZ)).one()
        case = session.scalars(select(Case).where(Case.person_id == person.id)).one()
        session.execute(
            insert(retro_flags).values(
                person_id=person.id,
                case_id=case.id,
                detected_at=SYNCED.replace(tzinfo=None),
                decision_ref="D-1",
                owed='["2022-05", "2022-06"]',
                stop="[]",
            )
        )
    desk = _desk(cache, an)
    data = desk.open_dossier(INSZ, quiet=True)
    assert len(data.flag_ids) == 1
    assert [(f.owed, f.case_reference) for f in data.view.retro_flags] == [
        (("2022-05", "2022-06"), "CD-2023-000427")
    ]
    assert data.timeline is not None
    assert [str(m) for m in data.timeline.retro_owed] == ["2022-05", "2022-06"]

    assert desk.acknowledge_retro(data) == Changes.of(Change.CASES, persons=[INSZ])
    after = desk.open_dossier(INSZ, quiet=True)
    assert after.flag_ids == () and after.view.retro_flags == ()
