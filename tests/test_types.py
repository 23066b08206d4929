"""The types are checked: mypy, configured in pyproject.toml ([tool.mypy]: strict on the
domain, the law data and the services), finds no error (issue 16).

mypy runs in a subprocess with this interpreter (so it sees the installed packages and
their types) and a cache of its own, so the test leaves nothing in the working tree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def mypy_command(cache_dir: Path) -> list[str]:
    """mypy on the whole package (the `files` of [tool.mypy]) with its configuration."""
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
    return command + ["--cache-dir", str(cache_dir)]


def test_mypy_finds_no_type_error(tmp_path: Path) -> None:
    result = subprocess.run(
        mypy_command(tmp_path / "mypy_cache"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"mypy found type errors:\n{output}"
    assert "Success: no issues found" in output, output
