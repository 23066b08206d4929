"""The sync service as a handler's desk uses it: push then pull in one `sync_once`, the
state shown in the status bar, and the loop that syncs now and then and resumes by
itself when the central database is back (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime

import pytest
from factories import identity_of
from sqlalchemy import func, select, update
from sync_support import (
    HANDLER,
    TEAM,
    make_team_central,
    open_handler_cache,
    snapshot,
    team_person_ids,
)

from cumuldesk.config import CentralConfig
from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.cases import add_note, change_case
from cumuldesk.services.central.connect import Central
from cumuldesk.services.sync_service import SyncLoop, last_sync_at, sync_once, sync_state
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.cache import CacheMismatch
from cumuldesk.storage.database import DatabaseUnavailable, open_central, session_factory
from cumuldesk.storage.models import (
    AuditEvent,
    Case,
    CaseStatus,
    Handler,
    Language,
    Note,
    Person,
    Role,
)
from cumuldesk.sync import pull as pull_module
from cumuldesk.sync.progress import SyncCancelled

NOW = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)
TEXT = "Rang the applicant about the proposal"
SYNCED_DETAILS = {
    "pushed",
    "conflicts",
    "rejected",
    "new_dossiers",
    "changed_dossiers",
    "removed_dossiers",
}


def clock() -> datetime:
    return NOW


def connect(url: str) -> Central:
    """A new connection to the central database, as the desktop application makes one."""
    engine = open_central(url)
    return Central(
        CentralConfig(url, is_demo=False, origin="test"), engine, session_factory(engine)
    )


@pytest.fixture
def central(central_url):
    engine, _ = make_team_central(central_url, team_persons=3, other_persons=1)
    engine.dispose()
    central = connect(central_url)
    yield central
    central.close()


@pytest.fixture
def cache(tmp_path):
    cache = open_handler_cache(tmp_path)
    yield cache
    cache.close()


@pytest.fixture
def an(central):
    return identity_of(central.sessions, HANDLER)


@pytest.fixture
def brussels_time():
    """Local time is Brussels time (describe() shows local time)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Brussels"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def central_case(central: Central, reference: str) -> Case:
    with central.sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def cached_case(cache, reference: str) -> Case:
    with cache.sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def set_central_status(central: Central, reference: str, status: CaseStatus) -> None:
    with central.sessions.begin() as session:
        session.execute(update(Case).where(Case.reference == reference).values(status=status))


def notes_with(sessions, text: str) -> list[Note]:
    with sessions() as session:
        return list(session.scalars(select(Note).where(Note.text == text)))


def synced_events(sessions) -> list[AuditEvent]:
    with sessions() as session:
        query = select(AuditEvent).where(AuditEvent.action == "synced").order_by(AuditEvent.seq)
        return list(session.scalars(query))


def assert_cache_holds_the_team(central: Central, cache) -> None:
    team = team_person_ids(central.engine, TEAM)
    assert team and team_person_ids(cache.engine, TEAM) == team
    assert snapshot(cache.engine, team) == snapshot(central.engine, team)


# ----------------------------------------------------------------------- sync_once


def test_a_sync_pushes_the_offline_note_then_pulls_the_central_change(central, cache, an):
    first = sync_once(central, cache, an, clock=clock)
    assert first.pulled.new_dossiers == 3 and first.pushed.applied == 0
    local_id = add_note(cache, an, "CD-1", TEXT)
    assert local_id < 0
    set_central_status(central, "CD-2", CaseStatus.IN_REVIEW)

    report = sync_once(central, cache, an, clock=clock)

    assert report.pushed.applied == 2  # the note and its audit event
    assert (report.pushed.conflicts, report.pushed.rejected, report.pushed.remaining) == (0, 0, 0)
    [central_note] = notes_with(central.sessions, TEXT)
    [cached_note] = notes_with(cache.sessions, TEXT)
    assert cached_note.id == central_note.id > 0  # the local id was replaced
    assert central_note.case_id == central_case(central, "CD-1").id
    assert cached_case(cache, "CD-2").status is CaseStatus.IN_REVIEW
    assert report.pulled.changed_dossiers >= 1 and report.pulled.new_dossiers == 0
    assert report.waiting == {"pending": 0, "conflict": 0, "rejected": 0}
    assert_cache_holds_the_team(central, cache)

    again = sync_once(central, cache, an, clock=clock)  # nothing twice
    assert again.pushed.applied == 0 and len(notes_with(central.sessions, TEXT)) == 1


def test_a_sync_is_audited_by_counts_only_in_both_trails(central, cache, an):
    sync_once(central, cache, an, clock=clock)
    add_note(cache, an, "CD-1", TEXT)
    sync_once(central, cache, an, clock=clock)

    with central.sessions() as session:
        persons = list(session.scalars(select(Person)))
    for sessions in (central.sessions, cache.sessions):
        events = synced_events(sessions)
        assert [e.actor for e in events] == [HANDLER, HANDLER]
        details = [json.loads(e.details) for e in events]
        # the first sync also brought the law data (version 1): its number, nothing more
        assert set(details[0]) == SYNCED_DETAILS | {"law_data_version"}
        assert details[0]["law_data_version"] == 1
        assert all(set(d) == SYNCED_DETAILS for d in details[1:])
        assert all(isinstance(v, int) for d in details for v in d.values())
        assert details[0]["new_dossiers"] == 3 and details[1]["pushed"] == 2
        assert all(e.subject is None for e in events)
        text = " ".join(e.details for e in events)
        for person in persons:
            assert person.insz not in text and person.family_name not in text
        assert TEXT not in text
        with sessions() as session:
            assert verify_trail(session).ok


def test_the_report_as_a_dict(central, cache, an):
    report = sync_once(central, cache, an, clock=clock)
    data = json.loads(json.dumps(report.as_dict()))
    assert data["finished_at"] == "2025-03-14T10:00:00+00:00"
    assert data["pulled"]["new_dossiers"] == 3 and data["pulled"]["high_water"] > 0
    assert data["pushed"] == {
        "applied": 0,
        "already_applied": 0,
        "conflicts": 0,
        "rejected": 0,
        "remaining": 0,
    }
    assert data["waiting"] == {"pending": 0, "conflict": 0, "rejected": 0}


def test_the_state_says_online_the_age_of_the_data_and_what_waits(
    central, cache, an, brussels_time
):
    never = sync_state(cache)
    assert never.last_sync_at is None and last_sync_at(cache) is None
    assert never.describe() == "not connected yet; never synced; 0 change(s) waiting to be pushed"

    sync_once(central, cache, an, clock=clock)
    add_note(cache, an, "CD-1", TEXT)
    state = sync_state(cache, online=True)
    assert state.last_sync_at == NOW == last_sync_at(cache)
    assert (state.pending, state.conflicts, state.rejected) == (2, 0, 0)
    assert state.describe() == (
        "online; data as of the last sync, 14/03/2025 11:00; 2 change(s) waiting to be pushed"
    )

    offline = sync_state(cache, online=False, problem="cannot reach the central database")
    assert offline.describe().startswith("offline; data as of the last sync, 14/03/2025 11:00")
    assert offline.as_dict() == {
        "online": False,
        "last_sync_at": "2025-03-14T10:00:00+00:00",
        "pending": 2,
        "conflicts": 0,
        "rejected": 0,
        "problem": "cannot reach the central database",
    }


def test_the_state_counts_conflicts_and_refused_changes(central, cache, an, brussels_time):
    sync_once(central, cache, an, clock=clock)
    change_case(cache, an, "CD-1", status="in_review")
    set_central_status(central, "CD-1", CaseStatus.NEW)  # someone else, meanwhile
    add_note(cache, an, "CD-2", TEXT)
    with central.sessions.begin() as session:  # the case of the note goes
        session.delete(session.scalars(select(Case).where(Case.reference == "CD-2")).one())

    report = sync_once(central, cache, an, clock=clock)

    assert (report.pushed.conflicts, report.pushed.rejected) == (1, 1)
    assert report.waiting == {"pending": 0, "conflict": 1, "rejected": 1}
    state = sync_state(cache, online=True)
    assert state.describe() == (
        "online; data as of the last sync, 14/03/2025 11:00; 0 change(s) waiting to be pushed; "
        "1 conflict(s) to resolve; 1 change(s) refused"
    )
    assert notes_with(central.sessions, TEXT) == []
    assert central_case(central, "CD-1").status is CaseStatus.NEW  # not applied silently


def test_a_closed_account_is_refused_and_nothing_is_pulled(central, cache, an):
    sync_once(central, cache, an, clock=clock)
    add_note(cache, an, "CD-1", TEXT)
    set_central_status(central, "CD-2", CaseStatus.IN_REVIEW)
    with central.sessions.begin() as session:
        session.execute(update(Handler).where(Handler.username == HANDLER).values(active=False))

    later = datetime(2025, 3, 15, tzinfo=UTC)
    with pytest.raises(NotAllowed, match="an is not an active handler any more"):
        sync_once(central, cache, an, clock=lambda: later)

    assert cached_case(cache, "CD-2").status is not CaseStatus.IN_REVIEW
    assert notes_with(central.sessions, TEXT) == []
    assert sync_state(cache).pending == 2 and last_sync_at(cache) == NOW
    assert len(synced_events(central.sessions)) == 1
    with central.sessions() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "refused")).one()
    assert refused.actor == HANDLER and json.loads(refused.details)["action"] == "sync"


def test_a_cache_of_another_central_database_is_refused(central, cache, an, tmp_path):
    sync_once(central, cache, an, clock=clock)
    add_note(cache, an, "CD-1", TEXT)
    other_url = f"sqlite:///{tmp_path / 'other-central.sqlite'}"
    engine, _ = make_team_central(other_url, team_persons=2, other_persons=0)
    engine.dispose()
    other = connect(other_url)
    try:
        with pytest.raises(CacheMismatch, match="another central database"):
            sync_once(other, cache, an, clock=clock)
        assert notes_with(other.sessions, TEXT) == []
        assert synced_events(other.sessions) == []
    finally:
        other.close()
    assert sync_state(cache).pending == 2  # the note waits for the right central database
    assert sync_once(central, cache, an, clock=clock).pushed.applied == 2
    assert_cache_holds_the_team(central, cache)  # nothing of the other one came in


# ------------------------------------------------------------ progress and cancel


def test_progress_goes_push_then_pull_and_reaches_the_totals(central, cache, an, monkeypatch):
    monkeypatch.setattr(pull_module, "CHUNK", 1)
    sync_once(central, cache, an, clock=clock)
    add_note(cache, an, "CD-1", TEXT)
    add_note(cache, an, "CD-2", TEXT + " again")
    set_central_status(central, "CD-3", CaseStatus.IN_REVIEW)
    calls: list[tuple[str, int, int]] = []

    sync_once(central, cache, an, progress=lambda *c: calls.append(c), clock=clock)

    stages = [stage for stage, _, _ in calls]
    assert stages == sorted(stages, key=["push", "pull"].index)  # every push call first
    push = [(d, t) for s, d, t in calls if s == "push"]
    pull = [(d, t) for s, d, t in calls if s == "pull"]
    assert push[0] == (0, 4) and push[-1] == (4, 4)  # two notes, two audit events
    assert [d for d, _ in push] == sorted(d for d, _ in push)
    assert pull and pull[-1][0] == pull[-1][1] >= 1
    assert [d for d, _ in pull] == sorted(d for d, _ in pull)


def test_a_cancelled_first_sync_loses_nothing_and_the_next_one_completes(
    central, cache, an, monkeypatch
):
    monkeypatch.setattr(pull_module, "CHUNK", 1)
    calls: list[tuple[str, int, int]] = []

    def cancel() -> bool:  # the handler clicks "cancel" once the pull has begun
        return any(stage == "pull" and done >= 1 for stage, done, _ in calls)

    with pytest.raises(SyncCancelled):
        sync_once(central, cache, an, progress=lambda *c: calls.append(c), cancel=cancel)

    pulled = [(d, t) for s, d, t in calls if s == "pull"]
    assert pulled[-1] == (1, 3)  # stopped after the first dossier
    assert last_sync_at(cache) is None and synced_events(central.sessions) == []

    report = sync_once(central, cache, an, clock=clock)
    assert report.pulled.new_dossiers == 2
    assert_cache_holds_the_team(central, cache)


def test_a_push_cancelled_half_way_is_finished_by_the_next_sync(central, cache, an):
    sync_once(central, cache, an, clock=clock)
    add_note(cache, an, "CD-1", TEXT)
    add_note(cache, an, "CD-2", TEXT + " again")
    calls: list[tuple[str, int, int]] = []

    with pytest.raises(SyncCancelled):
        sync_once(
            central,
            cache,
            an,
            progress=lambda *c: calls.append(c),
            cancel=lambda: len(calls) > 1,  # after the first item went
        )
    assert calls[-1] == ("push", 1, 4)
    assert sync_state(cache).pending == 3
    assert len(notes_with(central.sessions, TEXT)) == 1

    report = sync_once(central, cache, an, clock=clock)
    assert report.pushed.applied == 3
    assert len(notes_with(central.sessions, TEXT)) == 1
    assert len(notes_with(central.sessions, TEXT + " again")) == 1
    assert_cache_holds_the_team(central, cache)


# --------------------------------------------------------------------------- loop


class FakeStop:
    """A stop event whose wait() records the pause and returns at once."""

    def __init__(self, set_after_waits: int | None = None) -> None:
        self.waits: list[float] = []
        self.stopped = False
        self.set_after_waits = set_after_waits

    def is_set(self) -> bool:
        return self.stopped

    def set(self) -> None:
        self.stopped = True

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout)
        if self.set_after_waits is not None and len(self.waits) >= self.set_after_waits:
            self.stopped = True
        return self.stopped


class Flaky:
    """connect() that fails when the next entry of `plan` is False (central away)."""

    def __init__(self, url: str, plan: list[bool]) -> None:
        self.url = url
        self.plan = list(plan)
        self.calls = 0

    def __call__(self) -> Central:
        self.calls += 1
        if not self.plan.pop(0):
            raise DatabaseUnavailable("cannot reach the central database (test)")
        return connect(self.url)


def test_the_loop_syncs_every_interval_while_online(central_url, central, cache, an):
    reports, states = [], []
    loop = SyncLoop(
        lambda: connect(central_url),
        cache,
        an,
        interval=42.0,
        on_report=reports.append,
        on_state=states.append,
        clock=clock,
    )
    stop = FakeStop()
    loop.run(stop, max_rounds=3)

    assert loop.rounds == 3 and stop.waits == [42.0, 42.0]
    assert [r.pulled.new_dossiers for r in reports] == [3, 0, 0]
    assert [s.online for s in states] == [True, True, True]
    assert states[-1].last_sync_at == NOW and states[-1].problem is None
    assert_cache_holds_the_team(central, cache)


def test_the_loop_waits_longer_while_the_central_database_is_away_then_resumes(
    central_url, central, cache, an
):
    connect_plan = Flaky(central_url, [False] * 5 + [True, False])
    reports, states = [], []
    loop = SyncLoop(
        connect_plan,
        cache,
        an,
        interval=300.0,
        retry=(1.0, 2.0, 4.0),
        on_report=reports.append,
        on_state=states.append,
        clock=clock,
    )
    stop = FakeStop()
    loop.run(stop, max_rounds=7)

    assert stop.waits == [1.0, 2.0, 4.0, 4.0, 4.0, 300.0]  # the last pause repeats
    assert [s.online for s in states] == [False] * 5 + [True, False]
    assert states[0].problem == "cannot reach the central database (test)"
    assert states[0].last_sync_at is None and states[-1].last_sync_at == NOW
    assert len(reports) == 1 and reports[0].pulled.new_dossiers == 3
    assert_cache_holds_the_team(central, cache)


def test_after_a_success_the_retry_pauses_start_short_again(central_url, central, cache, an):
    plan = Flaky(central_url, [False, False, True, False, False])
    loop = SyncLoop(plan, cache, an, interval=60.0, retry=(1.0, 2.0, 4.0), clock=clock)
    stop = FakeStop()
    loop.run(stop, max_rounds=5)
    assert stop.waits == [1.0, 2.0, 60.0, 1.0]


def test_the_loop_raises_what_retrying_cannot_mend(central_url, central, cache, an, tmp_path):
    sync_once(central, cache, an, clock=clock)
    other_url = f"sqlite:///{tmp_path / 'other-central.sqlite'}"
    make_team_central(other_url, team_persons=1, other_persons=0)[0].dispose()
    states: list = []
    loop = SyncLoop(lambda: connect(other_url), cache, an, on_state=states.append)
    stop = FakeStop()
    with pytest.raises(CacheMismatch):
        loop.run(stop, max_rounds=5)
    assert loop.rounds == 1 and stop.waits == [] and states == []

    with central.sessions.begin() as session:
        session.execute(update(Handler).where(Handler.username == HANDLER).values(active=False))
    loop = SyncLoop(lambda: connect(central_url), cache, an)
    with pytest.raises(NotAllowed):
        loop.run(FakeStop(), max_rounds=5)
    assert loop.rounds == 1


def test_a_stop_during_a_sync_ends_the_loop_at_a_safe_point(
    central_url, central, cache, an, monkeypatch
):
    monkeypatch.setattr(pull_module, "CHUNK", 1)
    stop = FakeStop()

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "pull" and done >= 1:
            stop.set()  # the window is closed while the pull runs

    loop = SyncLoop(lambda: connect(central_url), cache, an, progress=progress)
    loop.run(stop, max_rounds=5)
    assert loop.rounds == 1 and stop.waits == []
    assert last_sync_at(cache) is None  # the pull did not complete: redone next time
    with cache.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1

    sync_once(central, cache, an, clock=clock)
    assert_cache_holds_the_team(central, cache)


def test_the_loop_refuses_pauses_that_are_not_positive(cache):
    an = Identity(HANDLER, "An", Role.HANDLER, TEAM, Language.NL)
    for interval, retry in ((0.0, (1.0,)), (1.0, ()), (1.0, (1.0, -1.0))):
        with pytest.raises(ValueError, match="sync pauses must be positive"):
            SyncLoop(lambda: None, cache, an, interval=interval, retry=retry)
