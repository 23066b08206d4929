"""The administrator's commands, as the admin guide gives them, then a handler's laptop
with a URL that names no user (docs/security.md)."""

from __future__ import annotations

import json

import psycopg
import pytest
from secure_support import ADMIN_PASSWORD, drop_database, new_secure_database

from cumuldesk.cli import main


@pytest.fixture
def fresh(postgres_server, monkeypatch):
    central = new_secure_database(postgres_server)
    admin_url = f"postgresql+psycopg://cumuldesk_admin@127.0.0.1:{central.port}/{central.name}"
    monkeypatch.setenv("CUMULDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    yield central, admin_url
    drop_database(postgres_server, central.name)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_setup_demo_data_then_a_handler_syncs_with_their_own_login(fresh, capsys, monkeypatch):
    central, admin_url = fresh
    code, out, err = run(capsys, "central", "setup", "--admin-url", admin_url)
    assert code == 0, err
    assert "security set-up applied as cumuldesk_admin" in out
    assert ADMIN_PASSWORD not in out + err
    code, out, err = run(
        capsys, "demo-data", "--admin-url", admin_url, "--persons", "120", "--json"
    )
    assert code == 0, err
    # the laptop: no user, no password in its configuration
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central.laptop_url)
    monkeypatch.setenv("CUMULDESK_CACHE_PASSPHRASE", "a cache passphrase for the test")
    monkeypatch.setenv("CUMULDESK_PASSWORD", "wrong-password-123")
    code, out, err = run(capsys, "sync", "--user", "an.demo")
    assert code == 4 and "wrong username or password" in err
    monkeypatch.delenv("CUMULDESK_PASSWORD")
    code, out, err = run(capsys, "params")  # the law data need the handler's login
    assert code == 4 and "CUMULDESK_USER" in err
    monkeypatch.setenv("CUMULDESK_USER", "an.demo")
    monkeypatch.setenv("CUMULDESK_PASSWORD", "an-demo-password")
    code, out, err = run(capsys, "params")
    assert code == 0 and "law data v1 (central database)" in out + err
    monkeypatch.delenv("CUMULDESK_USER")
    code, out, err = run(capsys, "sync", "--user", "an.demo", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["pulled"]["new_dossiers"] > 0
    # the demo handlers are login roles; a handler may not add accounts
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "a-new-password-2026")
    code, out, err = run(
        capsys,
        "handler",
        "add",
        "tom.new",
        "--name",
        "Tom",
        "--team",
        "Team Gent",
        "--user",
        "an.demo",
    )
    assert code == 4
    monkeypatch.setenv("CUMULDESK_PASSWORD", "eva-demo-password")
    code, out, err = run(
        capsys,
        "handler",
        "add",
        "tom.new2",
        "--name",
        "Tom",
        "--team",
        "Team Gent",
        "--user",
        "eva.demo",
    )
    assert code == 0, err
    with central.connect_as("tom.new2", "a-new-password-2026") as tom:
        assert tom.execute("SELECT current_user").fetchone() == ("tom.new2",)
    code, out, err = run(capsys, "handler", "close", "tom.new2", "--user", "eva.demo")
    assert code == 0, err
    with pytest.raises(psycopg.OperationalError):  # the login role can no longer log in
        central.connect_as("tom.new2", "a-new-password-2026")


def test_the_first_supervisor_on_the_production_set_up_needs_the_admin(fresh, capsys, monkeypatch):
    central, admin_url = fresh
    assert run(capsys, "central", "setup", "--admin-url", admin_url)[0] == 0
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central.laptop_url)
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "first-password-2026")
    args = ("handler", "first-supervisor", "lea.first", "--name", "Lea", "--team", "A")
    code, out, err = run(capsys, *args)
    assert code == 2 and "--admin-url" in err
    code, out, err = run(capsys, *args, "--admin-url", admin_url)
    assert code == 0, err
    code, out, err = run(capsys, *args, "--admin-url", admin_url)
    assert code == 4 and "already has a supervisor" in err
    with central.connect_as("lea.first", "first-password-2026") as lea:
        assert lea.execute(
            "SELECT pg_has_role('lea.first', 'cumuldesk_supervisor', 'MEMBER')"
        ).fetchone() == (True,)


def test_passwords_are_the_login_roles(fresh, capsys, monkeypatch):
    """A handler changes their own password (a trivial one refused first), a supervisor sets
    another's, the administrator gives one to an account; each is the PostgreSQL login."""
    central, admin_url = fresh
    assert run(capsys, "central", "setup", "--admin-url", admin_url)[0] == 0
    assert run(capsys, "demo-data", "--admin-url", admin_url, "--persons", "120")[0] == 0
    monkeypatch.setenv("CUMULDESK_CENTRAL_URL", central.laptop_url)
    monkeypatch.setenv("CUMULDESK_PASSWORD", "an-demo-password")
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "an.demo")
    code, out, err = run(capsys, "password", "--user", "an.demo")
    assert code == 2 and "username" in err
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "an-new-password-2026")
    code, out, err = run(capsys, "password", "--user", "an.demo")
    assert code == 0, err
    with central.connect_as("an.demo", "an-new-password-2026"):
        pass
    monkeypatch.setenv("CUMULDESK_PASSWORD", "an-new-password-2026")
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "jonas-new-password-26")
    code, out, err = run(capsys, "password", "--user", "an.demo", "--for", "jonas.demo")
    assert code == 4  # a handler may not set another's
    monkeypatch.setenv("CUMULDESK_PASSWORD", "eva-demo-password")
    code, out, err = run(capsys, "password", "--user", "eva.demo", "--for", "jonas.demo")
    assert code == 0, err
    monkeypatch.setenv("CUMULDESK_NEW_PASSWORD", "marc-from-the-admin-26")
    code, out, err = run(capsys, "password", "--for", "marc.demo", "--admin-url", admin_url)
    assert code == 0, err
    with central.connect_as("jonas.demo", "jonas-new-password-26"):
        pass
    with central.connect_as("marc.demo", "marc-from-the-admin-26"):
        pass
