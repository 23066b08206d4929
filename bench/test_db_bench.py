"""Benchmark (not a test; no test functions): what a test's own central database costs to
make, migrated from zero (what every database test did before) against copied from a
template migrated once per run (what tests/conftest.py does now).

Starts a throwaway PostgreSQL server as the tests do (tests/pg.py; run
scripts/test-setup.sh first) and measures, wall clock, median of N rounds, each way
including the DROP at the end of the test:

- central_url + central_engine on PostgreSQL: CREATE DATABASE and `migrate` against
  CREATE DATABASE ... TEMPLATE (strategy FILE_COPY, what tests/pg.py uses, and
  PostgreSQL's default WAL_LOG) and the at-head check `central_engine` still makes;
- secure_central (`cumuldesk central setup` as the administrator): a new database set
  up from zero against a copy of a template migrated as the administrator, on which the
  set-up then only applies the security files; and, for reference, a copy of a fully
  set-up template (not what the fixture does: the set-up's per-database grants and key
  would have to be redone by hand);
- central_url on SQLite: migrating a new file against copying a migrated one.

Prints seconds and the ratio before/after (the machine is noisy: compare ratios).

    .venv/bin/python bench/test_db_bench.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pg import PostgresServer, start_postgres  # noqa: E402
from secure_support import ADMIN, SecureCentral, ensure_admin_role  # noqa: E402

from cumuldesk.services.central.setup import setup_central  # noqa: E402
from cumuldesk.storage.database import migrate, open_central  # noqa: E402


def _migrate(url: str) -> None:
    engine = open_central(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def _name() -> str:
    return f"b_{uuid.uuid4().hex[:12]}"


def _median(action: Callable[[], None], rounds: int) -> float:
    action()  # warm: imports, alembic's script directory, caches
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def postgres_rows(server: PostgresServer, rounds: int) -> list[tuple[str, float]]:
    server.create_database("tpl_central")
    _migrate(server.url_for("tpl_central"))

    def from_zero() -> None:
        name = _name()
        server.create_database(name)
        _migrate(server.url_for(name))  # central_engine's migrate
        server.drop_database(name)

    def from_template(strategy: str) -> Callable[[], None]:
        def run() -> None:
            name = _name()
            server.execute(f'CREATE DATABASE "{name}" TEMPLATE tpl_central STRATEGY {strategy}')
            _migrate(server.url_for(name))  # at the head already: the check only
            server.drop_database(name)

        return run

    return [
        ("PostgreSQL, migrated from zero", _median(from_zero, rounds)),
        ("PostgreSQL, template copy (FILE_COPY)", _median(from_template("FILE_COPY"), rounds)),
        ("PostgreSQL, template copy (WAL_LOG)", _median(from_template("WAL_LOG"), rounds)),
    ]


def secure_rows(server: PostgresServer, rounds: int) -> list[tuple[str, float]]:
    ensure_admin_role(server.url)
    migrated = SecureCentral("127.0.0.1", server.port, "tpl_secure_migrated")
    server.create_database(migrated.name, owner=ADMIN)
    _migrate(migrated.admin_url)
    set_up = SecureCentral("127.0.0.1", server.port, "tpl_secure_set_up")
    server.create_database(set_up.name, owner=ADMIN)
    setup_central(set_up.admin_url)

    def make(template: str | None, run_setup: bool) -> Callable[[], None]:
        def run() -> None:
            name = _name()
            server.create_database(name, template=template, owner=ADMIN)
            if run_setup:
                setup_central(SecureCentral("127.0.0.1", server.port, name).admin_url)
            server.drop_database(name)

        return run

    return [
        ("set-up database, from zero", _median(make(None, True), rounds)),
        ("set-up database, migrated copy + set-up", _median(make(migrated.name, True), rounds)),
        ("(set-up database, copy of a set-up one)", _median(make(set_up.name, False), rounds)),
    ]


def sqlite_rows(folder: Path, rounds: int) -> list[tuple[str, float]]:
    template = folder / "template.sqlite"
    _migrate(f"sqlite:///{template}")

    def from_zero() -> None:
        path = folder / f"{_name()}.sqlite"
        _migrate(f"sqlite:///{path}")
        path.unlink()

    def from_template() -> None:
        path = folder / f"{_name()}.sqlite"
        shutil.copyfile(template, path)
        _migrate(f"sqlite:///{path}")
        path.unlink()

    return [
        ("SQLite, migrated from zero", _median(from_zero, rounds)),
        ("SQLite, template copy", _median(from_template, rounds)),
    ]


def _print(rows: list[tuple[str, float]]) -> None:
    before = rows[0][1]
    for label, seconds in rows:
        print(f"  {label:<44} {seconds * 1000:8.1f} ms   {before / seconds:6.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    server = start_postgres()
    try:
        with tempfile.TemporaryDirectory() as folder:
            print(f"median of {args.rounds} rounds; ratio = first line / this line")
            for rows in (
                postgres_rows(server, args.rounds),
                secure_rows(server, args.rounds),
                sqlite_rows(Path(folder), args.rounds),
            ):
                _print(rows)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
