"""The simulation engine, checked against figures computed by hand.

Parameters are the round numbers of tests/domain/conftest.py: IVT A 6000.00 /
C 18000.00 a year (6300.00 / 18900.00 from 2023), zorgtoeslag 430.00 a month at
12 points (440.00 from 2022-09), BOB 300.00 (320.00 from 2023, unverified).
Without `as_of` or `notified_month` no month is in arrears (tests/domain/
test_simulation_arrears.py has the arrears).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cumuldesk.domain.amounts import (
    BobFromParameter,
    Category,
    Decided,
    ItFromPoints,
    IvtFromCategory,
    ZorgtoeslagFromPoints,
    it_category,
    zorgtoeslag_bracket,
)
from cumuldesk.domain.dossier import Region
from cumuldesk.domain.law import NoValueInForce
from cumuldesk.domain.months import Month
from cumuldesk.domain.periods import BobPeriod, Period
from cumuldesk.domain.simulation import (
    BobSpec,
    Recommendation,
    SimulationInput,
    SimulationInputError,
    simulate,
)
from tests.domain.conftest import parameter, rule

D = Decimal
BIRTH = date(2004, 3, 15)  # horizon 2022-04 .. 2025-03, 36 months
BOB = BobSpec(BobFromParameter())


def flanders(**changes) -> SimulationInput:
    base = dict(
        birth_date=BIRTH,
        region=Region.FLANDERS,
        ivt=IvtFromCategory(Category.A),
        zorgtoeslag=ZorgtoeslagFromPoints(12, 0),
        bob=BOB,
    )
    base.update(changes)
    return SimulationInput(**base)


def row(result, month: str):
    return next(r for r in result.months if str(r.month) == month)


def test_flanders_zorgtoeslag_and_bob_more_favourable_proposes_renunciation(law):
    result = simulate(flanders(), law)
    assert len(result.months) == 36
    assert str(result.months[0].month) == "2022-04" and str(result.months[-1].month) == "2025-03"
    first = row(result, "2022-04")
    assert (first.ivt, first.it, first.zorgtoeslag, first.bob) == (
        D("500.00"),
        0,
        D("430.00"),
        D("300.00"),
    )
    assert (first.federal, first.flemish, first.difference) == (
        D("500.00"),
        D("730.00"),
        D("-230.00"),
    )
    assert first.zorgtoeslag_banned and first.bob_banned
    assert not first.arrears and first.ivt_it == D("500.00")
    assert first.zorgtoeslag_kept == D("0.00") and first.bob_kept == D("0.00")
    assert row(result, "2022-09").flemish == D("740.00")  # zorgtoeslag raised in September
    assert row(result, "2023-01").ivt == D("525.00")  # IVT 6300.00 / 12 from 2023
    assert row(result, "2025-03").difference == D("-235.00")
    # 5 x 500 + 4 x 500 + 27 x 525 ; 5 x 730 + 4 x 740 + 27 x 760
    assert result.total_federal == D("18675.00")
    assert result.total_flemish == D("27130.00")
    assert result.total_difference == D("-8455.00")
    assert result.recommendation is Recommendation.RENOUNCE
    assert any(
        "more favourable by 8455.00 EUR over 36 months: propose renunciation" in r
        for r in result.reasons
    )


def test_higher_ivt_is_more_favourable(law):
    result = simulate(flanders(ivt=IvtFromCategory(Category.C)), law)
    # 9 x 1500 + 27 x 1575 - 27130
    assert result.total_federal == D("56025.00")
    assert result.total_difference == D("28895.00")
    assert result.recommendation is Recommendation.IVT_IT
    assert any(
        "IVT/IT is more favourable by 28895.00 EUR over 36 months" in r for r in result.reasons
    )


def test_every_parameter_used_is_listed_with_source_and_unverified_values_are_flagged(law):
    result = simulate(flanders(), law)
    used = {(u.value.name, u.value.bracket, str(u.value.effective)) for u in result.parameters}
    assert ("ivt_yearly", "A", "2020-01-01") in used
    assert ("ivt_yearly", "A", "2023-01-01") in used
    assert ("zorgtoeslag_monthly", "total_12_14_or_p1_4_total_6_11", "2022-09-01") in used
    assert ("bob_monthly", None, "2023-01-01") in used
    assert ("zorgtoeslag_ivt_it_ban", "flanders", "2021-06-01") in used
    assert ("bob_ivt_it_ban", None, "2021-06-01") in used
    assert ("ondersteuningstoeslag_ivt_it_ban", None, "2023-01-01") in used
    assert ("bob_ivt_it_ban", None, "2020-08-01") not in used  # horizon from 2022-04
    assert ("zorgtoeslag_arrears_recovered", None, "2020-08-01") not in used  # no arrears
    assert ("ivt_partner_exemption", None, "2020-01-01") not in used  # no partner income
    bob_2023 = next(
        u
        for u in result.parameters
        if u.value.name == "bob_monthly" and u.value.effective == date(2023, 1, 1)
    )
    assert (str(bob_2023.first_month), str(bob_2023.last_month)) == ("2023-01", "2025-03")
    assert [u.value.label for u in result.unverified] == [
        "bob_monthly",  # 320.00 from 2023: computed
        "ondersteuningstoeslag_ivt_it_ban",  # carried: an open point of law
    ]
    assert result.reasons[-1] == (
        "Unverified parameter values were used, not read on a public page: bob_monthly from "
        "2023-01-01 (computed by a rule), ondersteuningstoeslag_ivt_it_ban from 2023-01-01 "
        "(an open point of law: default assumed). Check them before deciding."
    )


def test_a_carried_amount_is_named_as_carried(law_with):
    law = law_with(
        bob_monthly=parameter("bob_monthly", "EUR/month", ("2019-01-01", "300.00", "carried"))
    )
    result = simulate(flanders(), law)
    assert (
        "bob_monthly from 2019-01-01 (carried over: a newer value may exist)"
        in (result.reasons[-1])
    )


def test_verified_parameters_only_gives_no_warning(law_with):
    law = law_with(
        ondersteuningstoeslag_ivt_it_ban=rule(
            "ondersteuningstoeslag_ivt_it_ban", ("2023-01-01", "true", "sourced")
        )
    )
    result = simulate(flanders(bob=BobSpec(Decided(D("300.00")))), law)
    assert result.unverified == () and result.open_points == ()
    assert not any("Unverified" in r or "open point" in r for r in result.reasons)


def test_wallonia_is_not_applicable_and_zorgtoeslag_is_kept(law):
    result = simulate(flanders(region=Region.WALLONIA, bob=BobSpec(None)), law)
    assert result.recommendation is Recommendation.NOT_APPLICABLE
    first = row(result, "2022-04")
    assert not first.zorgtoeslag_banned
    assert first.federal == D("930.00")  # IVT 500 + zorgtoeslag 430
    assert first.flemish == D("430.00")
    assert any("Wallonia" in r for r in result.reasons)


def test_brussels_bans_zorgtoeslag_only_from_january_2022(law):
    data = flanders(
        birth_date=date(2002, 6, 10),  # window 2020-08 .. 2023-06
        region=Region.BRUSSELS,
        zorgtoeslag=Decided(D("430.00")),  # Brussels: a decided amount, never points
        first_payment_month=Month(2021, 9),
    )
    result = simulate(data, law)
    assert str(result.months[0].month) == "2021-09"
    december = row(result, "2021-12")
    assert not december.zorgtoeslag_banned
    assert december.federal == D("930.00")  # IVT 500 + zorgtoeslag 430, BOB banned
    january = row(result, "2022-01")
    assert january.zorgtoeslag_banned and january.federal == D("500.00")


def test_flanders_bans_zorgtoeslag_from_june_2021(law):
    data = flanders(birth_date=date(2002, 6, 10), first_payment_month=Month(2021, 5))
    result = simulate(data, law)
    assert not row(result, "2021-05").zorgtoeslag_banned
    assert row(result, "2021-06").zorgtoeslag_banned


def test_voluntary_switch_keeps_bob_on_the_federal_side(law):
    data = flanders(bob=BobSpec(BobFromParameter(), voluntary_switch=True))
    first = row(simulate(data, law), "2022-04")
    assert not first.bob_banned and first.bob_voluntary_switch
    assert first.federal == D("800.00")  # IVT 500 + BOB 300, zorgtoeslag banned
    assert first.difference == D("70.00")
    # the BOB is kept on both sides, never part of IVT + IT
    assert (first.ivt_it, first.bob_kept, first.zorgtoeslag_kept) == (
        D("500.00"),
        D("300.00"),
        D("0.00"),
    )


def test_voluntary_switch_without_zorgtoeslag_has_no_ban_at_all(law):
    data = flanders(zorgtoeslag=None, bob=BobSpec(BobFromParameter(), voluntary_switch=True))
    result = simulate(data, law)
    assert result.recommendation is Recommendation.NOT_APPLICABLE
    assert not any(r.has_ban for r in result.months)


def test_zero_amount_decision_triggers_no_ban(law):
    result = simulate(flanders(ivt=Decided(D("0.00"))), law)
    assert result.recommendation is Recommendation.NOT_APPLICABLE
    assert result.total_difference == 0
    assert row(result, "2022-04").federal == D("730.00")  # keeps zorgtoeslag and BOB


def test_decided_amounts_are_used_as_given(law):
    data = flanders(
        ivt=Decided(D("612.34")),
        it=Decided(D("100.01")),
        zorgtoeslag=Decided(D("88.88")),
        bob=BobSpec(Decided(D("299.99"))),
    )
    first = row(simulate(data, law), "2022-04")
    assert (first.ivt, first.it, first.zorgtoeslag, first.bob) == (
        D("612.34"),
        D("100.01"),
        D("88.88"),
        D("299.99"),
    )
    assert first.federal == D("712.35") and first.flemish == D("388.87")


def test_cents_are_rounded_half_up_per_month(law):
    # 6000.00 - 1000.02 = 4999.98 a year; / 12 = 416.665 -> 416.67 (half-up, not half-even)
    data = flanders(ivt=IvtFromCategory(Category.A, own_income=D("1000.02")))
    assert row(simulate(data, law), "2022-04").ivt == D("416.67")


def test_partner_income_counts_above_the_exemption(law):
    data = flanders(ivt=IvtFromCategory(Category.C, partner_income=D("5000.00")))
    result = simulate(data, law)
    # 18000 - (5000 - 3000) = 16000 a year -> 1333.33
    assert row(result, "2022-04").ivt == D("1333.33")
    assert any(u.value.name == "ivt_partner_exemption" for u in result.parameters)
    # income above the maximum leaves no IVT, never a negative amount
    data = flanders(ivt=IvtFromCategory(Category.A, own_income=D("99999.00")))
    assert row(simulate(data, law), "2022-04").ivt == D("0.00")


def test_it_from_points(law):
    result = simulate(flanders(it=ItFromPoints(12)), law)
    assert row(result, "2022-04").it == D("300.00")  # category 3: 3600 / 12
    assert row(result, "2022-04").federal == D("800.00")
    below = simulate(flanders(it=ItFromPoints(6)), law)
    assert row(below, "2022-04").it == D("0.00")


@pytest.mark.parametrize(
    ("points", "category"),
    [
        (0, None),
        (6, None),
        (7, "1"),
        (8, "1"),
        (9, "2"),
        (11, "2"),
        (12, "3"),
        (14, "3"),
        (15, "4"),
        (16, "4"),
        (17, "5"),
        (18, "5"),
    ],
)
def test_it_category_from_points(points, category):
    assert it_category(points) == category


@pytest.mark.parametrize(
    ("points", "pillar1", "bracket"),
    [
        (3, 0, None),
        (5, 3, None),
        (4, 4, "p1_4_total_lt6"),
        (5, 5, "p1_4_total_lt6"),
        (6, 0, "total_6_8"),
        (8, 3, "total_6_8"),
        (9, 3, "total_9_11"),
        (11, 0, "total_9_11"),
        (6, 4, "total_12_14_or_p1_4_total_6_11"),
        (11, 6, "total_12_14_or_p1_4_total_6_11"),
        (12, 0, "total_12_14_or_p1_4_total_6_11"),
        (14, 2, "total_12_14_or_p1_4_total_6_11"),
        (15, 0, "total_15_17"),
        (17, 6, "total_15_17"),
        (18, 0, "total_18_20"),
        (20, 6, "total_18_20"),
        (21, 0, "total_gt20"),
        (36, 6, "total_gt20"),
    ],
)
def test_zorgtoeslag_bracket_from_points(points, pillar1, bracket):
    assert zorgtoeslag_bracket(points, pillar1) == bracket


@pytest.mark.parametrize(("points", "pillar1"), [(37, 0), (10, 7), (3, 4), (-1, 0)])
def test_impossible_zorgtoeslag_points_are_refused(points, pillar1):
    with pytest.raises(ValueError):
        ZorgtoeslagFromPoints(points, pillar1)


def test_bob_from_dossier_periods_counts_only_covered_months(law):
    periods = (BobPeriod(Period(date(2021, 1, 1), date(2022, 12, 31))),)
    result = simulate(flanders(bob=BobSpec(BobFromParameter(), periods=periods)), law)
    assert row(result, "2022-12").bob == D("300.00")
    january = row(result, "2023-01")
    assert january.bob == D("0.00") and not january.bob_banned
    assert january.flemish == D("440.00")


def test_first_payment_month_shortens_the_horizon(law):
    result = simulate(flanders(first_payment_month=Month(2024, 10)), law)
    assert [str(r.month) for r in result.months] == [
        "2024-10",
        "2024-11",
        "2024-12",
        "2025-01",
        "2025-02",
        "2025-03",
    ]


@pytest.mark.parametrize("month", [Month(2022, 3), Month(2025, 4), Month(2019, 1)])
def test_first_payment_month_outside_the_horizon_is_refused(law, month):
    with pytest.raises(SimulationInputError) as info:
        simulate(flanders(first_payment_month=month), law)
    assert info.value.field == "first_payment_month"
    assert "2022-04 to 2025-03" in info.value.message


def test_no_window_means_nothing_to_compare(law):
    result = simulate(flanders(birth_date=date(1999, 5, 1)), law)
    assert result.months == () and result.recommendation is Recommendation.NOT_APPLICABLE


def test_a_month_with_no_amount_in_force_is_an_error_not_a_guess(law):
    # zorgtoeslag has no value before 2020-09-01 in the fixture
    data = flanders(birth_date=date(2002, 6, 10))  # horizon starts 2020-08
    with pytest.raises(NoValueInForce, match="2020-08-01 for zorgtoeslag_monthly"):
        simulate(data, law)


def test_money_is_decimal_everywhere(law):
    result = simulate(flanders(it=ItFromPoints(9)), law)
    for month in result.months:
        for amount in (
            month.ivt,
            month.it,
            month.zorgtoeslag,
            month.bob,
            month.federal,
            month.flemish,
            month.difference,
            month.zorgtoeslag_kept,
            month.bob_kept,
        ):
            assert isinstance(amount, Decimal) and amount == amount.quantize(D("0.01"))


def test_the_zorgtoeslag_basis_names_its_bracket_in_words_not_by_its_key():
    from cumuldesk.domain.amounts import ZorgtoeslagFromPoints

    basis = ZorgtoeslagFromPoints(24, 6).basis
    assert "bracket more than 20 points" in basis and "total_gt20" not in basis
