"""Open the central database named by the configuration, schema up to date.

On the production set-up (PostgreSQL, docs/security.md) the configuration names only
`postgresql+psycopg://HOST:PORT/DB`: no user, no password. CumulDesk then connects as
the signed-in handler's own login role with the password typed at sign-in, and
PostgreSQL authenticates it (SCRAM). A wrong password, a closed account and an unknown
username all fail inside PostgreSQL's own authentication, before anything of ours runs,
and read as "wrong username or password". Such a connection never migrates the schema:
that is the administrator's `cumuldesk central setup`.

A URL that names a user (the administrator's own, or the embedded SQLite demo database)
connects as configured and migrates the schema when needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, Select, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, defer, sessionmaker

from cumuldesk.config import CentralConfig, central_config
from cumuldesk.errors import NotAllowed
from cumuldesk.services.accounts import signin_guard
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.accounts.signin_guard import WRONG_CREDENTIALS
from cumuldesk.storage.audit import record
from cumuldesk.storage.database import (
    HEAD_REVISION,
    DatabaseUnavailable,
    at_head,
    describe_url,
    migrate,
    open_central,
    session_factory,
)
from cumuldesk.storage.models import Handler

Credentials = tuple[str, str]  # (username, password) typed at sign-in

# PostgreSQL's error codes of a refused authentication
_AUTH_FAILED = {"28P01", "28000"}
_TOO_MANY = "53300"


class TooManyConnections(NotAllowed):
    """The handler's login role has used up its connection limit."""


@dataclass
class Central:
    config: CentralConfig
    engine: Engine
    sessions: sessionmaker[Session]
    username: str | None = None  # the handler's login role, when the connection is theirs

    def close(self) -> None:
        self.engine.dispose()


def signs_in_as_handler(config: CentralConfig) -> bool:
    """Whether this configuration connects with the handler's own login role (a
    PostgreSQL URL without a user): the production set-up."""
    try:
        url = make_url(config.url)
    except ArgumentError:
        return False
    return url.get_backend_name() == "postgresql" and not url.username


def _login_url(url: str, credentials: Credentials) -> str:
    username, password = credentials
    return (
        make_url(url)
        .set(username=username, password=password)
        .render_as_string(hide_password=False)
    )


def _refusal(exc: OperationalError) -> NotAllowed | None:
    """The sign-in refusal an OperationalError of a new connection stands for, if any."""
    original = exc.orig
    state = getattr(original, "sqlstate", None)
    message = str(original).lower()
    if state == _TOO_MANY or "too many connections for role" in message:
        return TooManyConnections(
            "your account has too many connections to the central database open at once; "
            "close CumulDesk on another computer, or wait a minute"
        )
    if (
        state in _AUTH_FAILED
        or "password authentication failed" in message
        or "is not permitted to log in" in message
        or "no password supplied" in message
    ):
        return NotAllowed(WRONG_CREDENTIALS)
    return None


def _open_as_handler(config: CentralConfig, credentials: Credentials) -> Engine:
    engine = open_central(_login_url(config.url, credentials))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if not at_head(engine):
            raise DatabaseUnavailable(
                "the central database's schema is older than this CumulDesk (revision "
                f"{HEAD_REVISION} expected): the database administrator runs "
                "`cumuldesk central setup`"
            )
    except OperationalError as exc:
        engine.dispose()
        refusal = _refusal(exc)
        if refusal is not None and not isinstance(refusal, TooManyConnections):
            # counted on this computer: from the third in a row it says the server slows
            # further attempts (PostgreSQL does not say whether the role exists)
            raise signin_guard.refusal(credentials[0]) from None
        if refusal is not None:
            raise refusal from None
        raise DatabaseUnavailable(
            f"cannot reach {describe_url(config.url)} ({type(exc.orig).__name__})"
        ) from None
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseUnavailable(
            f"cannot use {describe_url(config.url)} ({type(exc.orig).__name__})"
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def _without_password_hash(state: ORMExecuteState) -> None:
    """A handler's own connection may not read the password column of `handlers` (it is
    not granted): ORM reads of handlers leave it out there."""
    if not state.is_select:
        return
    statement = state.statement
    if not isinstance(statement, Select):
        return
    entities = {d.get("entity") for d in statement.column_descriptions}
    if Handler in entities:
        state.statement = state.statement.options(defer(Handler.password_hash, raiseload=True))


def connect_central(
    config: CentralConfig | None = None,
    *,
    upgrade: bool = True,
    must_exist: bool = False,
    credentials: Credentials | None = None,
) -> Central:
    """Connect to the configured central database (see the module text).
    `must_exist`: see `open_central` (used by sync, which must never create one).
    `credentials`: the username and password typed at sign-in; needed when the
    configuration names no user (the production set-up), ignored otherwise.

    Raises DatabaseUnavailable (exit code 5) with a message that holds no password, and
    NotAllowed ("wrong username or password", exit code 4) when PostgreSQL refuses the
    handler's login.
    """
    config = config or central_config()
    if signs_in_as_handler(config):
        if credentials is None:
            raise NotAllowed(
                "the central database is reached with your own account: sign in first "
                "(--user USERNAME, or the sign-in dialog)"
            )
        engine = _open_as_handler(config, credentials)
        sessions = session_factory(engine)
        event.listen(sessions, "do_orm_execute", _without_password_hash)
        return Central(config, engine, sessions, username=credentials[0])
    engine = open_central(config.url, must_exist=must_exist)
    if upgrade:
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
    return Central(config, engine, session_factory(engine))


def sign_in_central(central: Central, username: str | None, password: str) -> Identity:
    """Sign in on an open central database.

    On the production set-up the connection itself is the sign-in: PostgreSQL checked the
    password of the handler's own login role. What is left is the handler's row (an
    account closed in CumulDesk is refused) and the `sign_in` event, which the server
    writes with the handler as actor. Otherwise (the embedded SQLite database, an
    administrator's URL) the password is checked against the stored hash
    (`cumuldesk.services.accounts.signin.sign_in`)."""
    from cumuldesk.services.accounts.signin import sign_in

    if central.username is None:
        return sign_in(central.sessions, username, password)
    typed = (username or "").strip()
    if typed != central.username:
        raise signin_guard.refusal(typed)
    with central.sessions.begin() as session:
        handler = session.scalars(select(Handler).where(Handler.username == typed)).first()
        if handler is None or not handler.active:
            raise signin_guard.refusal(typed, known=handler is not None)
        record(session, typed, "sign_in", details={"mode": "online"})
        identity = Identity.of(handler)
    signin_guard.succeeded(typed)
    return identity
