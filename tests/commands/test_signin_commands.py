"""Signing in on the command line, as a handler and a supervisor run it (SQLite and
PostgreSQL): the password from the terminal or CUMULDESK_PASSWORD, one message for every
failed sign-in, `cumuldesk password`, and offline sign-in with the local cache."""

from __future__ import annotations

import getpass
import json

import pytest
from factories import TEST_PASSWORD, make_handler, populate
from sqlalchemy import select

from cumuldesk.cli import main
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import AuditEvent, Base, Role

UNREACHABLE = "postgresql+psycopg://x:secret@127.0.0.1:1/db"
NEW_PASSWORD = "my-new-password-2026"
WRONG = "cumuldesk: wrong username or password\n"


@pytest.fixture
def central(central_engine, central_url, monkeypatch, password_env):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    factory = session_factory(central_engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler("eva.demo", Role.SUPERVISOR, "T"),
                make_handler("an.demo", Role.HANDLER, "T"),
                make_handler("old.hand", Role.HANDLER, "T", active=False),
            ]
        )
    populate(factory)
    return factory


@pytest.fixture
def terminal(monkeypatch):
    """A terminal where the user types the answers given, in order; returns the prompts."""
    prompts: list[str] = []
    answers: list[str] = []
    monkeypatch.delenv("CUMULDESK_PASSWORD", raising=False)
    monkeypatch.setattr("cumuldesk.commands.signin._terminal", lambda: True)

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", typed)
    return prompts, answers


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def events(factory) -> list[tuple[str, str, dict]]:
    with factory() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        return [(e.actor, e.action, json.loads(e.details)) for e in rows]


def assert_not_stored(engine, *secrets: str) -> None:
    with engine.connect() as connection:
        stored = "\n".join(
            repr(tuple(row))
            for table in Base.metadata.sorted_tables
            for row in connection.execute(table.select())
        )
    for secret in secrets:
        assert secret not in stored


@pytest.mark.parametrize("argv", [["purge", "--dry-run"], ["cache", "fill"], ["import-vsb", "x"]])
def test_wrong_password_unknown_or_inactive_user_all_get_one_message(
    central, central_engine, capsys, monkeypatch, memory_keyring, argv
):
    monkeypatch.setenv("CUMULDESK_PASSWORD", "a-wrong-password")
    for username in ("eva.demo", "nobody", "old.hand"):
        assert run(capsys, *argv, "--user", username) == (4, "", WRONG)
    monkeypatch.setenv("CUMULDESK_PASSWORD", TEST_PASSWORD)
    assert run(capsys, *argv, "--user", "old.hand") == (4, "", WRONG)
    trail = events(central)
    assert trail[1][0].startswith("unknown:")  # not a real username: never the text typed
    assert [(actor, action, details["reason"]) for actor, action, details in trail] == [
        ("eva.demo", "sign_in_failed", "wrong password"),
        (trail[1][0], "sign_in_failed", "unknown user"),
        ("old.hand", "sign_in_failed", "inactive account"),
        ("old.hand", "sign_in_failed", "inactive account"),
    ]
    assert_not_stored(central_engine, "a-wrong-password", TEST_PASSWORD)


def test_the_password_comes_from_the_environment_or_the_terminal(central, capsys, terminal):
    prompts, answers = terminal
    answers.append(TEST_PASSWORD)
    code, out, err = run(capsys, "purge", "--user", "eva.demo", "--dry-run")
    assert code == 0, err
    assert prompts == ["Password of eva.demo: "]
    assert "would be removed" in out and TEST_PASSWORD not in out + err


def test_no_password_stops_before_any_database(capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", UNREACHABLE)  # would be exit 5 if reached
    monkeypatch.setattr("cumuldesk.commands.signin._terminal", lambda: False)
    for argv in (["purge"], ["import-vsb", "x.csv"], ["cache", "status"], ["password"]):
        code, out, err = run(capsys, *argv, "--user", "eva.demo")
        assert code == 4 and out == ""
        assert err == (
            "cumuldesk: no password for eva.demo: run in a terminal to type it, "
            "or set CUMULDESK_PASSWORD\n"
        )
    code, _, err = run(capsys, "purge")
    assert code == 4 and "--user USERNAME" in err


def test_the_user_comes_from_the_environment(central, capsys, monkeypatch):
    monkeypatch.setenv("CUMULDESK_USER", "eva.demo")
    code, out, _ = run(capsys, "purge", "--dry-run")
    assert code == 0 and "would be removed" in out
    assert events(central)[0][:2] == ("eva.demo", "sign_in")


def test_a_handler_changes_their_password_and_the_old_one_stops_working(
    central, central_engine, capsys, monkeypatch
):
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", NEW_PASSWORD)
    code, out, err = run(capsys, "password", "--user", "an.demo")
    assert (code, out) == (0, "The password of an.demo was changed.\n"), err
    monkeypatch.delenv("CUMULDESK_NEW_PASSWORD")
    assert run(capsys, "purge", "--user", "an.demo") == (4, "", WRONG)
    monkeypatch.setenv("CUMULDESK_PASSWORD", NEW_PASSWORD)
    code, _, err = run(capsys, "purge", "--user", "an.demo")
    assert code == 4 and "purge is for supervisors only; an.demo is a handler" in err
    assert [e[:2] for e in events(central)] == [
        ("an.demo", "sign_in"),
        ("an.demo", "password_set"),
        ("an.demo", "sign_in_failed"),
        ("an.demo", "sign_in"),
        ("an.demo", "refused"),
    ]
    assert_not_stored(central_engine, NEW_PASSWORD, TEST_PASSWORD)


def test_the_new_password_is_typed_twice(central, capsys, terminal):
    prompts, answers = terminal
    answers += [TEST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"]
    code, _, err = run(capsys, "password", "--user", "an.demo")
    assert code == 2 and err == "cumuldesk: the two new passwords differ; nothing was changed\n"
    assert prompts == ["Password of an.demo: ", "New password of an.demo: ", "Type it again: "]
    answers += [TEST_PASSWORD, "too-short", "too-short"]
    code, _, err = run(capsys, "password", "--user", "an.demo")
    assert code == 2 and "at least 12 characters" in err
    answers += [TEST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD]
    assert run(capsys, "password", "--user", "an.demo", "--json")[:2] == (
        0,
        '{"handler": "an.demo", "changed": true}\n',
    )


def test_only_a_supervisor_sets_another_handlers_password(central, capsys, terminal):
    prompts, answers = terminal
    answers.append(TEST_PASSWORD)
    code, _, err = run(capsys, "password", "--user", "an.demo", "--for", "eva.demo")
    assert code == 4
    assert err == (
        "cumuldesk: set another handler's password is for supervisors only; an.demo is a handler\n"
    )
    assert prompts == ["Password of an.demo: "]  # refused before the new password is asked
    assert events(central)[-1][:2] == ("an.demo", "refused")

    answers += [TEST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD]
    code, out, err = run(capsys, "password", "--user", "eva.demo", "--for", "an.demo")
    assert code == 0 and out == "The password of an.demo was changed.\n", err
    assert prompts[-2:] == ["New password of an.demo: ", "Type it again: "]
    assert events(central)[-1] == ("eva.demo", "password_set", {"handler": "an.demo"})


# ------------------------------------------------------------------------ offline


def test_offline_the_cache_commands_sign_in_with_the_cache(
    central, capsys, monkeypatch, memory_keyring
):
    code, _, err = run(capsys, "cache", "fill", "--user", "an.demo", "--insz", "85073003328")
    assert code == 0, err
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", UNREACHABLE)

    code, out, err = run(capsys, "cache", "status", "--user", "an.demo", "--json")
    assert code == 0, err
    assert json.loads(out)["owner"] == "an.demo"
    assert "cannot reach" in err and "signed in offline with the local cache of an.demo" in err
    assert "secret" not in err

    monkeypatch.setenv("CUMULDESK_PASSWORD", "a-wrong-password")
    assert run(capsys, "cache", "status", "--user", "an.demo") == (4, "", WRONG)
    code, _, err = run(capsys, "cache", "status", "--user", "eva.demo")
    assert code == 5 and "eva.demo has no local cache to sign in with offline" in err

    monkeypatch.setenv("CUMULDESK_PASSWORD", TEST_PASSWORD)
    code, out, _ = run(capsys, "audit", "verify", "--user", "an.demo", "--json")
    report = json.loads(out)
    assert code == 0 and report["intact"] and report["events"] == 3
    # cache_filled, then the offline sign-ins: accepted, refused (this verification reads
    # before it signs in)


def test_a_changed_password_is_the_one_the_cache_accepts_offline(
    central, capsys, monkeypatch, memory_keyring
):
    assert run(capsys, "cache", "fill", "--user", "an.demo", "--insz", "85073003328")[0] == 0
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", NEW_PASSWORD)
    assert run(capsys, "password", "--user", "an.demo")[0] == 0
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", UNREACHABLE)
    assert run(capsys, "cache", "status", "--user", "an.demo") == (4, "", WRONG)
    monkeypatch.setenv("CUMULDESK_PASSWORD", NEW_PASSWORD)
    assert run(capsys, "cache", "status", "--user", "an.demo")[0] == 0
