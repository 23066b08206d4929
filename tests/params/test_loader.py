"""The loader refuses broken law data and never guesses an amount; the rules it applies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cumuldesk.domain.law import Kind, LegalValue, NoValueInForce
from cumuldesk.params.loader import (
    ParameterError,
    load_parameters,
    parameters_from_values,
    parse_value_file,
    parse_value_text,
)

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


def load(text: str = GOOD, name: str = "ivt_yearly"):
    return load_parameters(shipped={name: text})


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
            broken("{ A = 7523.29, B = 11284.94 }", "{ A = 7523.29 }"),
            r"values entry 1 .*missing bracket 'B'",
        ),
        (
            broken('source = { title = "derived: index" }', 'source = { title = "" }'),
            r"values entry 2 .*missing source title",
        ),
        (broken("verified = false", 'verified = "no"'), r"values entry 2 .*missing 'kind'"),
        (broken("verified = false", 'kind = "guessed"'), r"values entry 2 .*'kind' must be"),
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


def test_a_later_row_may_give_some_brackets_only():
    text = (
        GOOD
        + """
[[values]]
effective = 2026-01-01
value = { B = 16491.21 }
kind = "computed"
source = { title = "welfare step B" }
"""
    )
    params = load(text)
    assert params.get("ivt_yearly", date(2026, 1, 1), "B").amount == Decimal("16491.21")
    assert params.get("ivt_yearly", date(2026, 1, 1), "A").amount == Decimal("8037.57")


OLD_OVERRIDE_B_2026 = """
name = "ivt_yearly"
[[values]]
effective = 2026-01-01
value = { B = 16491.21 }
verified = true
source = { title = "Royal decree (planned +2 % for category B)" }
"""


def test_an_old_override_file_is_read_for_import_with_its_mark_as_a_kind():
    param = load().parameter("ivt_yearly")
    values = parse_value_file(param, OLD_OVERRIDE_B_2026, "old.toml")
    assert [(v.bracket, v.amount, v.kind) for v in values] == [
        ("B", Decimal("16491.21"), Kind.SOURCED)
    ]
    with pytest.raises(ParameterError, match="old.toml.*unknown bracket 'D'"):
        parse_value_file(param, OLD_OVERRIDE_B_2026.replace("B =", "D ="), "old.toml")
    with pytest.raises(ParameterError, match="does not match the parameter"):
        parse_value_file(param, OLD_OVERRIDE_B_2026.replace("ivt_yearly", "ivt"), "old.toml")


def _value(effective: str, amount: str, bracket: str = "B", kind: Kind = Kind.SOURCED):
    return LegalValue(
        "ivt_yearly",
        bracket,
        date.fromisoformat(effective),
        Decimal(amount),
        "EUR/year",
        "test",
        None,
        kind,
        "central",
    )


def test_a_set_built_from_central_values_replaces_the_shipped_values():
    shipped = {"ivt_yearly": GOOD}
    values = [
        _value("2020-01-01", "1.00", "A"),
        _value("2020-01-01", "2.00"),
        _value("2020-01-01", "3.00"),  # approved later: replaces the one before
    ]
    params = parameters_from_values(values, 7, "central database", shipped)
    assert params.version == 7 and params.version_label == "law data v7"
    assert params.get("ivt_yearly", date(2030, 1, 1), "B").amount == Decimal("3.00")
    with pytest.raises(ParameterError, match="no such bracket"):
        parameters_from_values([_value("2020-01-01", "1.00", "D")], 7, "central", shipped)
    assert load().version is None and load().version_label == "shipped defaults"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("331.22", Decimal("331.22")), (" 12 ", Decimal("12"))],
)
def test_a_typed_amount_is_parsed_exactly(text, expected):
    assert parse_value_text(load().parameter("ivt_yearly"), text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("331,22", "not an amount"),
        ("1e3", "not an amount"),
        ("-5", "not an amount"),
        ("1.234", "more than two decimals"),
        ("", "not an amount"),
    ],
)
def test_a_typed_amount_that_is_not_one_is_refused(text, message):
    with pytest.raises(ParameterError, match=message):
        parse_value_text(load().parameter("ivt_yearly"), text)


SEPTEMBER = """
name = "bob_monthly"
description = "BOB per month"
unit = "EUR/month"
rule = "september"
[[values]]
effective = 2016-09-01
value = 300.00
kind = "sourced"
source = { title = "fixed" }
[[values]]
effective = 2023-01-01
value = 100.00
kind = "sourced"
source = { title = "Groeipakket" }
"""


def test_the_september_rule_steps_only_past_the_last_value_on_record():
    params = load(SEPTEMBER, "bob_monthly")
    assert params.get("bob_monthly", date(2022, 9, 1)).amount == Decimal("300.00")  # not indexed
    assert params.get("bob_monthly", date(2023, 8, 31)).amount == Decimal("100.00")
    step = params.get("bob_monthly", date(2023, 9, 1))
    assert (step.amount, step.kind, step.effective) == (
        Decimal("102.00"),
        Kind.COMPUTED,
        date(2023, 9, 1),
    )
    # chained and rounded at each step: 102.00 -> 104.04 -> 106.1208 = 106.12
    assert params.get("bob_monthly", date(2025, 12, 1)).amount == Decimal("106.12")


def test_a_carried_federal_value_starts_the_month_after_the_last_step():
    params = load(GOOD.replace('brackets = ["A", "B"]', 'brackets = ["A", "B"]\nrule = "carry"'))
    assert params.get("ivt_yearly", date(2021, 7, 31), "A").kind is Kind.COMPUTED
    carried = params.get("ivt_yearly", date(2021, 8, 1), "A")
    assert carried.kind is Kind.CARRIED and carried.amount == Decimal("8037.57")
    assert "a newer index step may exist" in carried.source_title
    assert params.get("ivt_yearly", date(2020, 6, 1), "A").kind is Kind.SOURCED


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


def test_kind_per_bracket():
    text = broken("verified = false", 'kind = { A = "sourced", B = "computed" }')
    params = load(text)
    assert params.get("ivt_yearly", date(2022, 1, 1), "A").kind is Kind.SOURCED
    assert params.get("ivt_yearly", date(2022, 1, 1), "B").kind is Kind.COMPUTED
    assert params.get("ivt_yearly", date(2022, 1, 1), "B").verified is False
    with pytest.raises(ParameterError, match="must name the value's brackets"):
        load(broken("verified = false", 'kind = { A = "sourced" }'))


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
