"""A full local disk during a sync (issue 15, point 5): the push and the pull write the
cache as they go; when its disk is full the sync says so ("the local disk is full"),
never that the central database failed, and once there is room again the next sync
goes on: every offline change applied exactly once. On SQLite and PostgreSQL, with a
real full disk (a small tmpfs) where this machine can mount one, else SQLite's own
"database or disk is full" injected at the cache write of the push and of the pull."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from disk_faults import full_disk
from factories import identity_of
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sync_support import CACHE_KEY, HANDLER, make_team_central

from cumuldesk.config import CentralConfig
from cumuldesk.services.cases import add_note
from cumuldesk.services.central.connect import Central
from cumuldesk.services.sync_service import SyncLoop, sync_once
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.files import DiskProblem
from cumuldesk.storage.models import Note
from cumuldesk.sync import pull as pull_module
from cumuldesk.sync import push as push_module
from cumuldesk.sync.outbox import counts

__all__ = ["full_disk"]

NOTE = "Disk fault test: phoned the applicant"
SAID = (
    "the sync stopped: the local disk is full (database or disk is full); free some space, "
    "then sync again; nothing was lost, the next sync goes on from where this one stopped"
)


@pytest.fixture
def team(central_url):
    engine, factory = make_team_central(central_url, team_persons=4, other_persons=1)
    yield Central(CentralConfig(url=central_url, is_demo=False, origin="test"), engine, factory)
    engine.dispose()


def disk_full_once(monkeypatch, module, name: str) -> None:
    """SQLite's own error, once, where `module.name` writes the cache."""
    real = getattr(module, name)
    calls: list[int] = []

    def full(*args, **kwargs):
        if not calls:
            calls.append(1)
            raise OperationalError(
                "INSERT", {}, sqlite3.OperationalError("database or disk is full")
            )
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, full)


def notes(team) -> int:
    with team.sessions() as session:
        return session.scalar(select(func.count()).select_from(Note).where(Note.text == NOTE))


@pytest.mark.parametrize("where", ["push", "pull"])
def test_a_full_local_disk_is_named_as_such_and_the_next_sync_goes_on(
    team, full_disk, monkeypatch, where
):
    an = identity_of(team.sessions, HANDLER)
    cache = LocalCache.open(
        full_disk.folder / "cache.sqlite", CACHE_KEY, create=True, owner=HANDLER
    )
    try:
        sync_once(team, cache, an)
        add_note(cache, an, "CD-1", NOTE)
        if full_disk.real:
            full_disk.fill(keep=0)
        elif where == "push":
            disk_full_once(monkeypatch, push_module, "_acknowledge")
        else:
            disk_full_once(monkeypatch, pull_module, "pull_law_data")
        with pytest.raises(DiskProblem) as caught:
            sync_once(team, cache, an)
        assert str(caught.value) == SAID and caught.value.exit_code == 5, full_disk.how
        # the window's background loop (and sync --watch) stops with the same words:
        # the window shows them, not "offline", and syncs again on "Sync now"
        if not full_disk.real:
            disk_full_once(monkeypatch, pull_module, "pull_law_data")
        states = []
        loop = SyncLoop(lambda: team, cache, an, on_state=states.append)
        monkeypatch.setattr(team, "close", lambda: None)  # the test's connection stays
        with pytest.raises(DiskProblem, match="the local disk is full"):
            loop.run_once(threading.Event())
        assert states == []  # never told "offline"
        full_disk.empty()
        sync_once(team, cache, an)
        assert notes(team) == 1  # pushed exactly once
        assert counts(cache)["pending"] == 0
    finally:
        cache.close()
