"""The loader refuses broken parameter files and never guesses an amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cumuldesk.domain.law import NoValueInForce
from cumuldesk.params.loader import ParameterError, load_parameters

GOOD = """
name = "ivt_yearly"
description = "IVT maximum per year"
unit = "EUR/year"
brackets = ["A", "B"]

[[values]]
effective = 2020-01-01
value = { A = 7523.29, B = 11284.94 }
verified = true
source = { title = "handicap.belgium.be", url = "https://handicap.belgium.be/" }

[[values]]
effective = 2021-07-01
value = { A = 8037.57, B = 12056.35 }
verified = false
source = { title = "derived: index" }
"""

BOB = """
name = "bob_monthly"
description = "BOB per month"
unit = "EUR/month"

[[values]]
effective = 2019-01-01
value = 300.00
verified = true
source = { title = "VSB" }
"""


def load(text: str = GOOD, name: str = "ivt_yearly", overrides: Path | None = None):
    return load_parameters(override_dir=overrides, shipped={name: text}, use_overrides=True)


def test_value_in_force_is_the_latest_on_or_before_the_date():
    params = load()
    assert params.get("ivt_yearly", date(2020, 1, 1), "A").amount == Decimal("7523.29")
    assert params.get("ivt_yearly", date(2021, 6, 30), "B").amount == Decimal("11284.94")
    value = params.get("ivt_yearly", date(2030, 1, 1), "B")
    assert value.amount == Decimal("12056.35")
    assert value.verified is False
    assert value.source_title == "derived: index"
    assert value.origin == "ivt_yearly.toml"


def test_amounts_are_exact_decimals():
    value = load().get("ivt_yearly", date(2020, 5, 1), "A").amount
    assert isinstance(value, Decimal) and str(value) == "7523.29"


def test_no_value_before_the_first_date_is_an_error_not_zero():
    with pytest.raises(
        NoValueInForce, match=r"2019-12-31 for ivt_yearly\[A\].*first value is from 2020-01-01"
    ):
        load().get("ivt_yearly", date(2019, 12, 31), "A")


def test_unknown_parameter_or_bracket_is_an_error():
    params = load()
    with pytest.raises(KeyError, match="unknown parameter 'nope'"):
        params.get("nope", date(2021, 1, 1))
    with pytest.raises(KeyError, match="unknown bracket 'D'"):
        params.get("ivt_yearly", date(2021, 1, 1), "D")


def broken(old: str, new: str, text: str = GOOD) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            broken("effective = 2021-07-01", "effective = 2019-07-01"),
            r"ivt_yearly\.toml, values entry 2 \(effective 2019-07-01\): dates not in ascending",
        ),
        (
            broken("effective = 2021-07-01", "effective = 2020-01-01"),
            r"ivt_yearly\.toml, values entry 2 \(effective 2020-01-01\): duplicate date",
        ),
        (
            broken("B = 12056.35", "B = -12056.35"),
            r"values entry 2 \(effective 2021-07-01\), bracket 'B': negative amount",
        ),
        (broken("B = 12056.35", "C = 12056.35"), r"values entry 2 .*unknown bracket 'C'"),
        (
            broken("{ A = 8037.57, B = 12056.35 }", "{ A = 8037.57 }"),
            r"values entry 2 .*missing bracket 'B'",
        ),
        (
            broken('source = { title = "derived: index" }', 'source = { title = "" }'),
            r"values entry 2 .*missing source title",
        ),
        (broken("verified = false", 'verified = "no"'), r"values entry 2 .*'verified' must be"),
        (broken("A = 8037.57", "A = 8037.575"), r"more than two decimals"),
        (
            broken("effective = 2021-07-01", "effective = 2021-07-01T00:00:00"),
            r"values entry 2: 'effective' must be a date",
        ),
        (broken('unit = "EUR/year"', 'unit = "USD"'), r"ivt_yearly\.toml: unit must be one of"),
        (broken('name = "ivt_yearly"', 'name = "it_yearly"'), r"does not match the file name"),
        (broken("[[values]]", "[[values]"), r"ivt_yearly\.toml: not valid TOML"),
    ],
)
def test_a_broken_file_is_rejected_naming_file_and_entry(text, message):
    with pytest.raises(ParameterError, match=message):
        load(text)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


OVERRIDE_B_2026 = """
name = "ivt_yearly"
[[values]]
effective = 2026-01-01
value = { B = 16491.21 }
verified = true
source = { title = "Royal decree (planned +2 % for category B)" }
"""


def test_supervisor_override_adds_a_dated_value_for_one_bracket(tmp_path):
    path = write(tmp_path, "ivt_yearly", OVERRIDE_B_2026)
    params = load(overrides=tmp_path)
    assert params.get("ivt_yearly", date(2025, 12, 31), "B").amount == Decimal("12056.35")
    new = params.get("ivt_yearly", date(2026, 1, 1), "B")
    assert new.amount == Decimal("16491.21") and new.origin == str(path)
    # other brackets are untouched
    assert params.get("ivt_yearly", date(2026, 1, 1), "A").amount == Decimal("8037.57")
    assert params.override_files == [path]


def test_override_with_a_shipped_date_replaces_that_value(tmp_path):
    write(tmp_path, "bob_monthly", broken("value = 300.00", "value = 301.50", BOB))
    params = load(BOB, "bob_monthly", overrides=tmp_path)
    assert params.get("bob_monthly", date(2020, 1, 1)).amount == Decimal("301.50")
    assert len(params.values("bob_monthly")) == 1


def test_default_override_folder_is_in_the_configuration_folder(_isolated_config):
    write(
        _isolated_config / "parameters",
        "bob_monthly",
        broken(
            "effective = 2019-01-01",
            "effective = 2024-01-01",
            broken("value = 300.00", "value = 333.33", BOB),
        ),
    )
    params = load_parameters(shipped={"bob_monthly": BOB})
    assert params.get("bob_monthly", date(2024, 2, 1)).amount == Decimal("333.33")
    assert params.get("bob_monthly", date(2023, 12, 1)).amount == Decimal("300.00")
    shipped_only = load_parameters(shipped={"bob_monthly": BOB}, use_overrides=False)
    assert shipped_only.get("bob_monthly", date(2024, 2, 1)).amount == Decimal("300.00")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (broken("16491.21", "-1.00", OVERRIDE_B_2026), "negative amount"),
        (broken("{ B = 16491.21 }", "{ D = 16491.21 }", OVERRIDE_B_2026), "unknown bracket 'D'"),
        (OVERRIDE_B_2026 + OVERRIDE_B_2026.split("\n", 2)[2], "duplicate date"),
        (broken('name = "ivt_yearly"', 'name = "ivt"', OVERRIDE_B_2026), "does not match"),
        (broken("source = {", "sauce = {", OVERRIDE_B_2026), "unknown key"),
    ],
)
def test_a_broken_override_is_rejected_with_its_path(tmp_path, text, message):
    path = write(tmp_path, "ivt_yearly", text)
    with pytest.raises(ParameterError, match=message) as info:
        load(overrides=tmp_path)
    assert str(path) in str(info.value)


def test_override_for_an_unknown_parameter_is_rejected(tmp_path):
    write(tmp_path, "ivt_yarly", OVERRIDE_B_2026)
    with pytest.raises(ParameterError, match="no shipped parameter is called 'ivt_yarly'"):
        load(overrides=tmp_path)


def test_boolean_rules_and_first_effective():
    text = """
name = "bob_ivt_it_ban"
description = "ban in force"
unit = "boolean"
[[values]]
effective = 2019-01-01
value = false
verified = true
source = { title = "decree" }
[[values]]
effective = 2020-08-01
value = true
verified = true
source = { title = "deliberation 21/124" }
"""
    params = load(text, "bob_ivt_it_ban")
    assert params.first_effective("bob_ivt_it_ban", True) == date(2020, 8, 1)
    assert params.get("bob_ivt_it_ban", date(2020, 7, 31)).value is False
    with pytest.raises(ParameterError, match="value must be true or false"):
        load(text.replace("value = true", "value = 1.00"), "bob_ivt_it_ban")


def test_verified_mark_per_bracket():
    text = broken("verified = false", "verified = { A = true, B = false }")
    params = load(text)
    assert params.get("ivt_yearly", date(2022, 1, 1), "A").verified is True
    assert params.get("ivt_yearly", date(2022, 1, 1), "B").verified is False
    with pytest.raises(ParameterError, match="must name the value's brackets"):
        load(broken("verified = false", "verified = { A = true }"))


def test_a_yes_no_rule_restated_later_cites_the_row_where_it_took_effect():
    text = """
name = "zorgtoeslag_ivt_it_ban"
description = "ban"
unit = "boolean"
brackets = ["flanders", "brussels"]
[[values]]
effective = 2019-01-01
value = { flanders = false, brussels = false }
verified = true
source = { title = "none" }
[[values]]
effective = 2021-06-01
value = { flanders = true, brussels = false }
verified = true
source = { title = "Flemish decree" }
[[values]]
effective = 2022-01-01
value = { flanders = true, brussels = true }
verified = true
source = { title = "Brussels rule" }
"""
    params = load(text, "zorgtoeslag_ivt_it_ban")
    flanders = params.get("zorgtoeslag_ivt_it_ban", date(2023, 1, 1), "flanders")
    assert flanders.source_title == "Flemish decree"
    assert flanders.effective == date(2021, 6, 1)
    assert params.get("zorgtoeslag_ivt_it_ban", date(2023, 1, 1), "brussels").source_title == (
        "Brussels rule"
    )
