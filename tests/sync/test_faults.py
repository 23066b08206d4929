"""Fault tests of the sync (issue 4, point 7), on PostgreSQL and SQLite: a sync process
killed with SIGKILL in the middle of a pull or of a push and started again, the central
database unreachable and back, a central transaction failing half-way, a cache
transaction failing half-way, and laptop clocks far from the central one. Whatever
happens, the cache ends equal to the central data of the team and every offline change
is applied exactly once.

The killed processes run tests/sync_child.py; it says READY at its kill point."""

from __future__ import annotations

import os
import selectors
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from factories import identity_of
from push_support import case_row, notes_with_text, outbox_rows
from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sync_support import (
    CACHE_KEY,
    HANDLER,
    OTHER_TEAM,
    TEAM,
    cached_person_ids,
    central_counter,
    make_team_central,
    open_handler_cache,
    snapshot,
    team_person_ids,
)

from cumuldesk.config import CentralConfig
from cumuldesk.domain.insz import build_insz
from cumuldesk.services.cases import add_note, change_case, record_answer
from cumuldesk.services.central.connect import Central, connect_central
from cumuldesk.services.sync_service import SyncLoop, sync_once, sync_state
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import META_LAST_SEQ, META_LAST_SYNC_AT
from cumuldesk.storage.database import DatabaseUnavailable
from cumuldesk.storage.models import (
    Answer,
    AuditEvent,
    BobPeriodRow,
    Case,
    CaseStatus,
    Note,
    Person,
    SyncReceipt,
)
from cumuldesk.sync import pull as pull_module
from cumuldesk.sync import push as push_module
from cumuldesk.sync.outbox import counts
from cumuldesk.sync.pull import pull
from cumuldesk.sync.push import push

REPO = Path(__file__).resolve().parents[2]
CHILD = REPO / "tests" / "sync_child.py"
CHILD_TIMEOUT = 60.0  # seconds for a child process to reach its kill point
NOTE_ONE = "Fault test: phoned the applicant"
NOTE_TWO = "Fault test: proposal explained"
LOCAL_NOTE = "Fault test: written offline during the pull"
WORK_ITEMS = 10  # outbox items of `offline_work`: five changes, each with its audit event


# ------------------------------------------------------------------------- helpers


@pytest.fixture
def team(central_url):
    """A central database with 12 persons of team T (and 3 of another team)."""
    engine, factory = make_team_central(central_url, team_persons=12, other_persons=3)
    yield engine, factory
    engine.dispose()


@pytest.fixture
def small_team(central_url):
    """A central database with 3 persons of team T (and 1 of another team)."""
    engine, factory = make_team_central(central_url, team_persons=3, other_persons=1)
    yield engine, factory
    engine.dispose()


def reopen(path: Path) -> LocalCache:
    """The handler's cache opened again, as by a new process after a crash."""
    return LocalCache.open(path, CACHE_KEY, owner=HANDLER)


def kill_when_ready(tmp_path: Path, *args: object) -> None:
    """Run tests/sync_child.py with `args`; when it says READY, kill it with SIGKILL."""
    env = dict(os.environ)  # the test's config folders (conftest `_isolated_config`)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "tests"), str(REPO), env.get("PYTHONPATH")) if p
    )
    errors = tmp_path / "child-stderr.txt"
    with errors.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), *map(str, args)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            assert child.stdout is not None
            with selectors.DefaultSelector() as selector:
                selector.register(child.stdout, selectors.EVENT_READ)
                readable = selector.select(CHILD_TIMEOUT)
            said = child.stdout.readline().strip() if readable else "(nothing in time)"
            if said != "READY":
                child.kill()
                child.wait(timeout=10)
                pytest.fail(
                    f"the sync process did not reach its kill point: it said {said!r}; "
                    f"stderr: {errors.read_text(errors='replace')[-3000:]}"
                )
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=10) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=10)
            if child.stdout is not None:
                child.stdout.close()


def person_id(factory, counter: int) -> int:
    insz = build_insz(date(2004, 1, 1), counter)
    with factory() as session:
        return session.scalars(select(Person.id).where(Person.insz == insz)).one()


def case_id(factory, reference: str) -> int:
    return case_row(factory, reference).id


def assert_cache_holds_the_team(cache: LocalCache, engine) -> None:
    """The cache holds exactly the team's dossiers, row for row as centrally."""
    ids = team_person_ids(engine)
    assert cached_person_ids(cache) == ids
    assert snapshot(cache.engine, ids) == snapshot(engine, ids)


def without_local_notes(found: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """A snapshot without the notes written offline (negative ids, not pushed yet)."""
    return {**found, "notes": [row for row in found["notes"] if row[0] > 0]}


def change_centrally(factory) -> None:
    """Central changes touching every team dossier: every case's status, a new note, a
    BOB period ended and a new one, a person deleted (tombstones), a case moved to another
    team (the dossier leaves the scope), a case of another team's person moved to the
    team (a new dossier)."""
    now = datetime.now(UTC)
    two, three, four = case_id(factory, "CD-2"), person_id(factory, 3), person_id(factory, 4)
    with factory.begin() as session:
        session.execute(
            update(Case)
            .where(Case.team == TEAM)
            .values(status=CaseStatus.WAITING_FOR_ANSWER, updated_at=now)
        )
        session.add(Note(case_id=two, created_at=now, text="Central note"))
        person = session.get(Person, three)
        person.bob_periods[0].end = date(2024, 12, 31)
        person.bob_periods.append(BobPeriodRow(start=date(2025, 3, 1), end=None))
        session.delete(session.get(Person, four))
        session.execute(
            update(Case).where(Case.reference == "CD-5").values(team=OTHER_TEAM, updated_at=now)
        )
        session.execute(
            update(Case).where(Case.reference == "CD-901").values(team=TEAM, updated_at=now)
        )


def offline_work(cache: LocalCache, identity) -> None:
    """Five changes made in the cache (WORK_ITEMS outbox items): notes, case changes, an
    answer, and a second change of a case made on the same version as the first."""
    add_note(cache, identity, "CD-1", NOTE_ONE)
    change_case(cache, identity, "CD-1", status=CaseStatus.IN_REVIEW, deadline="2026-06-30")
    add_note(cache, identity, "CD-2", NOTE_TWO)
    record_answer(cache, identity, "CD-2", Answer.REFUSED, date(2025, 2, 1))
    change_case(cache, identity, "CD-1", proposal_sent_on="2025-01-10")


def receipts(factory) -> dict[str, str]:
    """{idempotency key: outcome} of the central receipts."""
    with factory() as session:
        return dict(session.execute(select(SyncReceipt.key, SyncReceipt.outcome)).all())


def central_actions(factory) -> Counter:
    """How many central audit events of each action the handler has."""
    with factory() as session:
        return Counter(
            session.scalars(select(AuditEvent.action).where(AuditEvent.actor == HANDLER))
        )


def trail_is_sound(factory) -> bool:
    with factory() as session:
        return verify_trail(session).ok


def assert_offline_work_arrived_once(engine, factory, cache: LocalCache, keys: list[str]) -> None:
    """Every change of `offline_work` is centrally exactly once, nothing waits, and the
    cache shows the central rows."""
    assert len(notes_with_text(factory, NOTE_ONE)) == 1
    assert len(notes_with_text(factory, NOTE_TWO)) == 1
    one, two = case_row(factory, "CD-1"), case_row(factory, "CD-2")
    assert (one.status, one.deadline, one.proposal_sent_on) == (
        CaseStatus.IN_REVIEW,
        date(2026, 6, 30),
        date(2025, 1, 10),
    )
    assert (two.status, two.answer, two.answer_date) == (
        CaseStatus.ANSWERED,
        Answer.REFUSED,
        date(2025, 2, 1),
    )
    assert receipts(factory) == dict.fromkeys(keys, "applied")  # one per item
    assert central_actions(factory) == {"note_added": 2, "case_changed": 2, "answer_recorded": 1}
    assert trail_is_sound(factory)
    assert outbox_rows(cache) == []
    assert counts(cache) == {"pending": 0, "conflict": 0, "rejected": 0}
    ids = team_person_ids(engine)
    cached_notes = snapshot(cache.engine, ids)["notes"]
    assert all(row[0] > 0 for row in cached_notes)  # no local (negative) id left
    assert cached_notes == snapshot(engine, ids)["notes"]  # the central rows, once each


# ------------------------------------------------------------- killed during pull

PULL_STOPS = {
    # after the second chunk of 3 persons was committed (between two cache transactions)
    "between-chunks": ("--between-chunks", 6),
    # inside the second chunk's cache transaction: rows written, not committed
    "inside-chunk": ("--inside-chunk", 2),
}


@pytest.mark.parametrize("stop", sorted(PULL_STOPS))
def test_a_first_pull_killed_half_way_is_completed_by_the_next_one(
    team, tmp_path, central_url, stop
):
    engine, factory = team
    cache = open_handler_cache(tmp_path)
    path = cache.path
    cache.close()

    kill_when_ready(tmp_path, "pull", central_url, path, "--chunk", 3, *PULL_STOPS[stop])

    cache = reopen(path)  # opens after the crash: not damaged, the torn chunk rolled back
    try:
        partial = cached_person_ids(cache)
        assert len(partial) == (6 if stop == "between-chunks" else 3)  # whole chunks only
        assert snapshot(cache.engine, partial) == snapshot(engine, partial)  # whole dossiers
        assert sync_state(cache).last_sync_at is None  # the handler is not told "synced"
        assert META_LAST_SEQ not in cache.meta()

        result = pull(cache, factory, TEAM)

        assert result.new_dossiers == 12 - len(partial)
        assert_cache_holds_the_team(cache, engine)
        assert cache.meta()[META_LAST_SEQ] == str(central_counter(factory))
        assert sync_state(cache).last_sync_at is not None
    finally:
        cache.close()


@pytest.mark.parametrize("stop", sorted(PULL_STOPS))
def test_an_incremental_pull_killed_half_way_is_completed_by_the_next_one(
    team, tmp_path, central_url, stop
):
    engine, factory = team
    cache = open_handler_cache(tmp_path)
    pull(cache, factory, TEAM)
    add_note(cache, identity_of(factory, HANDLER), "CD-7", LOCAL_NOTE)  # not pushed yet
    before = {k: cache.meta()[k] for k in (META_LAST_SEQ, META_LAST_SYNC_AT)}
    path = cache.path
    cache.close()
    change_centrally(factory)

    kill_when_ready(tmp_path, "pull", central_url, path, "--chunk", 3, *PULL_STOPS[stop])

    cache = reopen(path)
    try:
        # the killed pull is not a sync: the data is still "as of" the previous one
        assert {k: cache.meta()[k] for k in before} == before

        pull(cache, factory, TEAM)

        ids = team_person_ids(engine)
        assert cached_person_ids(cache) == ids
        assert without_local_notes(snapshot(cache.engine, ids)) == snapshot(engine, ids)
        with cache.sessions() as session:
            local = list(session.scalars(select(Note.text).where(Note.id < 0)))
        assert local == [LOCAL_NOTE]  # the offline note kept, once
        assert counts(cache)["pending"] == 2  # the note and its audit event still wait

        assert push(cache, factory, HANDLER).applied == 2
        pull(cache, factory, TEAM)
        assert_cache_holds_the_team(cache, engine)
        assert len(notes_with_text(factory, LOCAL_NOTE)) == 1
    finally:
        cache.close()


# ------------------------------------------------------------- killed during push


PUSH_STOPS = {
    # the item is committed centrally, the cache has not heard back
    "first-item-committed": ("--at-item", 1),
    "case-change-committed": ("--at-item", 3),  # a later change of the case builds on it
    "last-item-committed": ("--at-item", WORK_ITEMS),
    # inside the item's central transaction: its rows written, not committed
    "case-change-uncommitted": ("--inside-item", 3),
}


@pytest.mark.parametrize("stop", list(PUSH_STOPS))
def test_a_push_killed_half_way_applies_every_item_once(small_team, tmp_path, central_url, stop):
    engine, factory = small_team
    cache = open_handler_cache(tmp_path)
    pull(cache, factory, TEAM)
    offline_work(cache, identity_of(factory, HANDLER))
    keys = [row["key"] for row in outbox_rows(cache)]
    assert len(keys) == WORK_ITEMS
    path = cache.path
    cache.close()
    where, item = PUSH_STOPS[stop]
    committed = where == "--at-item"

    kill_when_ready(tmp_path, "push", central_url, path, where, item)

    # the items before the killed one are in the central database, and the killed one
    # too if it was committed; the rolled-back transaction left nothing
    done = item if committed else item - 1
    assert sorted(receipts(factory)) == sorted(keys[:done])
    assert len(notes_with_text(factory, NOTE_ONE)) == (1 if done >= 1 else 0)
    cache = reopen(path)
    try:
        # the killed item was never acknowledged: it still waits in the outbox
        assert [row["key"] for row in outbox_rows(cache)] == keys[item - 1 :]

        result = push(cache, factory, HANDLER)

        assert result.as_dict() == {
            "applied": WORK_ITEMS - done,
            "already_applied": 1 if committed else 0,  # found by its receipt, not redone
            "conflicts": 0,  # the later change of CD-1 was based on the earlier one
            "rejected": 0,
            "remaining": 0,
        }
        assert_offline_work_arrived_once(engine, factory, cache, keys)
        pull(cache, factory, TEAM)
        assert_cache_holds_the_team(cache, engine)
    finally:
        cache.close()


# ---------------------------------------------------- central database unreachable


class Outage:
    """The central database as a laptop reaches it: a real connection that fails while
    it is down (PostgreSQL: a port nobody listens on; SQLite: the file is gone, as when
    the network share is away)."""

    def __init__(self, url: str) -> None:
        self.real = url
        self.url = url
        parsed = make_url(url)
        self.sqlite = parsed.get_backend_name() == "sqlite"
        if self.sqlite:
            self.file = Path(parsed.database)
            self.away = self.file.with_name(self.file.name + ".away")
        else:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                port = sock.getsockname()[1]
            self.dead = parsed.set(host="127.0.0.1", port=port).render_as_string(
                hide_password=False
            )

    def down(self) -> None:
        if self.sqlite:
            os.rename(self.file, self.away)
        else:
            self.url = self.dead

    def up(self) -> None:
        if self.sqlite:
            os.rename(self.away, self.file)
        else:
            self.url = self.real

    def connect(self) -> Central:
        """What `cumuldesk sync --watch` does: connect, never create a database."""
        return connect_central(
            CentralConfig(url=self.url, is_demo=False, origin="test"), must_exist=True
        )


def wait_for(condition, what: str, thread: threading.Thread, failures: list, states: list):
    """Wait (at most 30 s) until `condition()` holds while the loop runs in `thread`."""
    deadline = time.monotonic() + 30
    while not condition():
        if failures:
            raise failures[0]
        last = states[-1].as_dict() if states else None
        if not thread.is_alive():
            pytest.fail(f"the sync loop stopped before {what}; last state {last}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}; last state {last}")
        time.sleep(0.01)


def test_sync_resumes_by_itself_when_the_central_database_comes_back(
    small_team, tmp_path, central_url
):
    engine, factory = small_team
    an = identity_of(factory, HANDLER)
    outage = Outage(central_url)
    cache = open_handler_cache(tmp_path)
    central = outage.connect()
    try:
        sync_once(central, cache, an)  # at the office: the cache is filled
    finally:
        central.close()
    engine.dispose()  # the test's own connections must not keep a file or server busy
    outage.down()
    add_note(cache, an, "CD-1", NOTE_ONE)  # offline work: a note and its audit event
    states, reports, failures = [], [], []
    loop = SyncLoop(
        outage.connect,
        cache,
        an,
        interval=60.0,
        retry=(0.05,),
        on_state=states.append,
        on_report=reports.append,
    )
    stop = threading.Event()

    def run() -> None:
        try:
            loop.run(stop)
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            failures.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: len(states) >= 3, "three tries while down", thread, failures, states)
        down = list(states)
        assert all(state.online is False for state in down)
        assert all("cannot reach" in (state.problem or "") for state in down)
        assert all(state.pending == 2 for state in down)  # the offline work waits
        assert down[-1].describe().startswith("offline; data as of the last sync")
        assert reports == []

        outage.up()  # nobody calls sync: the loop notices by itself
        wait_for(lambda: states[-1].online, "the loop to be online", thread, failures, states)
        assert states[-1].pending == 0 and states[-1].problem is None
        assert len(reports) == 1 and reports[0].pushed.applied == 2
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert not failures
    try:
        assert len(notes_with_text(factory, NOTE_ONE)) == 1
        assert counts(cache)["pending"] == 0
        assert_cache_holds_the_team(cache, engine)
    finally:
        cache.close()


# ------------------------------------------------ transactions failing half-way


class HalfWay:
    """Makes the central transaction of one chosen outbox item fail after its writes
    were done: on PostgreSQL the server ends the connection; on SQLite the commit cannot
    get the file (another connection is reading it) and gives up."""

    def __init__(self, engine, monkeypatch) -> None:
        self.engine = engine
        self.key: str | None = None
        self.reader = None
        original = push_module._apply

        def apply_then_fail(session, item, *args):
            outcome = original(session, item, *args)
            if item.key == self.key:
                self._fail(session)
            return outcome

        monkeypatch.setattr(push_module, "_apply", apply_then_fail)

    def _fail(self, session) -> None:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
            session.execute(text("SELECT 1"))  # raises, should the line above not have
            raise AssertionError("the connection was not ended")
        session.connection().exec_driver_sql("PRAGMA busy_timeout = 100")
        self.reader = self.engine.connect()
        self.reader.exec_driver_sql("BEGIN")
        self.reader.exec_driver_sql("SELECT count(*) FROM persons").scalar()  # holds the file

    def release(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


def test_a_central_transaction_failing_half_way_leaves_nothing_and_is_redone_once(
    small_team, tmp_path, monkeypatch
):
    engine, factory = small_team
    cache = open_handler_cache(tmp_path)
    pull(cache, factory, TEAM)
    an = identity_of(factory, HANDLER)
    add_note(cache, an, "CD-1", NOTE_ONE)  # items 1 (note) and 2 (its audit event)
    change_case(cache, an, "CD-1", status=CaseStatus.IN_REVIEW)  # items 3 (case) and 4
    keys = [row["key"] for row in outbox_rows(cache)]
    assert [row["kind"] for row in outbox_rows(cache)] == ["note", "audit", "case", "audit"]
    case_before = case_row(factory, "CD-1")
    ids = team_person_ids(engine)
    central_before = snapshot(engine, ids)
    half_way = HalfWay(engine, monkeypatch)

    def push_failing_at(index: int) -> None:
        half_way.key = keys[index]
        try:
            with pytest.raises(DatabaseUnavailable, match="waits in the outbox"):
                push(cache, factory, HANDLER)
        finally:
            half_way.release()
        # nothing of the item is central; it waits in the cache, its failure counted
        assert sorted(receipts(factory)) == sorted(keys[:index])
        waiting = outbox_rows(cache)
        assert [row["key"] for row in waiting] == keys[index:]
        assert (waiting[0]["state"], waiting[0]["attempts"]) == ("pending", 1)
        assert NOTE_ONE not in (waiting[0]["last_error"] or "")
        assert trail_is_sound(factory)

    try:
        push_failing_at(0)  # the note
        assert snapshot(engine, ids) == central_before  # no note, nothing else either
        assert central_actions(factory) == {}

        push_failing_at(2)  # the case change (the note and its audit event go through)
        assert len(notes_with_text(factory, NOTE_ONE)) == 1
        case = case_row(factory, "CD-1")
        assert (case.status, case.change_seq) == (case_before.status, case_before.change_seq)

        push_failing_at(3)  # the audit event of the case change
        assert case_row(factory, "CD-1").status == CaseStatus.IN_REVIEW
        assert central_actions(factory) == {"note_added": 1}
    finally:
        half_way.release()

    half_way.key = None
    result = push(cache, factory, HANDLER)

    assert (result.applied, result.already_applied, result.remaining) == (1, 0, 0)
    assert receipts(factory) == dict.fromkeys(keys, "applied")
    assert len(notes_with_text(factory, NOTE_ONE)) == 1
    assert central_actions(factory) == {"note_added": 1, "case_changed": 1}
    assert trail_is_sound(factory)
    assert outbox_rows(cache) == []
    pull(cache, factory, TEAM)
    assert_cache_holds_the_team(cache, engine)
    cache.close()


def test_a_pull_chunk_failing_half_way_in_the_cache_is_redone_by_the_next_pull(
    team, tmp_path, monkeypatch
):
    engine, factory = team
    cache = open_handler_cache(tmp_path)
    pull(cache, factory, TEAM)
    before = {k: cache.meta()[k] for k in (META_LAST_SEQ, META_LAST_SYNC_AT)}
    cached_before = {p: snapshot(cache.engine, [p]) for p in cached_person_ids(cache)}
    change_centrally(factory)
    monkeypatch.setattr(pull_module, "CHUNK", 3)
    original = pull_module.reapply_pending
    chunks: list[list[int]] = []

    def fail_in_the_third_chunk(connection, person_ids=None):
        original(connection, person_ids)  # the chunk's rows are written...
        chunks.append(sorted(person_ids))
        if len(chunks) == 3:  # ...then the cache file fails
            raise OperationalError("UPDATE", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(pull_module, "reapply_pending", fail_in_the_third_chunk)
    with pytest.raises(OperationalError):
        pull(cache, factory, TEAM)
    try:
        assert {k: cache.meta()[k] for k in before} == before  # not a complete pull
        done, failed = chunks[1], chunks[2]
        assert snapshot(cache.engine, done) == snapshot(engine, done)  # committed chunk
        for person in failed:  # the failed chunk: as before the pull, not half-changed
            assert snapshot(cache.engine, [person]) == cached_before[person]
        assert snapshot(cache.engine, failed) != snapshot(engine, failed)

        monkeypatch.setattr(pull_module, "reapply_pending", original)
        pull(cache, factory, TEAM)

        assert_cache_holds_the_team(cache, engine)
        assert cache.meta()[META_LAST_SEQ] == str(central_counter(factory))
    finally:
        cache.close()


# ------------------------------------------------------------------ clock differences


def central_now(factory) -> datetime:
    """The central database's clock, UTC."""
    with factory() as session:
        if session.get_bind().dialect.name == "postgresql":
            moment = session.scalar(text("SELECT clock_timestamp()"))
        else:
            moment = datetime.fromisoformat(
                session.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')"))
            )
    return as_utc(moment)


def as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@pytest.mark.parametrize(
    "skew", [timedelta(days=3), -timedelta(days=730)], ids=["3-days-ahead", "2-years-behind"]
)
def test_a_laptop_clock_far_from_the_central_one_changes_nothing(
    small_team, tmp_path, central_url, skew
):
    engine, factory = small_team
    central = Central(CentralConfig(url=central_url, is_demo=False, origin="test"), engine, factory)
    an = identity_of(factory, HANDLER)
    cache = open_handler_cache(tmp_path)

    def laptop() -> datetime:
        return datetime.now(UTC) + skew

    sync_once(central, cache, an, clock=laptop)
    assert_cache_holds_the_team(cache, engine)
    written_at = laptop()
    add_note(cache, an, "CD-1", NOTE_ONE, clock=laptop)
    change_case(cache, an, "CD-1", status=CaseStatus.IN_REVIEW, clock=laptop)
    add_note(cache, an, "CD-1", NOTE_TWO, clock=laptop)
    answered_on = (laptop() - timedelta(days=10)).date()
    record_answer(cache, an, "CD-1", Answer.REFUSED, answered_on, clock=laptop)
    started = central_now(factory)

    report = sync_once(central, cache, an, clock=laptop)

    ended = central_now(factory)
    assert (report.pushed.applied, report.pushed.conflicts, report.pushed.remaining) == (8, 0, 0)
    [one], [two] = notes_with_text(factory, NOTE_ONE), notes_with_text(factory, NOTE_TWO)
    assert one.id < two.id  # applied in the order they were written
    case = case_row(factory, "CD-1")
    assert (case.status, case.answer, case.answer_date) == (
        CaseStatus.ANSWERED,  # the answer came after the status change, and stays
        Answer.REFUSED,
        answered_on,
    )
    assert started <= as_utc(case.updated_at) <= ended  # the central clock, not the laptop's
    for note in (one, two):
        assert as_utc(note.created_at) <= ended  # never later than the central time
        if skew > timedelta(0):
            assert started <= as_utc(note.created_at)  # brought back to the central time
        else:
            assert as_utc(note.created_at) >= written_at  # the laptop's (past) time kept
    with factory() as session:
        trail = session.execute(
            select(AuditEvent.action, AuditEvent.at)
            .where(AuditEvent.actor == HANDLER, AuditEvent.action != "synced")
            .order_by(AuditEvent.seq)
        ).all()
    assert [action for action, _ in trail] == [
        "note_added",
        "case_changed",
        "note_added",
        "answer_recorded",
    ]
    assert all(as_utc(at) <= ended for _, at in trail)
    assert_cache_holds_the_team(cache, engine)

    # changes made centrally after the push, by the central clock, all arrive once
    with factory.begin() as session:
        session.execute(
            update(Case).where(Case.reference == "CD-2").values(status=CaseStatus.IN_REVIEW)
        )
        session.add(Note(case_id=case_id(factory, "CD-3"), created_at=ended, text="Later"))

    report = sync_once(central, cache, an, clock=laptop)

    assert report.pulled.changed_dossiers == 2
    assert_cache_holds_the_team(cache, engine)
    with cache.sessions() as session:
        assert list(session.scalars(select(Note.text).where(Note.text == "Later"))) == ["Later"]
    cache.close()
