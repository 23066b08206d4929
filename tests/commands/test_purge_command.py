"""`cumuldesk purge` as a supervisor runs it; a handler is refused and that is audited."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from factories import make_handler, populate
from sqlalchemy import select

from cumuldesk.cli import main
from cumuldesk.storage.database import session_factory
from cumuldesk.storage.models import AuditEvent, Person, Role


@pytest.fixture
def central(central_engine, central_url, monkeypatch, password_env):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central_url)
    factory = session_factory(central_engine)
    with factory.begin() as session:
        session.add_all(
            [
                make_handler("eva.demo", Role.SUPERVISOR, "Team Gent"),
                make_handler("an.demo", Role.HANDLER, "Team Gent"),
            ]
        )
    populate(factory)
    return factory


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_supervisor_purges_and_reads_counts(central, capsys):
    code, text = run("purge", "--user", "eva.demo", "--today", "2026-11-23")
    assert code == 0
    assert "central database: 3 persons removed" in text
    assert "death plus 10 years: 1" in text and "cases: 3 rows" in text
    assert "1 persons have no case" in text
    assert "Voorbeeldmans" not in text
    with central() as session:
        assert len(session.scalars(select(Person)).all()) == 4


def test_dry_run_json(central):
    code, text = run("purge", "--user", "eva.demo", "--today", "2026-11-23", "--dry-run", "--json")
    assert code == 0
    report = json.loads(text)["central"]
    assert report["persons"] == 3 and report["dry_run"] is True
    with central() as session:
        assert len(session.scalars(select(Person)).all()) == 7


def test_a_handler_is_refused_and_the_refusal_is_audited(central, capsys):
    code, text = run("purge", "--user", "an.demo")
    assert code == 4
    err = capsys.readouterr().err
    assert "purge is for supervisors only; an.demo is a handler" in err
    with central() as session:
        assert len(session.scalars(select(Person)).all()) == 7
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "refused")).one()
        assert refused.actor == "an.demo" and json.loads(refused.details)["action"] == "purge"


def test_without_user_the_command_says_how(central, capsys, monkeypatch):
    monkeypatch.delenv("CUMULDESK_USER", raising=False)
    code, _ = run("purge")
    assert code == 4
    assert "--user USERNAME" in capsys.readouterr().err


def test_unreachable_central_database_is_exit_5(monkeypatch, capsys, password_env):
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", "postgresql+psycopg://x:secret@127.0.0.1:1/db")
    code, _ = run("purge", "--user", "eva.demo", "--today", str(date(2026, 11, 23)))
    err = capsys.readouterr().err
    assert code == 5 and "cannot reach" in err and "secret" not in err


def test_cache_fill_applies_retention_and_purge_covers_the_own_cache(central):
    import keyring
    from cache_data import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with central() as session:
            everyone = [p.insz for p in session.scalars(select(Person))]
        code, _ = run("cache", "fill", "--user", "eva.demo", "--insz", *everyone)
        assert code == 0
        # the start of a session already applies retention to the cache
        code, text = run("cache", "status", "--user", "eva.demo", "--json")
        assert json.loads(text)["dossiers"] == 4
        code, text = run("purge", "--user", "eva.demo", "--today", "2026-11-23")
        assert code == 0, text
        assert "central database: 3 persons removed" in text
        assert "your local cache: 0 persons removed" in text
    finally:
        keyring.set_keyring(previous)
