"""Benchmark of `answer-vsb`: a 20,000-row query file (not part of the test run).

Fills a central database with the demo-data generator (`cumuldesk demo-data`, synthetic
persons with IVT/IT decisions), writes a query file of every person (INSZ and the query
day) plus 1 % bad rows (an invalid INSZ, an unknown person), and answers it: through the
service (`answer_vsb_file`) and through the command line in this process (connecting and
signing in included). Target: under 10 s for 20,000 rows, on SQLite and PostgreSQL.

SQLite lives in a temporary folder. PostgreSQL: the database given with --postgres (must
be EMPTY: it is migrated and filled), or, without it, a throwaway server started as the
tests do (tests/pg.py; scripts/test-setup.sh installs it), where a second database is
also set up as in production (`cumuldesk central setup`) and answered by the supervisor's
own login through the server's function; --no-postgres skips PostgreSQL.

    .venv/bin/python bench/answer_vsb_bench.py
    .venv/bin/python bench/answer_vsb_bench.py --postgres postgresql+psycopg://user@host/db
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from cumuldesk.cli import main  # noqa: E402
from cumuldesk.domain.insz import build_insz  # noqa: E402
from cumuldesk.services.accounts.signin import sign_in  # noqa: E402
from cumuldesk.services.vsb.answer import VsbAnswerResult, answer_vsb_file  # noqa: E402
from cumuldesk.storage.database import migrate, open_central, session_factory  # noqa: E402
from cumuldesk.storage.models import Person  # noqa: E402

ROWS = 20_000
TARGET = 10.0  # seconds
TODAY = date(2026, 11, 16)  # the demo population's day and the query day
SUPERVISOR, PASSWORD = "eva.demo", "eva-demo-password"  # the demo's documented account


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    outcome = action()
    return time.perf_counter() - began, outcome


def populate(url: str, persons: int) -> list[str]:
    """The demo population in `url` (migrated first); the INSZ of its persons."""
    engine = open_central(url)
    migrate(engine)
    engine.dispose()
    os.environ["CUMULDESK_CENTRAL_URL"] = url
    argv = ["demo-data", "--persons", str(persons), "--today", TODAY.isoformat()]
    code = main(argv, io.StringIO())
    if code != 0:
        raise SystemExit(f"demo-data failed (exit {code})")
    engine = open_central(url)
    with session_factory(engine)() as session:
        numbers = list(
            session.scalars(
                Person.__table__.select().with_only_columns(Person.insz).order_by(Person.id)
            )
        )
    engine.dispose()
    return numbers


def query_file(folder: Path, numbers: list[str], rows: int) -> Path:
    """`rows` rows: the persons (again from the start when there are fewer), every 100th
    row bad: an invalid INSZ (a wrong check digit) or an unknown person."""
    lines = ["INSZ;query_date"]
    for index in range(rows):
        insz = numbers[index % len(numbers)]
        day = TODAY.isoformat()
        if index % 200 == 99:
            insz = insz[:-1] + str((int(insz[-1]) + 1) % 10)
        elif index % 200 == 199:
            insz = build_insz(date(2001, 1, 1), 1 + index // 200 % 998)
        elif index >= len(numbers):
            day = date(2026, 10, 1 + index % 28).isoformat()  # the same person, another day
        lines.append(f"{insz};{day}")
    path = folder / f"query-{rows}.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def bench(url: str, folder: Path, rows: int) -> bool:
    engine_name = open_central(url).dialect.name
    print(f"--- {engine_name}: building the demo population ({rows:,} persons) ...", flush=True)
    seconds, numbers = timed(lambda: populate(url, rows))
    print(f"  done in {seconds:.1f} s ({len(numbers):,} persons)")
    path = query_file(folder, numbers, rows)
    engine = open_central(url)
    factory = session_factory(engine)
    eva = sign_in(factory, SUPERVISOR, PASSWORD)
    fine = True
    for attempt in ("first", "again"):
        out = folder / f"answer-{engine_name}-{attempt}.csv"
        seconds, result = timed(
            lambda: answer_vsb_file(factory, path, out, identity=eva, today=TODAY)  # noqa: B023
        )
        assert isinstance(result, VsbAnswerResult)
        fine &= seconds < TARGET
        print(
            f"{engine_name:10} {rows:>6,} rows, service, {attempt:5}: {seconds:6.2f} s "
            f"(target < {TARGET:.0f} s: {'ok' if seconds < TARGET else 'TOO SLOW'})  "
            f"answered {result.answered:,}, answer rows {result.answer_rows:,}, "
            f"no paid IVT/IT {result.no_payment:,}, rejected {result.rejected:,}"
        )
    engine.dispose()
    os.environ["CUMULDESK_PASSWORD"] = PASSWORD
    out = folder / f"answer-{engine_name}-cli.csv"
    argv = ["answer-vsb", str(path), "--out", str(out), "--user", SUPERVISOR, "--json"]
    seconds, code = timed(lambda: main(argv, io.StringIO()))
    fine &= seconds < TARGET and code == 0
    print(f"{engine_name:10} {rows:>6,} rows, command line     : {seconds:6.2f} s (exit {code})")
    return fine


def bench_secured(server: Any, folder: Path, rows: int) -> bool:
    """The production set-up (`cumuldesk central setup`): the supervisor's own PostgreSQL
    login, which reads through `cumuldesk_api.vsb_answer_state`."""
    from secure_support import new_secure_database

    from cumuldesk.config import central_config
    from cumuldesk.services.central.connect import connect_central, sign_in_central
    from cumuldesk.services.central.setup import setup_central

    central_db = new_secure_database(server)
    setup_central(central_db.admin_url)
    print(f"--- postgresql, set up: building the demo population ({rows:,} persons) ...")
    os.environ.pop("CUMULDESK_CENTRAL_URL", None)
    seconds, code = timed(
        lambda: main(
            ["demo-data", "--persons", str(rows), "--today", TODAY.isoformat()]
            + ["--admin-url", central_db.admin_url],
            io.StringIO(),
        )
    )
    print(f"  done in {seconds:.1f} s (exit {code})")
    engine = open_central(central_db.admin_url)
    with session_factory(engine)() as session:
        numbers = list(
            session.scalars(
                Person.__table__.select().with_only_columns(Person.insz).order_by(Person.id)
            )
        )
    engine.dispose()
    path = query_file(folder, numbers, rows)
    os.environ["CUMULDESK_CENTRAL_URL"] = central_db.laptop_url
    central = connect_central(central_config(), credentials=(SUPERVISOR, PASSWORD))
    fine = True
    try:
        eva = sign_in_central(central, SUPERVISOR, PASSWORD)
        out = folder / "answer-secured.csv"
        seconds, result = timed(
            lambda: answer_vsb_file(central.sessions, path, out, identity=eva, today=TODAY)
        )
        fine &= seconds < TARGET
        print(
            f"{'pg set up':10} {rows:>6,} rows, service, own login: {seconds:6.2f} s "
            f"(target < {TARGET:.0f} s: {'ok' if seconds < TARGET else 'TOO SLOW'})  "
            f"answered {result.answered:,}, answer rows {result.answer_rows:,}, "
            f"no paid IVT/IT {result.no_payment:,}, rejected {result.rejected:,}"
        )
    finally:
        central.close()
    os.environ["CUMULDESK_PASSWORD"] = PASSWORD
    out = folder / "answer-secured-cli.csv"
    argv = ["answer-vsb", str(path), "--out", str(out), "--user", SUPERVISOR, "--json"]
    seconds, code = timed(lambda: main(argv, io.StringIO()))
    fine &= seconds < TARGET and code == 0
    print(f"{'pg set up':10} {rows:>6,} rows, command line     : {seconds:6.2f} s (exit {code})")
    return fine


def throwaway_postgres() -> tuple[Any, str]:
    from pg import start_postgres

    server = start_postgres()
    name = f"answer_bench_{uuid.uuid4().hex[:8]}"
    server.create_database(name)
    return server, server.url_for(name)


def main_bench() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--postgres", metavar="URL", help="an EMPTY PostgreSQL database to fill")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    args = parser.parse_args()
    print(f"answer-vsb benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {sys.version[:6]}")
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
    fine = True
    with tempfile.TemporaryDirectory(prefix="answer-bench-") as temporary:
        folder = Path(temporary)
        fine &= bench(f"sqlite:///{folder / 'central.sqlite'}", folder, args.rows)
        if args.postgres:
            fine &= bench(args.postgres, folder, args.rows)
        elif not args.no_postgres:
            server, url = throwaway_postgres()
            try:
                fine &= bench(url, folder, args.rows)
                fine &= bench_secured(server, folder, args.rows)
            finally:
                server.stop()
    return 0 if fine else 1


if __name__ == "__main__":
    sys.exit(main_bench())
