"""Benchmark of the local cache (not a test): SQLCipher against plain SQLite, same run.

Builds a cache of N synthetic persons (default 100,000; valid synthetic INSZ, a few
periods, a decision, zorgtoeslag points, a case and a note each), inserted directly with
SQLAlchemy Core, once in an encrypted cache (`LocalCache`) and once in a plain SQLite
file with the same schema. Then measures, on each:

- INSZ look-up: p50 and p95 over random look-ups on one open connection;
- full load of one dossier (person and every related row, ORM with selectinload), in
  a new session each time;
- opening the file (the encrypted cache checks the HMAC of every page on open);
- importing a 20,000-row VSB file (the import service of `cumuldesk import-vsb`, run
  on the same tables: half the rows close an open BOB period, half repeat a stored one);

and prints the encrypted/plain ratios. Targets: look-up p95 under 5 ms, ratio under 2.

    .venv/bin/python bench/cache_bench.py [--persons 100000] [--lookups 2000] [--loads 300]
"""

from __future__ import annotations

import argparse
import random
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, bindparam, insert, select
from sqlalchemy.orm import selectinload, sessionmaker

from cumuldesk.domain.insz import build_insz
from cumuldesk.services.accounts.signin import sign_in
from cumuldesk.services.vsb.importer import import_vsb_file
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_models import cache_dossiers, cache_metadata
from cumuldesk.storage.database import migrate, open_central
from cumuldesk.storage.models import (
    BobPeriodRow,
    Case,
    CaseStatus,
    Handler,
    IvtItDecision,
    IvtItPeriodRow,
    Language,
    Note,
    Person,
    RegionCode,
    RegulationCode,
    Role,
    ZorgtoeslagPoints,
)
from cumuldesk.storage.models import (
    Language as HandlerLanguage,
)
from cumuldesk.storage.passwords import hash_password

BATCH = 5_000
PERSONS = Person.__table__
TABLES = {
    "bob": BobPeriodRow.__table__,
    "decisions": IvtItDecision.__table__,
    "periods": IvtItPeriodRow.__table__,
    "points": ZorgtoeslagPoints.__table__,
    "cases": Case.__table__,
    "notes": Note.__table__,
}


def synthetic_insz(index: int) -> tuple[str, date]:
    birth = date(1990, 1, 1) + timedelta(days=index // 998)
    return build_insz(birth, index % 998 + 1), birth


def batch_rows(start: int, stop: int, rng: random.Random) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"persons": [], "dossiers": [], **{k: [] for k in TABLES}}
    fetched = datetime(2026, 1, 1)
    for i in range(start, stop):
        pid = i + 1
        insz, birth = synthetic_insz(i)
        eighteen = date(birth.year + 18, birth.month, min(birth.day, 28))
        rows["persons"].append(
            {
                "id": pid,
                "insz": insz,
                "family_name": f"Fictief{i % 7919}",
                "given_name": f"Test{i % 104729}",
                "language": rng.choice(list(Language)),
                "region": rng.choice(list(RegionCode)),
                "birth_date": birth,
                "death_date": None,
                "street": "Verzonnenstraat",
                "house_number": str(i % 300 + 1),
                "box": None,
                "postal_code": "9999",
                "municipality": "Fictiegem",
                "country": "BE",
            }
        )
        rows["dossiers"].append({"person_id": pid, "fetched_at": fetched, "last_opened_at": None})
        for n, (start_day, end_day) in enumerate(
            ((eighteen, eighteen + timedelta(days=200)), (eighteen + timedelta(days=400), None))
        ):
            rows["bob"].append(
                {
                    "id": pid * 2 + n,
                    "person_id": pid,
                    "start_date": start_day,
                    "end_date": end_day,
                    "voluntary_switch": rng.random() < 0.1,
                    "import_id": None,
                }
            )
        rows["decisions"].append(
            {
                "id": pid,
                "person_id": pid,
                "decision_ref": f"D-{pid}",
                "version": 1,
                "decided_on": eighteen,
                "superseded_at": None,
            }
        )
        for n in range(2):
            rows["periods"].append(
                {
                    "id": pid * 2 + n,
                    "decision_id": pid,
                    "start_date": eighteen + timedelta(days=300 * n),
                    "end_date": None if n else eighteen + timedelta(days=299),
                    "monthly_amount": Decimal(rng.randint(0, 150_000)) / 100,
                    "regulation": rng.choice(list(RegulationCode)),
                }
            )
        rows["points"].append(
            {
                "id": pid,
                "person_id": pid,
                "valid_from": eighteen,
                "points": rng.randint(0, 36),
                "pillar1_points": rng.randint(0, 6),
            }
        )
        rows["cases"].append(
            {
                "id": pid,
                "reference": f"CD-{pid:07d}",
                "person_id": pid,
                "application_date": eighteen,
                "team": f"T{pid % 20}",
                "handler_id": None,
                "status": rng.choice(list(CaseStatus)),
                "proposal_sent_on": None,
                "answer": None,
                "answer_date": None,
                "deadline": None,
                "rights_ended_on": None,
                "judgment_on": None,
                "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
            }
        )
        rows["notes"].append(
            {
                "id": pid,
                "case_id": pid,
                "author_id": None,
                "created_at": datetime(2026, 1, 1, tzinfo=UTC),
                "text": "Synthetic procedural note.",
            }
        )
    return rows


def fill(engine: Engine, persons: int, seed: int, label: str) -> float:
    rng = random.Random(seed)
    began = time.perf_counter()
    for start in range(0, persons, BATCH):
        rows = batch_rows(start, min(start + BATCH, persons), rng)
        with engine.begin() as connection:
            connection.execute(insert(PERSONS), rows["persons"])
            for name, table in TABLES.items():
                connection.execute(insert(table), rows[name])
            connection.execute(insert(cache_dossiers), rows["dossiers"])
        done = min(start + BATCH, persons)
        sys.stderr.write(f"\r{label}: {done:,}/{persons:,} persons")
    sys.stderr.write("\n")
    return time.perf_counter() - began


def vsb_file(folder: Path, persons: int, rows: int, seed: int) -> Path:
    """A VSB CSV of `rows` rows on the bench's persons: close the open period or repeat
    the first one (the same periods `batch_rows` stored)."""
    rng = random.Random(seed)
    lines = ["INSZ;start;end;voluntary_switch"]
    for index in rng.sample(range(persons), min(rows, persons)):
        insz, birth = synthetic_insz(index)
        eighteen = date(birth.year + 18, birth.month, min(birth.day, 28))
        if index % 2:
            start, end = eighteen + timedelta(days=400), eighteen + timedelta(days=700)
        else:
            start, end = eighteen, eighteen + timedelta(days=200)
        lines.append(f"{insz};{start.isoformat()};{end.isoformat()};")
    path = folder / "vsb-bench.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BENCH_PASSWORD = "bench-supervisor-password"


def add_supervisor(factory: sessionmaker) -> None:
    with factory.begin() as session:
        session.add(
            Handler(
                username="bench.supervisor",
                display_name="Bench",
                team="Bench",
                role=Role.SUPERVISOR,
                language=HandlerLanguage.NL,
                password_hash=hash_password(BENCH_PASSWORD),
            )
        )


def timed_import(factory: sessionmaker, path: Path) -> float:
    identity = sign_in(factory, "bench.supervisor", BENCH_PASSWORD)
    start = time.perf_counter()
    result = import_vsb_file(
        factory, path, identity=identity, rejects_path=path.with_suffix(".rejects.csv")
    )
    elapsed = time.perf_counter() - start
    print(
        f"  VSB import: {result.rows_total:,} rows, {result.new} new, {result.updated} updated, "
        f"{result.unchanged} unchanged, {len(result.rejects)} rejected in {elapsed:.2f} s",
        file=sys.stderr,
    )
    return elapsed


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_lookups(engines: list[Engine], keys: list[str]) -> list[list[float]]:
    """Look-up times per engine; the engines take turns on every key, so that the load of
    the machine at any moment weighs on both alike."""
    statement = select(PERSONS).where(PERSONS.c.insz == bindparam("insz"))
    times: list[list[float]] = [[] for _ in engines]
    connections = [engine.connect() for engine in engines]
    try:
        for connection in connections:  # warm-up: statement cache, first pages
            for insz in keys[:50]:
                connection.execute(statement, {"insz": insz}).one()
        for insz in keys:
            for connection, samples in zip(connections, times, strict=True):
                began = time.perf_counter()
                connection.execute(statement, {"insz": insz}).one()
                samples.append(time.perf_counter() - began)
    finally:
        for connection in connections:
            connection.close()
    return times


LOAD_OPTIONS = (
    selectinload(Person.representative),
    selectinload(Person.bob_periods),
    selectinload(Person.decisions).selectinload(IvtItDecision.periods),
    selectinload(Person.zorgtoeslag),
    selectinload(Person.cases).selectinload(Case.notes),
    selectinload(Person.cases).selectinload(Case.letters),
)


def load_dossier(sessions: sessionmaker, insz: str) -> None:
    with sessions() as session:
        person = session.scalars(
            select(Person).where(Person.insz == insz).options(*LOAD_OPTIONS)
        ).one()
        assert person.bob_periods and person.decisions[0].periods and person.cases[0].notes


def measure_loads(factories: list[sessionmaker], keys: list[str]) -> list[list[float]]:
    """Full dossier load per engine, a new session each time, taking turns per dossier."""
    times: list[list[float]] = [[] for _ in factories]
    for n, insz in enumerate(keys):
        for sessions, samples in zip(factories, times, strict=True):
            began = time.perf_counter()
            load_dossier(sessions, insz)
            if n >= 10:  # the first few warm the ORM's caches
                samples.append(time.perf_counter() - began)
    return times


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=2_000)
    parser.add_argument("--loads", type=int, default=300)
    parser.add_argument("--vsb-rows", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--folder", type=Path, help="where to build (default: a temporary folder)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cumuldesk-bench-") as temporary:
        folder = args.folder or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        encrypted_path = folder / "cache-bench.sqlite"
        plain_path = folder / "plain-bench.sqlite"
        for item in (encrypted_path, plain_path):
            item.unlink(missing_ok=True)
        key = secrets.token_bytes(32)

        cache = LocalCache.open(encrypted_path, key, create=True, owner="bench")
        plain = open_central(f"sqlite:///{plain_path}")
        migrate(plain)
        cache_metadata.create_all(plain)
        plain_sessions = sessionmaker(plain)

        results: dict[str, dict[str, float]] = {"encrypted": {}, "plain": {}}
        results["encrypted"]["build_s"] = fill(cache.engine, args.persons, args.seed, "encrypted")
        results["plain"]["build_s"] = fill(plain, args.persons, args.seed, "plain")

        rng = random.Random(args.seed + 1)
        picks = [synthetic_insz(rng.randrange(args.persons))[0] for _ in range(args.lookups)]
        dossiers = [synthetic_insz(rng.randrange(args.persons))[0] for _ in range(args.loads)]

        lookups = measure_lookups([cache.engine, plain], picks)
        loads = measure_loads([cache.sessions, plain_sessions], dossiers)
        for name, looked, loaded in zip(("encrypted", "plain"), lookups, loads, strict=True):
            results[name].update(
                lookup_p50_ms=percentile(looked, 0.50) * 1000,
                lookup_p95_ms=percentile(looked, 0.95) * 1000,
                load_p50_ms=percentile(loaded, 0.50) * 1000,
                load_p95_ms=percentile(loaded, 0.95) * 1000,
            )
        vsb = vsb_file(folder, args.persons, args.vsb_rows, args.seed + 2)
        for name, factory in (("encrypted", cache.sessions), ("plain", plain_sessions)):
            add_supervisor(factory)
            results[name]["vsb_import_s"] = timed_import(factory, vsb)
        cache.close()
        plain.dispose()

        results["encrypted"]["open_s"] = timed(
            lambda: LocalCache.open(encrypted_path, key, owner="bench").close()
        )

        def open_plain() -> None:
            engine = open_central(f"sqlite:///{plain_path}")
            migrate(engine)
            engine.dispose()

        results["plain"]["open_s"] = timed(open_plain)
        results["encrypted"]["size_mb"] = encrypted_path.stat().st_size / 1e6
        results["plain"]["size_mb"] = plain_path.stat().st_size / 1e6

    rows = [
        ("build (insert all rows)", "build_s", "s"),
        ("INSZ look-up p50", "lookup_p50_ms", "ms"),
        ("INSZ look-up p95", "lookup_p95_ms", "ms"),
        ("full dossier load p50", "load_p50_ms", "ms"),
        ("full dossier load p95", "load_p95_ms", "ms"),
        ("open (incl. page HMAC check)", "open_s", "s"),
        (f"VSB import {args.vsb_rows:,} rows", "vsb_import_s", "s"),
        ("file size", "size_mb", "MB"),
    ]
    print(
        f"Local cache benchmark: {args.persons:,} persons, {args.lookups:,} look-ups, "
        f"{args.loads:,} dossier loads"
    )
    print(f"{'':30} {'SQLCipher':>12} {'plain':>12} {'ratio':>7}")
    for label, field, unit in rows:
        encrypted, plain_value = results["encrypted"][field], results["plain"][field]
        ratio = encrypted / plain_value if plain_value else float("nan")
        print(f"{label:30} {encrypted:>9.3f} {unit:2} {plain_value:>9.3f} {unit:2} {ratio:>6.2f}x")
    p95 = results["encrypted"]["lookup_p95_ms"]
    ratio = p95 / results["plain"]["lookup_p95_ms"]
    load_ratio = results["encrypted"]["load_p50_ms"] / results["plain"]["load_p50_ms"]
    print(f"target look-up p95 < 5 ms: {'met' if p95 < 5 else 'MISSED'} ({p95:.3f} ms)")
    print(
        f"target encrypted/plain < 2: {'met' if max(ratio, load_ratio) < 2 else 'MISSED'} "
        f"(look-up p95 {ratio:.2f}x, dossier load p50 {load_ratio:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
