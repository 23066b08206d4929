"""The timeline as plain data: the same conflict months, windows and retroactive months as
`cumuldesk check`, the birthdays marked, the periods on their lanes."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cumuldesk.domain.months import Month
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.input import parse_dossier
from cumuldesk.services.dossiers.timeline import (
    AGE_18,
    AGE_21,
    AGE_24,
    LANES,
    TODAY,
    PointsRow,
    build_timeline,
)
from cumuldesk.services.reports import check

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
ON = date(2026, 11, 23)


@pytest.fixture(scope="module")
def params():
    return load_parameters()


def _example(name: str):
    return parse_dossier(json.loads((EXAMPLES / f"{name}.json").read_text()), ON)


def _months(first: str, last: str) -> tuple[Month, ...]:
    month, end, found = Month.parse(first), Month.parse(last), []
    while month <= end:
        found.append(month)
        month = month + 1
    return tuple(found)


def test_a_known_conflict_gives_the_months_and_markers_of_cumuldesk_check(params):
    parsed = _example("renounce-flanders")  # born 20/05/2006, BOB from 2024, IVT from 2025
    t = build_timeline(parsed, params, ON)
    # hand-checked: BOB and a paid IVT from 01/2025 to the 21st birthday's month 05/2027
    assert t.conflict_months == _months("2025-01", "2027-05")
    assert t.conflict_months == check(parsed, params).conflict_months
    assert (t.axis_start, t.axis_end) == (Month(2023, 5), Month(2030, 5))
    assert (t.ban_window.start, t.ban_window.end) == (Month(2024, 6), Month(2027, 5))
    assert (t.query_window.start, t.query_window.end) == (date(2024, 5, 20), ON)
    marks = {m.kind: m.day for m in t.markers}
    assert marks[AGE_18] == date(2024, 5, 20)
    assert marks[AGE_21] == date(2027, 5, 20)
    assert marks[AGE_24] == date(2030, 5, 20)
    assert marks[TODAY] == ON
    assert [lane.name for lane in t.lanes] == list(LANES)
    (ivt,) = t.lane("IVT").segments
    assert (ivt.start, ivt.end, ivt.amount, ivt.regulation) == (
        date(2025, 1, 1),
        None,
        Decimal("898.21"),
        "IVT",
    )
    assert t.conflicts_in(ivt) == 29
    assert t.retro_owed == () and t.retro_stop == ()


def test_no_conflict_when_there_is_none(params):
    t = build_timeline(_example("ivt-more-favourable-brussels"), params, ON)
    assert t.conflict_months == ()
    assert t.ban_window is not None


def test_a_retroactive_change_in_the_input_marks_its_months(params):
    parsed = _example("retroactive-change")
    t = build_timeline(parsed, params, ON, retro_stop=[Month(2025, 1)])
    # the new decision pays 0 EUR from 06/2023 to 02/2024: BOB is owed again then
    assert t.retro_owed == _months("2023-06", "2024-02")
    assert t.retro_stop == (Month(2025, 1),)  # flags from sync are kept too
    assert [s.regulation for s in t.lane("IVT").segments] == ["IVT", "IVT"]
    assert [s.regulation for s in t.lane("IT").segments] == ["IT"]
    zero = t.lane("IVT").segments[1]
    assert t.conflicts_in(zero) == 0  # 0 EUR paid: no conflict in those months


def test_zorgtoeslag_attestations_run_until_the_next_one(params):
    rows = [PointsRow(date(2025, 6, 1), 14, 2), PointsRow(date(2024, 3, 1), 24, 6)]
    t = build_timeline(_example("renounce-flanders"), params, ON, zorgtoeslag=rows)
    first, second = t.lane("Zorgtoeslag").segments
    assert (first.start, first.end, first.points) == (date(2024, 3, 1), date(2025, 5, 31), 24)
    assert (second.start, second.end) == (date(2025, 6, 1), None)
    assert first.amount is not None and first.amount > second.amount > 0


def test_a_period_outside_the_axis_keeps_its_dates_and_says_so(params):
    data = json.loads((EXAMPLES / "renounce-flanders.json").read_text())
    data["bob_periods"] = [{"start": "2022-01-01", "end": "2031-01-31"}]
    t = build_timeline(parse_dossier(data, ON), params, ON)
    (bob,) = t.lane("BOB").segments
    assert bob.start == date(2022, 1, 1)
    assert t.starts_before_axis(bob) and t.ends_after_axis(bob)
