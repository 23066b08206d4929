"""`cumuldesk central setup`: the database administrator creates or upgrades the central
PostgreSQL database with one command (docs/security.md).

Connected as the administrator's role (the owner of the database; it may create roles
and is not a superuser), it brings the schema to the newest revision and then applies
the security set-up (`cumuldesk.storage.security`): the group roles, row-level
security, the functions through which clients write, and the grants. It can be run
again after every upgrade. The administrator's URL is given on the command line, never
written into a laptop's configuration.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from cumuldesk.errors import BadInput, NotAllowed
from cumuldesk.storage.database import (
    HEAD_REVISION,
    DatabaseUnavailable,
    describe_url,
    migrate,
    open_central,
)
from cumuldesk.storage.security import apply_security


@dataclass(frozen=True)
class SetupReport:
    database: str
    admin: str
    revision: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class AdminUrl:
    """The database administrator's URL as given (`--admin-url`)."""

    url: str  # as SQLAlchemy renders it, with the password it holds
    username: str | None
    needs_password: bool  # a PostgreSQL URL without a password: ask for it

    def with_password(self, password: str) -> str:
        """The URL with this password filled in."""
        return make_url(self.url).set(password=password).render_as_string(hide_password=False)


def parse_admin_url(raw: str) -> AdminUrl:
    """The administrator's URL (BadInput when it is not a database URL)."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise BadInput("--admin-url is not a valid database URL") from None
    return AdminUrl(
        url.render_as_string(hide_password=False),
        url.username,
        url.password is None and url.get_backend_name() == "postgresql",
    )


def admin_engine(admin_url: str) -> Engine:
    """An engine on the central database as its administrator (PostgreSQL only)."""
    try:
        parsed = make_url(admin_url)
    except ArgumentError:
        raise BadInput("--admin-url is not a valid database URL") from None
    if parsed.get_backend_name() != "postgresql":
        raise BadInput(
            "--admin-url must be a PostgreSQL URL (postgresql+psycopg://ADMIN@HOST:PORT/DB): "
            "the embedded SQLite database has no security boundary to set up"
        )
    if not parsed.username:
        raise BadInput("--admin-url must name the administrator's role (ADMIN@HOST)")
    return open_central(admin_url)


def check_admin(engine: Engine) -> str:
    """The administrator's role name; NotAllowed when it is a superuser, cannot create
    roles or does not own the database."""
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT current_user, r.rolsuper, r.rolcreaterole,"
                    " pg_get_userbyid(d.datdba) AS owner, current_database()"
                    " FROM pg_roles r, pg_database d"
                    " WHERE r.rolname = current_user AND d.datname = current_database()"
                )
            ).one()
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot reach {describe_url(str(engine.url))} as its administrator "
            f"({type(exc.orig).__name__}: wrong password, or the server is away)"
        ) from None
    user, superuser, createrole, owner, _database = row
    if superuser:
        raise NotAllowed(
            f"the role {user} is a superuser: run the set-up as the database's own "
            "administrator role (owner of the database, CREATEROLE, not a superuser), so "
            "that the functions clients call do not run with a superuser's rights"
        )
    if not createrole:
        raise NotAllowed(f"the role {user} cannot create roles (it needs CREATEROLE)")
    if owner != user:
        raise NotAllowed(f"the role {user} does not own the database (its owner is {owner})")
    return str(user)


def setup_central(admin_url: str) -> SetupReport:
    """Create or upgrade the schema and the security set-up (see the module text)."""
    engine = admin_engine(admin_url)
    try:
        admin = check_admin(engine)
        migrate(engine)
        try:
            with engine.begin() as connection:
                database = str(connection.scalar(text("SELECT current_database()")))
                # one set-up at a time (two administrators at once would race on roles)
                connection.execute(text("SELECT pg_advisory_xact_lock(1128551253)"))
                files = apply_security(connection, database=database, admin=admin)
        except DBAPIError as exc:
            raise DatabaseUnavailable(
                f"the security set-up failed on {describe_url(admin_url)} "
                f"({type(exc.orig).__name__}: {str(exc.orig).splitlines()[0][:200]}); "
                "nothing of it was applied"
            ) from None
        return SetupReport(database, admin, HEAD_REVISION, tuple(files))
    finally:
        engine.dispose()
