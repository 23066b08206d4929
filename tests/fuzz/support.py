"""What every fuzz test asserts about one run of the real command line (in this process,
`cumuldesk.cli.main` with the output captured), and the shared Hypothesis settings.

Each test runs a bounded, fixed set of examples (`derandomize=True`: CI sees the same
inputs every run; no example database is written), so it stays a few seconds.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from cumuldesk.cli import main

# deliberately small: the fuzz tests run in CI with every push
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # capsys and the database are reset per example
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
FEW = settings(FUZZ, max_examples=40)  # each example signs in and writes a database

# digits people paste that are not ASCII digits (str.isdigit and int() take them)
OTHER_DIGITS = "\u0660\u0661\u0669\u06f0\u06f5\u0966\u09e6\uff10\uff19\u00b2\u2463\U0001d7ce"


def run_command(capsys: pytest.CaptureFixture[str], argv: Sequence[str]) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of `cumuldesk ARGV`; a usage error
    (argparse's SystemExit) counts as its exit code."""
    capsys.readouterr()
    out = io.StringIO()
    os.environ.pop("CUMULDESK_DEBUG", None)
    try:
        code = main(list(argv), out)
    except SystemExit as stopped:
        code = int(stopped.code or 0)
    err = capsys.readouterr().err
    return code, out.getvalue(), err


def assert_clean_outcome(code: int, err: str, *, allowed: Sequence[int] = (0, 2)) -> None:
    """Exit 0 or 2; on 2 exactly one line on stderr; never a traceback nor an unexpected
    error."""
    assert code in allowed, f"exit {code}: {err}"
    assert "Traceback" not in err and "unexpected error" not in err, err
    if code != 0:
        assert err.endswith("\n") and err.count("\n") == 1, err
        assert err.startswith("cumuldesk: "), err


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}
