from __future__ import annotations

import os
import uuid
import warnings

# Qt tests run headless; set before any Qt import (later issues add Qt tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pg import PostgresServer, PostgresUnavailable, start_postgres  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

SKIP_POSTGRES = os.environ.get("CUMULDESK_SKIP_POSTGRES") == "1"


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never read or write the developer's own folders (configuration, data, central URL)."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("CUMULDESK_CONFIG_DIR", str(folder))
    monkeypatch.setenv("CUMULDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("CUMULDESK_CENTRAL_URL", raising=False)
    for name in ("CUMULDESK_USER", "CUMULDESK_PASSWORD", "CUMULDESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)  # never the developer's own sign-in
    yield folder


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> str:
    """Commands sign in with the test handlers' password (factories.TEST_PASSWORD), taken
    from CUMULDESK_PASSWORD as in a script."""
    from factories import TEST_PASSWORD

    monkeypatch.setenv("CUMULDESK_PASSWORD", TEST_PASSWORD)
    return TEST_PASSWORD


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the whole run. Its absence fails loudly (CI must run it);
    CUMULDESK_SKIP_POSTGRES=1 skips those tests on a developer machine, with a warning."""
    if SKIP_POSTGRES:
        warnings.warn("CUMULDESK_SKIP_POSTGRES=1: PostgreSQL tests are SKIPPED", stacklevel=1)
        pytest.skip("CUMULDESK_SKIP_POSTGRES=1")
    try:
        server = start_postgres()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL could not be started for the tests: {exc}", pytrace=False)
    yield server
    server.stop()


def _fresh_postgres_database(server: PostgresServer) -> tuple[str, str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, server.url_for(name)


def _drop_postgres_database(server: PostgresServer, name: str) -> None:
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request, tmp_path):
    """An empty central database URL on each engine (SQLite file, fresh PostgreSQL database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.sqlite'}"
        return
    server = request.getfixturevalue("postgres_server")
    name, url = _fresh_postgres_database(server)
    yield url
    _drop_postgres_database(server, name)


@pytest.fixture
def central_engine(central_url):
    """A migrated central database on each engine."""
    from cumuldesk.storage.database import migrate, open_central

    engine = open_central(central_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def memory_keyring():
    """An in-memory system keyring for the test (cache keys), the previous one restored."""
    import keyring
    from cache_data import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def secure_central(postgres_server):
    """A central PostgreSQL database set up by `cumuldesk central setup` as its (non
    superuser) administrator: roles, row-level security, functions, grants. No handler
    yet (see secure_support / the accounts functions)."""
    from secure_support import drop_database, new_secure_database

    from cumuldesk.services.central.setup import setup_central

    central = new_secure_database(postgres_server)
    setup_central(central.admin_url)
    yield central
    drop_database(postgres_server, central.name)
