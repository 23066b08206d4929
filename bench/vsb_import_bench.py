"""Benchmark of the VSB import (not part of the test run).

Builds a synthetic central database (SQLite in a temporary folder, or the PostgreSQL
database given with --postgres, which must be empty and is filled), writes VSB files
and imports each, printing wall times. Targets: 3,000 rows under 2 s, 20,000 rows
under 10 s.

Each file uses its own persons; about 10% of them already have an open BOB period
that the file closes (updated), 1% of the rows are bad (rejected), the rest is new.
Each file is then imported a second time (every row unchanged).

    .venv/bin/python bench/vsb_import_bench.py
    .venv/bin/python bench/vsb_import_bench.py --postgres postgresql+psycopg://user@host/db
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from cumuldesk.cli import main
from cumuldesk.domain.insz import build_insz
from cumuldesk.services.accounts.signin import sign_in
from cumuldesk.services.vsb.importer import VsbImportResult, import_vsb_file
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import BobPeriodRow, Handler, Person
from cumuldesk.storage.passwords import hash_password

SIZES = (("csv", 3_000), ("xlsx", 3_000), ("csv", 20_000))
TARGETS = {3_000: 2.0, 20_000: 10.0}
PASSWORD = "eva-demo-password"


def synthetic_insz() -> Iterator[str]:
    """Distinct valid INSZ of people born 2003-2008 (ages 18 to 21 around 2026)."""
    first = date(2003, 1, 1)
    for counter in range(1, 999):
        for offset in range(0, 6 * 365):
            yield build_insz(first + timedelta(days=offset), counter)


def build_database(url: str, persons: int) -> list[str]:
    engine = open_central(url)
    migrate(engine)
    numbers = [insz for insz, _ in zip(synthetic_insz(), range(persons), strict=False)]
    with engine.begin() as connection:
        connection.execute(
            insert(Handler.__table__),
            [
                {
                    "username": "eva.demo",
                    "display_name": "Eva Demo",
                    "team": "Team A",
                    "role": "supervisor",
                    "language": "nl",
                    "password_hash": hash_password(PASSWORD),
                    "active": True,
                }
            ],
        )
        connection.execute(
            insert(Person.__table__),
            [
                {
                    "insz": insz,
                    "family_name": f"Voorbeeld{index}",
                    "given_name": "Test",
                    "language": "nl",
                    "region": "flanders",
                    "birth_date": date(2005, 1, 1),
                    "street": "Fictiefstraat",
                    "house_number": str(index % 200 + 1),
                    "postal_code": "9999",
                    "municipality": "Nergensdorp",
                    "country": "BE",
                }
                for index, insz in enumerate(numbers, start=1)
            ],
        )
    engine.dispose()
    return numbers


def file_rows(numbers: list[str]) -> tuple[list[list[str]], list[str]]:
    """The rows of a file for these persons, and the persons that already have an open
    period (which the file closes)."""
    rows: list[list[str]] = []
    already_open: list[str] = []
    for index, insz in enumerate(numbers):
        if index % 100 == 99:
            rows.append([insz[:-1] + str((int(insz[-1]) + 1) % 10), "2024-01-01", "", ""])
        elif index % 10 == 3:
            already_open.append(insz)
            rows.append([insz, "2024-01-01", "2025-12-31", "0"])
        elif index % 2:
            rows.append([insz, "01/03/2024", "", "nee"])
        else:
            rows.append([insz, "2024-03-01", "2026-02-28", "1"])
    return rows, already_open


def write_file(folder: Path, kind: str, rows: list[list[str]]) -> Path:
    path = folder / f"vsb-{kind}-{len(rows)}.{kind}"
    header = ["INSZ", "Startdatum", "Einddatum", "Vrijwillig"]
    if kind == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    else:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(header)
        for insz, start, end, flag in rows:
            sheet.append([insz, date.fromisoformat(start) if "-" in start else start, end, flag])
        workbook.save(path)
    return path


def seed_open_periods(url: str, numbers: list[str]) -> None:
    engine = open_central(url)
    with engine.begin() as connection:
        ids = dict(
            connection.execute(
                Person.__table__.select()
                .with_only_columns(Person.insz, Person.id)
                .where(Person.insz.in_(numbers))
            ).all()
        )
        connection.execute(
            insert(BobPeriodRow.__table__),
            [
                {"person_id": ids[i], "start_date": date(2024, 1, 1), "voluntary_switch": False}
                for i in numbers
            ],
        )
    engine.dispose()


def timed(action: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    outcome = action()
    return time.perf_counter() - began, outcome


def bench(url: str, folder: Path, persons: int) -> bool:
    print(f"building the central database: {persons:,} persons ...", flush=True)
    seconds, numbers = timed(lambda: build_database(url, persons))
    print(f"  done in {seconds:.1f} s")
    engine = open_central(url)
    factory = session_factory(engine)
    eva = sign_in(factory, "eva.demo", PASSWORD)
    fine = True
    offset = 0
    for kind, size in SIZES:
        mine = numbers[offset : offset + size]  # type: ignore[index]
        offset += size
        rows, already_open = file_rows(mine)
        seed_open_periods(url, already_open)
        path = write_file(folder, kind, rows)
        for attempt in ("first import", "same file again"):
            seconds, result = timed(
                lambda: import_vsb_file(factory, path, identity=eva)  # noqa: B023
            )
            assert isinstance(result, VsbImportResult)
            target = TARGETS[size]
            verdict = "ok" if seconds < target else "TOO SLOW"
            fine &= seconds < target
            print(
                f"{kind.upper():4} {size:>6,} rows, {attempt:15}: {seconds:6.2f} s "
                f"(target < {target:.0f} s: {verdict})  new {result.new:,}, "
                f"updated {result.updated:,}, unchanged {result.unchanged:,}, "
                f"rejected {result.rejected:,}"
            )
        # the same through the command line, in this process (includes connecting and
        # the schema check); the file is unchanged by now
        os.environ["CUMULDESK_CENTRAL_URL"] = url
        os.environ["CUMULDESK_PASSWORD"] = PASSWORD
        seconds, code = timed(
            lambda: main(["import-vsb", str(path), "--user", "eva.demo"], io.StringIO())  # noqa: B023
        )
        print(f"{'':4} {'':>6}       command line, again: {seconds:6.2f} s (exit {code})")
    engine.dispose()
    return fine


def main_bench() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=30_000)
    parser.add_argument("--postgres", metavar="URL", help="an EMPTY PostgreSQL database to fill")
    args = parser.parse_args()
    if args.persons < sum(size for _, size in SIZES):
        parser.error(f"--persons must be at least {sum(size for _, size in SIZES)}")
    print(f"VSB import benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {sys.version[:6]}")
    with tempfile.TemporaryDirectory(prefix="vsb-bench-") as temporary:
        folder = Path(temporary)
        url = args.postgres or f"sqlite:///{folder / 'central.sqlite'}"
        print(f"engine: {open_central(url).dialect.name}")
        fine = bench(url, folder, args.persons)
    return 0 if fine else 1


if __name__ == "__main__":
    sys.exit(main_bench())
