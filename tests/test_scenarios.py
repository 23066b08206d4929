"""Scenario cases as data (tests/scenarios/*.json), run against the shipped parameters.

A case runs an example dossier of resources/examples (`dossier`), optionally changed
(`changes`: top-level fields replaced; `simulation_changes`: fields of its `simulation`
object replaced), with the shipped law data, optionally with the values of some
parameters replaced (`law`: `{name: [[effective, value, kind], ...]}`, for the open
points of law). tests/scenarios/README.md describes the `expect` keys.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cumuldesk.commands.report_json import check_json, simulation_json
from cumuldesk.domain.law import Kind
from cumuldesk.params.loader import ParameterSet, load_parameters, parameters_from_values
from cumuldesk.services.dossiers.input import InputError, parse_dossier, read_json_file
from cumuldesk.services.reports import check, simulation_report

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "scenarios").glob("*.json"))


def _law(changes: dict[str, list[list[Any]]]) -> ParameterSet:
    shipped = load_parameters()
    if not changes:
        return shipped
    values = [v for v in shipped.all_values() if v.name not in changes]
    for name, rows in changes.items():
        template = shipped.values(name)[0]
        for effective, value, kind in rows:
            values.append(
                replace(
                    template,
                    effective=date.fromisoformat(effective),
                    value=value if isinstance(value, bool) else Decimal(value),
                    kind=Kind(kind),
                    source_title=f"scenario: {name} = {value} ({kind})",
                )
            )
    return parameters_from_values(values, None, "scenario law data")


def _dossier(case: dict[str, Any]) -> dict[str, Any]:
    data = read_json_file(ROOT / "resources" / "examples" / case["dossier"])
    data.update(case.get("changes", {}))
    if "simulation_changes" in case:
        data["simulation"] = {**data["simulation"], **case["simulation_changes"]}
    return data


@pytest.mark.parametrize("case_path", CASES, ids=lambda p: p.stem)
def test_scenario(case_path: Path):
    case = json.loads(case_path.read_text(encoding="utf-8"))
    parsed = parse_dossier(_dossier(case), date(2026, 11, 23))
    params = _law(case.get("law", {}))
    # the reports as `cumuldesk simulate|check --json` prints them
    if case["command"] == "simulate":

        def build(parsed: Any, params: ParameterSet) -> dict[str, Any]:
            return simulation_json(simulation_report(parsed, params))
    else:

        def build(parsed: Any, params: ParameterSet) -> dict[str, Any]:
            return check_json(check(parsed, params))

    expect = case["expect"]
    if "error" in expect:
        with pytest.raises(InputError) as info:
            build(parsed, params)
        assert info.value.field == expect["error"]["field"]
        for fragment in expect["error"]["contains"]:
            assert fragment in info.value.message
        return
    report = build(parsed, params)
    months = {m["month"]: m for m in report["months"]}
    for month, fields in expect.get("months", {}).items():
        for name, value in fields.items():
            assert months[month][name] == value, f"{month} {name}"
    if "month_count" in expect:
        assert len(report["months"]) == expect["month_count"]
    if "arrears_months" in expect:
        arrears = [m["month"] for m in report["months"] if m["arrears"]]
        assert len(arrears) == expect["arrears_months"]
        assert report["totals"]["arrears_months"] == expect["arrears_months"]
    for name, value in expect.get("totals", {}).items():
        assert report["totals"][name] == value, name
    for key in (
        "recommendation",
        "unverified_parameters",
        "conflict_months",
        "notified_month",
        "retroactive_change",
    ):
        if key in expect:
            assert report[key] == expect[key], key
    if "open_points" in expect:
        assert [p["name"] for p in report["open_points"]] == expect["open_points"]
    for fragment in expect.get("reasons_contain", []):
        assert any(fragment in reason for reason in report["reasons"]), fragment
    for fragment in expect.get("reasons_lack", []):
        assert not any(fragment in reason for reason in report["reasons"]), fragment


def test_every_example_has_a_scenario_or_a_cli_test():
    examples = {p.name for p in (ROOT / "resources" / "examples").glob("*.json")}
    covered = {json.loads(p.read_text(encoding="utf-8"))["dossier"] for p in CASES}
    assert examples <= covered


def test_the_scenarios_change_only_known_fields():
    for path in CASES:
        case = json.loads(path.read_text(encoding="utf-8"))
        assert set(case) <= {
            "dossier",
            "command",
            "hand_check",
            "changes",
            "simulation_changes",
            "law",
            "expect",
        }, path.name
        assert case["hand_check"], path.name
