"""Local edits of a case (offline first): cache row, outbox item and audit event at once."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from push_support import make_cache, make_central, outbox_rows, who
from sqlalchemy import select

from cumuldesk.errors import BadInput
from cumuldesk.services.cases import (
    add_note,
    change_case,
    record_answer,
    save_letter,
)
from cumuldesk.storage.audit import verify_trail
from cumuldesk.storage.models import (
    Answer,
    AuditEvent,
    Case,
    CaseStatus,
    Language,
    Letter,
    LetterKind,
    Note,
)

NOW = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)


def clock():
    return NOW


@pytest.fixture
def work(tmp_path, sqlite_central_url):
    engine, factory = make_central(sqlite_central_url)
    cache = make_cache(tmp_path, factory)
    yield cache, who(factory)
    cache.close()
    engine.dispose()


def _case(cache, reference="CD-1") -> Case:
    with cache.sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def _events(cache) -> list[AuditEvent]:
    with cache.sessions() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def test_a_note_is_kept_in_the_cache_with_its_outbox_item_and_audit_event(work):
    cache, an = work
    first = add_note(cache, an, "CD-1", "  Applicant phoned back  ", clock=clock)
    second = add_note(cache, an, "cd-1", "Second note", clock=clock)
    assert first < 0 and second < first  # temporary ids, never a central one

    with cache.sessions() as session:
        note = session.get(Note, first)
        assert note.text == "Applicant phoned back"
        assert note.case_id == _case(cache).id

    items = outbox_rows(cache)
    notes = [i for i in items if i["kind"] == "note"]
    audits = [i for i in items if i["kind"] == "audit"]
    assert [n["payload"]["local_id"] for n in notes] == [first, second]
    assert notes[0]["case_id"] == _case(cache).id
    assert notes[0]["person_id"] == _case(cache).person_id
    assert notes[0]["payload"]["author"] == "an"
    assert notes[0]["payload"]["text"] == "Applicant phoned back"
    assert [a["payload"]["action"] for a in audits] == ["note_added", "note_added"]

    events = [e for e in _events(cache) if e.action == "note_added"]
    assert len(events) == 2
    assert json.loads(events[0].details) == {"case": "CD-1"}  # never the note text
    assert events[0].subject is not None
    assert verify_trail(cache.sessions()).ok


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("   \n", "empty"), ("x" * 4001, "4,000")],
)
def test_a_wrong_note_is_refused_and_nothing_is_written(work, text, message):
    cache, an = work
    with pytest.raises(BadInput, match=message):
        add_note(cache, an, "CD-1", text, clock=clock)
    assert outbox_rows(cache) == []
    assert add_note(cache, an, "CD-1", "x" * 4000, clock=clock) < 0  # the limit itself is fine


def test_an_unknown_case_reference_is_refused(work):
    cache, an = work
    for action in (
        lambda: add_note(cache, an, "CD-999", "text"),
        lambda: change_case(cache, an, "CD-999", status="in_review"),
        lambda: record_answer(cache, an, "CD-999", "refused", date(2025, 1, 1)),
        lambda: save_letter(cache, an, "CD-999", "advice_note", "nl", "x", finalised=False),
    ):
        with pytest.raises(BadInput, match="no case with this reference in the local cache"):
            action()
    assert outbox_rows(cache) == []


def test_a_status_change_is_laid_on_the_cached_case_and_based_on_its_version(work):
    cache, an = work
    before = _case(cache)
    change_case(
        cache, an, "CD-1", status=CaseStatus.IN_REVIEW, deadline=date(2025, 4, 30), clock=clock
    )
    after = _case(cache)
    assert after.status is CaseStatus.IN_REVIEW
    assert after.deadline == date(2025, 4, 30)
    assert after.change_seq == before.change_seq  # the central number stays until pushed

    [item] = [i for i in outbox_rows(cache) if i["kind"] == "case"]
    assert item["payload"] == {
        "case_id": before.id,
        "base_seq": before.change_seq,
        "changes": {"status": "in_review", "deadline": "2025-04-30"},
    }
    assert (item["case_id"], item["person_id"]) == (before.id, before.person_id)
    [event] = [e for e in _events(cache) if e.action == "case_changed"]
    assert json.loads(event.details) == {"case": "CD-1", "fields": ["deadline", "status"]}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": "lost"}, "unknown case status"),
        ({"answer": "maybe"}, "unknown answer"),
        ({"team": "X"}, "cannot change the case field"),
        ({"deadline": "30/04/2025"}, "not a date"),
        ({}, "say what to change"),
    ],
)
def test_wrong_case_changes_are_refused(work, changes, message):
    cache, an = work
    with pytest.raises(BadInput, match=message):
        change_case(cache, an, "CD-1", clock=clock, **changes)
    assert outbox_rows(cache) == []
    assert _case(cache).status is CaseStatus.CLOSED


def test_an_answer_sets_the_case_answered(work):
    cache, an = work
    change_case(cache, an, "CD-1", proposal_sent_on=date(2025, 2, 1), clock=clock)
    record_answer(cache, an, "CD-1", Answer.REFUSED, date(2025, 3, 1), clock=clock)
    case = _case(cache)
    assert (case.status, case.answer, case.answer_date) == (
        CaseStatus.ANSWERED,
        Answer.REFUSED,
        date(2025, 3, 1),
    )
    answered = [e for e in _events(cache) if e.action == "answer_recorded"]
    assert len(answered) == 1


def test_an_answer_date_in_the_future_or_before_the_proposal_is_refused(work):
    cache, an = work
    change_case(cache, an, "CD-1", proposal_sent_on=date(2025, 2, 1), clock=clock)
    tomorrow = (NOW + timedelta(days=2)).date()
    with pytest.raises(BadInput, match="future"):
        record_answer(cache, an, "CD-1", "refused", tomorrow, clock=clock)
    with pytest.raises(BadInput, match="before the date the proposal was sent"):
        record_answer(cache, an, "CD-1", "refused", date(2025, 1, 31), clock=clock)
    with pytest.raises(BadInput, match="unknown answer"):
        record_answer(cache, an, "CD-1", "perhaps", date(2025, 3, 1), clock=clock)
    assert _case(cache).answer is None
    assert len([i for i in outbox_rows(cache) if i["kind"] == "case"]) == 1  # the proposal only


def test_a_draft_letter_is_replaced_and_a_finalised_one_is_immutable(work):
    cache, an = work
    first = save_letter(cache, an, "CD-1", "advice_note", "nl", "Draft one", finalised=False)
    second = save_letter(cache, an, "CD-1", "advice_note", "nl", "Draft two", finalised=False)
    assert second < first < 0
    with cache.sessions() as session:
        local = list(session.scalars(select(Letter).where(Letter.id < 0)))
    assert [(letter.id, letter.content) for letter in local] == [(second, "Draft two")]
    letters = [i for i in outbox_rows(cache) if i["kind"] == "letter"]
    assert [i["payload"]["local_id"] for i in letters] == [second]
    assert letters[0]["payload"]["content_sha256"] is None

    final = save_letter(
        cache, an, "CD-1", LetterKind.ADVICE_NOTE, Language.NL, "Final text", finalised=True
    )
    with cache.sessions() as session:
        letter = session.get(Letter, final)
        assert letter.finalised_at is not None
        assert letter.content_sha256 == hashlib.sha256(b"Final text").hexdigest()
    with pytest.raises(BadInput, match="cannot be saved again"):
        save_letter(cache, an, "CD-1", "advice_note", "nl", "Changed", finalised=True)
    with pytest.raises(BadInput, match="cannot be saved again"):
        save_letter(cache, an, "CD-1", "advice_note", "nl", "Changed", finalised=False)
    # another kind of letter of the same case is still free
    assert save_letter(cache, an, "CD-1", "renunciation_proposal", "fr", "X", finalised=False)
    with pytest.raises(BadInput, match="unknown letter kind"):
        save_letter(cache, an, "CD-1", "postcard", "nl", "X", finalised=False)
    saved = [e for e in _events(cache) if e.action == "letter_saved"]
    assert all("Final text" not in e.details for e in saved)
