"""Benchmark of the screening (issue 18; not part of the test run).

Fills a central database with the synthetic demo population (`services.demo.data`,
--persons persons, one case each) and opens every case, so that --persons cases are
screened; then prints the wall time of:

1. the first screening of every open case (target: 20,000 cases under 20 s);
2. a re-screening with nothing changed;
3. a re-screening after 3,000 persons' BOB periods changed (each one's first BOB period
   gets another end date, as a VSB file closing or extending them does; target under 5 s);
4. the first screening again in one process (`workers=1`), for the ratio the pool gives.

SQLite in a temporary folder by default, or the empty PostgreSQL database given with
--postgres (it is filled).

    .venv/bin/python bench/screening_bench.py
    .venv/bin/python bench/screening_bench.py --postgres postgresql+psycopg://user@host/db
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select, update

from cumuldesk.config import CentralConfig
from cumuldesk.domain.cases import Language, Role
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.central.connect import Central
from cumuldesk.services.demo.data import create_demo_data
from cumuldesk.services.screening import ScreeningRun, screen
from cumuldesk.storage.database import migrate, open_central, session_factory
from cumuldesk.storage.models import BobPeriodRow, Case, CaseStatus

TARGET_ALL = 20.0
TARGET_CHANGED = 5.0
CHANGED_PERSONS = 3_000
EVA = Identity("eva.demo", "Eva Demo", Role.SUPERVISOR, "Team Gent", Language.NL)


def build(url: str, persons: int) -> Central:
    engine = open_central(url)
    migrate(engine)
    central = Central(CentralConfig(url, False, "bench"), engine, session_factory(engine))
    started = time.perf_counter()
    create_demo_data(central, persons=persons, today=date.today())
    with central.sessions.begin() as session:
        session.execute(
            update(Case).where(Case.status == CaseStatus.CLOSED).values(status=CaseStatus.IN_REVIEW)
        )
    print(f"demo population of {persons:,} persons: {time.perf_counter() - started:.1f} s")
    return central


def change_bob_periods(central: Central, persons: int) -> int:
    """The first BOB period of `persons` persons ends on another day."""
    with central.sessions.begin() as session:
        firsts = session.execute(
            select(BobPeriodRow.person_id, BobPeriodRow.id, BobPeriodRow.start).order_by(
                BobPeriodRow.person_id, BobPeriodRow.start
            )
        ).all()
        seen: dict[int, tuple[int, date]] = {}
        for person_id, period_id, start in firsts:
            seen.setdefault(person_id, (period_id, start))
        chosen = list(seen.values())[:persons]
        for period_id, start in chosen:
            session.execute(
                update(BobPeriodRow)
                .where(BobPeriodRow.id == period_id)
                .values(end=date(start.year + 1, start.month, 1))
            )
    return len(chosen)


def line(label: str, run: ScreeningRun, target: float | None = None) -> None:
    verdict = "" if target is None else (" ok" if run.seconds < target else " OVER TARGET")
    aim = "" if target is None else f" (target < {target:.0f} s)"
    print(
        f"{label:42} {run.seconds:6.2f} s{aim}{verdict}: screened {run.screened:,}, "
        f"unchanged {run.unchanged:,} (renounce {run.renounce:,}, IVT/IT {run.ivt_it:,}, "
        f"not applicable {run.not_applicable:,}, no verdict {run.failed:,})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.postgres or f"sqlite:///{Path(folder) / 'central.sqlite'}"
        engine_name = "PostgreSQL" if args.postgres else "SQLite"
        print(f"screening bench on {engine_name}")
        central = build(url, args.persons)
        try:
            first = screen(central, EVA)
            line(f"first screening ({first.screened:,} cases)", first, TARGET_ALL)
            line("re-screening, nothing changed", screen(central, EVA))
            changed = change_bob_periods(central, CHANGED_PERSONS)
            again = screen(central, EVA)
            line(f"re-screening, {changed:,} BOB periods changed", again, TARGET_CHANGED)
            alone = screen(central, EVA, only_changed=False, workers=1)
            line("every case again, one process", alone)
            print(
                f"one process / pool: {alone.seconds / max(first.seconds, 1e-9):.2f}x "
                f"({first.screened / first.seconds:,.0f} cases/s with the pool)"
            )
            ok = first.seconds < TARGET_ALL and again.seconds < TARGET_CHANGED
        finally:
            central.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
