"""A central PostgreSQL database set up as the admin guide says (`cumuldesk central
setup`), for the tests of the security model (docs/security.md).

The administrator's role owns the database, may create roles and is not a superuser. A
handler reaches the database with their own login role and password (SCRAM): the
laptop's URL names no user. `connect_as` gives a plain psycopg connection as a handler,
as an attacker with a PostgreSQL client on their laptop would have.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from sqlalchemy import create_engine, text

ADMIN = "cumuldesk_admin"
ADMIN_PASSWORD = "admin-password-for-the-tests"


@dataclass
class SecureCentral:
    host: str
    port: int
    name: str

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://{ADMIN}:{ADMIN_PASSWORD}@{self.host}:{self.port}/{self.name}"

    @property
    def laptop_url(self) -> str:
        """What a laptop's configuration holds: no user, no password."""
        return f"postgresql+psycopg://{self.host}:{self.port}/{self.name}"

    def url_as(self, username: str, password: str) -> str:
        from sqlalchemy.engine import make_url

        url = make_url(self.laptop_url).set(username=username, password=password)
        return url.render_as_string(hide_password=False)

    def connect_as(self, username: str, password: str, **kwargs) -> psycopg.Connection:
        """A plain psycopg connection as this login role (autocommit off)."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            dbname=self.name,
            user=username,
            password=password,
            connect_timeout=5,
            **kwargs,
        )

    def connect_admin(self, **kwargs) -> psycopg.Connection:
        return self.connect_as(ADMIN, ADMIN_PASSWORD, **kwargs)


def ensure_admin_role(superuser_url: str) -> None:
    """The administrator's role (once per server): owner of the test databases."""
    engine = create_engine(superuser_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ADMIN})
        if not exists:
            connection.execute(
                text(
                    f"CREATE ROLE {ADMIN} LOGIN CREATEROLE NOSUPERUSER PASSWORD '{ADMIN_PASSWORD}'"
                )
            )
    engine.dispose()


def new_secure_database(server, *, template: str | None = None) -> SecureCentral:
    """A new database owned by the administrator: empty (not yet set up), or a copy of
    `template` (see `migrated_template`)."""
    ensure_admin_role(server.url)
    name = f"s_{uuid.uuid4().hex[:12]}"
    server.create_database(name, template=template, owner=ADMIN)
    return SecureCentral("127.0.0.1", server.port, name)


def migrated_template(server, name: str = "tpl_secure") -> str:
    """A database owned by the administrator and migrated by it to the newest revision,
    as `cumuldesk central setup` migrates before it applies the security files; made once
    per run (conftest's `secure_central`), copied per test, on which the set-up then only
    applies the security files (roles, functions, policies, grants, the key). Not set up
    itself: the set-up's per-database grants and key belong to each copy."""
    from cumuldesk.storage.database import migrate, open_central

    ensure_admin_role(server.url)
    server.create_database(name, owner=ADMIN)
    engine = open_central(SecureCentral("127.0.0.1", server.port, name).admin_url)
    try:
        migrate(engine)
    finally:
        engine.dispose()  # nobody may stay connected to a template while it is copied
    return name


def drop_database(server, name: str) -> None:
    server.drop_database(name)


def unique_username(prefix: str) -> str:
    """Login roles are shared by every database of the test server: a test that closes
    or renames an account uses a name of its own."""
    return f"{prefix}.{uuid.uuid4().hex[:8]}"


# ----------------------------------------------------------------- a populated database

TEAM = "T"
OTHER_TEAM = "U"
HANDLER = "an.sec"  # handler of TEAM
OTHER_HANDLER = "bo.sec"  # handler of OTHER_TEAM
SUPERVISOR = "lea.sec"  # supervisor of TEAM
PASSWORD = "handler-password-for-tests"


def admin_factory(central: SecureCentral):
    """(engine, session factory) connected as the administrator (the owner)."""
    from cumuldesk.storage.database import open_central, session_factory

    engine = open_central(central.admin_url)
    return engine, session_factory(engine)


def add_account(factory, username: str, team: str, role: str = "handler", password=PASSWORD):
    """A handler account with its login role, made through the server's function as the
    administrator (as `cumuldesk handler add` does for a supervisor)."""
    from cumuldesk.services.accounts.handlers import NewHandler, create_on_server
    from cumuldesk.storage.models import Language, Role

    new = NewHandler(username, username.replace(".", " ").title(), team, Role(role), Language.NL)
    with factory.begin() as session:
        create_on_server(session, new, password)


def populate_secure(central: SecureCentral, team_persons: int = 3, other_persons: int = 2):
    """Accounts an.sec and bo.sec (teams T and U) and lea.sec (supervisor of T); persons
    1..n with a case of team T, 901.. with a case of team U (as tests/factories makes
    them, written as the owner)."""
    from factories import add_person
    from sqlalchemy import select

    from cumuldesk.storage.models import Handler

    engine, factory = admin_factory(central)
    add_account(factory, SUPERVISOR, TEAM, "supervisor")
    add_account(factory, HANDLER, TEAM)
    add_account(factory, OTHER_HANDLER, OTHER_TEAM)
    with factory.begin() as session:
        ids = dict(session.execute(select(Handler.username, Handler.id)).all())
        for counter in range(1, team_persons + 1):
            # CD-1 waits for a proposal: no answer can be recorded on it yet
            fields = {"proposal_sent_on": None} if counter == 1 else None
            person = add_person(session, counter, case_fields=fields)
            person.cases[0].handler_id = ids[HANDLER]
            person.cases[0].notes[0].author_id = ids[HANDLER]
        for counter in range(901, 901 + other_persons):
            fields = {"proposal_sent_on": None} if counter == 901 else None
            person = add_person(session, counter, case_fields=fields)
            person.cases[0].team = OTHER_TEAM
            person.cases[0].handler_id = ids[OTHER_HANDLER]
    engine.dispose()
