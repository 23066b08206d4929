"""The shipped law parameters say what DOMAIN.md says, figure by figure.

These tests read the TOML files in `resources/parameters/` directly (not through the
loader), the way a lawyer would re-check them: every figure below is copied from
DOMAIN.md ("Amounts"), every derived figure is recomputed from its rule with Decimal,
and the verified mark must say which is which. A mistyped figure fails here.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

FOLDER = Path(__file__).parents[2] / "resources" / "parameters"
CENT = Decimal("0.01")
TWO_PERCENT = Decimal("1.02")

EXPECTED_FILES = {
    "ivt_yearly": ("EUR/year", ["A", "B", "C"]),
    "ivt_partner_exemption": ("EUR/year", None),
    "it_yearly": ("EUR/year", ["1", "2", "3", "4", "5"]),
    "zorgtoeslag_monthly": (
        "EUR/month",
        [
            "p1_4_total_lt6",
            "total_6_8",
            "total_9_11",
            "total_12_14_or_p1_4_total_6_11",
            "total_15_17",
            "total_18_20",
            "total_gt20",
        ],
    ),
    "bob_monthly": ("EUR/month", None),
    "bob_ivt_it_ban": ("boolean", None),
    "zorgtoeslag_ivt_it_ban": ("boolean", ["flanders", "brussels", "wallonia"]),
}


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def four_decimals(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


@cache
def load(name: str) -> dict[str, Any]:
    with (FOLDER / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle, parse_float=Decimal)


def rows(name: str) -> list[dict[str, Any]]:
    return load(name)["values"]


def row(name: str, effective: str) -> dict[str, Any]:
    wanted = date.fromisoformat(effective)
    found = [r for r in rows(name) if r["effective"] == wanted]
    assert len(found) == 1, f"{name}: no single row effective {effective}"
    return found[0]


def value(name: str, effective: str, bracket: str | None = None) -> Any:
    raw = row(name, effective)["value"]
    return raw if bracket is None else raw[bracket]


def dates(name: str) -> list[str]:
    return [r["effective"].isoformat() for r in rows(name)]


# ------------------------------------------------------------------ format


def test_exactly_the_expected_files_are_shipped():
    assert sorted(p.stem for p in FOLDER.glob("*.toml")) == sorted(EXPECTED_FILES)


@pytest.mark.parametrize("name", sorted(EXPECTED_FILES))
def test_file_follows_the_format(name: str):
    unit, brackets = EXPECTED_FILES[name]
    data = load(name)
    assert data["name"] == name
    assert data["unit"] == unit
    assert isinstance(data["description"], str) and data["description"].strip()
    assert isinstance(data.get("note", ""), str)
    assert data.get("brackets") == brackets
    assert set(data) <= {"name", "description", "unit", "brackets", "note", "values"}
    effective = [r["effective"] for r in data["values"]]
    assert all(type(d) is date for d in effective)
    assert effective == sorted(effective) and len(set(effective)) == len(effective)
    for entry in data["values"]:
        where = f"{name} {entry['effective']}"
        assert set(entry) == {"effective", "value", "verified", "source"}, where
        verified = entry["verified"]
        if isinstance(verified, dict):  # per bracket: names exactly the value's brackets
            assert brackets is not None and set(verified) == set(brackets), where
            assert all(isinstance(v, bool) for v in verified.values()), where
        else:
            assert isinstance(verified, bool), where
        source = entry["source"]
        assert set(source) <= {"title", "url"}, where
        assert isinstance(source["title"], str) and source["title"].strip(), where
        if "url" in source:
            assert source["url"].startswith("https://"), where
        if brackets is None:
            items = [entry["value"]]
        else:
            assert isinstance(entry["value"], dict), where
            assert list(entry["value"]) == brackets, where  # all present, declared order
            items = list(entry["value"].values())
        for item in items:
            if unit == "boolean":
                assert isinstance(item, bool), where
            else:
                # A Decimal written with exactly two decimals (10715.90, never 10715.9 or 300).
                assert isinstance(item, Decimal), where
                assert item.as_tuple().exponent == -2, f"{where}: {item} needs 2 decimals"
                assert item >= 0, where


def test_derived_rows_say_how_they_were_derived():
    for name in EXPECTED_FILES:
        for entry in rows(name):
            title = entry["source"]["title"]
            if title.startswith(("derived", "carried over")):
                assert entry["verified"] is False, f"{name} {entry['effective']}"


# ------------------------------------------------------------------ figures of DOMAIN.md

# IVT maximum per year (from, A, B, C, sourced?)
IVT = [
    ("2017-09-01", "7143.93", "10715.90", "14287.86", True),
    ("2020-01-01", "7523.29", "11284.94", "15250.89", True),
    ("2020-03-01", "7673.73", "11510.61", "15555.87", False),
    ("2021-01-01", "7879.97", "11819.95", "15973.93", False),
    ("2021-07-01", "8037.57", "12056.35", "16293.41", True),
    ("2021-09-01", "8198.52", "12297.78", "16619.69", False),
    ("2022-01-01", "8581.15", "12871.71", "17395.33", True),
    ("2022-03-01", "8753.24", "13129.86", "17744.19", True),
    ("2022-05-01", "8928.23", "13392.33", "18098.91", False),
    ("2022-08-01", "9106.68", "13660.01", "18460.66", False),
    ("2022-11-01", "9289.17", "13933.74", "18830.60", False),
    ("2022-12-01", "9474.55", "14211.81", "19206.39", False),
    ("2023-01-01", "9716.17", "14574.29", "19696.22", True),
    ("2023-07-01", "9910.50", "14865.77", "20090.15", True),
    ("2023-11-01", "10108.64", "15162.98", "20491.81", False),
    ("2024-01-01", "10360.04", "15540.08", "21001.44", True),
    ("2024-05-01", "10567.44", "15851.18", "21421.87", False),
    ("2025-02-01", "10778.50", "16167.85", "21849.83", True),
]

PARTNER_EXEMPTION = [
    ("2020-01-01", "3761.65"),
    ("2021-07-01", "4018.79"),
    ("2022-03-01", "4376.63"),
    ("2023-07-01", "4955.25"),
]

# IT per year, the rows DOMAIN.md lists (from, coefficient, categories 1..5)
IT_LISTED = [
    ("2020-01-01", "1.4002", "1271.84", "4206.76", "6690.30", "9722.78", "11022.78"),
    ("2022-03-01", "1.5157", "1376.76", "4553.77", "7242.17", "10524.79", "11932.03"),
    ("2022-12-01", "1.6406", "1490.21", "4929.02", "7838.95", "11392.08", "12915.28"),
    ("2023-11-01", "1.6734", "1520.00", "5027.56", "7995.67", "11619.84", "13173.49"),
    ("2024-05-01", "1.7069", "1550.40", "5128.20", "8155.80", "11852.52", "13437.24"),
    ("2025-02-01", "1.7410", "1581.40", "5230.66", "8318.67", "12089.24", "13705.66"),
]
IT_2024_MONTHLY = ["129.20", "427.35", "679.65", "987.71", "1119.77"]  # mes-aides-financieres.be

ZORGTOESLAG_2021_09 = {
    "p1_4_total_lt6": "85.70",
    "total_6_8": "114.13",
    "total_9_11": "266.33",
    "total_12_14_or_p1_4_total_6_11": "439.63",
    "total_15_17": "499.89",
    "total_18_20": "535.60",
    # total_gt20: "not found" in DOMAIN.md; 560.10 from 2020-09-01
}
ZORGTOESLAG_2022_09 = {
    "p1_4_total_lt6": "87.41",
    "total_6_8": "116.41",
    "total_9_11": "271.66",
    "total_12_14_or_p1_4_total_6_11": "448.42",
    "total_15_17": "509.89",
    "total_18_20": "546.31",
    "total_gt20": "582.73",
}


def _spot_amounts() -> list[tuple[str, str, str | None, str]]:
    spots: list[tuple[str, str, str | None, str]] = []
    for effective, a, b, c, _ in IVT:
        spots += [("ivt_yearly", effective, k, v) for k, v in zip("ABC", (a, b, c), strict=True)]
    spots += [("ivt_partner_exemption", d, None, v) for d, v in PARTNER_EXEMPTION]
    for effective, _, *amounts in IT_LISTED:
        spots += [("it_yearly", effective, str(k), v) for k, v in enumerate(amounts, start=1)]
    spots += [("zorgtoeslag_monthly", "2021-09-01", k, v) for k, v in ZORGTOESLAG_2021_09.items()]
    spots += [("zorgtoeslag_monthly", "2022-09-01", k, v) for k, v in ZORGTOESLAG_2022_09.items()]
    spots += [
        ("zorgtoeslag_monthly", "2020-09-01", "total_gt20", "560.10"),
        ("bob_monthly", "2019-01-01", None, "300.00"),
        ("bob_monthly", "2020-01-01", None, "300.00"),
        ("bob_monthly", "2023-01-01", None, "324.73"),
        ("bob_monthly", "2024-01-01", None, "324.73"),
    ]
    return spots


@pytest.mark.parametrize(
    ("name", "effective", "bracket", "expected"),
    _spot_amounts(),
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_amount_is_the_figure_of_domain_md(
    name: str, effective: str, bracket: str | None, expected: str
):
    assert value(name, effective, bracket) == Decimal(expected)


BAN_SPOTS = [
    ("bob_ivt_it_ban", "2019-01-01", None, False),
    ("bob_ivt_it_ban", "2020-08-01", None, True),
    ("zorgtoeslag_ivt_it_ban", "2019-01-01", "flanders", False),
    ("zorgtoeslag_ivt_it_ban", "2019-01-01", "brussels", False),
    ("zorgtoeslag_ivt_it_ban", "2019-01-01", "wallonia", False),
    ("zorgtoeslag_ivt_it_ban", "2021-06-01", "flanders", True),
    ("zorgtoeslag_ivt_it_ban", "2021-06-01", "brussels", False),
    ("zorgtoeslag_ivt_it_ban", "2021-06-01", "wallonia", False),
    ("zorgtoeslag_ivt_it_ban", "2022-01-01", "flanders", True),
    ("zorgtoeslag_ivt_it_ban", "2022-01-01", "brussels", True),
    ("zorgtoeslag_ivt_it_ban", "2022-01-01", "wallonia", False),
]


@pytest.mark.parametrize(("name", "effective", "bracket", "expected"), BAN_SPOTS)
def test_ban_rule_is_the_one_of_domain_md(
    name: str, effective: str, bracket: str | None, expected: bool
):
    assert value(name, effective, bracket) is expected


def test_ban_dates():
    assert dates("bob_ivt_it_ban") == ["2019-01-01", "2020-08-01"]
    assert dates("zorgtoeslag_ivt_it_ban") == ["2019-01-01", "2021-06-01", "2022-01-01"]
    assert "numac 2021031912" in row("bob_ivt_it_ban", "2020-08-01")["source"]["title"]
    assert not any(r["value"]["wallonia"] for r in rows("zorgtoeslag_ivt_it_ban"))


# ------------------------------------------------------------------ verified marks

IT_DATES = [
    "2020-01-01",
    "2020-03-01",
    "2021-09-01",
    "2022-01-01",
    "2022-03-01",
    "2022-05-01",
    "2022-08-01",
    "2022-11-01",
    "2022-12-01",
    "2023-11-01",
    "2024-05-01",
    "2025-02-01",
]

VERIFIED = {
    "ivt_yearly": {effective: sourced for effective, *_, sourced in IVT},
    "ivt_partner_exemption": {effective: True for effective, _ in PARTNER_EXEMPTION},
    "it_yearly": {effective: effective == "2024-05-01" for effective in IT_DATES},
    "zorgtoeslag_monthly": {
        "2020-09-01": False,  # derived from 2021-09-01 / 1.02
        "2021-09-01": {  # six brackets sourced, total_gt20 derived
            "p1_4_total_lt6": True,
            "total_6_8": True,
            "total_9_11": True,
            "total_12_14_or_p1_4_total_6_11": True,
            "total_15_17": True,
            "total_18_20": True,
            "total_gt20": False,
        },
        "2022-09-01": True,
        "2023-09-01": False,
        "2024-09-01": False,
        "2025-09-01": False,
        "2026-09-01": False,
    },
    "bob_monthly": {
        "2019-01-01": True,
        "2020-01-01": False,
        "2023-01-01": True,
        "2024-01-01": False,
    },
    "bob_ivt_it_ban": {"2019-01-01": True, "2020-08-01": True},
    "zorgtoeslag_ivt_it_ban": {
        "2019-01-01": True,
        "2021-06-01": True,
        # the Brussels rule has no legal text on file yet
        "2022-01-01": {"flanders": True, "brussels": False, "wallonia": True},
    },
}


@pytest.mark.parametrize("name", sorted(VERIFIED))
def test_sourced_rows_are_verified_and_derived_rows_are_not(name: str):
    marks = {r["effective"].isoformat(): r["verified"] for r in rows(name)}
    assert marks == VERIFIED[name]


def test_carried_over_bob_rows_say_so():
    assert row("bob_monthly", "2020-01-01")["source"]["title"] == (
        "carried over: the indexation dates between 2019 and 2022 are not known, "
        "the amount may have been indexed in this period"
    )
    assert row("bob_monthly", "2024-01-01")["source"]["title"] == (
        "carried over: no amount after 2023 is known"
    )


# ------------------------------------------------------------------ IT = base x coefficient

IT_BASE = {  # law of 27 Feb 1987, art. 6, since 2018-07-01
    "1": Decimal("908.33"),
    "2": Decimal("3004.40"),
    "3": Decimal("4778.10"),
    "4": Decimal("6943.85"),
    "5": Decimal("7872.29"),
}
COEFFICIENT = {
    "2020-01-01": Decimal("1.4002"),  # listed
    "2020-03-01": Decimal("1.4282"),
    "2021-09-01": Decimal("1.4568"),
    "2022-01-01": Decimal("1.4859"),
    "2022-03-01": Decimal("1.5157"),  # listed; the x1.02 rule gives 1.5156
    "2022-05-01": Decimal("1.5460"),
    "2022-08-01": Decimal("1.5769"),
    "2022-11-01": Decimal("1.6084"),
    "2022-12-01": Decimal("1.6406"),  # listed
    "2023-11-01": Decimal("1.6734"),  # listed
    "2024-05-01": Decimal("1.7069"),  # listed
    "2025-02-01": Decimal("1.7410"),  # listed
}


def test_coefficients_follow_the_index_rule_except_the_listed_2022_03():
    listed = {effective: Decimal(coefficient) for effective, coefficient, *_ in IT_LISTED}
    for effective, coefficient in listed.items():
        assert COEFFICIENT[effective] == coefficient
    assert list(COEFFICIENT) == IT_DATES
    for previous, current in pairwise(IT_DATES):
        by_rule = four_decimals(COEFFICIENT[previous] * TWO_PERCENT)
        if current == "2022-03-01":
            assert by_rule == Decimal("1.5156")  # DOMAIN.md lists 1.5157: listed one wins
        else:
            assert COEFFICIENT[current] == by_rule, current


def test_it_rows_are_the_index_dates():
    assert dates("it_yearly") == IT_DATES


@pytest.mark.parametrize("effective", IT_DATES)
def test_it_amount_is_base_times_coefficient(effective: str):
    coefficient = COEFFICIENT[effective]
    entry = row("it_yearly", effective)
    assert f"coefficient {coefficient}" in entry["source"]["title"]
    for category, base in IT_BASE.items():
        yearly = cents(base * coefficient)
        if effective == "2024-05-01":
            # Sourced as monthly amounts x 12: the yearly amount rounded to the cent,
            # divided by 12 and rounded to the cent again.
            yearly = cents(yearly / 12) * 12
        assert entry["value"][category] == yearly, category


def test_it_2024_is_the_sourced_monthly_amounts_times_twelve():
    for category, monthly in zip(IT_BASE, IT_2024_MONTHLY, strict=True):
        assert value("it_yearly", "2024-05-01", category) == Decimal(monthly) * 12


def test_it_note_carries_the_base_amounts_and_coefficients():
    note = load("it_yearly")["note"]
    for number in [*IT_BASE.values(), *COEFFICIENT.values()]:
        assert str(number) in note


# ------------------------------------------------------------------ zorgtoeslag +2 %

ZORGTOESLAG_DATES = [
    "2020-09-01",
    "2021-09-01",
    "2022-09-01",
    "2023-09-01",
    "2024-09-01",
    "2025-09-01",
    "2026-09-01",
]


def test_zorgtoeslag_rows_are_the_septembers():
    assert dates("zorgtoeslag_monthly") == ZORGTOESLAG_DATES


@pytest.mark.parametrize(("previous", "current"), list(pairwise(ZORGTOESLAG_DATES[1:])))
def test_each_september_is_two_percent_on_the_previous_one(previous: str, current: str):
    before = row("zorgtoeslag_monthly", previous)["value"]
    after = row("zorgtoeslag_monthly", current)["value"]
    for bracket in EXPECTED_FILES["zorgtoeslag_monthly"][1]:
        assert after[bracket] == cents(before[bracket] * TWO_PERCENT), bracket


def test_zorgtoeslag_2020_is_2021_divided_by_1_02_and_gt20_is_560_10():
    before = row("zorgtoeslag_monthly", "2020-09-01")["value"]
    for bracket, amount in ZORGTOESLAG_2021_09.items():
        assert before[bracket] == cents(Decimal(amount) / TWO_PERCENT), bracket
        assert cents(before[bracket] * TWO_PERCENT) == Decimal(amount), bracket
    assert before["total_gt20"] == Decimal("560.10")


def test_zorgtoeslag_gt20_2021_is_derived_both_ways():
    derived = value("zorgtoeslag_monthly", "2021-09-01", "total_gt20")
    assert derived == cents(Decimal("560.10") * TWO_PERCENT) == Decimal("571.30")
    assert cents(derived * TWO_PERCENT) == Decimal("582.73")
    assert "total_gt20" in row("zorgtoeslag_monthly", "2021-09-01")["source"]["title"]


# ------------------------------------------------------------------ cross-checks

# Derived IVT rows: (row, sourced row it follows from, coefficient before, after)
IVT_INDEX_STEPS = [
    ("2020-03-01", "2020-01-01", "1.4002", "1.4282"),
    ("2021-09-01", "2021-07-01", "1.4282", "1.4568"),
    ("2022-05-01", "2022-03-01", "1.5157", "1.5460"),
    ("2022-08-01", "2022-03-01", "1.5157", "1.5769"),
    ("2022-11-01", "2022-03-01", "1.5157", "1.6084"),
    ("2022-12-01", "2022-03-01", "1.5157", "1.6406"),
    ("2023-11-01", "2023-07-01", "1.6406", "1.6734"),
    ("2024-05-01", "2024-01-01", "1.6734", "1.7069"),
]
# DOMAIN.md's 2022-11-01 row is above what the rule gives; kept as listed (unverified).
IVT_KNOWN_DEVIATION = {"2022-11-01": {"A": "0.58", "B": "0.86", "C": "1.18"}}


@pytest.mark.parametrize(("effective", "start", "before", "after"), IVT_INDEX_STEPS)
def test_derived_ivt_rows_follow_the_index_from_a_sourced_row(
    effective: str, start: str, before: str, after: str
):
    assert row("ivt_yearly", start)["verified"] is True
    for category in "ABC":
        by_rule = cents(value("ivt_yearly", start, category) * Decimal(after) / Decimal(before))
        difference = value("ivt_yearly", effective, category) - by_rule
        expected = Decimal(IVT_KNOWN_DEVIATION.get(effective, {}).get(category, "0"))
        assert abs(difference - expected) <= CENT, (category, difference)


def test_partner_exemption_is_half_of_category_a_within_a_cent():
    for effective, _ in PARTNER_EXEMPTION:
        half = cents(value("ivt_yearly", effective, "A") / 2)
        difference = value("ivt_partner_exemption", effective) - half
        # 2022-03-01: 8753.24 / 2 = 4376.62, the source says 4376.63
        assert difference == (CENT if effective == "2022-03-01" else 0), effective
