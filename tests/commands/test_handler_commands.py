"""Handler accounts on the command line: the first supervisor of a new central database,
then accounts added, listed and closed by a supervisor (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from factories import TEST_PASSWORD, make_handler
from sqlalchemy import select

from cumuldesk.cli import main
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import AuditEvent, Handler, Role

NEW = "first-password-2026"


@pytest.fixture
def empty_central(central_engine, central_url, monkeypatch):
    """A configured central database with no handler at all (a new production database)."""
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", NEW)
    return session_factory(central_engine)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_first_supervisor_is_made_once_then_signs_in_and_adds_a_handler(
    empty_central, capsys, monkeypatch
):
    code, out, err = run(
        capsys, "handler", "first-supervisor", "lea.boss", "--name", "Lea Boss", "--team", "A"
    )
    assert code == 0, err
    assert "The supervisor account lea.boss was made." in out
    code, _, err = run(
        capsys, "handler", "first-supervisor", "max.sneaky", "--name", "Max", "--team", "A"
    )
    assert code == 4 and "already has a supervisor" in err

    monkeypatch.setenv("CUMULDESK_PASSWORD", NEW)
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "handler-password-1")
    code, out, err = run(
        capsys,
        "handler", "add", "tom.new", "--name", "Tom New", "--team", "A", "--language", "fr",
        "--user", "lea.boss",
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("CUMULDESK_PASSWORD", "handler-password-1")
    code, out, err = run(capsys, "handler", "list", "--user", "tom.new")
    assert code == 4 and "for supervisors only" in err

    monkeypatch.setenv("CUMULDESK_PASSWORD", NEW)
    code, out, err = run(capsys, "handler", "list", "--user", "lea.boss", "--json")
    rows = {r["username"]: r for r in json.loads(out)}
    assert rows["tom.new"]["role"] == "handler" and rows["tom.new"]["language"] == "fr"
    assert rows["lea.boss"]["role"] == "supervisor"

    code, out, err = run(capsys, "handler", "close", "tom.new", "--user", "lea.boss")
    assert code == 0 and "can no longer sign in" in out
    monkeypatch.setenv("CUMULDESK_PASSWORD", "handler-password-1")
    code, _, err = run(capsys, "handler", "list", "--user", "tom.new")
    assert code == 4 and "wrong username or password" in err

    with empty_central() as session:
        stored = session.scalars(select(Handler.password_hash)).all()
        actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
        details = " ".join(session.scalars(select(AuditEvent.details)))
    assert all(NEW not in h and "handler-password-1" not in h for h in stored)
    assert actions.count("handler_created") == 2 and "handler_closed" in actions
    assert "refused" in actions  # the second first-supervisor and tom's list
    assert NEW not in details


def test_first_supervisor_is_refused_when_one_exists(central_engine, central_url, monkeypatch,
                                                      capsys):  # fmt: skip
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", NEW)
    with session_factory(central_engine).begin() as session:
        session.add(make_handler("eva.demo", Role.SUPERVISOR, "T", password=TEST_PASSWORD))
    code, out, err = run(capsys, "handler", "first-supervisor", "x.y", "--name", "X", "--team", "T")
    assert code == 4 and out == ""


@pytest.mark.parametrize(
    "argv, message",
    [
        (("bad name!", "--name", "N", "--team", "T"), "a username has letters"),
        (("ok.name", "--name", "  ", "--team", "T"), "display name is empty"),
    ],
)
def test_bad_account_details_are_refused_in_words(empty_central, capsys, argv, message):
    code, _, err = run(capsys, "handler", "first-supervisor", *argv)
    assert code == 2 and message in err


def test_a_short_first_password_is_refused(empty_central, capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "short")
    code, _, err = run(capsys, "handler", "first-supervisor", "a.b", "--name", "A", "--team", "T")
    assert code == 2 and "at least 12 characters" in err
    with empty_central() as session:
        assert session.scalars(select(Handler)).all() == []
