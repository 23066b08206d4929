"""Database engines: one code path for PostgreSQL (production) and SQLite (embedded).

`open_central(url)` gives an engine on either; `migrate(engine)` brings the schema to
the newest Alembic revision. Connection errors are turned into `DatabaseUnavailable`
with a message that never contains the URL (it may hold a password).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from cumuldesk.errors import Unavailable

T = TypeVar("T")
CONNECT_TIMEOUT = 5  # seconds to wait for a PostgreSQL server before calling it unreachable
IN_LIST_SIZE = 500  # values per IN (...) list: well below every engine's bound-parameter limit


def chunked(items: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """`items` in consecutive slices of at most `size` (for IN lists and batched writes)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


class DatabaseUnavailable(Unavailable):
    """The database cannot be reached or opened; the message is safe to show."""


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def describe_url(url: str) -> str:
    """A safe description of a database URL: engine, host and database, no password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "an unreadable database URL"
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.get_backend_name()} database {parsed.database} on {host}{port}"


def open_central(url: str, *, create_folder: bool = True, must_exist: bool = False) -> Engine:
    """An engine on the central database (PostgreSQL or SQLite file). `must_exist`: an
    SQLite file that is not there is unavailable (rather than created empty: a sync must
    not take a missing network share for a new, empty central database)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable("the central database URL is not a valid URL") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if must_exist and (not parsed.database or not Path(parsed.database).is_file()):
            raise DatabaseUnavailable(f"cannot reach {describe_url(url)} (the file is missing)")
        if parsed.database and parsed.database != ":memory:" and create_folder:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        try:
            import psycopg  # noqa: F401 - the driver of postgresql+psycopg://
        except ImportError:
            raise DatabaseUnavailable(
                "PostgreSQL needs its driver, which is not installed: pip install -e "
                "'.[postgres]' (the installers include it)"
            ) from None
        # a laptop without a connection must learn it in seconds, not minutes
        return create_engine(
            parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT}
        )
    raise DatabaseUnavailable(f"unsupported database kind {backend!r}: use PostgreSQL or SQLite")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on any error."""
    with factory() as session, session.begin():
        yield session


def alembic_config(engine: Engine, *, cache: bool = False) -> Any:
    # alembic (with mako and pygments) is imported here, not at start: about 0.4 s
    from alembic.config import Config

    config = Config()
    config.attributes["cache"] = cache  # a local cache gets no change-sequence triggers
    location = resources.files("cumuldesk.storage").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    config.attributes["engine"] = engine
    return config


# The newest migration (migrations/versions/); tests/storage/test_migrations.py checks that
# it is alembic's head. Lets a start-up skip alembic (about 0.3 s) when nothing is to do.
HEAD_REVISION = "0007"


def at_head(engine: Engine) -> bool:
    """Whether the schema is at the newest revision (alembic's own table says so)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        versions = connection.scalars(text("SELECT version_num FROM alembic_version")).all()
    return versions == [HEAD_REVISION]


def migrate(engine: Engine, revision: str = "head", *, cache: bool = False) -> None:
    """Upgrade the schema to `revision` (default: the newest); `cache`: the engine is a
    handler's local cache (see migration 0003)."""
    try:
        if revision == "head" and at_head(engine):
            return
        from alembic import command

        command.upgrade(alembic_config(engine, cache=cache), revision)
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot reach {describe_url(str(engine.url))} ({type(exc.orig).__name__})"
        ) from None


_SECURED: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()

_SECURED_QUERY = text(
    "SELECT to_regrole('cumuldesk_handler') IS NOT NULL"
    " AND pg_has_role(current_user, 'cumuldesk_handler', 'MEMBER')"
    " AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
    " AND coalesce((SELECT tableowner <> current_user FROM pg_tables"
    "               WHERE schemaname = 'public' AND tablename = 'persons'), true)"
)


def is_secured(bind: Engine | Connection | Session) -> bool:
    """Whether this connection is a handler's own PostgreSQL login on a database set up
    by `cumuldesk central setup` (docs/security.md): it then reads under row-level
    security and writes only through the functions of the schema cumuldesk_api. False
    for SQLite and for the administrator's (owner's) connection, which write directly."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "postgresql":
        return False
    known = _SECURED.get(engine)
    if known is None:
        with engine.connect() as connection:
            known = bool(connection.scalar(_SECURED_QUERY))
        _SECURED[engine] = known
    return known


def has_schema(engine: Engine) -> bool:
    try:
        return inspect(engine).has_table("persons")
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot reach {describe_url(str(engine.url))} ({type(exc.orig).__name__})"
        ) from None
