"""Hostile VSB files against the import's bounds (not part of the test run).

Writes the bad workbooks of `tests/vsb_bombs.py` (a sparse XLSX with cells in column
XFD, a deflate bomb of 4 million rows) and a CSV of max_rows + 1 rows, and reads each
the way `cumuldesk import-vsb` does (`read_vsb_file`, then `check_rows`), each in a
fresh process, printing the wall time, the peak memory of that process (ru_maxrss)
and the outcome. Target: refused within seconds, under 200 MB. Measured: README, "Benchmarks".

    .venv/bin/python bench/vsb_bounds_bench.py [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from vsb_bombs import bomb_xlsx, csv_bomb_text, sparse_xlsx  # noqa: E402

CHILD = """
import resource, sys, time
from pathlib import Path
from cumuldesk.errors import BadInput
from cumuldesk.services.vsb.file import check_rows, read_vsb_file
began = time.perf_counter()
try:
    vsb = read_vsb_file(Path(sys.argv[1]))
    good, rejects = check_rows(vsb.rows)
    outcome = f"read {len(vsb.rows):,} rows ({len(good):,} good, {len(rejects):,} rejected)"
except BadInput as exc:
    outcome = f"refused (exit {exc.exit_code}): {exc}"
seconds = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.2f}\\t{peak:.0f}\\t{outcome}")
"""


def measure(path: Path, timeout: float) -> str:
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    except subprocess.TimeoutExpired:
        return f"still running after {timeout:.0f} s (stopped)"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"failed after {time.perf_counter() - began:.1f} s: {last}"
    seconds, peak, outcome = done.stdout.strip().split("\t", 2)
    return f"{float(seconds):6.2f} s, peak {float(peak):7.0f} MB: {outcome}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=600, help="per file (default 600 s)")
    args = parser.parse_args()
    from cumuldesk.config import import_limits

    limits = import_limits()
    with tempfile.TemporaryDirectory() as folder:
        files = {
            "sparse XLSX (20,000 rows with a cell in column XFD)": sparse_xlsx(
                Path(folder) / "sparse.xlsx"
            ),
            "deflate bomb XLSX (4,000,000 rows)": bomb_xlsx(Path(folder) / "bomb.xlsx"),
            "deflate bomb XLSX under the packing checks (150,000 rows, 8 MB unpacked)": (
                bomb_xlsx(Path(folder) / "small-bomb.xlsx", rows=150_000)
            ),
        }
        too_long = Path(folder) / "long.csv"
        too_long.write_text(csv_bomb_text(limits.max_rows + 1), encoding="utf-8")
        files[f"CSV of {limits.max_rows + 1:,} rows"] = too_long
        for label, path in files.items():
            size = path.stat().st_size / 1024
            print(f"{label}, {size:,.0f} KB:\n  {measure(path, args.timeout)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
