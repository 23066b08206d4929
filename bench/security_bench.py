"""Benchmark (not a test): what the production set-up's security costs a handler's sync.

On a PostgreSQL database set up by `cumuldesk central setup` and filled with
`demo-data --admin-url` (N synthetic persons), measures, wall clock, for the demo handler
an.demo (Team Gent):

- first pull into a new encrypted cache: as an.demo's own login (row-level security,
  look-up of the visible persons per query) against the same pull on the administrator's
  (owner's) connection, which bypasses row-level security;
- push of K notes with their audit events: through `cumuldesk_api.push_item` (checks in
  the server) against the Python push on the owner's connection.

Prints seconds and the ratio handler/owner (the machine is noisy: compare ratios).

    .venv/bin/python bench/security_bench.py --admin-url postgresql+psycopg://ADMIN:PW@HOST/DB \\
        [--persons 5000] [--notes 300]

The database is FILLED (demo-data --force): use a throwaway database owned by ADMIN.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from cumuldesk.config import CentralConfig
from cumuldesk.services.accounts.identity import Identity
from cumuldesk.services.cases import add_note
from cumuldesk.services.central.connect import connect_central, sign_in_central
from cumuldesk.services.central.setup import setup_central
from cumuldesk.services.demo.data import create_demo_data
from cumuldesk.storage.cache import LocalCache
from cumuldesk.sync.pull import pull
from cumuldesk.sync.push import push

HANDLER, PASSWORD = "an.demo", "an-demo-password"


def _cache(folder: Path, name: str) -> LocalCache:
    return LocalCache.open(folder / f"{name}.sqlite", b"b" * 32, create=True, owner=HANDLER)


def _timed(action, *args) -> float:
    start = time.perf_counter()
    action(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin-url", required=True)
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--notes", type=int, default=300)
    args = parser.parse_args()
    setup_central(args.admin_url)
    owner = connect_central(CentralConfig(args.admin_url, False, "bench"))
    create_demo_data(owner, persons=args.persons, seed=3, force=True, actor="bench")
    admin = make_url(args.admin_url)  # the laptop's URL: the same server, no user
    laptop = URL.create(admin.drivername, host=admin.host, port=admin.port, database=admin.database)
    config = CentralConfig(laptop.render_as_string(hide_password=False), False, "bench")
    mine = connect_central(config, credentials=(HANDLER, PASSWORD))
    identity: Identity = sign_in_central(mine, HANDLER, PASSWORD)
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for label, central in (("handler's login", mine), ("owner", owner)):
            cache = _cache(Path(folder), label.split("'")[0])
            seconds = _timed(pull, cache, central.sessions, identity.team)
            with cache.engine.connect() as connection:
                cases = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar()
                reference = connection.exec_driver_sql(
                    "SELECT reference FROM cases ORDER BY id LIMIT 1"
                ).scalar()
            for number in range(args.notes):
                add_note(cache, identity, reference, f"Bench note {number}")
            pushed = _timed(push, cache, central.sessions, HANDLER)
            rows.append((label, cases, seconds, pushed))
            cache.close()
    print(f"{args.persons:,} persons; {os.cpu_count()} CPUs")
    print(f"{'connection':18} {'cases':>6} {'first pull s':>13} {'push s':>8}")
    for label, cases, seconds, pushed in rows:
        print(f"{label:18} {cases:>6} {seconds:>13.2f} {pushed:>8.2f}")
    (_, _, p1, s1), (_, _, p2, s2) = rows
    print(f"ratio handler/owner: pull {p1 / p2:.2f}x, push {s1 / s2:.2f}x")
    mine.close()
    owner.close()


if __name__ == "__main__":
    main()
