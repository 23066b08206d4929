"""The `simulation` object of a DOSSIER.json: the notified month, and what the report
says about the law data and the open points of law."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cumuldesk.domain.law import Kind
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import BRUSSELS_POINTS
from cumuldesk.params.loader import load_parameters, parameters_from_values
from cumuldesk.services.dossiers.input import InputError, parse_dossier, parse_simulation
from cumuldesk.services.reports import simulation_report

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"


def example(name: str, **simulation) -> dict:
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    data["simulation"] = {**data["simulation"], **simulation}
    return data


def test_a_given_notified_month_is_read():
    parsed = parse_dossier(example("renounce-flanders.json"), date(2026, 11, 23))
    data = parse_simulation(parsed)
    assert data.notified_month == Month(2026, 12)
    assert data.as_of == date(2026, 11, 23)


def test_without_a_notified_month_the_month_after_as_of_is_taken():
    data = example("renounce-flanders.json", notified_month=None)
    data["as_of"] = "2025-01-31"
    parsed = parse_dossier(data, date(2026, 11, 23))
    simulation = parse_simulation(parsed)
    assert simulation.notified_month is None and simulation.notified == Month(2025, 2)
    report = simulation_report(parsed, load_parameters())
    assert report.notified_month == Month(2025, 2)
    # 2024-06 .. 2025-01: 8 months of arrears
    assert len(report.arrears_months) == 8


def test_without_as_of_today_is_the_as_of_day():
    data = example("renounce-flanders.json", notified_month=None)
    del data["as_of"]
    parsed = parse_dossier(data, date(2025, 12, 5))  # today
    assert parse_simulation(parsed).notified == Month(2026, 1)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2026-13", "month 13 does not exist"),
        ("2026-1", "expected a month as YYYY-MM"),
        (202612, "expected a month as YYYY-MM"),
        ("", "expected a month as YYYY-MM"),
    ],
)
def test_a_bad_notified_month_names_the_field(value, fragment):
    parsed = parse_dossier(example("renounce-flanders.json", notified_month=value), date.today())
    with pytest.raises(InputError) as info:
        parse_simulation(parsed)
    assert info.value.field == "simulation.notified_month"
    assert fragment in info.value.message
    assert info.value.exit_code == 2


def test_brussels_points_are_refused_with_a_marked_message():
    data = example(
        "ivt-more-favourable-brussels.json", zorgtoeslag={"points": 13, "pillar1_points": 2}
    )
    with pytest.raises(InputError) as info:
        simulation_report(parse_dossier(data, date(2026, 11, 23)), load_parameters())
    assert info.value.field == "simulation.zorgtoeslag"
    assert info.value.problem == BRUSSELS_POINTS  # the window translates it
    assert str(info.value) == f"simulation.zorgtoeslag: {BRUSSELS_POINTS}"


def test_the_report_names_the_law_data_version():
    parsed = parse_dossier(example("renounce-flanders.json"), date(2026, 11, 23))
    shipped = simulation_report(parsed, load_parameters())
    assert (shipped.law_version, shipped.law_data) == (None, "shipped defaults")
    central = parameters_from_values(load_parameters().all_values(), 7, "central law data v7")
    report = simulation_report(parsed, central)
    assert (report.law_version, report.law_data) == (7, "law data v7")

    def totals(r):
        return (
            len(r.months),
            len(r.arrears_months),
            r.total_federal,
            r.total_flemish,
            r.total_difference,
        )

    assert totals(report) == totals(shipped)


def test_the_report_lists_the_open_points_as_used_parameters():
    parsed = parse_dossier(example("renounce-flanders.json"), date(2026, 11, 23))
    report = simulation_report(parsed, load_parameters())
    points = {p.value.name: p for p in report.open_points}
    assert set(points) == {"ondersteuningstoeslag_ivt_it_ban", "zorgtoeslag_arrears_recovered"}
    recovered = points["zorgtoeslag_arrears_recovered"]
    assert (recovered.value.value, recovered.value.kind, recovered.value.verified) == (
        True,
        Kind.CARRIED,
        False,
    )
    assert (recovered.first_month, recovered.last_month) == (Month(2024, 6), Month(2026, 11))
    assert recovered in report.parameters
