"""Benchmark of the look-up (not a test): from "the handler presses Enter on an INSZ" to
"the dossier page shows it", for dossiers in the local cache. Target: under 150 ms.

Builds a synthetic demo central database (SQLite, temporary folder) with N persons
(default 5,000) made by `create_demo_data`, puts every case in the team of the demo
handler an.demo, and syncs an encrypted cache for an.demo from it (as the desktop tests
do, with more persons). Then, offscreen, a `DossierPage` (1280 x 800, shown) opens L
different cached dossiers (default 50) one after the other, each timed, wall clock, from
`show_dossier(insz)` (what Enter in the look-up field calls) until `dossier_shown` was
emitted AND the events that followed were processed (the paint included): the background
op (open the dossier from the cache, audit it, the timeline, the legal representative,
the retroactive flags) plus filling the header, the timeline, the periods table and the
case panel on the GUI thread.

Prints the median, p95 and maximum of the look-ups (after 3 warm-up look-ups that are
not counted; the very first, cold, is printed apart), and for comparison the same loads
without Qt (`load_dossier_data` alone).

    .venv/bin/python bench/lookup_bench.py [--persons 5000] [--lookups 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select, update  # noqa: E402

from cumuldesk.config import CentralConfig  # noqa: E402
from cumuldesk.params.loader import load_parameters  # noqa: E402
from cumuldesk.services.accounts.identity import Identity  # noqa: E402
from cumuldesk.services.central.connect import Central  # noqa: E402
from cumuldesk.services.demo.data import create_demo_data  # noqa: E402
from cumuldesk.services.sync_service import sync_once  # noqa: E402
from cumuldesk.storage.cache import LocalCache  # noqa: E402
from cumuldesk.storage.database import migrate, open_central, session_factory  # noqa: E402
from cumuldesk.storage.models import Case, Handler, Person  # noqa: E402

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HANDLER = "an.demo"
KEY = b"b" * 32
TARGET_MS = 150.0
WARM_UP = 3


def _central(path: Path, *, must_exist: bool) -> Central:
    url = f"sqlite:///{path}"
    engine = open_central(url, must_exist=must_exist)
    migrate(engine)
    return Central(CentralConfig(url, False, "bench"), engine, session_factory(engine))


def build(folder: Path, persons: int, seed: int) -> tuple[Path, Path, Identity]:
    """The central file and an.demo's synced cache file, every case in an.demo's team."""
    began = time.perf_counter()
    central = _central(folder / "central.sqlite", must_exist=False)
    try:
        create_demo_data(central, persons=persons, seed=seed, today=TODAY)
        with central.sessions() as session:
            handler = session.scalars(select(Handler).filter_by(username=HANDLER)).one()
            identity = Identity.of(handler)
        with central.engine.begin() as connection:
            connection.execute(update(Case.__table__).values(team=identity.team))
        cache = LocalCache.open(folder / "cache.sqlite", KEY, create=True, owner=HANDLER)
        try:
            sync_once(central, cache, identity, clock=lambda: NOW)
        finally:
            cache.close()
    finally:
        central.close()
    sys.stderr.write(f"  demo data and first sync: {time.perf_counter() - began:.1f} s\n")
    return folder / "central.sqlite", folder / "cache.sqlite", identity


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<34} n={len(values):>3}  median {statistics.median(values):7.1f} ms  "
        f"p95 {percentile(values, 0.95):7.1f} ms  max {max(values):7.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--lookups", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from cumuldesk.services.desk import Desk
    from cumuldesk.services.dossiers.page_data import load_dossier_data
    from cumuldesk.ui.dossier.page import DossierPage
    from cumuldesk.ui.kit.changes import Changes
    from cumuldesk.ui.kit.context import AppContext
    from cumuldesk.ui.kit.ops import wait_for_ops
    from cumuldesk.ui.kit.settings import Settings

    def quiet(kind: object, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform says it per window
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="cumuldesk-lookup-bench-") as tmp:
        folder = Path(tmp)
        central_file, cache_file, identity = build(folder, args.persons, args.seed)
        cache = LocalCache.open(cache_file, KEY, owner=HANDLER)

        def connect() -> Central:
            return _central(central_file, must_exist=True)

        desk = Desk(
            identity, cache, load_parameters(), connect, clock=lambda: NOW, demo=True, online=True
        )
        settings = Settings(str(folder / "desktop.ini"))
        ctx = AppContext(desk=desk, changes=Changes(), settings=settings)
        with cache.sessions() as session:
            cached = list(session.scalars(select(Person.insz).order_by(Person.id)))
        needed = args.lookups + WARM_UP + 1
        if len(cached) < needed:
            raise SystemExit(f"only {len(cached)} cached dossiers; {needed} are needed")
        chosen = random.Random(args.seed).sample(cached, needed)

        page = DossierPage(ctx)
        page.resize(1280, 800)
        page.show()
        app.processEvents()

        shown: list[str] = []
        page.dossier_shown.connect(shown.append)
        problems: list[str] = []

        def look_up(insz: str) -> float:
            loop = QEventLoop()
            page.dossier_shown.connect(loop.quit)
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(10_000)
            before = len(shown)
            began = time.perf_counter()
            page.show_dossier(insz)  # what Enter in the look-up field calls
            if len(shown) == before:
                loop.exec()
            app.processEvents()  # what follows the signal: layout and paint
            elapsed = (time.perf_counter() - began) * 1000
            guard.stop()
            page.dossier_shown.disconnect(loop.quit)
            if len(shown) == before or shown[-1] != insz or page.current_insz != insz:
                problems.append(page.message_text() or "not shown within 10 s")
            return elapsed

        cold = look_up(chosen[0])
        for insz in chosen[1 : WARM_UP + 1]:
            look_up(insz)
        timed = [look_up(insz) for insz in chosen[WARM_UP + 1 :]]
        wait_for_ops(10_000)

        def plain(insz: str) -> float:
            began = time.perf_counter()
            load_dossier_data(
                cache,
                identity,
                ctx.desk.law,
                insz,
                connect=lambda: None,
                today=TODAY,
                clock=ctx.desk.clock,
                online=True,
            )
            return (time.perf_counter() - began) * 1000

        worker = [plain(insz) for insz in chosen[WARM_UP + 1 :]]
        page.close()
        page.deleteLater()
        app.processEvents()
        cache.close()

    print(
        f"look-up to dossier shown: {args.persons:,} persons in the central database, "
        f"{len(cached):,} cached dossiers, {len(timed)} look-ups of different dossiers"
    )
    print(f"{'first look-up (cold)':<34} {cold:7.1f} ms")
    print(summary("look-up to dossier shown", timed))
    print(summary("of which the load alone (no Qt)", worker))
    met = statistics.median(timed) < TARGET_MS and percentile(timed, 0.95) < TARGET_MS
    print(f"target: median and p95 under {TARGET_MS:.0f} ms: {'met' if met else 'NOT met'}")
    print(
        f"machine: {os.cpu_count()} CPU(s), Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}"
    )
    if problems:
        print(f"{len(problems)} look-up(s) failed: {problems[0]}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
