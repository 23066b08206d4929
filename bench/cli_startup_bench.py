"""Benchmark of the command line's start (not a test).

Runs, side by side in one run, new processes of

- a bare `python -c pass` (the floor every Python command pays),
- `cumuldesk --version`,
- `cumuldesk insz N` (N a synthetic valid INSZ, from `cumuldesk.domain.insz.build_insz`),
- `cumuldesk --help` (lists every command without importing their modules),

round after round (each round runs each once, so a busy machine slows them alike), and
prints for each the median wall time from just before the process starts to its end, and
its ratio to the bare Python. Target (issue 16): `--version` and `insz` within 4x the
bare Python.

    .venv/bin/python bench/cli_startup_bench.py [--runs 20] [--source DIR] [--cached-bytecode]

`--source DIR` runs the `cumuldesk` package found in DIR instead of the installed one
(it goes first on PYTHONPATH), e.g. an older version unpacked with
`git archive REV cumuldesk | tar -x -C DIR`, to compare before and after in one run.

The environment is passed on as it is: with PYTHONDONTWRITEBYTECODE set (as in this
project's sessions) every CumulDesk module is compiled again in each process (the
editable install has no compiled files). `--cached-bytecode` measures as an installed copy
runs: compiled files kept, in a temporary folder (PYTHONPYCACHEPREFIX), not the repository.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
TARGET = 4.0


def _insz() -> str:
    sys.path.insert(0, str(REPOSITORY))
    from cumuldesk.domain.insz import build_insz

    return build_insz(date(1985, 7, 30), 33)


def _cumuldesk() -> list[str]:
    """The `cumuldesk` console script next to this Python (what a user runs), else
    `python -m cumuldesk`."""
    script = Path(sys.executable).parent / "cumuldesk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "cumuldesk"]


def _time(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from just before the process starts to its end (run outside the
    repository, so that `--source` is the package found)."""
    start = time.perf_counter()
    done = subprocess.run(
        argv, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)}: exit code {done.returncode}\n{done.stderr!r}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="processes per command")
    parser.add_argument("--source", type=Path, help="run the cumuldesk package in this folder")
    parser.add_argument(
        "--cached-bytecode",
        action="store_true",
        help="keep the compiled modules between processes (in a temporary folder)",
    )
    args = parser.parse_args()

    env = dict(os.environ)
    if args.source:
        env["PYTHONPATH"] = os.pathsep.join(
            [str(args.source.resolve()), *filter(None, [env.get("PYTHONPATH")])]
        )
    with tempfile.TemporaryDirectory(prefix="cli-startup-bench-") as bytecode:
        if args.cached_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = bytecode
        return _run(args, env)


def _run(args: argparse.Namespace, env: dict[str, str]) -> int:
    insz = _insz()
    cumuldesk = _cumuldesk()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "cumuldesk --version": [*cumuldesk, "--version"],
        f"cumuldesk insz {insz}": [*cumuldesk, "insz", insz],
        "cumuldesk --help": [*cumuldesk, "--help"],
    }
    for argv in commands.values():  # warm the file cache and the compiled modules
        _time(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, argv in commands.items():
            times[name].append(_time(argv, env))

    medians = {name: statistics.median(values) for name, values in times.items()}
    floor = medians["python -c pass"]
    source = f", package from {args.source}" if args.source else ""
    if env.get("PYTHONDONTWRITEBYTECODE"):
        compiled = "PYTHONDONTWRITEBYTECODE: CumulDesk compiled in each process"
    else:
        compiled = "compiled modules kept"
    print(f"median of {args.runs} new processes each, side by side ({compiled}{source})")
    print(f"{'command':34} {'median':>9} {'min':>9} {'ratio':>7}")
    for name, median in medians.items():
        low = min(times[name])
        print(f"{name:34} {median * 1000:7.1f}ms {low * 1000:7.1f}ms {median / floor:6.1f}x")
    met = all(medians[name] / floor <= TARGET for name in list(commands)[1:3])
    verdict = "met" if met else "NOT met"
    print(f"target: --version and insz within {TARGET:g}x python -c pass: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
