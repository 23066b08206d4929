"""Benchmark of the dossier path (not a test): following an INSZ from the look-up bar to
the painted dossier, counting what it costs on the way (issue 16).

Builds a synthetic demo central database (SQLite, temporary folder) with N persons
(default 1,500) made by `create_demo_data` and syncs an encrypted cache for the demo
handler an.demo from it (their team's dossiers; the other teams' are not cached). Then,
offscreen, the real `LookupBar` and `DossierPage` are wired as the main window wires them
(Enter -> `show_dossier`; once shown, the bar shows the number and re-reads the recent
dossiers) and, for each scenario, the INSZ is pasted in the field and Enter pressed; the
scenario ends when the dossier is on screen, the events that followed processed (the
paint included) and the recent dossiers re-read.

Counted during each scenario:
- INSZ parses: full validations of a number (`stdnum.be.ssn.validate`, which every
  `parse_insz` / `check_insz` runs once); formats (`ssn.format`) apart;
- cache connections: checkouts from the cache engine's pool;
- cache transactions: BEGINs on the cache engine (a session, an `engine.begin()`);
- SQL statements run on the cache.

Scenarios: a cached dossier (opened and audited), a dossier not cached (fetched from the
central database on demand), and a quiet reload of the dossier on screen after a change
(the window's "cases changed" signal). Then the opening is timed over L different cached
dossiers (median, p95; after 3 warm-up look-ups), through the GUI and the load alone
without Qt (the worker's side).

    .venv/bin/python bench/dossier_path_bench.py [--persons 1500] [--lookups 30] [--seed 7]

Measured on the 2-core development machine (1,500 persons, 556 cached), before and after
`Desk.open_dossier` (issue 16), a cached dossier from the look-up bar to the painted page
and the recent dossiers re-read: INSZ parses 8 -> 2 (one as the number is pasted, one by
the desk), cache connections 11 -> 2 and transactions 11 -> 2 (the dossier, the recent
dossiers), SQL statements 36 -> 23; the worker's load alone 6 parses -> 1, 10 connections
and transactions -> 1. A dossier fetched on demand: 14 -> 6 (the fetch's own writes
included). A quiet reload: 9 -> 2. Median look-up to painted about 100 -> 55 ms, the load
alone about 60 -> 30 ms (timings vary with the machine's load).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import stdnum.be.ssn as ssn  # noqa: E402
from sqlalchemy import event, select  # noqa: E402

from cumuldesk.config import CentralConfig  # noqa: E402
from cumuldesk.domain.insz import format_insz  # noqa: E402
from cumuldesk.params.loader import load_parameters  # noqa: E402
from cumuldesk.services.accounts.identity import Identity  # noqa: E402
from cumuldesk.services.central.connect import Central  # noqa: E402
from cumuldesk.services.demo.data import create_demo_data  # noqa: E402
from cumuldesk.services.sync_service import sync_once  # noqa: E402
from cumuldesk.storage.cache import LocalCache  # noqa: E402
from cumuldesk.storage.database import migrate, open_central, session_factory  # noqa: E402
from cumuldesk.storage.models import Handler, Person  # noqa: E402

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HANDLER = "an.demo"
KEY = b"p" * 32
WARM_UP = 3


# ------------------------------------------------------------------ counting


@dataclass
class Counts:
    parses: int = 0
    formats: int = 0
    connections: int = 0
    transactions: int = 0
    statements: int = 0

    def line(self, name: str, ms: float | None = None) -> str:
        took = "" if ms is None else f"  {ms:7.1f} ms"
        return (
            f"{name:<44} parses {self.parses:>2}  formats {self.formats:>2}  "
            f"cache connections {self.connections:>2}  transactions {self.transactions:>2}  "
            f"statements {self.statements:>3}{took}"
        )


class Counter:
    """INSZ parses and cache use, from any thread, while `counting()` is on."""

    def __init__(self, cache: LocalCache) -> None:
        self.counts = Counts()
        self.on = False
        self._lock = threading.Lock()
        validate, formatting = ssn.validate, ssn.format

        def counted_validate(number: str) -> str:
            self._add("parses")
            return validate(number)

        def counted_format(number: str) -> str:
            self._add("formats")
            return formatting(number)

        ssn.validate = counted_validate  # parse_insz calls it through the module
        ssn.format = counted_format
        engine = cache.engine
        event.listen(engine, "checkout", lambda *a: self._add("connections"))
        event.listen(engine, "begin", lambda *a: self._add("transactions"))
        event.listen(engine, "before_cursor_execute", lambda *a: self._add("statements"))

    def _add(self, name: str) -> None:
        if self.on:
            with self._lock:
                setattr(self.counts, name, getattr(self.counts, name) + 1)

    @contextmanager
    def counting(self) -> Iterator[Counts]:
        self.counts = Counts()
        self.on = True
        try:
            yield self.counts
        finally:
            self.on = False


# ------------------------------------------------------------------ the data


def _central(path: Path, *, must_exist: bool) -> Central:
    url = f"sqlite:///{path}"
    engine = open_central(url, must_exist=must_exist)
    migrate(engine)
    return Central(CentralConfig(url, False, "bench"), engine, session_factory(engine))


def build(folder: Path, persons: int, seed: int) -> tuple[Path, Path, Identity, list[str]]:
    """The central file, an.demo's synced cache file, and every person's INSZ."""
    began = time.perf_counter()
    central = _central(folder / "central.sqlite", must_exist=False)
    try:
        create_demo_data(central, persons=persons, seed=seed, today=TODAY)
        with central.sessions() as session:
            handler = session.scalars(select(Handler).filter_by(username=HANDLER)).one()
            identity = Identity.of(handler)
            everyone = list(session.scalars(select(Person.insz).order_by(Person.id)))
        cache = LocalCache.open(folder / "cache.sqlite", KEY, create=True, owner=HANDLER)
        try:
            sync_once(central, cache, identity, clock=lambda: NOW)
        finally:
            cache.close()
    finally:
        central.close()
    sys.stderr.write(f"  demo data and first sync: {time.perf_counter() - began:.1f} s\n")
    return folder / "central.sqlite", folder / "cache.sqlite", identity, everyone


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<44} n={len(values):>3}  median {statistics.median(values):7.1f} ms  "
        f"p95 {percentile(values, 0.95):7.1f} ms  max {max(values):7.1f} ms"
    )


# ------------------------------------------------------------------ the run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--persons", type=int, default=1500)
    parser.add_argument("--lookups", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from cumuldesk.services.desk import Desk
    from cumuldesk.ui.dossier.page import DossierPage
    from cumuldesk.ui.kit.changes import CASES, Changes
    from cumuldesk.ui.kit.context import AppContext
    from cumuldesk.ui.kit.ops import wait_for_ops
    from cumuldesk.ui.kit.settings import Settings
    from cumuldesk.ui.shell.lookup import LookupBar

    def quiet(kind: object, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cumuldesk-dossier-path-bench-") as tmp:
        folder = Path(tmp)
        central_file, cache_file, identity, everyone = build(folder, args.persons, args.seed)
        cache = LocalCache.open(cache_file, KEY, owner=HANDLER)
        counter = Counter(cache)

        def connect() -> Central:
            return _central(central_file, must_exist=True)

        desk = Desk(
            identity, cache, load_parameters(), connect, clock=lambda: NOW, demo=True, online=True
        )
        ctx = AppContext(
            desk=desk, changes=Changes(), settings=Settings(str(folder / "desktop.ini"))
        )
        with cache.sessions() as session:
            cached = list(session.scalars(select(Person.insz).order_by(Person.id)))
        held = set(cached)
        uncached = [insz for insz in everyone if insz not in held]
        needed = args.lookups + WARM_UP + 2
        if len(cached) < needed or not uncached:
            raise SystemExit(f"only {len(cached)} cached dossiers; {needed} are needed")
        chosen = random.Random(args.seed).sample(cached, needed)

        lookup = LookupBar(ctx)
        page = DossierPage(ctx)
        page.resize(1280, 800)
        page.show()
        # the main window's wiring (ui.shell.main_window)
        lookup.open_requested.connect(lambda insz: (lookup.set_busy(True), page.show_dossier(insz)))
        shown: list[str] = []
        page.dossier_shown.connect(shown.append)
        page.dossier_shown.connect(lambda insz: (lookup.show_opened(insz), lookup.reload_recent()))
        wait_for_ops(10_000)
        app.processEvents()

        def settle() -> None:
            app.processEvents()
            wait_for_ops(10_000)
            app.processEvents()

        def look_up(insz: str) -> float:
            """Paste the number, press Enter; until shown, painted, recent re-read."""
            loop = QEventLoop()
            page.dossier_shown.connect(loop.quit)
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(10_000)
            before = len(shown)
            began = time.perf_counter()
            lookup.field.setText(format_insz(insz))  # a paste: one textChanged
            lookup.request_open()  # Enter
            if len(shown) == before:
                loop.exec()
            app.processEvents()  # layout and paint
            elapsed = (time.perf_counter() - began) * 1000
            guard.stop()
            page.dossier_shown.disconnect(loop.quit)
            settle()  # the recent dossiers re-read
            if len(shown) == before or shown[-1] != insz:
                problems.append(page.message_text() or "not shown within 10 s")
            return elapsed

        lines = []
        with counter.counting() as counts:
            ms = look_up(chosen[0])
        lines.append(counts.line("a cached dossier (cold), look-up to painted", ms))
        with counter.counting() as counts:
            ms = look_up(chosen[1])
        lines.append(counts.line("a cached dossier, look-up to painted", ms))
        with counter.counting() as counts:
            ms = look_up(uncached[0])
        lines.append(counts.line("a dossier fetched from the central database", ms))
        with counter.counting() as counts:
            ctx.changes.announce(CASES)  # a note saved, a status changed: a quiet reload
            settle()
        lines.append(counts.line("a quiet reload after a change"))

        for insz in chosen[2 : WARM_UP + 2]:
            look_up(insz)
        timed = [look_up(insz) for insz in chosen[WARM_UP + 2 :]]

        plain_open: Callable[[str], Any]
        if hasattr(desk, "open_dossier"):
            plain_open = desk.open_dossier
        else:  # before issue 16: the page's worker function
            from cumuldesk.services.dossiers.page_data import load_dossier_data

            def plain_open(insz: str) -> Any:
                return load_dossier_data(
                    cache,
                    identity,
                    desk.law,
                    insz,
                    connect=desk.try_connect,
                    today=TODAY,
                    clock=desk.clock,
                    online=True,
                )

        def plain(insz: str) -> float:
            began = time.perf_counter()
            plain_open(insz)
            return (time.perf_counter() - began) * 1000

        with counter.counting() as counts:
            ms = plain(chosen[WARM_UP + 2])
        lines.append(counts.line("the load alone (worker, no Qt)", ms))
        worker = [plain(insz) for insz in chosen[WARM_UP + 2 :]]

        page.close()
        page.deleteLater()
        lookup.deleteLater()
        settle()
        cache.close()

    print(
        f"the dossier path: {args.persons:,} persons in the central database, "
        f"{len(cached):,} cached dossiers"
    )
    for line in lines:
        print(line)
    print(summary("look-up to painted (cached, GUI)", timed))
    print(summary("the load alone (worker, no Qt)", worker))
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
