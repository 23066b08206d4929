"""Benchmark of sync pull (not a test): encrypted cache against a plain SQLite copy.

For each size N (default 5,000 and 100,000), builds a central database (SQLite in a
temporary folder, or the PostgreSQL database given with --central-url) with N synthetic
persons made by `create_demo_data` (one case each), and puts every case in one team
(`UPDATE cases SET team = 'BENCH'`). Then measures, wall clock:

- first sync: `pull` into a new, empty encrypted cache (`LocalCache`); rows per second
  counts every row of every synced table that ended in the cache;
- the baseline: the same rows (same tables, same columns, read from the central database
  the same way, Core selects in chunks of persons, one transaction per chunk) copied
  into a plain, unencrypted SQLite file with the same schema (`Base.metadata.create_all`);
- incremental sync: `--changes` changes made centrally, spread over the team (a third case
  status updates, a third new notes, a sixth new BOB periods, a sixth decision versions
  superseded by a new version with a period: 3,000 changes are 4,000 rows), then `pull`
  again; against a plain upsert of exactly the changed rows (one select per table on the
  change sequence, within the team) into the plain file.

Prints a table (rows, seconds, rows/s, the plain copy's seconds and the ratio
sync/plain) and the machine (CPU count, Python, SQLite and SQLCipher versions).

    .venv/bin/python bench/sync_bench.py [--sizes 5000,100000] [--changes 3000]
    .venv/bin/python bench/sync_bench.py --cases 5000
    .venv/bin/python bench/sync_bench.py --central-url postgresql+psycopg://user@host/db

A PostgreSQL database given with --central-url is FILLED and, between sizes, emptied
(`create_demo_data(force=True)`, tombstones removed): use a throwaway database.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import secrets
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.config import CentralConfig
from cumuldesk.services.central.connect import Central
from cumuldesk.services.demo.data import create_demo_data
from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.cache_copy import (
    BOB,
    CASES,
    DECISIONS,
    DOSSIER_TABLES,
    HANDLERS,
    IMPORTS,
    LETTERS,
    NOTES,
    PERIODS,
    PERSONS,
    POINTS,
    REPRESENTATIVES,
)
from cumuldesk.storage.database import chunked, describe_url, migrate, open_central
from cumuldesk.storage.models import (
    SYNCED_TABLES,
    Base,
    CaseStatus,
    SyncCounter,
    SyncTombstone,
)

TEAM = "BENCH"
TODAY = date(2026, 6, 1)  # the demo data's "today": fixed, so that runs compare
SEED = 2026
Row = dict[str, Any]


# --------------------------------------------------------------------------- central


def build_central(url: str, persons: int, seed: int) -> Central:
    """Demo data for `persons` persons, every case in team BENCH."""
    engine = open_central(url)
    migrate(engine)
    central = Central(
        CentralConfig(url=url, is_demo=False, origin="bench"),
        engine,
        sessionmaker(engine, expire_on_commit=False),
    )
    with engine.connect() as connection:
        existing = connection.scalar(select(func.count()).select_from(PERSONS)) or 0

    def shown(done: int, total: int) -> None:
        sys.stderr.write(f"\r  demo data: {done:,}/{total:,} persons")

    began = time.perf_counter()
    create_demo_data(
        central, persons=persons, seed=seed, today=TODAY, force=bool(existing), progress=shown
    )
    with engine.begin() as connection:
        connection.execute(update(CASES).values(team=TEAM))
        if existing:  # the stones of the previous size's rows would only add work
            connection.execute(delete(SyncTombstone.__table__))
    sys.stderr.write(f" ({time.perf_counter() - began:.0f} s)\n")
    return central


def counter(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0)


@dataclass
class Changes:
    """What `make_changes` did: counts per kind and the changed rows in all."""

    kinds: dict[str, int] = field(default_factory=dict)
    rows: int = 0


def make_changes(central: Central, total: int, seed: int) -> Changes:
    """`total` changes centrally, spread over random persons of the team, one central
    transaction per kind: status updates (1/3), new notes (1/3), new BOB periods (1/6),
    decision versions superseded by a new version with one period (1/6)."""
    rng = random.Random(seed)
    statuses = total // 3
    notes = total // 3
    bob = total // 6
    decisions = total - statuses - notes - bob
    now = datetime.now(UTC)
    done = Changes()
    with central.engine.begin() as connection:
        case_ids = sorted(connection.scalars(select(CASES.c.id).where(CASES.c.team == TEAM)))
        current = dict(
            connection.execute(select(CASES.c.id, CASES.c.status).where(CASES.c.team == TEAM)).all()
        )
        handler_id = connection.scalar(select(func.min(HANDLERS.c.id)))
        order = list(CaseStatus)
        picked = rng.sample(case_ids, min(statuses, len(case_ids)))
        connection.execute(
            update(CASES)
            .where(CASES.c.id == bindparam("b_id"))
            .values(status=bindparam("b_status"), updated_at=bindparam("b_at")),
            [
                {
                    "b_id": i,
                    "b_status": order[(order.index(CaseStatus(current[i])) + 1) % len(order)],
                    "b_at": now,
                }
                for i in picked
            ],
        )
        done.kinds["case status updated"] = len(picked)
    with central.engine.begin() as connection:
        rows = [
            {
                "case_id": rng.choice(case_ids),
                "author_id": handler_id,
                "created_at": now,
                "text": "Synthetic benchmark note: procedure only.",
            }
            for _ in range(notes)
        ]
        connection.execute(insert(NOTES), rows)
        done.kinds["note added"] = len(rows)
    with central.engine.begin() as connection:
        done.kinds["BOB period added"] = _add_bob_periods(connection, rng, bob)
    with central.engine.begin() as connection:
        done.kinds["decision superseded"] = _supersede_decisions(connection, rng, decisions)
    done.rows = (
        done.kinds["case status updated"]
        + done.kinds["note added"]
        + done.kinds["BOB period added"]
        + 3 * done.kinds["decision superseded"]  # old version, new version, its period
    )
    return done


def _team_persons() -> Any:
    return select(CASES.c.person_id).where(CASES.c.team == TEAM)


def _add_bob_periods(connection: Connection, rng: random.Random, wanted: int) -> int:
    """A new closed period after the last one, for persons without an open period."""
    last_end = (
        select(BOB.c.person_id, func.max(BOB.c.end_date).label("last_end"))
        .group_by(BOB.c.person_id)
        .subquery()
    )
    has_open = select(BOB.c.person_id).where(BOB.c.end_date.is_(None))
    candidates = connection.execute(
        select(PERSONS.c.id, last_end.c.last_end)
        .outerjoin(last_end, last_end.c.person_id == PERSONS.c.id)
        .where(PERSONS.c.id.in_(_team_persons()), PERSONS.c.id.not_in(has_open))
        .order_by(PERSONS.c.id)
    ).all()
    rows = []
    for person_id, end in rng.sample(candidates, min(wanted, len(candidates))):
        start = (end + timedelta(days=1)) if end else TODAY - timedelta(days=150)
        rows.append(
            {
                "person_id": person_id,
                "start_date": start,
                "end_date": start + timedelta(days=90),
                "voluntary_switch": False,
                "import_id": None,
            }
        )
    if rows:
        connection.execute(insert(BOB), rows)
    return len(rows)


def _supersede_decisions(connection: Connection, rng: random.Random, wanted: int) -> int:
    """Decisions in force of distinct persons get a new version (one period, starting
    where the old one started, another amount); the old version is superseded."""
    in_force = connection.execute(
        select(DECISIONS)
        .where(DECISIONS.c.superseded_at.is_(None), DECISIONS.c.person_id.in_(_team_persons()))
        .order_by(DECISIONS.c.id)
    ).all()
    by_person: dict[int, Any] = {}
    for decision in in_force:
        by_person.setdefault(decision.person_id, decision)
    chosen = rng.sample(sorted(by_person), min(wanted, len(by_person)))
    for person_id in chosen:
        old = by_person[person_id]
        periods = connection.execute(
            select(PERIODS).where(PERIODS.c.decision_id == old.id).order_by(PERIODS.c.start_date)
        ).all()
        connection.execute(
            update(DECISIONS).where(DECISIONS.c.id == old.id).values(superseded_at=TODAY)
        )
        new_id = connection.execute(
            insert(DECISIONS)
            .values(
                person_id=person_id,
                decision_ref=old.decision_ref,
                version=old.version + 1,
                decided_on=TODAY,
                superseded_at=None,
            )
            .returning(DECISIONS.c.id)
        ).scalar_one()
        first = periods[0] if periods else None
        connection.execute(
            insert(PERIODS),
            {
                "decision_id": new_id,
                "start_date": first.start_date if first else old.decided_on,
                "end_date": None,
                "monthly_amount": (first.monthly_amount if first else Decimal("0"))
                + Decimal("25.00"),
                "regulation": first.regulation if first else "IVT",
            },
        )
    return len(chosen)


# ------------------------------------------------------------------- plain baseline


def plain_file(path: Path) -> Engine:
    engine = open_central(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    return engine


def _select(session: Session, table: Table, condition: Any) -> list[Row]:
    return [dict(row) for row in session.execute(select(table).where(condition)).mappings()]


def read_dossiers(session: Session, ids: list[int]) -> dict[Table, list[Row]]:
    """Every row of these persons' dossiers, and the handlers and imports they refer to."""
    decision_ids = select(DECISIONS.c.id).where(DECISIONS.c.person_id.in_(ids))
    case_ids = select(CASES.c.id).where(CASES.c.person_id.in_(ids))
    rows = {
        PERSONS: _select(session, PERSONS, PERSONS.c.id.in_(ids)),
        REPRESENTATIVES: _select(session, REPRESENTATIVES, REPRESENTATIVES.c.person_id.in_(ids)),
        BOB: _select(session, BOB, BOB.c.person_id.in_(ids)),
        DECISIONS: _select(session, DECISIONS, DECISIONS.c.person_id.in_(ids)),
        PERIODS: _select(session, PERIODS, PERIODS.c.decision_id.in_(decision_ids)),
        POINTS: _select(session, POINTS, POINTS.c.person_id.in_(ids)),
        CASES: _select(session, CASES, CASES.c.person_id.in_(ids)),
        NOTES: _select(session, NOTES, NOTES.c.case_id.in_(case_ids)),
        LETTERS: _select(session, LETTERS, LETTERS.c.case_id.in_(case_ids)),
    }
    handler_ids = {r["handler_id"] for r in rows[CASES]}
    handler_ids |= {r["author_id"] for r in rows[NOTES] + rows[LETTERS]}
    handler_ids.discard(None)
    import_ids = {r["import_id"] for r in rows[BOB]} - {None}
    rows[HANDLERS] = _select(session, HANDLERS, HANDLERS.c.id.in_(sorted(handler_ids)))
    for handler in rows[HANDLERS]:
        handler["password_hash"] = None
    rows[IMPORTS] = _select(session, IMPORTS, IMPORTS.c.id.in_(sorted(import_ids)))
    return rows


def _upsert(connection: Connection, table: Table, rows: list[Row]) -> None:
    """Insert or update by id, all rows in one executemany."""
    if not rows:
        return
    statement = sqlite_insert(table)
    changes = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
    connection.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changes), rows)


def plain_copy(plain: Engine, central_sessions: sessionmaker[Session]) -> float:
    """The first-sync baseline: the team's dossiers in chunks of persons, one plain
    transaction per chunk. Returns the seconds taken."""
    began = time.perf_counter()
    with central_sessions() as session:
        ids = sorted(set(session.scalars(_team_persons())))
    for chunk in chunked(ids):
        with central_sessions() as session:
            rows = read_dossiers(session, list(chunk))
        with plain.begin() as connection:
            _upsert(connection, HANDLERS, rows[HANDLERS])
            _upsert(connection, IMPORTS, rows[IMPORTS])
            for table in DOSSIER_TABLES:
                if rows[table]:
                    connection.execute(insert(table), rows[table])
    return time.perf_counter() - began


def plain_copy_changes(
    plain: Engine, central_sessions: sessionmaker[Session], after: int, upto: int
) -> tuple[float, int]:
    """The incremental baseline: the team's rows with a change sequence in (after, upto],
    one select per table, upserted into the plain file in one transaction. Returns the
    seconds taken and the rows copied."""
    began = time.perf_counter()
    persons = _team_persons()
    scope = {
        HANDLERS: True,
        PERSONS: PERSONS.c.id.in_(persons),
        REPRESENTATIVES: REPRESENTATIVES.c.person_id.in_(persons),
        BOB: BOB.c.person_id.in_(persons),
        DECISIONS: DECISIONS.c.person_id.in_(persons),
        PERIODS: PERIODS.c.decision_id.in_(
            select(DECISIONS.c.id).where(DECISIONS.c.person_id.in_(persons))
        ),
        POINTS: POINTS.c.person_id.in_(persons),
        CASES: CASES.c.person_id.in_(persons),
        NOTES: NOTES.c.case_id.in_(select(CASES.c.id).where(CASES.c.person_id.in_(persons))),
        LETTERS: LETTERS.c.case_id.in_(select(CASES.c.id).where(CASES.c.person_id.in_(persons))),
    }
    with central_sessions() as session:
        rows = {
            table: _select(
                session,
                table,
                and_(table.c.change_seq > after, table.c.change_seq <= upto, condition),
            )
            for table, condition in scope.items()
        }
    for handler in rows[HANDLERS]:
        handler["password_hash"] = None
    with plain.begin() as connection:
        for table, found in rows.items():
            _upsert(connection, table, found)
    copied = sum(len(found) for table, found in rows.items() if table is not HANDLERS)
    return time.perf_counter() - began, copied


# ----------------------------------------------------------------------- measuring


def synced_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: int(connection.scalar(text(f"SELECT count(*) FROM {name}")) or 0)
            for name in SYNCED_TABLES
        }


def differing_tables(one: Engine, other: Engine) -> list[str]:
    """The synced tables whose (id, change_seq) pairs differ between two files."""

    def pairs(engine: Engine, name: str) -> set[tuple[int, int]]:
        with engine.connect() as connection:
            return {
                tuple(row) for row in connection.execute(text(f"SELECT id, change_seq FROM {name}"))
            }

    return [name for name in SYNCED_TABLES if pairs(one, name) != pairs(other, name)]


def progress_line(label: str) -> Callable[[int, int], None]:
    def shown(done: int, total: int) -> None:
        share = 100 * done / total if total else 100.0
        sys.stderr.write(f"\r  {label}: {share:5.1f}% ({done:,}/{total:,})")

    return shown


def timed_pull(
    cache: LocalCache, central_sessions: sessionmaker[Session], label: str
) -> tuple[float, Any]:
    from cumuldesk.sync.pull import pull

    began = time.perf_counter()
    result = pull(cache, central_sessions, TEAM, progress=progress_line(label))
    seconds = time.perf_counter() - began
    sys.stderr.write(f" {seconds:.2f} s\n")
    return seconds, result


@dataclass
class Line:
    what: str
    rows: int
    seconds: float
    plain_seconds: float
    changes: int = 0  # incremental lines: the changes behind `rows`

    def cells(self) -> list[str]:
        rate = self.rows / self.seconds if self.seconds else float("nan")
        ratio = self.seconds / self.plain_seconds if self.plain_seconds else float("nan")
        return [
            self.what,
            f"{self.rows:,}",
            f"{self.seconds:.2f}",
            f"{rate:,.0f}",
            f"{self.plain_seconds:.2f}",
            f"{ratio:.2f}x",
        ]


def bench_size(url: str, folder: Path, cases: int, changes: int, seed: int) -> list[Line]:
    print(f"size {cases:,} cases: building the central database ...", file=sys.stderr)
    central = build_central(url, cases, seed)
    cache_path = folder / f"cache-{cases}.sqlite"
    plain_path = folder / f"plain-{cases}.sqlite"
    try:
        cache = LocalCache.open(
            cache_path, secrets.token_bytes(32), create=True, owner="bench.user"
        )
        plain = plain_file(plain_path)
        try:
            first_s, first = timed_pull(cache, central.sessions, "first sync")
            in_cache = synced_rows(cache.engine)
            plain_s = plain_copy(plain, central.sessions)
            in_plain = synced_rows(plain)
            if in_cache != in_plain:
                print(f"  WARNING rows differ: cache {in_cache} plain {in_plain}", file=sys.stderr)
            print(f"  first pull: {first.as_dict()}", file=sys.stderr)

            before = counter(central.sessions)
            done = make_changes(central, changes, seed + 1)
            after = counter(central.sessions)
            print(f"  changes made centrally: {done.kinds} ({done.rows:,} rows)", file=sys.stderr)
            again_s, again = timed_pull(cache, central.sessions, "incremental sync")
            print(f"  incremental pull: {again.as_dict()}", file=sys.stderr)
            changed_s, copied = plain_copy_changes(plain, central.sessions, before, after)
            if copied != done.rows:
                print(f"  WARNING plain copy took {copied:,} changed rows", file=sys.stderr)
            differ = differing_tables(cache.engine, plain)
            if differ:
                print(f"  WARNING cache and plain copy differ in {differ}", file=sys.stderr)
            print(
                f"  files: cache {cache_path.stat().st_size / 1e6:.1f} MB, "
                f"plain {plain_path.stat().st_size / 1e6:.1f} MB; incremental sync "
                f"{sum(done.kinds.values()) / again_s:,.0f} changes/s",
                file=sys.stderr,
            )
        finally:
            cache.close()
            plain.dispose()
    finally:
        central.close()
    total = sum(done.kinds.values())
    return [
        Line(f"first sync, {cases:,} cases", sum(in_cache.values()), first_s, plain_s),
        Line(
            f"incremental, {total:,} changes ({cases:,} cases)",
            done.rows,
            again_s,
            changed_s,
            changes=total,
        ),
    ]


def machine(folder: Path) -> str:
    probe = LocalCache.open(folder / "probe.sqlite", secrets.token_bytes(32), create=True)
    try:
        with probe.engine.connect() as connection:
            cipher = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
            inner = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
    finally:
        probe.close()
    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; "
        f"SQLite {sqlite3.sqlite_version} (plain), SQLCipher {cipher} (SQLite {inner})"
    )


def print_table(lines: list[Line]) -> None:
    header = ["what", "rows", "seconds", "rows/s", "plain SQLite copy s", "ratio"]
    cells = [header] + [line.cells() for line in lines]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def show(row: list[str]) -> str:
        parts = [row[0].ljust(widths[0])]
        parts += [value.rjust(width) for value, width in zip(row[1:], widths[1:], strict=True)]
        return "| " + " | ".join(parts) + " |"

    print(show(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        print(show(row))
    for line in lines:
        if line.changes:
            print(f"{line.what}: {line.changes / line.seconds:,.0f} changes/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, help="one size (overrides --sizes)")
    parser.add_argument("--sizes", default="5000,100000", help="sizes, comma separated")
    parser.add_argument("--changes", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--central-url", help="a THROWAWAY PostgreSQL database to fill")
    args = parser.parse_args()
    sizes = [args.cases] if args.cases else [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.changes < 6:
        parser.error("--changes must be at least 6")

    lines: list[Line] = []
    with tempfile.TemporaryDirectory(prefix="cumuldesk-sync-bench-") as temporary:
        folder = Path(temporary)
        about = machine(folder)
        engine_name = "SQLite file"
        for cases in sizes:
            url = args.central_url or f"sqlite:///{folder / f'central-{cases}.sqlite'}"
            engine_name = describe_url(url).split(" ")[0]
            lines += bench_size(url, folder, cases, args.changes, args.seed)
            if not args.central_url:
                Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    print(
        f"Sync pull benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; central database: "
        f"{engine_name}; team of N cases (demo data, seed {args.seed})"
    )
    print(f"machine: {about}")
    print_table(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
