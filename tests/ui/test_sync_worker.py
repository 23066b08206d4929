"""The background sync against the fixture central database: a note added offline is
pushed by "Sync now" and the waiting count goes to 0; the state goes offline when the
central database is away and back online by itself when it returns; stop() ends it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select
from ui.central_switch import set_central_up

from cumuldesk.services.cases import add_note
from cumuldesk.services.sync_service import SyncReport, SyncState
from cumuldesk.storage.models import Case
from cumuldesk.ui.kit.changes import CASES, DOSSIERS, OUTBOX, PARAMETERS, SYNC
from cumuldesk.ui.shell.sync_worker import SyncWorker

RETRY = (0.05,)  # seconds: the central database is tried again quickly


@pytest.fixture
def worker(qtbot, ui_context):
    worker = SyncWorker(ui_context, interval=3600, retry=RETRY)
    states: list[SyncState] = []
    worker.state_changed.connect(states.append)
    worker.states = states
    yield worker
    assert worker.stop(10)


def _first_case(ctx) -> str:
    with ctx.desk.cache.sessions() as session:
        return session.scalars(select(Case.reference).order_by(Case.id)).first()


def test_a_note_added_offline_is_pushed_by_sync_now(qtbot, worker, ui_context):
    gui = threading.get_ident()
    seen_threads: set[int] = set()
    changes: list[frozenset] = []
    reports: list[SyncReport] = []
    ui_context.changes.changed.connect(changes.append)
    worker.report.connect(reports.append)
    worker.state_changed.connect(lambda state: seen_threads.add(threading.get_ident()))

    worker.start()  # a first sync at once
    qtbot.waitUntil(lambda: any(s.online for s in worker.states), timeout=20_000)
    assert ui_context.desk.online is True

    set_central_up(ui_context, False)  # the handler works offline
    add_note(
        ui_context.desk.cache, ui_context.desk.identity, _first_case(ui_context), "Called back"
    )
    worker.refresh_state()  # what the views do after a write (via ctx.changes OUTBOX)
    # the note, and its audit line, wait in the outbox
    qtbot.waitUntil(lambda: worker.state.pending >= 1, timeout=5_000)
    waiting = worker.state.pending

    set_central_up(ui_context, True)
    rounds = len(reports)
    worker.sync_now()  # without waiting for the hour-long interval
    qtbot.waitUntil(lambda: len(reports) > rounds, timeout=20_000)
    qtbot.waitUntil(lambda: worker.state.pending == 0 and worker.state.online, timeout=5_000)
    assert reports[-1].pushed.applied == waiting
    assert seen_threads == {gui}  # signals arrive on the GUI thread
    assert frozenset({DOSSIERS, CASES, OUTBOX, SYNC}) in changes  # the push moved a note


def test_offline_and_back_online_by_itself(qtbot, worker, ui_context):
    set_central_up(ui_context, False)
    worker.start()
    qtbot.waitUntil(lambda: worker.state is not None and worker.state.online is False)
    assert ui_context.desk.online is False
    assert "switched off" in (worker.state.problem or "")
    assert worker.state.last_sync_at is not None  # the cache was synced before

    set_central_up(ui_context, True)  # no "Sync now": the retry finds it
    qtbot.waitUntil(lambda: worker.state.online is True, timeout=20_000)
    assert ui_context.desk.online is True
    assert worker.state.problem is None


def test_progress_is_reported_while_syncing(qtbot, worker):
    stages: list[tuple[str, int, int]] = []
    syncing: list[bool] = []
    worker.progress.connect(lambda *args: stages.append(args))
    worker.syncing_changed.connect(syncing.append)
    worker.start()
    qtbot.waitUntil(lambda: any(s.online for s in worker.states), timeout=20_000)
    qtbot.waitUntil(lambda: syncing[-1:] == [False])
    assert syncing[0] is True
    assert {stage for stage, _, _ in stages} == {"push", "pull"}
    assert all(done <= total for _, done, total in stages if total)


def test_stop_ends_the_thread_and_sync_now_starts_it_again(qtbot, worker):
    worker.start()
    assert worker.running
    assert worker.stop(10)
    assert not worker.running
    worker.sync_now()
    assert worker.running
    qtbot.waitUntil(lambda: any(s.online for s in worker.states), timeout=20_000)


def test_a_quiet_sync_changes_only_the_outbox_and_sync_kinds():
    from cumuldesk.sync.pull import PullResult
    from cumuldesk.sync.push import PushResult

    quiet = SyncReport(PushResult(0, 0, 0, 0, 0), PullResult(5, 0, 0, 0, 0, 0), None, {})
    assert quiet.changes.kinds == {OUTBOX, SYNC}
    pulled = SyncReport(PushResult(0, 0, 0, 0, 0), PullResult(5, 0, 1, 0, 0, 0), None, {})
    assert pulled.changes.kinds == {DOSSIERS, CASES, OUTBOX, SYNC}
    law = SyncReport(PushResult(0, 0, 0, 0, 0), PullResult(5, 0, 0, 0, 0, 0, 2), None, {})
    assert law.changes.kinds == {OUTBOX, SYNC, PARAMETERS}


def test_new_law_data_reach_the_open_window_with_the_next_sync(qtbot, worker, ui_context):
    """Two supervisors publish a value centrally; the window, signed in with version 1,
    computes with version 2 after its next background sync, without signing in again."""
    from datetime import date
    from decimal import Decimal

    from factories import identity_of, make_handler

    from cumuldesk.services.law import data as law
    from cumuldesk.storage.models import Role

    central = ui_context.desk.connect()  # the fixture's central database, as a supervisor's desk
    with central.sessions.begin() as session:
        session.add_all(
            [make_handler("sup.one", Role.SUPERVISOR), make_handler("sup.two", Role.SUPERVISOR)]
        )
    proposed = law.propose(
        central.sessions,
        identity_of(central.sessions, "sup.one"),
        "bob_monthly",
        "2026-10-01",
        "360.00",
        "sourced",
        "test: a published amount",
    )
    version = law.approve(central.sessions, identity_of(central.sessions, "sup.two"), proposed)
    central.close()
    assert version == 2
    assert ui_context.desk.law.get("bob_monthly", date(2026, 10, 1)).amount == Decimal("351.49")

    changes: list[frozenset] = []
    ui_context.changes.changed.connect(changes.append)
    worker.start()
    qtbot.waitUntil(lambda: ui_context.desk.law.version == 2, timeout=20_000)
    value = ui_context.desk.law.get("bob_monthly", date(2026, 10, 1))
    assert (value.amount, value.kind.value) == (Decimal("360.00"), "sourced")
    qtbot.waitUntil(lambda: any(PARAMETERS in kinds for kinds in changes), timeout=5_000)
