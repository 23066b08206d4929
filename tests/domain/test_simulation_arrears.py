"""The comparison of DOMAIN.md ("Zorgtoeslag and IVT/IT, by region"): arrears months
before the notified month, what is kept on the federal side, the tie, Brussels, the
open points of law. Every figure is computed by hand in a comment.

Round numbers of tests/domain/conftest.py: IVT category A 6000.00 a year = 500.00 a
month (6300.00 = 525.00 from 2023), zorgtoeslag at 12 points 430.00 (440.00 from
2022-09), BOB 300.00 (320.00 from 2023). Born 2004-03-15: horizon 2022-04 .. 2025-03,
36 months (9 in 2022, 27 from 2023).

Without arrears (the payers told before the first payment month) every month is
banned in Flanders: federal = IVT; the totals are 5 x 500 + 4 x 500 + 27 x 525 =
18675.00 against 5 x 730 + 4 x 740 + 27 x 760 = 27130.00, difference -8455.00.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cumuldesk.domain.amounts import (
    BobFromParameter,
    Category,
    Decided,
    IvtFromCategory,
    ZorgtoeslagFromPoints,
)
from cumuldesk.domain.dossier import Region
from cumuldesk.domain.law import Kind
from cumuldesk.domain.months import Month
from cumuldesk.domain.simulation import (
    BRUSSELS_POINTS,
    BobSpec,
    Recommendation,
    SimulationInput,
    SimulationInputError,
    simulate,
)
from cumuldesk.params.loader import parameters_from_values
from tests.domain.conftest import FIXTURE, rule

D = Decimal
BIRTH = date(2004, 3, 15)
OPEN_POINT = "This verdict rests on an open point of law that no supervisor has confirmed yet: "


def flanders(**changes) -> SimulationInput:
    base = dict(
        birth_date=BIRTH,
        region=Region.FLANDERS,
        ivt=IvtFromCategory(Category.A),
        zorgtoeslag=ZorgtoeslagFromPoints(12, 0),
        bob=BobSpec(BobFromParameter()),
    )
    base.update(changes)
    return SimulationInput(**base)


def row(result, month: str):
    return next(r for r in result.months if str(r.month) == month)


def used(result, name: str):
    return [u for u in result.parameters if u.value.name == name]


def open_point_names(result) -> list[str]:
    return [u.value.name for u in result.open_points]


# ------------------------------------------------------------------ arrears


def test_arrears_months_keep_the_bob_and_the_zorgtoeslag_is_recovered(law):
    result = simulate(flanders(notified_month=Month(2023, 1)), law)
    assert result.notified_month == Month(2023, 1)
    assert [str(r.month) for r in result.arrears_months] == [
        f"2022-{m:02d}" for m in range(4, 13)
    ]  # 9 months
    april = row(result, "2022-04")
    assert april.arrears and not april.bob_banned
    assert april.zorgtoeslag_banned and april.zorgtoeslag_recovered
    assert (april.ivt_it, april.zorgtoeslag_kept, april.bob_kept) == (
        D("500.00"),
        D("0.00"),
        D("300.00"),
    )
    # federal: IVT 500 + BOB kept 300; Flemish: 430 + 300
    assert (april.federal, april.flemish, april.difference) == (
        D("800.00"),
        D("730.00"),
        D("70.00"),
    )
    december = row(result, "2022-12")  # zorgtoeslag 440 from September: 800 - 740
    assert december.arrears and december.difference == D("60.00")
    january = row(result, "2023-01")  # notified: the bans apply again
    assert not january.arrears and january.bob_banned and january.zorgtoeslag_banned
    assert (january.federal, january.bob_kept) == (D("525.00"), D("0.00"))
    # 9 x 800 + 27 x 525 = 7200 + 14175; Flemish unchanged; -8455 + 9 x 300
    assert result.total_federal == D("21375.00")
    assert result.total_flemish == D("27130.00")
    assert result.total_difference == D("-5755.00")
    assert result.recommendation is Recommendation.RENOUNCE
    reasons = " ".join(result.reasons)
    assert "The 9 months (2022-04 to 2022-12) before it are arrears" in reasons
    assert "The BOB paid for 9 months (2022-04 to 2022-12) of arrears is kept" in reasons
    assert "The zorgtoeslag of 9 months (2022-04 to 2022-12) of arrears is recovered" in reasons
    assert "Zorgtoeslag is not paid together with IVT/IT in 27 months (2023-01 to 2025-03)" in (
        reasons
    )


def test_enough_arrears_months_make_ivt_it_more_favourable(law):
    # notified after the horizon: all 36 months are arrears, every BOB is kept
    result = simulate(flanders(notified_month=Month(2025, 4)), law)
    assert len(result.arrears_months) == 36
    # 9 x (500 + 300) + 27 x (525 + 320) = 7200 + 22815; 30015 - 27130
    assert result.total_federal == D("30015.00")
    assert result.total_difference == D("2885.00")
    assert result.recommendation is Recommendation.IVT_IT


def test_the_notified_month_defaults_to_the_month_after_as_of(law):
    result = simulate(flanders(as_of=date(2022, 12, 10)), law)
    assert result.notified_month == Month(2023, 1)  # over the year's end
    assert len(result.arrears_months) == 9
    assert result.total_difference == D("-5755.00")  # as with notified_month 2023-01
    assert any(
        "Notified month 2023-01 (assumed: the month after the day of the assessment, "
        "2022-12-10)" in r
        for r in result.reasons
    )


def test_a_given_notified_month_wins_over_as_of(law):
    result = simulate(flanders(as_of=date(2022, 12, 10), notified_month=Month(2022, 4)), law)
    assert result.notified_month == Month(2022, 4)
    assert result.arrears_months == ()
    assert result.total_difference == D("-8455.00")
    assert any("No month of the comparison is before it: no arrears." in r for r in result.reasons)
    assert not any("assumed" in r and "Notified" in r for r in result.reasons)


def test_without_as_of_or_notified_month_no_month_is_in_arrears(law):
    result = simulate(flanders(), law)
    assert result.notified_month is None and result.arrears_months == ()
    assert not any("Notified month" in r for r in result.reasons)


def test_brussels_arrears_recover_the_zorgtoeslag_only_from_january_2022(law):
    data = flanders(
        birth_date=date(2002, 6, 10),  # window 2020-08 .. 2023-06
        region=Region.BRUSSELS,
        zorgtoeslag=Decided(D("430.00")),
        first_payment_month=Month(2021, 9),
        notified_month=Month(2022, 3),  # arrears 2021-09 .. 2022-02
    )
    result = simulate(data, law)
    december = row(result, "2021-12")  # no Brussels ban yet: the zorgtoeslag stays
    assert december.arrears and not december.zorgtoeslag_banned
    assert (december.zorgtoeslag_kept, december.bob_kept) == (D("430.00"), D("300.00"))
    assert december.federal == D("1230.00")  # 500 + 430 + 300
    january = row(result, "2022-01")  # Brussels ban: recovered
    assert january.zorgtoeslag_recovered and january.federal == D("800.00")  # 500 + 300
    march = row(result, "2022-03")  # notified: both banned
    assert not march.arrears and march.federal == D("500.00")
    (recovered,) = used(result, "zorgtoeslag_arrears_recovered")
    assert (str(recovered.first_month), str(recovered.last_month)) == ("2022-01", "2022-02")
    reasons = " ".join(result.reasons)
    assert (
        "The zorgtoeslag of 4 months (2021-09 to 2021-12) of arrears stays on the federal side "
        "too: no ban on it with IVT/IT in brussels then." in reasons
    )
    assert "The zorgtoeslag of 2 months (2022-01 to 2022-02) of arrears is recovered" in reasons


def test_a_zero_amount_decision_keeps_everything_in_arrears_too(law):
    result = simulate(flanders(ivt=Decided(D("0.00")), notified_month=Month(2023, 1)), law)
    april = row(result, "2022-04")
    assert (april.zorgtoeslag_kept, april.bob_kept, april.federal) == (
        D("430.00"),
        D("300.00"),
        D("730.00"),
    )
    assert result.recommendation is Recommendation.NOT_APPLICABLE
    assert used(result, "zorgtoeslag_arrears_recovered") == []  # it decided nothing
    assert any("the decision pays 0 EUR then" in r for r in result.reasons)


# --------------------------------------------------- open point: recovery of arrears


def test_zorgtoeslag_recovery_open_point_true_is_named(law):
    result = simulate(flanders(notified_month=Month(2023, 1)), law)
    (recovered,) = used(result, "zorgtoeslag_arrears_recovered")
    assert recovered.value.kind is Kind.CARRIED and recovered.value.value is True
    assert recovered in result.open_points
    assert (
        OPEN_POINT + "whether the zorgtoeslag already paid for a month before the notification "
        "is recovered when IVT/IT is granted with arrears for that month; default assumed: it "
        "is recovered, so it is not on the federal side in the arrears months 2022-04 to "
        "2022-12." in result.reasons
    )


def test_zorgtoeslag_recovery_open_point_false_keeps_it_on_the_federal_side(law_with):
    law = law_with(
        zorgtoeslag_arrears_recovered=rule(
            "zorgtoeslag_arrears_recovered", ("2020-08-01", "false", "carried")
        )
    )
    result = simulate(flanders(notified_month=Month(2023, 1)), law)
    april = row(result, "2022-04")
    assert not april.zorgtoeslag_banned and not april.zorgtoeslag_recovered
    assert april.zorgtoeslag_kept == D("430.00")
    assert april.federal == D("1230.00")  # 500 + 430 + 300
    assert row(result, "2022-09").federal == D("1240.00")  # 500 + 440 + 300
    # 5 x 1230 + 4 x 1240 + 27 x 525 = 6150 + 4960 + 14175; 25285 - 27130
    assert result.total_federal == D("25285.00")
    assert result.total_difference == D("-1845.00")
    assert result.recommendation is Recommendation.RENOUNCE
    assert "zorgtoeslag_arrears_recovered" in open_point_names(result)
    reasons = " ".join(result.reasons)
    assert "default assumed: it is not recovered, so it stays on the federal side" in reasons
    assert "The zorgtoeslag of 9 months (2022-04 to 2022-12) of arrears is not recovered" in (
        reasons
    )


def test_a_confirmed_recovery_is_no_open_point(law_with):
    law = law_with(
        zorgtoeslag_arrears_recovered=rule(
            "zorgtoeslag_arrears_recovered", ("2020-08-01", "true", "sourced")
        )
    )
    result = simulate(flanders(notified_month=Month(2023, 1)), law)
    assert result.total_difference == D("-5755.00")
    assert "zorgtoeslag_arrears_recovered" not in open_point_names(result)
    assert used(result, "zorgtoeslag_arrears_recovered")  # still listed as used


# -------------------------------------------- open point: the ondersteuningstoeslag


def test_ondersteuningstoeslag_ban_open_point_true_is_named(law):
    result = simulate(flanders(), law)
    assert row(result, "2023-01").bob_banned
    assert result.total_difference == D("-8455.00")
    (continued,) = used(result, "ondersteuningstoeslag_ivt_it_ban")
    assert (str(continued.first_month), str(continued.last_month)) == ("2023-01", "2025-03")
    assert open_point_names(result) == ["ondersteuningstoeslag_ivt_it_ban"]
    assert (
        OPEN_POINT + "whether the ban continues for the ondersteuningstoeslag, which replaced "
        "the BOB in the Groeipakket from 1 January 2023; default assumed: it continues, so the "
        "ondersteuningstoeslag is not paid with IVT/IT in 2023-01 to 2025-03." in result.reasons
    )


def test_ondersteuningstoeslag_not_suspended_stays_on_the_federal_side(law_with):
    law = law_with(
        ondersteuningstoeslag_ivt_it_ban=rule(
            "ondersteuningstoeslag_ivt_it_ban", ("2023-01-01", "false", "carried")
        )
    )
    result = simulate(flanders(), law)
    december = row(result, "2022-12")  # still the BOB ban
    assert december.bob_banned and december.federal == D("500.00")
    january = row(result, "2023-01")
    assert not january.bob_banned and january.zorgtoeslag_banned
    assert january.bob_kept == D("320.00")
    assert (january.federal, january.flemish, january.difference) == (
        D("845.00"),  # 525 + 320
        D("760.00"),  # 440 + 320
        D("85.00"),
    )
    # 9 x 500 + 27 x 845 = 4500 + 22815; 27315 - 27130
    assert result.total_federal == D("27315.00")
    assert result.total_difference == D("185.00")
    assert result.recommendation is Recommendation.IVT_IT
    reasons = " ".join(result.reasons)
    assert (
        "default assumed: it does not, so the ondersteuningstoeslag stays on the federal side "
        "in 2023-01 to 2025-03." in reasons
    )
    assert "paid together with IVT/IT in 27 months (2023-01 to 2025-03)" in reasons


def test_the_ondersteuningstoeslag_rule_is_not_asked_before_2023(law):
    result = simulate(flanders(first_payment_month=Month(2022, 4)), law)
    (continued,) = used(result, "ondersteuningstoeslag_ivt_it_ban")
    assert continued.first_month == Month(2023, 1)


# ---------------------------------------------------- open point: the BOB ban start


def test_bob_ban_before_june_2021_rests_on_the_open_point_of_its_start(law):
    data = flanders(birth_date=date(2002, 6, 10), first_payment_month=Month(2020, 9))
    result = simulate(data, law)  # horizon 2020-09 .. 2023-06
    september = row(result, "2020-09")
    assert september.bob_banned and not september.zorgtoeslag_banned  # zt ban from 2021-06
    assert september.federal == D("930.00")  # IVT 500 + zorgtoeslag 430
    carried = [u for u in used(result, "bob_ivt_it_ban") if u.value.kind is Kind.CARRIED]
    assert [(str(u.first_month), str(u.last_month)) for u in carried] == [("2020-09", "2021-05")]
    assert open_point_names(result) == ["bob_ivt_it_ban", "ondersteuningstoeslag_ivt_it_ban"]
    assert (
        OPEN_POINT + "whether the ban on BOB with a paid IVT/IT applies from 1 August 2020 "
        "(deliberation 21/124, par. 10 and 24) or only from 1 June 2021 (a secondary source); "
        "default assumed: the ban applies from 2020-08-01, so the BOB is not paid with IVT/IT "
        "in 2020-09 to 2021-05." in result.reasons
    )


def test_arrears_months_do_not_rest_on_the_bob_ban(law):
    # the BOB of an arrears month is kept whatever the ban says
    data = flanders(
        birth_date=date(2002, 6, 10),
        first_payment_month=Month(2020, 9),
        notified_month=Month(2021, 6),
    )
    result = simulate(data, law)
    assert row(result, "2020-09").bob_kept == D("300.00")
    assert "bob_ivt_it_ban" not in open_point_names(result)


# ---------------------------------------------------------------- the tie


def tie(ivt: str) -> SimulationInput:
    return flanders(
        ivt=Decided(D(ivt)),
        zorgtoeslag=Decided(D("430.00")),
        bob=BobSpec(Decided(D("300.00"))),
    )


def test_a_tie_proposes_renunciation(law):
    result = simulate(tie("730.00"), law)
    # every month: federal 730.00 (both banned) against 430.00 + 300.00
    assert all(r.difference == 0 for r in result.months)
    assert result.total_difference == D("0.00")
    assert result.recommendation is Recommendation.RENOUNCE
    assert any(
        "Both choices give the same total over 36 months: IVT/IT is not really more favourable "
        "(deliberation 21/124, par. 17 and 29), so propose renunciation." in r
        for r in result.reasons
    )


@pytest.mark.parametrize(
    ("ivt", "difference", "recommendation"),
    [
        ("730.01", "0.36", Recommendation.IVT_IT),  # 36 x 0.01
        ("729.99", "-0.36", Recommendation.RENOUNCE),
    ],
)
def test_one_cent_a_month_decides_either_way(law, ivt, difference, recommendation):
    result = simulate(tie(ivt), law)
    assert result.total_difference == D(difference)
    assert result.recommendation is recommendation


# ---------------------------------------------------------------- Brussels


def test_brussels_zorgtoeslag_from_points_is_refused(law):
    with pytest.raises(SimulationInputError) as info:
        simulate(flanders(region=Region.BRUSSELS), law)
    assert info.value.field == "zorgtoeslag"
    assert "own scale, which differs from the Flemish one" in info.value.message
    assert "decided monthly amount" in info.value.message
    assert info.value.text == BRUSSELS_POINTS  # marked for translation
    assert (info.value.text.context, str(info.value.text)) == ("Simulation", info.value.message)


def test_brussels_decided_zorgtoeslag_is_accepted(law):
    result = simulate(flanders(region=Region.BRUSSELS, zorgtoeslag=Decided(D("400.00"))), law)
    april = row(result, "2022-04")  # the Brussels ban from 2022-01
    assert april.zorgtoeslag_banned and april.bob_banned
    assert (april.federal, april.flemish) == (D("500.00"), D("700.00"))


def test_points_stay_allowed_in_flanders_and_wallonia(law):
    simulate(flanders(), law)
    simulate(flanders(region=Region.WALLONIA, bob=BobSpec(None)), law)


# ---------------------------------------------------------- voluntary switch


def test_voluntary_switch_bob_is_kept_on_both_sides_in_every_month(law):
    data = flanders(
        bob=BobSpec(BobFromParameter(), voluntary_switch=True), notified_month=Month(2023, 1)
    )
    result = simulate(data, law)
    for month in ("2022-04", "2023-01"):  # an arrears month and a notified one
        r = row(result, month)
        assert r.bob_voluntary_switch and not r.bob_banned
        assert r.bob_kept == r.bob and r.ivt_it == r.ivt  # never inside IVT + IT
        assert r.federal == r.ivt_it + r.zorgtoeslag_kept + r.bob_kept
    assert row(result, "2023-01").federal == D("845.00")  # 525 + BOB 320, zt banned
    assert "bob_ivt_it_ban" not in [u.value.name for u in result.parameters]
    assert "ondersteuningstoeslag_ivt_it_ban" not in [u.value.name for u in result.parameters]
    assert any(
        "Voluntary switch from NRTH: the BOB of 36 months (2022-04 to 2025-03) is kept with "
        "IVT/IT, on both sides of the comparison." in r
        for r in result.reasons
    )


# ---------------------------------------------------------------- law version


def test_the_law_data_version_is_recorded(law):
    assert simulate(flanders(), law).law_version is None  # the shipped files
    versioned = parameters_from_values(law.all_values(), 7, "test law data v7", shipped=FIXTURE)
    result = simulate(flanders(), versioned)
    assert result.law_version == 7
    assert result.total_difference == D("-8455.00")
