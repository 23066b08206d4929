"""Pushing the outbox: every offline change reaches the central database exactly once,
whatever fails in between; a case changed by two handlers is a conflict, shown, not lost."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from push_support import (
    case_row,
    make_cache,
    make_central,
    notes_with_text,
    outbox_rows,
    who,
)
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.services.cases import add_note, change_case, record_answer, save_letter
from cumuldesk.storage.audit import pseudonym, pseudonym_key, verify_trail
from cumuldesk.storage.cache_models import META_LAST_SEQ, cache_dossiers
from cumuldesk.storage.database import DatabaseUnavailable
from cumuldesk.storage.models import (
    Answer,
    AuditEvent,
    Case,
    CaseStatus,
    Handler,
    Letter,
    Note,
    Person,
    SyncReceipt,
)
from cumuldesk.sync import push as push_module
from cumuldesk.sync.outbox import counts
from cumuldesk.sync.progress import SyncCancelled
from cumuldesk.sync.push import dismiss_rejected, push, resolve_conflict

TEXT = "Applicant rang back about the proposal"


@pytest.fixture
def central(central_url):
    engine, factory = make_central(central_url)
    yield factory
    engine.dispose()


@pytest.fixture
def an_cache(tmp_path, central):
    cache = make_cache(tmp_path, central, "an")
    yield cache
    cache.close()


def _cached(cache, model, *conditions):
    with cache.sessions() as session:
        return list(session.scalars(select(model).where(*conditions)))


def _cached_case(cache, reference="CD-1") -> Case:
    [case] = _cached(cache, Case, Case.reference == reference)
    return case


def _receipts(central) -> int:
    with central() as session:
        return session.scalar(select(func.count()).select_from(SyncReceipt))


def test_offline_work_arrives_once_and_the_cache_gets_the_central_rows(central, an_cache):
    an = who(central)
    add_note(an_cache, an, "CD-1", TEXT)
    change_case(an_cache, an, "CD-1", status="waiting_for_answer", proposal_sent_on="2025-01-10")
    record_answer(an_cache, an, "CD-1", Answer.REFUSED, date(2025, 2, 1))
    save_letter(an_cache, an, "CD-2", "advice_note", "nl", "Advice: renounce.", finalised=True)

    result = push(an_cache, central, "an")

    assert result.as_dict() == {
        "applied": 8,  # four changes and their four audit events
        "already_applied": 0,
        "conflicts": 0,
        "rejected": 0,
        "remaining": 0,
    }
    [note] = notes_with_text(central, TEXT)
    with central() as session:
        an_id = session.scalars(select(Handler.id).where(Handler.username == "an")).one()
        [letter] = session.scalars(select(Letter).where(Letter.content == "Advice: renounce."))
    assert note.author_id == an_id and note.id > 0
    case = case_row(central, "CD-1")
    assert (case.status, case.answer, case.answer_date, case.proposal_sent_on) == (
        CaseStatus.ANSWERED,
        Answer.REFUSED,
        date(2025, 2, 1),
        date(2025, 1, 10),
    )
    assert letter.author_id == an_id and letter.finalised_at is not None
    assert letter.content_sha256 == hashlib.sha256(b"Advice: renounce.").hexdigest()

    # the cache: central ids, the central numbers, nothing waiting
    assert _cached(an_cache, Note, Note.id < 0) == []
    assert _cached(an_cache, Letter, Letter.id < 0) == []
    [cached_note] = _cached(an_cache, Note, Note.text == TEXT)
    assert (cached_note.id, cached_note.change_seq) == (note.id, note.change_seq)
    [cached_letter] = _cached(an_cache, Letter, Letter.content == "Advice: renounce.")
    assert cached_letter.id == letter.id
    assert _cached_case(an_cache).change_seq == case.change_seq
    assert outbox_rows(an_cache) == []
    assert counts(an_cache) == {"pending": 0, "conflict": 0, "rejected": 0}

    # pushing again does nothing
    assert push(an_cache, central, "an").applied == 0
    assert len(notes_with_text(central, TEXT)) == 1


class Killed(Exception):
    """The process dies between the central commit and the cache acknowledgement."""


def _kill_after(count: int):
    seen = []

    def hook(item):
        seen.append(item.key)
        if len(seen) == count:
            raise Killed

    return hook


def test_a_crash_after_the_central_commit_does_not_apply_an_item_twice(central, an_cache):
    an = who(central)
    add_note(an_cache, an, "CD-1", TEXT)  # note, then its audit item
    change_case(an_cache, an, "CD-1", status="in_review")  # case, then its audit item
    change_case(an_cache, an, "CD-1", deadline="2025-06-30")

    with pytest.raises(Killed):
        push(an_cache, central, "an", after_central_commit=_kill_after(1))
    assert len(notes_with_text(central, TEXT)) == 1  # committed centrally...
    assert outbox_rows(an_cache)[0]["kind"] == "note"  # ...not acknowledged locally
    with pytest.raises(Killed):
        push(an_cache, central, "an", after_central_commit=_kill_after(3))  # dies on the case

    result = push(an_cache, central, "an")
    assert result.already_applied == 1  # the status change (the note was settled above)
    assert result.applied == 3 and result.conflicts == 0 and result.remaining == 0
    assert len(notes_with_text(central, TEXT)) == 1
    case = case_row(central, "CD-1")
    assert (case.status, case.deadline) == (CaseStatus.IN_REVIEW, date(2025, 6, 30))
    assert _cached_case(an_cache).change_seq == case.change_seq
    assert outbox_rows(an_cache) == []
    assert _cached(an_cache, Note, Note.id < 0) == []
    with central() as session:
        events = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "note_added")
        )
    assert events == 1


def test_a_central_transaction_that_fails_half_way_applies_nothing(central, an_cache, monkeypatch):
    an = who(central)
    add_note(an_cache, an, "CD-1", TEXT)
    original = push_module._apply_note

    def half_way(session, *args):
        original(session, *args)  # the note row is written, then the connection goes
        raise OperationalError("INSERT", {}, ConnectionResetError("connection lost"))

    monkeypatch.setattr(push_module, "_apply_note", half_way)
    with pytest.raises(DatabaseUnavailable, match="waits in the outbox"):
        push(an_cache, central, "an")
    assert notes_with_text(central, TEXT) == []
    assert _receipts(central) == 0
    [item, _audit] = outbox_rows(an_cache)
    assert (item["kind"], item["state"], item["attempts"]) == ("note", "pending", 1)
    assert "ConnectionResetError" in item["last_error"] and TEXT not in item["last_error"]

    monkeypatch.undo()
    result = push(an_cache, central, "an")
    assert (result.applied, result.already_applied) == (2, 0)
    assert len(notes_with_text(central, TEXT)) == 1
    assert outbox_rows(an_cache) == []


def test_an_item_refused_for_good_is_kept_locally_and_the_push_goes_on(
    central, an_cache, monkeypatch
):
    an = who(central)
    add_note(an_cache, an, "CD-1", TEXT)
    add_note(an_cache, an, "CD-2", "Second note")

    def refuse(session, payload, *args):
        if payload["text"] == TEXT:
            raise IntegrityError("INSERT", {}, Exception("constraint"))
        return original(session, payload, *args)

    original = push_module._apply_note
    monkeypatch.setattr(push_module, "_apply_note", refuse)
    result = push(an_cache, central, "an")
    assert (result.applied, result.rejected, result.remaining) == (3, 1, 0)
    assert notes_with_text(central, TEXT) == []
    assert len(notes_with_text(central, "Second note")) == 1
    [refused] = [i for i in outbox_rows(an_cache) if i["state"] == "rejected"]
    assert "refused" in refused["last_error"] and TEXT not in refused["last_error"]
    with central() as session:
        receipt = session.get(SyncReceipt, refused["key"])
    assert receipt.outcome == "rejected"
    assert [n.text for n in _cached(an_cache, Note, Note.id < 0)] == [TEXT]  # kept


def test_a_case_changed_by_two_handlers_is_a_conflict_and_the_handler_chooses(tmp_path, central):
    an_cache = make_cache(tmp_path, central, "an")
    bo_cache = make_cache(tmp_path, central, "bo")
    try:
        change_case(bo_cache, who(central, "bo"), "CD-1", status="proposal_to_send")  # offline
        change_case(an_cache, who(central, "an"), "CD-1", status="in_review")
        push(an_cache, central, "an")

        result = push(bo_cache, central, "bo")
        assert (result.conflicts, result.applied) == (1, 1)  # the audit item went
        assert case_row(central, "CD-1").status is CaseStatus.IN_REVIEW  # not applied
        [conflict] = [i for i in outbox_rows(bo_cache) if i["state"] == "conflict"]
        assert conflict["payload"]["changes"] == {"status": "proposal_to_send"}  # mine
        assert conflict["theirs"]["status"] == "in_review"  # theirs
        assert conflict["theirs"]["change_seq"] == case_row(central, "CD-1").change_seq
        assert _cached_case(bo_cache).status is CaseStatus.PROPOSAL_TO_SEND
        assert push(bo_cache, central, "bo").conflicts == 0  # waits for the choice

        new_key = resolve_conflict(bo_cache, conflict["key"], "mine", actor="bo")
        assert new_key and new_key != conflict["key"]
        result = push(bo_cache, central, "bo")
        assert (result.applied, result.conflicts) == (2, 0)  # the change and its audit item
        assert case_row(central, "CD-1").status is CaseStatus.PROPOSAL_TO_SEND
        assert outbox_rows(bo_cache) == []
        with bo_cache.sessions() as session:
            actions = list(session.scalars(select(AuditEvent.action)))
        assert "conflict_resolved" in actions
    finally:
        an_cache.close()
        bo_cache.close()


def test_a_conflict_replayed_after_a_crash_shows_the_central_version_of_now(tmp_path, central):
    an_cache = make_cache(tmp_path, central, "an")
    bo_cache = make_cache(tmp_path, central, "bo")
    try:
        change_case(bo_cache, who(central, "bo"), "CD-1", status="proposal_to_send")
        change_case(an_cache, who(central, "an"), "CD-1", status="in_review")
        push(an_cache, central, "an")
        with pytest.raises(Killed):  # the conflict is recorded centrally, bo never hears
            push(bo_cache, central, "bo", after_central_commit=_kill_after(1))
        with central() as session:
            [receipt] = session.scalars(
                select(SyncReceipt).where(SyncReceipt.handler == "bo")
            ).all()
        assert receipt.outcome == "conflict"
        assert "in_review" not in receipt.result  # no case data kept in the receipt
        change_case(an_cache, who(central, "an"), "CD-1", status="closed")
        push(an_cache, central, "an")

        result = push(bo_cache, central, "bo")
        assert result.conflicts == 1
        [conflict] = [i for i in outbox_rows(bo_cache) if i["state"] == "conflict"]
        assert conflict["theirs"]["status"] == "closed"  # the central version of now
        assert conflict["theirs"]["change_seq"] == case_row(central, "CD-1").change_seq
        resolve_conflict(bo_cache, conflict["key"], "mine", actor="bo")
        assert push(bo_cache, central, "bo").conflicts == 0
        assert case_row(central, "CD-1").status is CaseStatus.PROPOSAL_TO_SEND
    finally:
        an_cache.close()
        bo_cache.close()


def test_keeping_theirs_drops_the_change_and_shows_the_central_version(tmp_path, central):
    an_cache = make_cache(tmp_path, central, "an")
    bo_cache = make_cache(tmp_path, central, "bo")
    try:
        change_case(bo_cache, who(central, "bo"), "CD-1", status="proposal_to_send")
        change_case(an_cache, who(central, "an"), "CD-1", status="in_review")
        push(an_cache, central, "an")
        push(bo_cache, central, "bo")
        [conflict] = [i for i in outbox_rows(bo_cache) if i["state"] == "conflict"]

        assert resolve_conflict(bo_cache, conflict["key"], "theirs", actor="bo") is None
        cached = _cached_case(bo_cache)
        central_case = case_row(central, "CD-1")
        assert cached.status is CaseStatus.IN_REVIEW
        assert cached.change_seq == central_case.change_seq
        assert [i["kind"] for i in outbox_rows(bo_cache)] == ["audit"]  # the resolution
        push(bo_cache, central, "bo")
        assert case_row(central, "CD-1").status is CaseStatus.IN_REVIEW
        with pytest.raises(BadInput):
            resolve_conflict(bo_cache, conflict["key"], "mine", actor="bo")  # gone
    finally:
        an_cache.close()
        bo_cache.close()


def test_successive_offline_edits_of_one_case_do_not_conflict_with_each_other(central, an_cache):
    an = who(central)
    change_case(an_cache, an, "CD-1", status="in_review")
    change_case(an_cache, an, "CD-1", status="proposal_to_send", deadline="2025-05-31")
    record_answer(an_cache, an, "CD-1", "no_answer", date(2025, 6, 1))
    result = push(an_cache, central, "an")
    assert (result.applied, result.conflicts) == (6, 0)
    case = case_row(central, "CD-1")
    assert (case.status, case.deadline, case.answer) == (
        CaseStatus.ANSWERED,
        date(2025, 5, 31),
        Answer.NO_ANSWER,
    )
    assert _cached_case(an_cache).change_seq == case.change_seq


def test_a_laptop_clock_two_days_ahead_is_brought_back_and_nothing_is_lost(central, an_cache):
    def ahead():
        return datetime.now(UTC) + timedelta(days=2)

    add_note(an_cache, who(central), "CD-1", TEXT, clock=ahead)
    change_case(an_cache, who(central), "CD-1", status="in_review", clock=ahead)
    before = datetime.now(UTC) - timedelta(minutes=1)
    result = push(an_cache, central, "an", clock=ahead)
    after = datetime.now(UTC) + timedelta(minutes=1)

    assert result.applied == 4
    [note] = notes_with_text(central, TEXT)
    assert before <= note.created_at.replace(tzinfo=note.created_at.tzinfo or UTC) <= after
    case = case_row(central, "CD-1")
    assert case.status is CaseStatus.IN_REVIEW
    assert before <= case.updated_at.replace(tzinfo=case.updated_at.tzinfo or UTC) <= after
    with central() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "note_added")).one()
    local_at = datetime.fromisoformat(json.loads(event.details)["local_at"])
    assert local_at > after  # the laptop's own time is kept, as information


def test_a_laptop_clock_three_hours_behind_still_applies(central, an_cache):
    written = datetime.now(UTC) - timedelta(hours=3)
    add_note(an_cache, who(central), "CD-1", TEXT, clock=lambda: written)
    change_case(an_cache, who(central), "CD-1", status="in_review", clock=lambda: written)
    assert push(an_cache, central, "an", clock=lambda: written).applied == 4
    [note] = notes_with_text(central, TEXT)
    stored = note.created_at.replace(tzinfo=note.created_at.tzinfo or UTC)
    assert abs(stored - written) < timedelta(seconds=1)  # the handler's own time
    assert case_row(central, "CD-1").status is CaseStatus.IN_REVIEW


def test_a_case_deleted_centrally_is_refused_and_the_note_kept_until_dismissed(central, an_cache):
    an = who(central)
    local_id = add_note(an_cache, an, "CD-1", TEXT)
    change_case(an_cache, an, "CD-1", status="in_review")
    with central.begin() as session:
        session.execute(delete(Case).where(Case.reference == "CD-1"))

    result = push(an_cache, central, "an")
    assert (result.rejected, result.applied) == (2, 2)  # the audit items are kept centrally
    refused = [i for i in outbox_rows(an_cache) if i["state"] == "rejected"]
    assert [i["kind"] for i in refused] == ["note", "case"]
    assert all(i["last_error"] == push_module.CASE_GONE for i in refused)
    [kept] = _cached(an_cache, Note, Note.id == local_id)
    assert kept.text == TEXT
    assert push(an_cache, central, "an").rejected == 0  # refused items are not pushed again

    dismiss_rejected(an_cache, refused[0]["key"], actor="an")
    assert _cached(an_cache, Note, Note.id == local_id) == []
    assert [i["kind"] for i in outbox_rows(an_cache) if i["kind"] != "audit"] == ["case"]
    with pytest.raises(BadInput):
        dismiss_rejected(an_cache, refused[0]["key"], actor="an")


def test_offline_audit_events_join_the_central_trail_and_both_trails_verify(central, an_cache):
    an = who(central)
    add_note(an_cache, an, "CD-1", TEXT)
    change_case(an_cache, an, "CD-2", status="in_review")
    push(an_cache, central, "an")

    with central() as session:
        events = list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action.in_(["note_added", "case_changed"]))
            )
        )
        insz = session.scalars(select(Person.insz).order_by(Person.id)).first()
        expected_subject = pseudonym(pseudonym_key(session, create=False), insz)
        assert verify_trail(session).ok
    with an_cache.sessions() as session:
        assert verify_trail(session).ok
    assert sorted(e.action for e in events) == ["case_changed", "note_added"]
    note_event = next(e for e in events if e.action == "note_added")
    details = json.loads(note_event.details)
    assert note_event.actor == "an"
    assert note_event.subject == expected_subject  # the person, by the same pseudonym
    assert details["origin"] == "local cache" and details["case"] == "CD-1"
    assert TEXT not in note_event.details


def test_an_inactive_handler_cannot_push(central, an_cache):
    add_note(an_cache, who(central), "CD-1", TEXT)
    with central.begin() as session:
        session.execute(update(Handler).where(Handler.username == "an").values(active=False))
    with pytest.raises(NotAllowed):
        push(an_cache, central, "an")
    assert notes_with_text(central, TEXT) == []
    assert counts(an_cache)["pending"] == 2


def test_push_reports_progress_and_stops_between_items_when_cancelled(central, an_cache):
    an = who(central)
    add_note(an_cache, an, "CD-1", TEXT)
    add_note(an_cache, an, "CD-2", "Another")
    seen = []
    with pytest.raises(SyncCancelled):
        push(
            an_cache,
            central,
            "an",
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: bool(seen[1:]),
        )
    assert seen == [(0, 4), (1, 4)]
    assert counts(an_cache)["pending"] == 3
    result = push(an_cache, central, "an")
    assert (result.applied, result.remaining) == (3, 0)
    assert len(notes_with_text(central, TEXT)) == 1


def test_two_pushes_of_one_outbox_at_the_same_time_apply_each_item_once(central, an_cache):
    an = who(central)
    for number in range(3):
        add_note(an_cache, an, "CD-1", f"{TEXT} {number}")
    results, errors = [], []

    def run():
        try:
            results.append(push(an_cache, central, "an"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    for number in range(3):
        assert len(notes_with_text(central, f"{TEXT} {number}")) == 1
    assert sum(r.applied for r in results) == 6  # three notes, three audit events
    assert outbox_rows(an_cache) == []
    assert _cached(an_cache, Note, Note.id < 0) == []
    assert len(_cached(an_cache, Note, Note.text.startswith(TEXT))) == 3


def test_keeping_theirs_after_a_newer_pull_makes_the_next_pull_fetch_the_case_again(
    tmp_path, central
):
    an_cache = make_cache(tmp_path, central, "an")
    bo_cache = make_cache(tmp_path, central, "bo")
    try:
        change_case(bo_cache, who(central, "bo"), "CD-1", status="proposal_to_send")
        change_case(an_cache, who(central, "an"), "CD-1", status="in_review")
        push(an_cache, central, "an")
        push(bo_cache, central, "bo")
        [conflict] = [i for i in outbox_rows(bo_cache) if i["state"] == "conflict"]
        theirs_seq = conflict["theirs"]["change_seq"]
        # a pull brought a newer central version of the case meanwhile (this change laid on
        # top of it again) and went up to a later number
        with bo_cache.engine.begin() as connection:
            connection.execute(
                update(Case).where(Case.reference == "CD-1").values(change_seq=theirs_seq + 5)
            )
        bo_cache.set_meta({META_LAST_SEQ: str(theirs_seq + 5)})

        resolve_conflict(bo_cache, conflict["key"], "theirs", actor="bo")
        assert _cached_case(bo_cache).status is CaseStatus.IN_REVIEW  # not bo's any more
        assert int(bo_cache.meta()[META_LAST_SEQ]) <= theirs_seq  # the pull fetches it again
        with bo_cache.engine.connect() as connection:
            synced = connection.scalar(
                select(cache_dossiers.c.synced_seq).where(
                    cache_dossiers.c.person_id == _cached_case(bo_cache).person_id
                )
            )
        assert synced <= theirs_seq
    finally:
        an_cache.close()
        bo_cache.close()
