"""Every `--on`, `--date`, `--today` and `--answer-days` has documented bounds (issue 15,
point 3): dates YYYY-MM-DD in ASCII digits from 2000-01-01 to 2100-12-31, answer days 1 to
365; anything else is a one-line refusal, exit 2, before any sign-in."""

from __future__ import annotations

from datetime import date

import pytest

from cumuldesk.cli import build_parser, main

INSZ = "06.05.20-117.55"
DATE_OPTIONS = [
    ("params", "--on"),
    ("dossier", INSZ, "--on"),
    ("case", "answer", "CD-000001", "refused", "--date"),
    ("letter", INSZ, "--pdf", "out.pdf", "--on"),
    ("purge", "--today"),
    ("demo-data", "--today"),
]
ARABIC_INDIC = str.maketrans(
    "0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
)


def refused(capsys, argv: list[str], fragment: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cumuldesk: argument ") and fragment in err


@pytest.mark.parametrize("prefix", DATE_OPTIONS, ids=lambda p: f"{p[0]} {p[-1]}")
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1999-12-31", "from 2000-01-01 to 2100-12-31"),
        ("2101-01-01", "from 2000-01-01 to 2100-12-31"),
        ("0001-01-01", "from 2000-01-01 to 2100-12-31"),
        ("9999-12-31", "from 2000-01-01 to 2100-12-31"),
        ("2026-W48-1", "YYYY-MM-DD"),  # before: accepted (date.fromisoformat takes weeks)
        ("2026-11-23".translate(ARABIC_INDIC), "YYYY-MM-DD"),  # before: accepted
        ("20261123", "YYYY-MM-DD"),  # before: accepted
        ("2026-02-30", "not an existing date"),
    ],
)
def test_a_date_option_out_of_bounds_is_refused(capsys, prefix, text, fragment):
    refused(capsys, [*prefix, text], fragment)


@pytest.mark.parametrize("prefix", DATE_OPTIONS, ids=lambda p: f"{p[0]} {p[-1]}")
def test_the_bounds_themselves_are_taken(prefix):
    option = prefix[-1].removeprefix("--").replace("-", "_")
    for text, day in (("2000-01-01", date(2000, 1, 1)), ("2100-12-31", date(2100, 12, 31))):
        assert getattr(build_parser().parse_args([*prefix, text]), option) == day


@pytest.mark.parametrize("days", ["0", "366", "-1", "1e3", "30.5", "\u0663\u0660", "9" * 30])
def test_answer_days_are_1_to_365(capsys, days):
    # before: 0 and -1 reached the service; 9 * 30 overflowed the date arithmetic (exit 1)
    argv = ["letter", INSZ, "--pdf", "out.pdf", "--answer-days", days]
    refused(capsys, argv, "expected a whole number of days from 1 to 365")


def test_answer_days_bounds_are_taken():
    for days in (1, 30, 365):
        argv = ["letter", INSZ, "--pdf", "out.pdf", "--answer-days", str(days)]
        assert build_parser().parse_args(argv).answer_days == days
