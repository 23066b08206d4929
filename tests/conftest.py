from __future__ import annotations

import os
import shutil
import uuid
import warnings
from pathlib import Path

# Qt tests run headless; set before any Qt import (later issues add Qt tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pg import PostgresServer, PostgresUnavailable, start_postgres  # noqa: E402

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
    """A PostgreSQL server for the whole run. Its absence fails loudly (CI must run it),
    naming scripts/test-setup.sh, which installs it; CUMULDESK_SKIP_POSTGRES=1 skips those
    tests on a developer machine, with a warning."""
    if SKIP_POSTGRES:
        warnings.warn("CUMULDESK_SKIP_POSTGRES=1: PostgreSQL tests are SKIPPED", stacklevel=1)
        pytest.skip("CUMULDESK_SKIP_POSTGRES=1")
    try:
        server = start_postgres()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL could not be started for the tests: {exc}", pytrace=False)
    yield server
    server.stop()


# Every test gets a database of its own, copied from a template migrated once per run
# (migrating from zero costs far more than copying: bench/test_db_bench.py). The tests
# of the migrations themselves, of `central setup` and of an unmigrated database use
# `blank_central_url`, `new_secure_database` or their own files.


def _migrate_url(url: str) -> None:
    from cumuldesk.storage.database import migrate, open_central

    engine = open_central(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()  # nobody may stay connected to a template while it is copied


@pytest.fixture(scope="session")
def postgres_central_template(postgres_server: PostgresServer) -> str:
    """The name of a PostgreSQL database migrated to the newest revision (by the
    superuser, as `central_engine` always did), made once per run, copied per test."""
    name = "tpl_central"
    postgres_server.create_database(name)
    _migrate_url(postgres_server.url_for(name))
    return name


@pytest.fixture(scope="session")
def sqlite_central_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite central database migrated to the newest revision, copied per test."""
    path = tmp_path_factory.mktemp("central-template") / "central.sqlite"
    _migrate_url(f"sqlite:///{path}")
    return path


def _new_database_name() -> str:
    return f"t_{uuid.uuid4().hex[:12]}"


@pytest.fixture
def postgres_central_url(postgres_server: PostgresServer, postgres_central_template: str):
    """A migrated central PostgreSQL database of this test's own (a copy of the template),
    dropped after it."""
    name = _new_database_name()
    postgres_server.create_database(name, template=postgres_central_template)
    yield postgres_server.url_for(name)
    postgres_server.drop_database(name)


@pytest.fixture
def sqlite_central_url(sqlite_central_template: Path, tmp_path: Path) -> str:
    """A migrated central SQLite database of this test's own (tmp_path / central.sqlite,
    a copy of the template)."""
    path = tmp_path / "central.sqlite"
    shutil.copyfile(sqlite_central_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request):
    """A migrated, empty central database URL on each engine, of this test's own (a copy
    of a template migrated once per run: an SQLite file, a PostgreSQL database)."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_central_url")
    return request.getfixturevalue("postgres_central_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_central_url(request, tmp_path):
    """A central database URL with no schema at all on each engine (an SQLite file not
    yet made, a new empty PostgreSQL database): for what must migrate it itself."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.sqlite'}"
        return
    server = request.getfixturevalue("postgres_server")
    name = _new_database_name()
    server.create_database(name)
    yield server.url_for(name)
    server.drop_database(name)


@pytest.fixture
def central_engine(central_url):
    """A migrated central database on each engine."""
    from cumuldesk.storage.database import migrate, open_central

    engine = open_central(central_url)
    migrate(engine)  # at the newest revision already (a copy of the template): a check
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


@pytest.fixture(scope="session")
def secure_central_template(postgres_server: PostgresServer) -> str:
    """A database migrated by its administrator, not set up (secure_support), once per run."""
    from secure_support import migrated_template

    return migrated_template(postgres_server)


@pytest.fixture
def secure_central(postgres_server, secure_central_template):
    """A central PostgreSQL database set up by `cumuldesk central setup` as its (non
    superuser) administrator: roles, row-level security, functions, grants. No handler
    yet (see secure_support / the accounts functions). A copy of the migrated template:
    the set-up finds the schema at the newest revision and applies the security files."""
    from secure_support import drop_database, new_secure_database

    from cumuldesk.services.central.setup import setup_central

    central = new_secure_database(postgres_server, template=secure_central_template)
    setup_central(central.admin_url)
    yield central
    drop_database(postgres_server, central.name)
