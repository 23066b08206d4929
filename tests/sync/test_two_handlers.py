"""The issue's "done when": two handlers on two caches against one central database work
on overlapping cases, one of them offline; after both sync, every change is present
exactly once, central-owned data won, and the conflict was shown and resolved, not lost.

Runs on PostgreSQL and SQLite (the `central_url` fixture)."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from factories import add_person, identity_of, make_handler
from sqlalchemy import select, update
from sync_support import cached_person_ids, snapshot, team_person_ids

from cumuldesk.config import CentralConfig
from cumuldesk.domain.insz import build_insz
from cumuldesk.errors import Unavailable
from cumuldesk.services.cases import add_note, change_case, record_answer
from cumuldesk.services.central.connect import Central
from cumuldesk.services.sync_service import SyncLoop, sync_once, sync_state
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import CONFLICT
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import (
    Answer,
    AuditEvent,
    BobPeriodRow,
    Case,
    CaseStatus,
    IvtItDecision,
    IvtItPeriodRow,
    Note,
    Person,
    RegulationCode,
    SyncReceipt,
)
from cumuldesk.sync.outbox import items
from cumuldesk.sync.push import resolve_conflict
from cumuldesk.sync.retro import open_flags

KEY = b"t" * 32
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class Laptop:
    """A handler's machine: its own clock (minutes pass as the test says) and cache."""

    def __init__(self, tmp_path, owner: str, offset: timedelta = timedelta(0)) -> None:
        self.now = START + offset
        self.cache = LocalCache.open(tmp_path / f"{owner}.sqlite", KEY, create=True, owner=owner)

    def clock(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def central(central_url):
    engine = open_central(central_url)
    migrate(engine)
    factory = session_factory(engine)
    with factory.begin() as session:
        session.add_all([make_handler("an", password=None), make_handler("bo", password=None)])
        for counter in range(1, 6):  # CD-1 .. CD-5, team T, open
            add_person(session, counter, case_fields={"status": CaseStatus.IN_REVIEW})
    yield Central(CentralConfig(central_url, False, "test"), engine, factory)
    engine.dispose()


def person_id(factory, counter: int) -> int:
    insz = build_insz(date(2004, 1, 1), counter)
    with factory() as session:
        return session.scalars(select(Person.id).where(Person.insz == insz)).one()


def central_case(factory, reference: str) -> Case:
    with factory() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def note_texts(engine, case_reference: str | None = None) -> Counter:
    notes, cases = Note.__table__, Case.__table__
    query = select(notes.c.text).join(cases, cases.c.id == notes.c.case_id)
    if case_reference is not None:
        query = query.where(cases.c.reference == case_reference)
    with engine.connect() as connection:
        return Counter(connection.scalars(query))


def unreachable() -> Central:
    raise Unavailable("the central database cannot be reached (test: network cable out)")


def test_two_handlers_one_offline_converge_and_the_conflict_is_shown(central, tmp_path):
    factory = central.sessions
    an, bo = identity_of(factory, "an"), identity_of(factory, "bo")
    # an's laptop clock runs 3 hours ahead of bo's: nothing may depend on it
    an_pc = Laptop(tmp_path, "an", offset=timedelta(hours=3))
    bo_pc = Laptop(tmp_path, "bo")

    # both sync once at the office: each cache holds the team's five dossiers
    for identity, pc in ((an, an_pc), (bo, bo_pc)):
        report = sync_once(central, pc.cache, identity, clock=pc.clock)
        assert report.pulled.new_dossiers == 5
        assert cached_person_ids(pc.cache) == team_person_ids(central.engine)

    # bo takes the laptop home: no connection. The loop says so and keeps bo's work.
    states = []
    loop = SyncLoop(unreachable, bo_pc.cache, bo, retry=(0.01,), on_state=states.append)
    bo_note = add_note(bo_pc.cache, bo, "CD-1", "bo: phoned the mother", clock=bo_pc.clock)
    change_case(bo_pc.cache, bo, "CD-1", status=CaseStatus.PROPOSAL_TO_SEND, clock=bo_pc.clock)
    add_note(bo_pc.cache, bo, "CD-2", "bo: letter prepared", clock=bo_pc.clock)
    record_answer(bo_pc.cache, bo, "CD-3", Answer.REFUSED, date(2026, 10, 30), clock=bo_pc.clock)
    loop.run(threading.Event(), max_rounds=2)
    assert [s.online for s in states] == [False, False]
    assert "cannot be reached" in (states[-1].problem or "")
    assert states[-1].pending == sync_state(bo_pc.cache).pending > 0
    assert "data as of the last sync" in states[-1].describe()
    assert bo_note < 0  # still a local note

    # meanwhile an, at the office, changes the same case CD-1 and another one, and syncs
    add_note(an_pc.cache, an, "CD-1", "an: checked the decision", clock=an_pc.clock)
    change_case(an_pc.cache, an, "CD-1", status=CaseStatus.CLOSED, clock=an_pc.clock)
    change_case(an_pc.cache, an, "CD-4", status=CaseStatus.WAITING_FOR_ANSWER, clock=an_pc.clock)
    report = sync_once(central, an_pc.cache, an, clock=an_pc.clock)
    assert (report.pushed.conflicts, report.waiting[CONFLICT]) == (0, 0)
    assert central_case(factory, "CD-1").status == CaseStatus.CLOSED

    # and the central side changes what only it owns: VSB ends a BOB period, and a
    # retroactive IVT/IT decision stops paying IVT after June 2023 for CD-5's person
    p2, p5 = person_id(factory, 2), person_id(factory, 5)
    with factory.begin() as session:
        session.execute(
            update(BobPeriodRow).where(BobPeriodRow.person_id == p2).values(end=date(2026, 9, 30))
        )
        old = session.scalars(select(IvtItDecision).where(IvtItDecision.person_id == p5)).one()
        old.superseded_at = date(2026, 11, 1)
        new = IvtItDecision(person_id=p5, decision_ref="D", version=2, decided_on=date(2026, 11, 1))
        new.periods.append(
            IvtItPeriodRow(
                start=date(2022, 2, 1),
                end=date(2023, 6, 30),
                monthly_amount=Decimal("900.00"),
                regulation=RegulationCode.IVT,
            )
        )
        session.add(new)

    # bo is back: the loop resumes by itself on the next round and syncs
    loop.connect = lambda: central
    reports = []
    loop.on_report = reports.append
    loop.run(threading.Event(), max_rounds=3)
    assert states[-1].online is True
    [report] = reports
    assert report.pushed.conflicts == 1  # CD-1's status: an changed it first
    assert report.pushed.applied >= 3  # the notes, CD-3's answer, audit events

    # the conflict is shown with both versions; nothing was applied silently
    assert central_case(factory, "CD-1").status == CaseStatus.CLOSED
    [conflict] = items(bo_pc.cache, states=[CONFLICT])
    assert conflict.payload["changes"]["status"] == "proposal_to_send"
    assert conflict.theirs["status"] == "closed"
    assert sync_state(bo_pc.cache).conflicts == 1

    # bo reads both and keeps their own version; it is pushed at the next sync
    resolve_conflict(bo_pc.cache, conflict.key, "mine", actor="bo", clock=bo_pc.clock)
    report = sync_once(central, bo_pc.cache, bo, clock=bo_pc.clock)
    assert report.pushed.conflicts == 0 and report.waiting == {
        "pending": 0,
        "conflict": 0,
        "rejected": 0,
    }
    assert central_case(factory, "CD-1").status == CaseStatus.PROPOSAL_TO_SEND

    # an syncs again: both caches and the central database agree, row for row
    sync_once(central, an_pc.cache, an, clock=an_pc.clock)
    team = team_person_ids(central.engine)
    expected = snapshot(central.engine, team)
    for pc in (an_pc, bo_pc):
        assert snapshot(pc.cache.engine, team) == expected

    # every change exactly once
    texts = note_texts(central.engine)
    for text in (
        "bo: phoned the mother",
        "bo: letter prepared",
        "an: checked the decision",
    ):
        assert texts[text] == 1
    assert central_case(factory, "CD-3").answer == Answer.REFUSED
    assert central_case(factory, "CD-3").status == CaseStatus.ANSWERED
    assert central_case(factory, "CD-4").status == CaseStatus.WAITING_FOR_ANSWER
    with factory() as session:
        keys = session.scalars(select(SyncReceipt.key)).all()
        assert len(keys) == len(set(keys))
        # the offline audit events reached the central trail, each once
        actions = Counter(
            session.scalars(select(AuditEvent.action).where(AuditEvent.actor == "bo"))
        )
    assert actions["note_added"] == 2
    assert actions["conflict_resolved"] == 1

    # central-owned data won in both caches; the retroactive change is flagged in both
    for pc in (an_pc, bo_pc):
        with pc.cache.sessions() as session:
            ends = session.scalars(
                select(BobPeriodRow.end).where(BobPeriodRow.person_id == p2)
            ).all()
        assert ends == [date(2026, 9, 30)]
        [flag] = open_flags(pc.cache, p5)
        assert flag.owed[0] == "2023-07" and flag.owed[-1] == "2025-01"
