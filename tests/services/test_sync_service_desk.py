"""The sync, the outbox's choices and the law data as the window reaches them: through the
desk (`services.desk.Desk`, its "sync and law data" section). A sync says what it
changed and the desk takes new law data itself; resolving and dropping say what they
changed; a supervisor's steps return a `LawStep`; the law page's values come from the
central database, else from the cache."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from factories import identity_of, make_handler
from services.test_conflicts import make_conflict_and_refusal
from sync_support import make_team_central, open_handler_cache

from cumuldesk.config import CentralConfig
from cumuldesk.errors import Unavailable
from cumuldesk.services.central.connect import Central
from cumuldesk.services.conflicts import ItemKind, Keep
from cumuldesk.services.desk import Change, Desk
from cumuldesk.services.law.data import parameters_for_desk
from cumuldesk.services.law.form import Proposal
from cumuldesk.storage.database import DatabaseUnavailable, open_central, session_factory
from cumuldesk.storage.models import Role

NOW = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)


@pytest.fixture
def setting(tmp_path):
    """(url, a switch [up]) of a SQLite central database with handler "an" of team T and
    two supervisors."""
    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    engine, factory = make_team_central(url, team_persons=3, other_persons=0)
    with factory.begin() as session:
        session.add_all(
            [make_handler("sup.one", Role.SUPERVISOR), make_handler("sup.two", Role.SUPERVISOR)]
        )
    engine.dispose()
    return url, [True]


def _connector(url: str, up: list[bool]):
    def connect() -> Central:
        if not up[0]:
            raise DatabaseUnavailable("cannot reach the central database (test: switched off)")
        engine = open_central(url)
        return Central(CentralConfig(url, False, "test"), engine, session_factory(engine))

    return connect


def _desk(setting, tmp_path, username: str) -> Desk:
    url, up = setting
    connect = _connector(url, up)
    probe = connect()
    identity = identity_of(probe.sessions, username)
    probe.close()
    cache = open_handler_cache(tmp_path, owner=username)
    return Desk(identity, cache, parameters_for_desk(cache, None), connect, clock=lambda: NOW)


@pytest.fixture
def an(setting, tmp_path):
    desk = _desk(setting, tmp_path, "an")
    yield desk
    desk.close()


@pytest.fixture
def supervisors(setting, tmp_path):
    desks = []
    for name in ("sup.one", "sup.two"):
        desks.append(_desk(setting, tmp_path, name))
    yield desks
    for desk in desks:
        desk.close()


def _proposal() -> Proposal:
    return Proposal(
        name="bob_monthly",
        bracket=None,
        effective=date(2024, 9, 1),
        value="500.00",
        kind="sourced",
        source_title="Ministerial decree (test)",
        source_url=None,
    )


def test_a_sync_through_the_desk_says_what_changed_and_brings_the_law_in_force(an, supervisors):
    first = an.sync()
    assert an.online is True
    assert first.pulled.law_data_version == 1  # the first pull copies the seed
    assert first.changes.concerns(Change.DOSSIERS, Change.LAW)
    assert an.law.version == 1
    quiet = an.sync()
    assert quiet.changes.kinds == {Change.OUTBOX, Change.SYNC}  # the views stay calm

    one, two = supervisors
    proposed = one.propose_law_value(_proposal())
    assert proposed.version is None and not proposed.changes  # nothing here changes yet
    approved = two.approve_law_value(proposed.value_id)
    assert (approved.value_id, approved.version) == (proposed.value_id, 2)
    assert not approved.changes  # the law in force changes with the next sync
    assert an.law.version == 1

    report = an.sync()
    assert report.changes.concerns(Change.LAW)
    assert an.law.version == 2  # the desk took the new law data itself
    assert an.law.get("bob_monthly", date(2024, 9, 1)).amount == Decimal("500.00")


def test_the_desk_loop_follows_whether_the_central_database_answers(setting, an):
    _, up = setting
    states, reports = [], []
    loop = an.sync_loop(retry=(0.01,), on_state=states.append, on_report=reports.append)
    up[0] = False
    stop = threading.Event()
    assert loop.run_once(stop) == 0.01
    assert an.online is False and states[-1].online is False
    assert "switched off" in (states[-1].problem or "")
    up[0] = True
    loop.run_once(stop)
    assert an.online is True and states[-1].online is True
    assert reports and an.law.version == 1
    state = an.sync_state(online=an.online)
    assert (state.online, state.pending, state.last_sync_at) == (True, 0, NOW)


def test_choices_through_the_desk_say_what_changed(setting, an):
    an.sync()
    central = an.connect()
    try:
        make_conflict_and_refusal(central, an.cache, an.identity)
    finally:
        central.close()
    conflict, refused = an.waiting_changes()
    assert conflict.kind is ItemKind.CASE and refused.kind is ItemKind.NOTE
    assert conflict.case is not None

    resolved = an.resolve_conflict(conflict, Keep.THEIRS)
    assert resolved.kinds == {Change.CASES, Change.OUTBOX}
    assert resolved.cases == {conflict.case.reference}
    assert resolved.persons == {conflict.case.insz}

    dropped = an.dismiss_refused(refused)
    assert dropped.kinds == {Change.CASES, Change.OUTBOX}
    assert not dropped.cases  # its case was deleted centrally, and left the cache
    assert an.waiting_changes() == []


def test_the_law_values_come_from_the_central_database_else_from_the_cache(setting, an):
    _, up = setting
    an.sync()
    central = an.central_law_values()
    assert central is not None and central.online and central.cache_version == 1
    assert central.counts()["approved"] == len(central.rows) > 0

    up[0] = False
    assert an.central_law_values() is None
    with pytest.raises(Unavailable):
        an.approve_law_value(1)
    cached = an.cached_law_values()
    assert not cached.online and cached.cache_version == 1
    assert {row.label for row in cached.rows} == {row.label for row in central.rows}
