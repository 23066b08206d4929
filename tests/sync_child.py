"""A sync process for the fault tests (tests/sync/test_faults.py) to kill with SIGKILL.

Run as `python tests/sync_child.py pull URL CACHE --chunk N --between-chunks K` (stop
once K persons were written, between two cache transactions), `... pull URL CACHE
--chunk N --inside-chunk K` (stop inside the K-th chunk's cache transaction, its rows
written but not committed), `... push URL CACHE --at-item N` (stop once the N-th
outbox item is committed centrally, before the cache acknowledges it) or `... push URL
CACHE --inside-item N` (stop inside the N-th item's central transaction, its rows
written but not committed). At the stop the
process prints READY on stdout and sleeps, waiting to be killed. When it gets to the end
without stopping it prints DONE and exits with code 3 (the test then fails: the kill
point was never reached). The cache is opened with sync_support.CACHE_KEY for handler
sync_support.HANDLER; `tests` must be on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sync_support import CACHE_KEY, HANDLER, TEAM

from cumuldesk.storage.cache import LocalCache
from cumuldesk.storage.database import open_central, session_factory
from cumuldesk.sync import pull as pull_module
from cumuldesk.sync import push as push_module

READY = "READY"
DONE = "DONE"
NEVER_STOPPED = 3
WAIT = 120.0  # seconds to wait for the kill (the test's own timeouts are far shorter)


def stop_here() -> None:
    """Tell the test where we are, then wait to be killed."""
    print(READY, flush=True)
    time.sleep(WAIT)
    sys.exit("sync_child: not killed")


def run_pull(args: argparse.Namespace, cache: LocalCache, sessions) -> None:
    pull_module.CHUNK = args.chunk
    progress = None
    if args.between_chunks is not None:

        def progress(done: int, total: int) -> None:
            if done >= args.between_chunks:
                stop_here()

    if args.inside_chunk is not None:
        original = pull_module.reapply_pending  # the last step of every chunk's transaction
        calls = []

        def reapply_then_stop(connection, person_ids=None):
            original(connection, person_ids)
            calls.append(person_ids)
            if len(calls) == args.inside_chunk:
                stop_here()  # the chunk's rows are written, not committed

        pull_module.reapply_pending = reapply_then_stop
    pull_module.pull(cache, sessions, TEAM, progress=progress)


def run_push(args: argparse.Namespace, cache: LocalCache, sessions) -> None:
    committed = []

    def after_central_commit(item) -> None:
        committed.append(item.key)
        if len(committed) == args.at_item:
            stop_here()

    if args.inside_item is not None:
        original = push_module._apply  # an item's central writes, before its commit
        applied = []

        def apply_then_stop(session, item, *rest):
            outcome = original(session, item, *rest)
            session.flush()
            applied.append(item.key)
            if len(applied) == args.inside_item:
                stop_here()  # the central transaction is open, its rows written
            return outcome

        push_module._apply = apply_then_stop
    push_module.push(cache, sessions, HANDLER, after_central_commit=after_central_commit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=("pull", "push"))
    parser.add_argument("url")
    parser.add_argument("cache", type=Path)
    parser.add_argument("--chunk", type=int, default=3)
    stop = parser.add_mutually_exclusive_group(required=True)
    stop.add_argument("--between-chunks", type=int)
    stop.add_argument("--inside-chunk", type=int)
    stop.add_argument("--at-item", type=int)
    stop.add_argument("--inside-item", type=int)
    args = parser.parse_args(argv)
    pushing = args.at_item is not None or args.inside_item is not None
    if (args.what == "push") != pushing:
        parser.error(
            "push stops --at-item or --inside-item; pull stops --between-chunks or --inside-chunk"
        )
    engine = open_central(args.url, must_exist=True)
    cache = LocalCache.open(args.cache, CACHE_KEY, owner=HANDLER)
    try:
        if args.what == "pull":
            run_pull(args, cache, session_factory(engine))
        else:
            run_push(args, cache, session_factory(engine))
    finally:
        cache.close()
        engine.dispose()
    print(DONE, flush=True)
    return NEVER_STOPPED


if __name__ == "__main__":
    sys.exit(main())
