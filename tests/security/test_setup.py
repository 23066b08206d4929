"""`cumuldesk central setup`: one command, as the database's own administrator, re-runnable."""

from __future__ import annotations

import pytest
from secure_support import ADMIN, drop_database, new_secure_database

from cumuldesk.errors import NotAllowed
from cumuldesk.services.central.setup import setup_central


def test_setup_makes_the_roles_the_schema_and_is_re_runnable(postgres_server):
    central = new_secure_database(postgres_server)
    try:
        first = setup_central(central.admin_url)
        again = setup_central(central.admin_url)  # after an upgrade: the same command
        assert first.admin == again.admin == ADMIN
        with central.connect_admin() as connection:
            roles = {
                r[0]: r[1:]
                for r in connection.execute(
                    "SELECT rolname, rolcanlogin, rolcreaterole, rolsuper, rolbypassrls"
                    " FROM pg_roles WHERE rolname LIKE 'cumuldesk_%'"
                )
            }
            owner = connection.execute(
                "SELECT tableowner FROM pg_tables WHERE tablename = 'persons'"
            ).fetchone()[0]
        assert roles["cumuldesk_handler"] == (False, False, False, False)
        assert roles["cumuldesk_supervisor"] == (False, False, False, False)
        assert owner == ADMIN
    finally:
        drop_database(postgres_server, central.name)


def test_setup_refuses_a_superuser(postgres_server):
    central = new_secure_database(postgres_server)
    try:
        with pytest.raises(NotAllowed, match="superuser"):
            setup_central(postgres_server.url_for(central.name))
    finally:
        drop_database(postgres_server, central.name)


def test_without_the_postgresql_driver_the_message_says_how_to_install_it(monkeypatch, capsys):
    from cumuldesk.cli import main

    monkeypatch.setitem(__import__("sys").modules, "psycopg", None)  # as if not installed
    monkeypatch.setenv("CUMULDESK_ADMIN_PASSWORD", "x")
    code = main(["central", "setup", "--admin-url", "postgresql+psycopg://a@127.0.0.1:1/db"])
    assert code == 5
    assert "pip install -e '.[postgres]'" in capsys.readouterr().err
