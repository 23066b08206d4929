"""`cumuldesk case note|status|answer` as a handler runs them: saved in the local cache,
also with the central database out of reach (offline sign-in after one online sync),
and pushed exactly once by the next `cumuldesk sync` (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from cache_data import FAMILY_NAME, INSZ, USER, populate_central
from sqlalchemy import func, select

from cumuldesk.cli import main
from cumuldesk.storage.database import migrate, open_central
from cumuldesk.storage.models import Answer, AuditEvent, Case, CaseStatus, Note, SyncReceipt

CASE = "CD-2023-000427"  # an.handler's distinctive case (in review)
TEXT = "Applicant rang back about the proposal"
CLOSED_PORT = "postgresql+psycopg://x:secret@127.0.0.1:1/db"  # nothing listens there
NO_CASE = "cumuldesk: no case with this reference in the local cache\n"


@pytest.fixture
def central(central_url, monkeypatch, password_env, memory_keyring, capsys):
    """A central database with teams T1 and T2, configured for the commands, and
    an.handler's cache filled by a first sync; yields the session factory."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    engine = open_central(central_url)
    migrate(engine)
    factory = populate_central(engine)
    with factory.begin() as session:  # an answer needs a sent proposal (the case rules)
        for case in session.scalars(
            select(Case).where(Case.reference.in_(["CD-000001", "CD-000003"]))
        ):
            case.proposal_sent_on = date(2026, 4, 1)
    assert run(capsys, "sync", "--user", USER)[0] == 0
    yield factory
    engine.dispose()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def central_case(factory, reference: str) -> Case:
    with factory() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def count(factory, model, *conditions) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(model).where(*conditions))


def saved(what: str, waiting: int) -> str:
    return (
        f"{what} saved in your local cache; {waiting} change(s) wait to be pushed "
        "(cumuldesk sync).\n"
    )


def test_offline_work_waits_and_the_next_sync_pushes_it_exactly_once(
    central, central_url, capsys, monkeypatch
):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", CLOSED_PORT)
    offline = f"signed in offline with the local cache of {USER}\n"

    code, out, err = run(capsys, "case", "note", CASE, TEXT, "--user", USER)
    assert (code, out) == (0, saved("Note", 3)), err  # note, its audit event, sign-in
    assert err.endswith(offline) and "secret" not in err
    code, out, err = run(capsys, "case", "status", "cd-000002", "in_review", "--user", USER)
    assert (code, out) == (0, saved("Status", 6)), err
    code, out, err = run(
        capsys, "case", "answer", "CD-000001", "accepted_renunciation", "--date", "2026-05-01",
        "--user", USER,
    )  # fmt: skip
    assert (code, out) == (0, saved("Answer", 9)), err
    assert count(central, Note, Note.text == TEXT) == 0  # nothing reached it yet

    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)  # the connection is back
    code, out, err = run(capsys, "sync", "--user", USER)
    assert (code, out.splitlines()[0]) == (0, "Pushed: 9 change(s) applied"), err
    code, out, err = run(capsys, "sync", "--user", USER)
    assert (code, out.splitlines()[0]) == (0, "Pushed: 0 change(s) applied"), err

    assert count(central, Note, Note.text == TEXT) == 1
    assert count(central, SyncReceipt) == 9
    assert central_case(central, "CD-000002").status is CaseStatus.IN_REVIEW
    answered = central_case(central, "CD-000001")
    assert answered.status is CaseStatus.ANSWERED
    assert answered.answer is Answer.ACCEPTED_RENUNCIATION
    assert answered.answer_date == date(2026, 5, 1)
    with central() as session:
        events = list(
            session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action.in_(["note_added", "case_changed", "answer_recorded"])
                )
            )
        )
    assert sorted(e.action for e in events) == ["answer_recorded", "case_changed", "note_added"]
    with central() as session:  # the offline sign-ins reach the central trail as well
        sign_ins = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "sign_in")))
    offline_sign_ins = [e for e in sign_ins if json.loads(e.details)["mode"] == "offline"]
    assert len(offline_sign_ins) == 3
    assert all(json.loads(e.details)["origin"] == "local cache" for e in offline_sign_ins)
    for event in events:
        details = json.loads(event.details)
        assert event.actor == USER and details["origin"] == "local cache"
        assert TEXT not in event.details and INSZ not in event.details
        assert FAMILY_NAME not in event.details and event.subject


def test_an_answer_online_makes_the_case_answered_after_the_sync(central, capsys):
    code, out, err = run(
        capsys, "case", "answer", "CD-000003", "accepted_renunciation", "--date", "2026-05-01",
        "--user", USER, "--json",
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert report["case"] == "CD-000003" and report["saved"] == "Answer"
    assert report["state"]["pending"] == 2
    assert central_case(central, "CD-000003").status is CaseStatus.NEW  # not pushed yet

    assert run(capsys, "sync", "--user", USER)[0] == 0
    case = central_case(central, "CD-000003")
    assert case.status is CaseStatus.ANSWERED and case.answer_date == date(2026, 5, 1)
    assert case.answer is Answer.ACCEPTED_RENUNCIATION


def test_an_unknown_case_is_refused_in_words(central, capsys, monkeypatch):
    other_team = "CD-000101"  # in the central database, not in an.handler's cache
    for argv in (
        ("note", "CD-999999", TEXT),
        ("note", other_team, TEXT),
        ("status", "CD-999999", "closed"),
        ("answer", other_team, "refused", "--date", "2026-05-01"),
    ):
        code, out, err = run(capsys, "case", *argv, "--user", USER)
        assert (code, out, err) == (2, "", NO_CASE)
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", CLOSED_PORT)
    code, out, err = run(capsys, "case", "note", "CD-999999", TEXT, "--user", USER)
    assert (code, out) == (2, "") and err.endswith(NO_CASE)
    code, out, _ = run(capsys, "sync", "status", "--user", USER)
    # nothing was kept: what waits is the audit events of the two offline sign-ins
    assert "2 change(s) waiting to be pushed" in out


def test_wrong_values_are_refused_in_words(central, capsys):
    for argv, message in (
        (("note", CASE, "   "), "a note cannot be empty"),
        (("answer", CASE, "refused", "--date", "2099-01-01"), "cannot be in the future"),
    ):
        code, out, err = run(capsys, "case", *argv, "--user", USER)
        assert (code, out) == (2, "") and message in err and err.count("\n") == 1
    for argv in (
        ("status", CASE, "done"),
        ("answer", CASE, "maybe"),
        ("answer", CASE, "refused", "--date", "01/05/2026"),
    ):
        with pytest.raises(SystemExit) as stopped:
            main(["case", *argv, "--user", USER])
        assert stopped.value.code == 2
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_without_a_cache_offline_the_handler_is_told_why(
    password_env, memory_keyring, capsys, monkeypatch
):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", CLOSED_PORT)
    code, out, err = run(capsys, "case", "note", CASE, TEXT, "--user", USER)
    assert (code, out) == (5, "")
    assert err.endswith(f"; {USER} has no local cache to sign in with offline\n")
    assert "secret" not in err and "Traceback" not in err
