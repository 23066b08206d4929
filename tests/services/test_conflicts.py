"""What the conflicts dialog and `cumuldesk sync conflicts` show: a case changed by the
handler and centrally (both versions, field by field, when the central one changed) and
a note the central database refused (its reason and its text)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import identity_of
from sqlalchemy import select, update
from sync_support import make_team_central, open_handler_cache

from cumuldesk.config import CentralConfig
from cumuldesk.services.cases import add_note, change_case
from cumuldesk.services.central.connect import Central
from cumuldesk.services.conflicts import (
    FieldVersions,
    item_json,
    load_waiting,
    references,
)
from cumuldesk.services.sync_service import sync_once
from cumuldesk.storage.cache_models import CONFLICT, REJECTED
from cumuldesk.storage.database import open_central, session_factory
from cumuldesk.storage.models import Case, CaseStatus
from cumuldesk.sync.outbox import items
from cumuldesk.sync.push import CASE_GONE, CHANGED_CENTRALLY, resolve_conflict

NOW = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)
CENTRAL_CHANGE = datetime(2025, 3, 14, 11, 15, tzinfo=UTC)
TEXT = "Rang the applicant about the proposal"


@pytest.fixture
def desk(tmp_path, sqlite_central_url):
    """(central, cache, identity) of handler "an", synced, on a SQLite central database."""
    url = sqlite_central_url
    engine, _ = make_team_central(url, team_persons=3, other_persons=0)
    engine.dispose()
    engine = open_central(url)
    central = Central(CentralConfig(url, False, "test"), engine, session_factory(engine))
    cache = open_handler_cache(tmp_path)
    an = identity_of(central.sessions, "an")
    sync_once(central, cache, an, clock=lambda: NOW)
    yield central, cache, an
    cache.close()
    central.close()


def make_conflict_and_refusal(central, cache, an) -> None:
    change_case(
        cache, an, "CD-1", status="in_review", deadline=date(2025, 4, 30), clock=lambda: NOW
    )
    with central.sessions.begin() as session:  # someone else, meanwhile
        session.execute(
            update(Case)
            .where(Case.reference == "CD-1")
            .values(status=CaseStatus.NEW, updated_at=CENTRAL_CHANGE)
        )
    add_note(cache, an, "CD-2", TEXT, clock=lambda: NOW)
    with central.sessions.begin() as session:  # the case of the note goes
        session.delete(session.scalars(select(Case).where(Case.reference == "CD-2")).one())
    sync_once(central, cache, an, clock=lambda: NOW)


def test_nothing_waits_after_a_clean_sync(desk):
    _, cache, _ = desk
    assert load_waiting(cache) == []


def test_a_conflict_shows_both_versions_field_by_field_and_a_refusal_its_reason(desk):
    central, cache, an = desk
    make_conflict_and_refusal(central, cache, an)

    conflict, refused = load_waiting(cache)

    assert conflict.is_conflict and conflict.state == CONFLICT and conflict.kind == "case"
    assert conflict.case is not None and conflict.case.reference == "CD-1"
    assert conflict.case.insz and conflict.case.name  # the person, to know whose case
    # in the order of the case panel (status first), each with the central value beside it
    assert conflict.fields == (
        FieldVersions("status", "in_review", "new"),
        FieldVersions("deadline", "2025-04-30", None),
    )
    assert all(f.differs for f in conflict.fields)
    assert conflict.central_changed_at == CENTRAL_CHANGE
    assert conflict.made_at.replace(tzinfo=UTC) == NOW
    assert conflict.reason == CHANGED_CENTRALLY and conflict.text is None

    assert not refused.is_conflict and refused.state == REJECTED and refused.kind == "note"
    assert refused.case is None  # the pull removed the deleted case from the cache
    assert refused.reason == CASE_GONE
    assert refused.text == TEXT  # the handler sees what they would drop
    assert refused.fields == () and refused.central_changed_at is None

    assert load_waiting(cache, states=[REJECTED]) == [refused]


def test_the_command_line_json_is_built_from_the_same_data(desk):
    central, cache, an = desk
    make_conflict_and_refusal(central, cache, an)
    waiting = items(cache, states=[CONFLICT, REJECTED])
    refs = references(cache, waiting)
    assert sorted(refs.values()) == ["CD-1"]
    conflict, refused = (item_json(i, refs) for i in waiting)
    assert conflict["case"] == "CD-1" and conflict["state"] == CONFLICT
    assert conflict["mine"] == {"status": "in_review", "deadline": "2025-04-30"}
    assert conflict["theirs"]["status"] == "new"
    assert refused == {
        "key": refused["key"],
        "kind": "note",
        "state": REJECTED,
        "case": None,
        "reason": CASE_GONE,
        "mine": None,
        "theirs": None,
    }


def test_a_resolved_conflict_no_longer_waits(desk):
    central, cache, an = desk
    make_conflict_and_refusal(central, cache, an)
    conflict, refused = load_waiting(cache)
    resolve_conflict(cache, conflict.key, "theirs", actor="an", clock=lambda: NOW)
    assert [change.key for change in load_waiting(cache)] == [refused.key]
