"""A `cumuldesk` process for the Ctrl+C and kill -9 tests (tests/commands/test_interrupts.py).

Run as `python tests/interrupt_child.py [--stop MODULE.NAME:WHEN:N] -- ARGV...`: runs
`cumuldesk ARGV...` (cli.main, exit code as the real command). With `--stop`, the N-th
call of MODULE.NAME (WHEN: `before` or `after` the original runs) is a stop point: the
process writes READY to the file descriptor named by INTERRUPT_READY_FD and waits there
for the test's signal (`--chunk K`: the cache fill copies K dossiers per transaction).
SIGINT then acts exactly as a Ctrl+C pressed at that point: it
raises KeyboardInterrupt there, or, inside a step the command does not let Ctrl+C cut
(support.defer_ctrl_c), is noted and the step goes on. SIGKILL ends the process there.
`tests` must be on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
import time

WAIT = 120.0  # seconds at a stop point (the tests' own timeouts are far shorter)


def _wait_for_the_signal() -> None:
    from cumuldesk.commands import support

    os.write(int(os.environ["INTERRUPT_READY_FD"]), b"READY\n")
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        time.sleep(0.02)  # KeyboardInterrupt comes from here when Ctrl+C is not deferred
        if support._ctrl_c.pending:  # deferred: the step goes on, Ctrl+C acts after it
            return
    sys.exit("interrupt_child: no signal came")


def _install(spec: str) -> None:
    target, when, count = spec.split(":")
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    calls = [0]
    wanted = int(count)

    @functools.wraps(original)
    def stop_point(*args, **kwargs):
        calls[0] += 1
        if calls[0] == wanted and when == "before":
            _wait_for_the_signal()
        result = original(*args, **kwargs)
        if calls[0] == wanted and when == "after":
            _wait_for_the_signal()
        return result

    setattr(module, name, stop_point)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stop", action="append", default=[])
    parser.add_argument("--chunk", type=int)
    parser.add_argument("argv", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    from cumuldesk.cli import main as cumuldesk

    for spec in args.stop:
        _install(spec)
    if args.chunk:
        from cumuldesk.storage import cache_copy, database

        cache_copy.chunked = lambda items, size=args.chunk: database.chunked(items, size)
    return cumuldesk(argv)


if __name__ == "__main__":
    raise SystemExit(main())
