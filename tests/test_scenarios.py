"""Scenario cases as data (tests/scenarios/*.json), run against the shipped parameters."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cumuldesk.params.loader import load_parameters
from cumuldesk.services.assessment import check, simulation_report
from cumuldesk.services.dossier_input import parse_dossier, read_json_file

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "scenarios").glob("*.json"))


@pytest.mark.parametrize("case_path", CASES, ids=lambda p: p.stem)
def test_scenario(case_path: Path):
    case = json.loads(case_path.read_text(encoding="utf-8"))
    parsed = parse_dossier(
        read_json_file(ROOT / "resources" / "examples" / case["dossier"]), date(2026, 11, 23)
    )
    params = load_parameters(use_overrides=False)
    report = (simulation_report if case["command"] == "simulate" else check)(parsed, params)
    expect = case["expect"]
    months = {m["month"]: m for m in report["months"]}
    for month, fields in expect.get("months", {}).items():
        for name, value in fields.items():
            assert months[month][name] == value, f"{month} {name}"
    if "month_count" in expect:
        assert len(report["months"]) == expect["month_count"]
    for name, value in expect.get("totals", {}).items():
        assert report["totals"][name] == value, name
    for key in ("recommendation", "unverified_parameters", "conflict_months"):
        if key in expect:
            assert report[key] == expect[key], key


def test_every_example_has_a_scenario_or_a_cli_test():
    examples = {p.name for p in (ROOT / "resources" / "examples").glob("*.json")}
    covered = {json.loads(p.read_text(encoding="utf-8"))["dossier"] for p in CASES}
    assert examples - covered <= {"retroactive-change.json"}  # covered in tests/cli
