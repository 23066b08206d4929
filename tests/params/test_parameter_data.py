"""The shipped law data gives, on every date, what DOMAIN.md's tables say, with the kind.

Every figure below is copied by hand from DOMAIN.md ("Amounts", rewritten for the
law-data issue), with its kind: sourced, computed or carried. The look-up goes through
the loader and its rules (the Groeipakket's September step, the partner exemption at
50 % of category A, federal values carried past the last step), so these tests check
the data and the rules together, the way a lawyer would re-check a month.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from cumuldesk.domain.law import Kind, NoValueInForce
from cumuldesk.params.loader import load_parameters

FOLDER = Path(__file__).parents[2] / "resources" / "parameters"
S, C, K = Kind.SOURCED, Kind.COMPUTED, Kind.CARRIED
PARAMS = load_parameters()

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
    "ondersteuningstoeslag_ivt_it_ban": ("boolean", None),
    "zorgtoeslag_arrears_recovered": ("boolean", None),
    "zorgtoeslag_ivt_it_ban": ("boolean", ["flanders", "brussels", "wallonia"]),
}


def d(text: str) -> date:
    return date.fromisoformat(text)


def test_exactly_the_expected_files_are_shipped():
    assert sorted(p.stem for p in FOLDER.glob("*.toml")) == sorted(EXPECTED_FILES)


@pytest.mark.parametrize("name", sorted(EXPECTED_FILES))
def test_file_has_the_unit_brackets_and_a_kind_and_source_on_every_row(name: str):
    unit, brackets = EXPECTED_FILES[name]
    with (FOLDER / f"{name}.toml").open("rb") as handle:
        data = tomllib.load(handle, parse_float=Decimal)
    assert (data["unit"], data.get("brackets")) == (unit, brackets)
    for entry in data["values"]:
        assert "verified" not in entry, "the shipped data uses kind, not the old mark"
        kinds = entry["kind"] if isinstance(entry["kind"], dict) else {None: entry["kind"]}
        assert set(kinds.values()) <= {"sourced", "computed", "carried"}
        assert entry["source"]["title"].strip()
        if unit != "boolean":
            for amount in entry["value"].values() if brackets else [entry["value"]]:
                assert amount.as_tuple().exponent == -2, f"{name} {entry['effective']}"


# ------------------------------------------------------------------ IVT

IVT = [  # from, A, B, C, kind (DOMAIN.md "Federal: IVT and IT")
    ("2017-09-01", "7143.93", "10715.90", "14287.86", S),
    ("2020-01-01", "7523.29", "11284.94", "15250.89", S),
    ("2020-03-01", "7673.73", "11510.61", "15555.87", C),
    ("2021-01-01", "7879.97", "11819.95", "15973.93", C),
    ("2021-07-01", "8037.57", "12056.35", "16293.41", S),
    ("2021-09-01", "8198.52", "12297.78", "16619.69", C),
    ("2022-01-01", "8581.15", "12871.71", "17395.33", S),
    ("2022-03-01", "8753.24", "13129.86", "17744.19", S),
    ("2022-05-01", "8928.23", "13392.33", "18098.91", C),
    ("2022-08-01", "9106.68", "13660.01", "18460.66", C),
    ("2022-11-01", "9289.17", "13933.74", "18830.60", C),
    ("2022-12-01", "9474.55", "14211.81", "19206.39", C),
    ("2023-01-01", "9716.17", "14574.29", "19696.22", S),
    ("2023-07-01", "9910.50", "14865.77", "20090.15", S),
    ("2023-11-01", "10108.64", "15162.98", "20491.81", C),
    ("2024-01-01", "10360.04", "15540.08", "21001.44", S),
    ("2024-05-01", "10567.44", "15851.18", "21421.87", C),
    ("2025-02-01", "10778.50", "16167.85", "21849.83", S),
]


@pytest.mark.parametrize(("effective", "a", "b", "c", "kind"), IVT)
def test_ivt_in_force_from_each_date_with_its_kind(effective, a, b, c, kind):
    for bracket, amount in zip("ABC", (a, b, c), strict=True):
        value = PARAMS.get("ivt_yearly", d(effective), bracket)
        assert (value.effective, value.amount, value.kind) == (d(effective), Decimal(amount), kind)


def test_ivt_2026_category_b_step_leaves_a_and_c_at_their_sourced_2025_value():
    b = PARAMS.get("ivt_yearly", d("2026-01-01"), "B")
    assert (b.amount, b.kind) == (Decimal("16491.21"), C)  # 16,167.85 x 1.02
    for bracket, amount in (("A", "10778.50"), ("C", "21849.83")):
        value = PARAMS.get("ivt_yearly", d("2026-02-01"), bracket)
        assert (value.effective, value.amount, value.kind) == (d("2025-02-01"), Decimal(amount), S)


def test_ivt_march_2026_index_step_is_computed():
    for bracket, amount in (("A", "10994.07"), ("B", "16821.03"), ("C", "22286.83")):
        value = PARAMS.get("ivt_yearly", d("2026-03-01"), bracket)
        assert (value.amount, value.kind) == (Decimal(amount), C)
        assert value.effective == d("2026-03-01")


def test_past_the_month_of_the_last_step_a_federal_value_is_carried_and_says_so():
    march = PARAMS.get("ivt_yearly", d("2026-03-31"), "A")
    assert march.kind is C
    for on in ("2026-04-01", "2026-12-07", "2031-01-01"):
        value = PARAMS.get("ivt_yearly", d(on), "A")
        assert (value.amount, value.kind) == (Decimal("10994.07"), K)
        assert "a newer index step may exist" in value.source_title
        it = PARAMS.get("it_yearly", d(on), "3")
        assert (it.amount, it.kind) == (Decimal("8484.95"), K)


def test_a_value_between_two_known_steps_is_not_carried():
    value = PARAMS.get("ivt_yearly", d("2025-12-01"), "A")
    assert (value.amount, value.kind) == (Decimal("10778.50"), S)


# ------------------------------------------------------------------ partner exemption

PARTNER = [  # the date category A changed, the exemption, its kind
    ("2020-01-01", "3761.65", S),
    ("2020-03-01", "3836.87", C),  # 7673.73 / 2 = 3836.865
    ("2021-01-01", "3939.99", C),  # 7879.97 / 2 = 3939.985
    ("2021-07-01", "4018.79", S),
    ("2022-03-01", "4376.62", S),
    ("2023-07-01", "4955.25", S),
    ("2023-11-01", "5054.32", C),
    ("2024-01-01", "5180.02", C),
    ("2024-05-01", "5283.72", C),
    ("2025-02-01", "5389.25", C),
    ("2026-03-01", "5497.04", C),
]


@pytest.mark.parametrize(("effective", "amount", "kind"), PARTNER)
def test_partner_exemption_is_half_of_category_a_at_every_step(effective, amount, kind):
    value = PARAMS.get("ivt_partner_exemption", d(effective))
    assert (value.effective, value.amount, value.kind) == (d(effective), Decimal(amount), kind)
    half = (PARAMS.get("ivt_yearly", d(effective), "A").amount / 2).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    assert value.amount == half


def test_partner_exemption_is_carried_with_category_a():
    value = PARAMS.get("ivt_partner_exemption", d("2026-12-01"))
    assert (value.amount, value.kind) == (Decimal("5497.04"), K)


# ------------------------------------------------------------------ IT

IT = [  # from, categories 1-5, kind
    ("2020-01-01", ("1271.84", "4206.76", "6690.30", "9722.78", "11022.78"), C),
    ("2022-03-01", ("1376.76", "4553.77", "7242.17", "10524.79", "11932.03"), C),
    ("2022-12-01", ("1490.21", "4929.02", "7838.95", "11392.08", "12915.28"), C),
    ("2023-11-01", ("1520.00", "5027.56", "7995.67", "11619.84", "13173.49"), C),
    ("2024-05-01", ("1550.40", "5128.20", "8155.80", "11852.52", "13437.24"), S),
    ("2025-02-01", ("1581.40", "5230.66", "8318.67", "12089.24", "13705.66"), C),
    ("2026-03-01", ("1613.01", "5335.21", "8484.95", "12330.89", "13979.61"), C),
]


@pytest.mark.parametrize(("effective", "amounts", "kind"), IT)
def test_it_in_force_from_each_date_with_its_kind(effective, amounts, kind):
    for category, amount in zip("12345", amounts, strict=True):
        value = PARAMS.get("it_yearly", d(effective), category)
        assert (value.effective, value.amount, value.kind) == (d(effective), Decimal(amount), kind)


def test_it_has_no_2026_january_step():
    assert PARAMS.get("it_yearly", d("2026-01-01"), "1").effective == d("2025-02-01")


# ------------------------------------------------------------------ zorgtoeslag

BRACKETS = EXPECTED_FILES["zorgtoeslag_monthly"][1]
ZT = {  # DOMAIN.md's zorgtoeslag table, column by column
    "2020-01-01": ("82.37", "109.70", "255.99", "422.56", "480.48", "514.80", "549.12"),
    "2020-09-01": ("84.02", "111.89", "261.11", "431.01", "490.09", "525.10", "560.10"),
    "2021-09-01": ("85.70", "114.13", "266.33", "439.63", "499.89", "535.60", "571.30"),
    "2022-09-01": ("87.41", "116.41", "271.66", "448.42", "509.89", "546.31", "582.73"),
    "2023-09-01": ("89.16", "118.74", "277.09", "457.39", "520.09", "557.24", "594.38"),
    "2024-09-01": ("90.94", "121.11", "282.63", "466.54", "530.49", "568.38", "606.27"),
    "2025-09-01": ("92.76", "123.53", "288.28", "475.87", "541.10", "579.75", "618.40"),
    "2026-09-01": ("94.62", "126.00", "294.05", "485.39", "551.92", "591.35", "630.77"),
}
ZT_SOURCED = {  # the bold cells of DOMAIN.md
    "2020-01-01": {"p1_4_total_lt6", "total_gt20"},
    "2020-09-01": {"p1_4_total_lt6", "total_gt20"},
    "2021-09-01": set(BRACKETS) - {"total_gt20"},
    "2022-09-01": set(BRACKETS),
}


@pytest.mark.parametrize("effective", sorted(ZT))
def test_zorgtoeslag_column_with_its_kinds(effective):
    for bracket, amount in zip(BRACKETS, ZT[effective], strict=True):
        value = PARAMS.get("zorgtoeslag_monthly", d(effective), bracket)
        kind = S if bracket in ZT_SOURCED.get(effective, set()) else C
        assert (value.effective, value.amount, value.kind) == (d(effective), Decimal(amount), kind)


def test_the_september_rule_computes_2023_to_2026_and_names_itself():
    value = PARAMS.get("zorgtoeslag_monthly", d("2025-10-15"), "total_15_17")
    assert value.amount == Decimal("541.10")
    assert "September rule" in value.source_title and "509.89" in value.source_title
    assert value.effective == d("2025-09-01")


def test_no_groeipakket_value_is_carried_past_a_september():
    # long after the last value on record, the rule still gives the September step
    assert PARAMS.get("zorgtoeslag_monthly", d("2027-09-01"), "p1_4_total_lt6").amount == (
        Decimal("96.51")  # 94.62 x 1.02 = 96.5124
    )
    assert PARAMS.get("bob_monthly", d("2027-09-01")).kind is C
    assert PARAMS.get("zorgtoeslag_monthly", d("2027-08-31"), "p1_4_total_lt6").amount == (
        Decimal("94.62")
    )


def test_august_2020_uses_the_january_2020_level():
    assert PARAMS.get("zorgtoeslag_monthly", d("2020-08-01"), "total_gt20").amount == Decimal(
        "549.12"
    )
    assert PARAMS.get("ivt_yearly", d("2020-08-01"), "A").amount == Decimal("7673.73")
    assert PARAMS.get("it_yearly", d("2020-08-01"), "1").effective == d("2020-03-01")


# ------------------------------------------------------------------ BOB

BOB = [
    ("2016-09-01", "300.00", S),
    ("2022-12-31", "300.00", S),  # not indexed up to 2022
    ("2023-01-01", "324.73", S),
    ("2023-09-01", "331.22", S),
    ("2024-09-01", "337.84", C),
    ("2025-09-01", "344.60", C),
    ("2026-09-01", "351.49", C),
]


@pytest.mark.parametrize(("on", "amount", "kind"), BOB)
def test_bob_and_ondersteuningstoeslag(on, amount, kind):
    value = PARAMS.get("bob_monthly", d(on))
    assert (value.amount, value.kind) == (Decimal(amount), kind)


def test_bob_is_not_indexed_before_2023():
    assert PARAMS.get("bob_monthly", d("2021-09-01")).effective == d("2016-09-01")


# ------------------------------------------------------------------ rules and open points


def test_the_open_points_are_carried_dated_rules_with_their_default():
    ban = PARAMS.get("bob_ivt_it_ban", d("2020-08-01"))
    assert (ban.value, ban.kind) == (True, K)
    assert "2021" in ban.source_title  # names the other reading
    assert PARAMS.get("bob_ivt_it_ban", d("2021-06-01")).kind is S  # both readings agree
    assert PARAMS.get("bob_ivt_it_ban", d("2020-07-31")).value is False
    assert PARAMS.first_effective("bob_ivt_it_ban", True) == d("2020-08-01")
    support = PARAMS.get("ondersteuningstoeslag_ivt_it_ban", d("2023-01-01"))
    assert (support.value, support.kind) == (True, K)
    with pytest.raises(NoValueInForce):
        PARAMS.get("ondersteuningstoeslag_ivt_it_ban", d("2022-12-31"))
    recovered = PARAMS.get("zorgtoeslag_arrears_recovered", d("2022-01-01"))
    assert (recovered.value, recovered.kind) == (True, K)


@pytest.mark.parametrize(
    ("region", "before", "from_"),
    [("flanders", "2021-05-31", "2021-06-01"), ("brussels", "2021-12-31", "2022-01-01")],
)
def test_zorgtoeslag_ban_dates(region, before, from_):
    assert PARAMS.get("zorgtoeslag_ivt_it_ban", d(before), region).value is False
    after = PARAMS.get("zorgtoeslag_ivt_it_ban", d("2026-01-01"), region)
    assert (after.value, after.effective, after.kind) == (True, d(from_), S)
    assert PARAMS.get("zorgtoeslag_ivt_it_ban", d("2026-01-01"), "wallonia").value is False
