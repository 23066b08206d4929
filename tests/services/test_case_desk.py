"""The desk's cases section: each write goes through services.cases (cache row, outbox
item and audit event at once) and says what changed, with the case as stored; a command
builds its desk with `open_desk` (no connection when it works on the cache alone)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from push_support import make_cache, make_central, outbox_rows, who
from sqlalchemy import select

from cumuldesk.domain.cases import Answer, CaseStatus
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.accounts.desk_signin import open_desk
from cumuldesk.services.cases import CaseKey
from cumuldesk.services.desk import Change, Changes, Desk
from cumuldesk.storage.models import Case, Note, Person

NOW = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)


def unreachable():
    raise AssertionError("the cases section never connects")


@pytest.fixture
def desk(tmp_path):
    engine, factory = make_central(f"sqlite:///{tmp_path / 'central.sqlite'}")
    cache = make_cache(tmp_path, factory)
    yield Desk(who(factory), cache, load_parameters(), unreachable, clock=lambda: NOW)
    cache.close()
    engine.dispose()


def insz_of(desk: Desk, reference: str) -> str:
    with desk.cache.sessions() as session:
        return session.scalar(
            select(Person.insz)
            .join(Case, Case.person_id == Person.id)
            .where(Case.reference == reference)
        )


def test_a_note_says_the_case_and_the_outbox_changed(desk):
    changes = desk.add_note("cd-1", "Applicant phoned back")  # as typed: the stored one
    assert changes == Changes.of(
        Change.CASES, Change.OUTBOX, persons=[insz_of(desk, "CD-1")], cases=["CD-1"]
    )
    assert "CD-1" in repr(changes) and insz_of(desk, "CD-1") not in repr(changes)
    with desk.cache.sessions() as session:
        [note] = session.scalars(select(Note).where(Note.id < 0)).all()  # written here
    assert note.text == "Applicant phoned back" and note.id < 0
    assert [item["kind"] for item in outbox_rows(desk.cache)] == ["note", "audit"]


def test_a_status_and_an_answer_are_written_with_the_case_rules(desk):
    changes = desk.change_case("CD-1", status=CaseStatus.IN_REVIEW, proposal_sent_on=None)
    assert changes.cases == {"CD-1"}
    with pytest.raises(BadInput, match="proposal was sent first"):
        desk.record_answer("CD-1", Answer.REFUSED, date(2025, 3, 10))
    changes = desk.change_case("CD-1", proposal_sent_on=date(2025, 3, 1))
    assert changes.concerns(Change.CASES) and changes.concerns(Change.OUTBOX)
    assert desk.record_answer("CD-1", Answer.REFUSED, date(2025, 3, 10)).cases == {"CD-1"}
    with desk.cache.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == "CD-1")).one()
    assert (case.status, case.answer, case.answer_date) == (
        CaseStatus.ANSWERED,
        Answer.REFUSED,
        date(2025, 3, 10),
    )
    with pytest.raises(BadInput, match="cannot change the case field"):
        desk.change_case("CD-1", team="elsewhere")


def test_a_case_is_found_by_its_reference_with_its_person(desk):
    assert desk.find_case(" cd-2 ") == CaseKey("CD-2", insz_of(desk, "CD-2"))
    assert desk.find_case("CD-999") is None
    with pytest.raises(BadInput, match="no case with this reference"):
        desk.add_note("CD-999", "text")
    assert outbox_rows(desk.cache) == []


def test_a_command_desk_without_a_connector_never_connects(tmp_path):
    engine, factory = make_central(f"sqlite:///{tmp_path / 'central.sqlite'}")
    cache = make_cache(tmp_path, factory)
    try:
        desk = open_desk(who(factory), cache, connect=None, clock=lambda: NOW)
        assert desk.try_connect() is None and desk.online is None
        assert desk.law.version is None  # never synced: the shipped law data
        assert "shipped" in desk.law.origin
        assert desk.add_note("CD-1", "offline note").concerns(Change.OUTBOX)
    finally:
        cache.close()
        engine.dispose()
