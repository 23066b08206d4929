"""DOSSIER.json takes exactly what the README documents (issue 15, point 3): amounts as
text with ASCII digits and at most two decimals, dates as YYYY-MM-DD, bounded nesting and
size; every refusal is exit 2 with one line naming the field (before: exit 1 for some)."""

from __future__ import annotations

import copy
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from cumuldesk.cli import main
from cumuldesk.domain.money import MAX_AMOUNT, parse_amount
from cumuldesk.services.dossiers.input import MAX_DEPTH, MAX_DOSSIER_BYTES

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = json.loads((ROOT / "resources/examples/renounce-flanders.json").read_text("utf-8"))
ARABIC_INDIC = str.maketrans(
    "0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main([*argv, "--shipped"], out)
    return code, out.getvalue(), capsys.readouterr().err


def refused(capsys, path: Path, field: str, fragment: str = "", commands=("check", "simulate")):
    for command in commands:
        code, out, err = run(capsys, command, str(path))
        assert (code, out) == (2, ""), err
        assert err.count("\n") == 1 and "Traceback" not in err and "unexpected" not in err
        assert err.startswith(f"cumuldesk: {field}"), err
        assert fragment in err, err


def dossier(tmp_path: Path, change) -> Path:
    data = copy.deepcopy(EXAMPLE)
    change(data)
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_example_is_fine(capsys):
    path = ROOT / "resources/examples/renounce-flanders.json"
    for command in ("check", "simulate"):
        assert run(capsys, command, str(path))[0] == 0


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1e30", "digits 0-9"),  # before: exit 1, decimal.InvalidOperation
        ("8_98.21", "digits 0-9"),  # before: accepted as 898.21
        ("898.21".translate(ARABIC_INDIC), "digits 0-9"),  # before: accepted
        (" 898.21", "digits 0-9"),
        ("+898.21", "digits 0-9"),
        ("898,21", "digits 0-9"),
        ("Infinity", "digits 0-9"),
        ("898.210", "more than two decimals"),
        ("-898.21", "negative"),
        ("9" * 24, "above the maximum of 9999999.99"),
        ("9" * 5000, "above the maximum"),
    ],
)
def test_an_amount_is_digits_a_dot_and_two_decimals(tmp_path, capsys, text, fragment):
    def change(data):
        data["ivt_it_periods"][0]["monthly_amount"] = text

    refused(capsys, dossier(tmp_path, change), "ivt_it_periods[0].monthly_amount:", fragment)


def test_an_amount_in_the_simulation_names_its_field(tmp_path, capsys):
    def change(data):
        data["simulation"]["ivt"]["own_income"] = "1e30"

    path = dossier(tmp_path, change)
    refused(capsys, path, "simulation.ivt.own_income:", "digits 0-9", commands=("simulate",))


@pytest.mark.parametrize("value", ["898.21", "898.2", "0", "0.00", "9999999.99"])
def test_amounts_as_documented(value):
    assert parse_amount(value) == Decimal(value).quantize(Decimal("0.01"))


@pytest.mark.parametrize("value", [898, 898.21, True, None, Decimal("1"), "", "."])
def test_anything_else_is_no_amount(value):
    with pytest.raises(ValueError):
        parse_amount(value)
    assert MAX_AMOUNT == Decimal("9999999.99")


def test_a_5000_digit_integer_names_its_field(tmp_path, capsys):
    # before: exit 1 (Python refuses to convert more than 4,300 digits)
    path = tmp_path / "dossier.json"
    text = json.dumps(EXAMPLE).replace('"points": 24', '"points": ' + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    refused(capsys, path, "simulation.zorgtoeslag.points:", "whole number", ("simulate",))


def test_nan_is_not_json(tmp_path, capsys):
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(EXAMPLE).replace('"points": 24', '"points": NaN'), "utf-8")
    refused(capsys, path, "simulation.zorgtoeslag.points:", "whole number", ("simulate",))


@pytest.mark.parametrize(
    "text",
    [
        "2026-W48-1",  # an ISO week date, accepted by date.fromisoformat
        "2026-11-23".translate(ARABIC_INDIC),
        "20261123",
        "2026-11-23T00:00",
        " 2026-11-23",
    ],
)
def test_as_of_is_only_yyyy_mm_dd(tmp_path, capsys, text):
    refused(capsys, dossier(tmp_path, lambda d: d.update(as_of=text)), "as_of:", "YYYY-MM-DD")


@pytest.mark.parametrize("text", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_dates_lie_between_1900_and_2100(tmp_path, capsys, text):
    def change(data):
        data["bob_periods"][0]["end"] = text

    refused(capsys, dossier(tmp_path, change), "bob_periods[0].end:")


@pytest.mark.parametrize("text", ["9999-12", "0001-01", "2026-11".translate(ARABIC_INDIC)])
def test_months_too(tmp_path, capsys, text):
    def change(data):
        data["simulation"]["notified_month"] = text

    path = dossier(tmp_path, change)
    refused(capsys, path, "simulation.notified_month:", commands=("simulate",))


def test_1000_levels_of_nesting_are_refused_with_the_place(tmp_path, capsys):
    # before: exit 1 (RecursionError)
    path = tmp_path / "deep.json"
    path.write_text('{"simulation": ' + "[" * 1000 + "]" * 1000 + "}", encoding="utf-8")
    refused(capsys, path, str(path), f"line 1, column {15 + MAX_DEPTH}: nested more than")


def test_brackets_inside_text_do_not_count(tmp_path, capsys):
    def change(data):
        data["region"] = "[[[[" * 100

    refused(capsys, dossier(tmp_path, change), "region:")


def test_an_oversized_file_is_refused_without_being_read_whole(tmp_path, capsys):
    path = tmp_path / "big.json"
    path.write_text(" " * MAX_DOSSIER_BYTES + "{}", encoding="utf-8")
    refused(capsys, path, str(path), "larger than 1,024 KB")


@pytest.mark.parametrize(("name", "shown"), [("\n", '"\\n"'), ("a\u202eb", '"a\\u202eb"')])
def test_an_unknown_field_name_is_shown_on_one_line(tmp_path, capsys, name, shown):
    # found by the fuzz test: a field named "\n" split the message over two lines
    refused(capsys, dossier(tmp_path, lambda d: d.update({name: None})), f"{shown}: unknown")
