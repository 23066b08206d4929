"""Benchmark of the desktop application's cold start (not a test).

Each run is a new Python process (`python -c`) that imports `cumuldesk.ui.shell.app` and runs
its smoke path (`cumuldesk app --smoke-test`): sign in as an.demo from the environment,
open the main window, let its first loads end, close. Measured from just before the
process is started to

- "sign-in dialog shown": (another new process) the first window a handler sees, ready
  for typing;
- "main window shown": the main window is exposed (on screen, usable), the sign-in
  (password check, cache opened) included but no typing;
- "first loads done": every start-up background operation (work list, status) delivered.

The embedded demo database (default size) and an.demo's cache, synced once, are prepared
in a temporary folder first (not timed). No keyring is assumed: the cache key comes from
$CUMULDESK_CACHE_PASSPHRASE (one more memory-hard derivation than with a keyring).
Target: under 2 s. Prints the median of the runs
in a table.

    .venv/bin/python bench/startup_bench.py [--runs 5] [--persons 5000] [--stand-in]

`--stand-in` (automatic while the real main window cannot be built yet) measures with a
plain QMainWindow instead of `cumuldesk.ui.shell.main_window.MainWindow`.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
USER, PASSWORD = "an.demo", "an-demo-password"
WINDOW_MODULES = (
    "cumuldesk.ui.shell.main_window",
    "cumuldesk.ui.worklist.page",
    "cumuldesk.ui.dossier.page",
    "cumuldesk.ui.simulation.page",
)

CHILD = r"""
import sys, time, types
stand_in = sys.argv[1] == "stand-in"
from cumuldesk.ui.shell import app
if stand_in:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLabel, QMainWindow

    class StandIn(QMainWindow):
        lock_requested = Signal()

        def __init__(self, ctx, parent=None, *, start_sync=True):
            super().__init__(parent)
            self.setCentralWidget(QLabel("stand-in main window"))

    sys.modules["cumuldesk.ui.shell.main_window"] = types.SimpleNamespace(MainWindow=StandIn)
code = app.main(
    ["--smoke-test"],
    on_shown=lambda window: print("SHOWN", time.time(), flush=True),
    on_loaded=lambda window: print("LOADED", time.time(), flush=True),
)
sys.exit(code)
"""


# what a handler sees first: the process starts and shows the sign-in dialog
DIALOG_CHILD = """
import sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from cumuldesk.ui.shell import app
from cumuldesk.ui.kit.settings import Settings
from cumuldesk.ui.shell.signin_dialog import SignInDialog
qapp = QApplication(sys.argv[:1])
dialog = SignInDialog(Settings())
dialog.show()
QTest.qWaitForWindowExposed(dialog)
print("SHOWN", time.time(), flush=True)
"""


def dialog_run(env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", DIALOG_CHILD],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        sys.exit(f"startup_bench: the sign-in dialog did not open: {done.stderr.strip()}")
    times = dict(line.split() for line in done.stdout.splitlines() if line[:1].isupper())
    return float(times["SHOWN"]) - started


def environment(folder: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "CUMULDESK_DATA_DIR": str(folder / "data"),
        "CUMULDESK_CONFIG_DIR": str(folder / "config"),
        "CUMULDESK_CACHE_PASSPHRASE": "benchmark cache passphrase",
        "CUMULDESK_USER": USER,
        "CUMULDESK_PASSWORD": PASSWORD,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("CUMULDESK_CENTRAL_URL", None)
    return env


def prepare(env: dict[str, str], persons: int) -> None:
    """The demo database and an.demo's synced cache (`cumuldesk demo-data`, `sync`)."""
    for command in (["demo-data", "--persons", str(persons)], ["sync", "--user", USER]):
        done = subprocess.run(
            [sys.executable, "-m", "cumuldesk", *command],
            cwd=REPOSITORY,
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"startup_bench: cumuldesk {' '.join(command)} failed: {done.stderr}")


def one_run(env: dict[str, str], stand_in: bool) -> tuple[float, float]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "stand-in" if stand_in else "real"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        sys.exit(f"startup_bench: the smoke start failed: {done.stderr.strip()}")
    times = dict(line.split() for line in done.stdout.splitlines() if line[:1].isupper())
    return float(times["SHOWN"]) - started, float(times["LOADED"]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--persons", type=int, default=5_000)
    parser.add_argument("--stand-in", action="store_true", help="a plain QMainWindow")
    args = parser.parse_args()
    missing = [name for name in WINDOW_MODULES if importlib.util.find_spec(name) is None]
    stand_in = args.stand_in or bool(missing)
    with tempfile.TemporaryDirectory(prefix="cumuldesk-startup-") as folder:
        env = environment(Path(folder))
        prepare(env, args.persons)
        one_run(env, stand_in)  # warm the file system cache: "cold" means a new process
        runs = [one_run(env, stand_in) for _ in range(args.runs)]
        dialogs = [dialog_run(env) for _ in range(args.runs)]
    shown = [run[0] for run in runs]
    loaded = [run[1] for run in runs]
    window = "stand-in QMainWindow" if stand_in else "cumuldesk.ui.shell.main_window.MainWindow"
    if missing and not args.stand_in:
        window += f" (missing: {', '.join(missing)})"
    print(f"Cold start to a usable window: {len(runs)} runs, new process each, {window}")
    print(f"demo database of {args.persons:,} persons, an.demo's cache synced")
    print()
    print("| measure                 | median  | min     | max     | target |")
    print("|-------------------------|---------|---------|---------|--------|")
    for name, values, target in (
        ("sign-in dialog shown", dialogs, "< 2 s"),
        ("main window shown", shown, "< 2 s"),
        ("first loads done", loaded, ""),
    ):
        print(
            f"| {name:<23} | {statistics.median(values):5.2f} s | {min(values):5.2f} s "
            f"| {max(values):5.2f} s | {target:<6} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
