"""The central database numbers every change of a synced row (migration 0003)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from factories import add_person, make_handler
from sqlalchemy import delete, select, text, update

from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    CaseStatus,
    Note,
    Person,
    SyncCounter,
    SyncTombstone,
)


def _central(url):
    engine = open_central(url)
    migrate(engine)
    return engine, session_factory(engine)


def _counter(factory) -> int:
    with factory() as session:
        return session.scalars(select(SyncCounter.value)).one()


def test_every_write_gets_a_higher_number_than_all_before(central_url):
    engine, factory = _central(central_url)
    with factory.begin() as session:
        session.add(make_handler("an", password=None))
        add_person(session, 1)
    first = _counter(factory)
    with factory() as session:
        seqs = [p.change_seq for p in session.scalars(select(Person))]
    assert seqs and all(0 < s <= first for s in seqs)

    with factory.begin() as session:
        session.execute(update(Case).values(status=CaseStatus.CLOSED))
    with factory() as session:
        case_seq = session.scalars(select(Case.change_seq)).one()
        person_seq = session.scalars(select(Person.change_seq)).one()
    assert case_seq > first  # changed: a new, higher number
    assert person_seq <= first  # untouched: keeps its number
    assert _counter(factory) == case_seq
    engine.dispose()


def test_a_deleted_row_leaves_a_tombstone_and_so_do_its_cascaded_children(central_url):
    engine, factory = _central(central_url)
    with factory.begin() as session:
        session.add(make_handler("an", password=None))
        person = add_person(session, 2)
        session.flush()
        person_id = person.id
        case_ids = [c.id for c in person.cases]
        bob_ids = [b.id for b in person.bob_periods]
    before = _counter(factory)
    with factory.begin() as session:
        session.execute(delete(Person).where(Person.id == person_id))
    with factory() as session:
        stones = {
            (t.table_name, t.row_id): t.change_seq for t in session.scalars(select(SyncTombstone))
        }
    assert ("persons", person_id) in stones
    assert all(("cases", i) in stones for i in case_ids)
    assert all(("bob_periods", i) in stones for i in bob_ids)
    assert min(stones.values()) > before
    engine.dispose()


def test_writers_are_numbered_in_commit_order(central_url):
    """A second writer waits for the first: the one that commits later has the higher
    number, so a reader that saw number N has seen everything numbered up to N."""
    engine, factory = _central(central_url)
    with factory.begin() as session:
        session.add(make_handler("an", password=None))
        add_person(session, 3)
    if engine.dialect.name == "sqlite":
        engine.dispose()
        return  # SQLite has one writer at a time by construction
    first_wrote = threading.Event()
    release = threading.Event()
    seqs: dict[str, int] = {}

    def slow_writer() -> None:
        with factory.begin() as session:
            session.execute(update(Case).values(status=CaseStatus.IN_REVIEW))
            first_wrote.set()
            release.wait(10)
        with factory() as session:
            seqs["slow"] = session.scalars(select(Case.change_seq)).one()

    thread = threading.Thread(target=slow_writer)
    thread.start()
    assert first_wrote.wait(10)
    result: dict[str, int] = {}

    def fast_writer() -> None:
        with factory.begin() as session:
            note = Note(
                case_id=session.scalars(select(Case.id)).one(),
                created_at=datetime.now(UTC),
                text="procedure note",
            )
            session.add(note)
            session.flush()
            result["note"] = session.scalar(
                text("SELECT change_seq FROM notes WHERE id = :id"), {"id": note.id}
            )

    second = threading.Thread(target=fast_writer)
    second.start()
    second.join(0.5)
    assert second.is_alive()  # waits for the first writer's commit
    release.set()
    thread.join(10)
    second.join(10)
    assert result["note"] > seqs["slow"]
    engine.dispose()


def test_a_local_cache_keeps_the_central_numbers(tmp_path):
    cache = LocalCache.open(tmp_path / "c.sqlite", b"k" * 32, create=True, owner="an")
    with cache.sessions.begin() as session:
        session.add(make_handler("an", password=None))
        add_person(session, 4)
    with cache.sessions() as session:
        assert {p.change_seq for p in session.scalars(select(Person))} == {0}
        assert {b.change_seq for b in session.scalars(select(BobPeriodRow))} <= {0}
        assert session.scalars(select(SyncTombstone)).all() == []
    cache.close()
