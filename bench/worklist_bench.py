"""Benchmark of the work list with 100,000 cases (not a test).

Part 1, the table (no database): 100,000 synthetic `WorkItem`s in the real
`WorkListPage` (model, filter proxy, table; offscreen, 1200x800; a stand-in context).
Measures each action until its events are processed (the view painted), repeated, and
reports the median:

- preparing the list (filter masks, search keys, column orders: on the loading
  worker, not the GUI thread) and showing it (model reset, counts, selection);
- sorting by a column;
- applying each filter (and back to all);
- typing a search, per keystroke (a name, then an INSZ typed with separators);
- scrolling: the view rendered (`viewport().grab()`) at several scroll positions.

Part 2, loading (with `--cache-cases N`, default 100,000; 0 skips it): an encrypted
cache of N cases in one team is built with `bench/cache_bench.py`'s rows (not timed),
then `load_worklist` is timed (the worker side: one session, bulk selects).

Target: no visible pause, under ~100 ms per GUI-thread action; the table says which
actions exceed it.

    .venv/bin/python bench/worklist_bench.py [--rows 100000] [--repeat 5] [--cache-cases 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cumuldesk.domain.insz import build_insz, format_insz  # noqa: E402
from cumuldesk.domain.months import add_months, age_on, birthday  # noqa: E402
from cumuldesk.services.accounts.identity import Identity  # noqa: E402
from cumuldesk.services.worklist import FILTERS, WorkItem  # noqa: E402
from cumuldesk.storage.models import CaseStatus, Language, Role  # noqa: E402
from cumuldesk.ui.worklist.model import (  # noqa: E402
    COL_AGE,
    COL_CASE,
    COL_CONFLICTS,
    COL_DEADLINE,
    COL_NAME,
    COL_STATUS,
    prepare,
)
from cumuldesk.ui.worklist.page import WorkListPage  # noqa: E402

TODAY = date(2026, 11, 23)
TARGET_MS = 100.0
FAMILY = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
          "Wouters", "De Smet", "Dubois", "Lambert", "Verbeeldbroeck", "Fictielandt"]  # fmt: skip
GIVEN = ["Noah", "Emma", "Liam", "Olivia", "Louis", "Louise", "Arthur", "Mila", "Jules",
         "Elena", "Lucas", "Marie", "Adam", "Nora", "Victor", "Ella"]  # fmt: skip


def synthetic_items(count: int, seed: int = 2026) -> list[WorkItem]:
    rng = random.Random(seed)
    statuses = [s.value for s in CaseStatus]
    items = []
    for n in range(count):
        birth = date(2002, 1, 1).fromordinal(date(2002, 1, 1).toordinal() + rng.randint(0, 2900))
        digits = build_insz(birth, n % 998 + 1)
        conflicts = rng.random() < 0.2
        months = tuple(f"{birth.year + 19}-{m:02d}" for m in range(1, rng.randint(2, 12))) * (
            conflicts
        )
        status = rng.choice(statuses)
        items.append(
            WorkItem(
                case_id=n + 1,
                reference=f"CD-{2020 + n % 7}-{n + 1:07d}",
                insz=digits,
                insz_formatted=format_insz(digits),
                name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{n % 97}",
                birth_date=birth,
                age=age_on(birth, TODAY),
                turns_18_on=birthday(birth, 18),
                status=status,
                handler=None,
                deadline=add_months(TODAY, rng.randint(-3, 3)) if status == "waiting_for_answer"
                else None,
                answer=None,
                proposal_sent_on=None,
                conflict_months=months,
                conflicts_now=len(months) if rng.random() < 0.7 else 0,
                retro_open=rng.random() < 0.03,
                retro_months=(),
                outbox_items=1 if rng.random() < 0.01 else 0,
            )
        )  # fmt: skip
    return items


def settle(app: QApplication) -> None:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def timed(action: Callable[[], object], app: QApplication) -> float:
    start = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - start) * 1000


class Results:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, bool]] = []  # action, median ms, GUI thread

    def add(self, name: str, samples: list[float], *, gui: bool = True) -> None:
        median = statistics.median(samples)
        self.rows.append((name, median, gui))
        flag = "  OVER" if gui and median > TARGET_MS else ""
        print(f"  {name:<52} {median:9.1f} ms{flag}", file=sys.stderr)

    def table(self) -> str:
        lines = [
            "| action | median ms | thread | under 100 ms |",
            "|---|---:|---|---|",
        ]
        for name, median, gui in self.rows:
            where = "GUI" if gui else "worker"
            ok = ("yes" if median <= TARGET_MS else "**no**") if gui else "n/a"
            lines.append(f"| {name} | {median:.1f} | {where} | {ok} |")
        return "\n".join(lines)


class _Changes:
    """Stands in for the window's changes signal (the page only connects to it)."""

    class _Signal:
        def connect(self, slot: object) -> None:
            pass

    changed = _Signal()


def bench_page(rows: int) -> WorkListPage:
    """The real work list page, with a stand-in context (no cache: the list is given)."""
    from cumuldesk.ui.kit.settings import Settings

    identity = Identity("bench", "Bench", Role.HANDLER, "Bench team", Language.NL)
    preferences = Path(tempfile.mkdtemp(prefix="worklist-bench-")) / "desktop.ini"
    ctx = SimpleNamespace(
        desk=SimpleNamespace(identity=identity, today=lambda: TODAY),
        changes=_Changes(),
        settings=Settings(str(preferences)),
    )
    page = WorkListPage(ctx)  # type: ignore[arg-type]
    page.resize(1200, 800)
    return page


def bench_table(rows: int, repeat: int, results: Results) -> None:
    app = QApplication.instance() or QApplication([])
    print(f"building {rows:,} synthetic work items ...", file=sys.stderr)
    items = synthetic_items(rows)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        prepare(items, TODAY)
        samples.append((time.perf_counter() - start) * 1000)
    results.add("prepare the list (masks, search keys, column orders)", samples, gui=False)
    data = prepare(items, TODAY)
    page = bench_page(rows)
    page.show_data(data)
    page.show()
    settle(app)
    view, proxy = page.table, page.proxy
    results.add(
        "show a loaded list (model reset, counts, selection)",
        [timed(lambda: page.show_data(data), app) for _ in range(repeat)],
    )

    for column, name in ((COL_NAME, "name"), (COL_AGE, "age"), (COL_DEADLINE, "deadline"),
                         (COL_CONFLICTS, "conflict months"), (COL_STATUS, "status")):  # fmt: skip
        samples = []
        for n in range(repeat):
            order = Qt.SortOrder.AscendingOrder if n % 2 else Qt.SortOrder.DescendingOrder
            samples.append(timed(lambda c=column, o=order: view.sortByColumn(c, o), app))
        results.add(f"sort by {name}", samples)
    view.sortByColumn(COL_CASE, Qt.SortOrder.AscendingOrder)
    settle(app)

    for key in (*FILTERS, None):
        samples = []
        for _ in range(repeat):
            page.set_filter(None if key is not None else next(iter(FILTERS)))
            settle(app)
            samples.append(timed(lambda k=key: page.set_filter(k), app))
        shown = proxy.rowCount()
        results.add(f"filter {key or 'all'} ({shown:,} rows)", samples)

    for label, text in (("a name", "verbeeldbroeck"), ("an INSZ", items[4321].insz_formatted)):
        keystrokes = []
        for _ in range(max(1, repeat // 2)):
            page.search.clear()
            page.apply_search_now()
            settle(app)
            for end in range(1, len(text) + 1):

                def keystroke(typed: str = text[:end]) -> None:
                    page.search.setText(typed)
                    page.apply_search_now()  # the page waits for a typing pause first

                keystrokes.append(timed(keystroke, app))
        results.add(f"search, per keystroke, typing {label}", keystrokes)
        results.add(f"search, worst keystroke, typing {label}", [max(keystrokes)])
    page.search.clear()
    page.apply_search_now()
    settle(app)

    bar = view.verticalScrollBar()
    paints = []
    for _ in range(repeat):
        for fraction in (0.0, 0.25, 0.5, 0.75, 1.0, 0.1):

            def scroll_and_paint(f: float = fraction) -> None:
                bar.setValue(int(bar.maximum() * f))
                view.viewport().grab()

            paints.append(timed(scroll_and_paint, app))
    results.add("scroll to a position and paint the view", paints)
    page.close()


def bench_load(cases: int, repeat: int, results: Results, folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import cache_bench
    from sqlalchemy import update

    from cumuldesk.params.loader import load_parameters
    from cumuldesk.services.worklist import load_worklist
    from cumuldesk.storage.cache import LocalCache
    from cumuldesk.storage.models import Case

    path = folder / "worklist-bench.cache"
    cache = LocalCache.open(path, os.urandom(32), create=True, owner="bench")
    try:
        cache_bench.fill(cache.engine, cases, 2026, "worklist cache")
        with cache.engine.begin() as connection:
            connection.execute(update(Case.__table__).values(team="BENCH"))
            # born in 2006 instead of 1990, periods likewise: aged 18 to 21 today, so the
            # ban window is open and conflict months are computed for most cases
            for statement in (
                "UPDATE persons SET birth_date = date(birth_date, '+16 years')",
                "UPDATE bob_periods SET start_date = date(start_date, '+16 years'), "
                "end_date = date(end_date, '+16 years')",
                "UPDATE ivt_it_periods SET start_date = date(start_date, '+16 years'), "
                "end_date = date(end_date, '+16 years')",
            ):
                connection.exec_driver_sql(statement)
        params = load_parameters()
        samples = []
        for _ in range(max(1, repeat // 2)):
            start = time.perf_counter()
            loaded = load_worklist(cache, "BENCH", params, TODAY)
            samples.append((time.perf_counter() - start) * 1000)
        assert len(loaded) == cases
        conflicts = sum(1 for item in loaded if item.conflict_months)
        now = sum(1 for item in loaded if item.conflicts_now)
        results.add(
            f"load_worklist, {cases:,} cases ({conflicts:,} with conflict months, {now:,} now)",
            samples,
            gui=False,
        )
    finally:
        cache.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache-cases", type=int, default=100_000)
    args = parser.parse_args()
    results = Results()
    bench_table(args.rows, args.repeat, results)
    if args.cache_cases:
        with tempfile.TemporaryDirectory(prefix="worklist-bench-") as folder:
            bench_load(args.cache_cases, args.repeat, results, Path(folder))
    print(results.table())
    over = [name for name, median, gui in results.rows if gui and median > TARGET_MS]
    print()
    print("over 100 ms: " + (", ".join(over) if over else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
