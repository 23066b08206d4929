"""Benchmark of the bulk proposals (not a test): 200 renunciation proposals to PDF.

Builds the synthetic demo population (`--persons`, default 2,000; not timed) in a
temporary central database (SQLite), syncs an.demo's team into an encrypted cache, and
then times what "Draft proposals..." and `cumuldesk letter --to-propose` do for
`--letters` letters (default 200), one case at a time as `services.letters.bulk` does:

- drafting: each case's dossier opened from the cache (audited), checked and simulated
  again with the law data in force, the proposal drafted in the applicant's language;
- writing: each letter laid out and painted as an A4 PDF (fonts embedded), written whole
  (0600) and audited "pdf_exported".

The demo team holds fewer cases that call for a proposal than 200: the cases that do
are drafted again in turn until there are `--letters` letters (each draft is made from
scratch: the per-letter work is the same), each PDF under its own name. Target (issue
18): under 60 s in all.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bulk_letters_bench.py [--letters 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from factories import identity_of  # noqa: E402

from cumuldesk.config import CentralConfig  # noqa: E402
from cumuldesk.params.loader import load_parameters  # noqa: E402
from cumuldesk.services.central.connect import Central  # noqa: E402
from cumuldesk.services.demo.data import create_demo_data  # noqa: E402
from cumuldesk.services.desk import Desk  # noqa: E402
from cumuldesk.services.letters.bulk import (  # noqa: E402
    BulkLetter,
    draft_one,
    export_pdfs,
)
from cumuldesk.services.sync_service import sync_once  # noqa: E402
from cumuldesk.storage.cache import LocalCache  # noqa: E402
from cumuldesk.storage.database import migrate, open_central, session_factory  # noqa: E402

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HANDLER = "an.demo"
KEY = b"b" * 32


def central_at(path: Path, *, must_exist: bool = True) -> Central:
    url = f"sqlite:///{path}"
    engine = open_central(url, must_exist=must_exist)
    migrate(engine)
    return Central(CentralConfig(url, False, "bench"), engine, session_factory(engine))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument("--persons", type=int, default=2000)
    args = parser.parse_args()

    from cumuldesk.ui.letters.document import ensure_gui_application, write_pdf

    ensure_gui_application()
    with tempfile.TemporaryDirectory(prefix="bulk-bench-") as temp:
        folder = Path(temp)
        started = time.perf_counter()
        central = central_at(folder / "central.sqlite", must_exist=False)
        create_demo_data(central, persons=args.persons, today=TODAY)
        identity = identity_of(central.sessions, HANDLER)
        cache = LocalCache.open(folder / "cache.sqlite", KEY, create=True, owner=HANDLER)
        sync_once(central, cache, identity, clock=lambda: NOW)
        central.close()
        print(f"set-up (not timed): {time.perf_counter() - started:.1f} s", flush=True)
        desk = Desk(
            identity,
            cache,
            load_parameters(),
            lambda: central_at(folder / "central.sqlite"),
            clock=lambda: NOW,
        )
        team = sorted(item.reference for item in desk.worklist(TODAY))
        # the team's cases that call for a proposal (found once, not timed)
        qualifying = [
            reference
            for reference in team
            if isinstance(draft_one(desk, reference, today=TODAY), BulkLetter)
        ]
        print(f"team cases: {len(team)}, calling for a proposal: {len(qualifying)}")
        if not qualifying:
            print("no case calls for a proposal: nothing to measure")
            return 1

        draft_times: list[float] = []
        letters: list[BulkLetter] = []
        t0 = time.perf_counter()
        for index in range(args.letters):
            one = time.perf_counter()
            made = draft_one(desk, qualifying[index % len(qualifying)], today=TODAY)
            assert isinstance(made, BulkLetter)
            letters.append(made)
            draft_times.append(time.perf_counter() - one)
        drafting = time.perf_counter() - t0

        numbered = {id(letter): n for n, letter in enumerate(letters)}
        write_times: list[float] = []

        def write(letter: BulkLetter, path: Path) -> int:
            one = time.perf_counter()
            pages = write_pdf(
                letter.html,
                path,
                reference=letter.reference,
                insz_formatted=letter.insz_formatted,
                title=letter.title,
                language=letter.language,
            )
            write_times.append(time.perf_counter() - one)
            return pages

        t1 = time.perf_counter()
        result = export_pdfs(
            desk,
            letters,
            folder / "pdf",
            write,
            name=lambda letter: f"{numbered[id(letter)]:03d}-{letter.reference}.pdf",
        )
        writing = time.perf_counter() - t1
        cache.close()
        pages = sum(item.pages for item in result.written)
        size = sum(item.path.stat().st_size for item in result.written)
        total = drafting + writing
        ms = 1000
        print(f"letters: {len(result.written)} ({pages} pages, {size / 1e6:.1f} MB of PDF)")
        print(
            f"drafting: {drafting:.1f} s (median {statistics.median(draft_times) * ms:.0f} ms "
            f"per letter)"
        )
        print(
            f"writing: {writing:.1f} s (PDF median {statistics.median(write_times) * ms:.0f} ms "
            f"per letter, with the audit {writing / len(letters) * ms:.0f} ms)"
        )
        verdict = "within" if total < 60 else "OVER"
        print(f"total: {total:.1f} s for {len(letters)} letters ({verdict} the 60 s target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
