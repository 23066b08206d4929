"""The simulation form (no Qt): the example dossiers' inputs as a form give the same report
as `cumuldesk simulate`, edits change the result, bad inputs name their field, and the
verdict is said in the three plain sentences the banner shows."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cumuldesk.domain.amounts import Category, Decided, ItFromPoints, IvtFromCategory
from cumuldesk.domain.dossier import Region
from cumuldesk.domain.months import Month, MonthRange
from cumuldesk.domain.simulation import (
    BRUSSELS_POINTS,
    BobSpec,
    MonthRow,
    Recommendation,
    SimulationResult,
)
from cumuldesk.errors import BadInput
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.input import (
    DossierInput,
    InputError,
    parse_dossier,
    parse_simulation,
    read_json_file,
)
from cumuldesk.services.reports import ReportPerson, SimulationReport, simulation_report
from cumuldesk.services.simulation.form import (
    IVT_IT_BETTER,
    NOT_APPLICABLE,
    RENOUNCE,
    AmountBasis,
    BobBasis,
    FormError,
    IvtBasis,
    SimulationForm,
    _form_error,
    changed_fields,
    default_notified_month,
    form_from_input,
    horizon_limits,
    parse_money_text,
    simulate,
    validate,
    verdict,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
SCENARIOS = ROOT / "tests" / "scenarios"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def params():
    return load_parameters()


def example(name: str) -> DossierInput:
    return parse_dossier(read_json_file(EXAMPLES / name), TODAY)


@pytest.mark.parametrize(
    "name",
    ["renounce-flanders.json", "ivt-more-favourable-brussels.json", "wallonia-not-applicable.json"],
)
def test_the_examples_inputs_as_a_form_give_the_simulate_report(params, name):
    base = example(name)
    form = form_from_input(base, params)
    outcome = simulate(form, base, params)
    assert outcome.report == simulation_report(base, params)
    assert outcome.form == form


def test_the_form_holds_the_inputs_with_their_types(params):
    form = form_from_input(example("renounce-flanders.json"), params)
    assert form.ivt_basis is IvtBasis.CATEGORY and form.category is Category.A
    assert form.own_income == Decimal("0.00")
    assert form.it_basis is AmountBasis.NONE
    assert (form.zorgtoeslag_basis, form.zorgtoeslag_points, form.pillar1_points) == (
        AmountBasis.POINTS,
        24,
        6,
    )
    assert form.bob_basis is BobBasis.EVERY_MONTH and form.voluntary_switch is False
    assert form.first_payment_month == Month(2024, 6)
    # no first payment month given: the start of the ban window, which is the same horizon
    brussels = example("ivt-more-favourable-brussels.json")
    assert form_from_input(brussels, params).first_payment_month == Month(2023, 12)
    assert horizon_limits(brussels, params).start == Month(2023, 12)


def test_verdict_renounce(params):
    form, base = _form_and_base("renounce-flanders.json", params)
    # the payers told before the first payment month: no arrears (scenario
    # renounce-flanders-no-arrears): federal 32464.24 against Flemish 34502.46
    form = replace(form, notified_month=Month(2024, 6))
    outcome = simulate(form, base, params)
    assert outcome.verdict.kind == RENOUNCE
    assert str(outcome.verdict.text) == "Zorgtoeslag + BOB is more favourable: propose renunciation"
    detail = "Zorgtoeslag + BOB gives 2.038,22 EUR more over 36 months."
    assert str(outcome.verdict.detail) == detail
    # as the example has it (notified 2026-12: 30 arrears months keep the BOB): IVT/IT
    outcome = simulate(*_form_and_base("renounce-flanders.json", params), params)
    assert len(outcome.report.arrears_months) == 30
    assert outcome.verdict.kind == IVT_IT_BETTER


def test_verdict_ivt_it_better_uses_the_report_totals(params):
    outcome = simulate(*_form_and_base("ivt-more-favourable-brussels.json", params), params)
    expected = json.loads((SCENARIOS / "ivt-more-favourable-brussels.json").read_text())["expect"]
    assert outcome.report.recommendation == expected["recommendation"] == "ivt_it"
    difference = outcome.report.total_difference
    whole, cents = f"{difference:.2f}".split(".")
    shown = f"{int(whole):,}".replace(",", ".") + "," + cents
    assert outcome.verdict.kind == IVT_IT_BETTER
    assert str(outcome.verdict.text) == (
        f"IVT/IT is more favourable by {shown} EUR over {expected['month_count']} months"
    )
    # by hand: IVT B / 12 = 1263.58 (1 month), 1295.01 (4), 1320.93 (9), 1347.32 (11),
    # 1374.27 (2), 1401.75 (9); IT category 3 / 12 = 666.31 (5), 679.65 (9), 693.22 (13),
    # 707.08 (9): federal 73340.78; Flemish 29144.73 (scenario); difference 44196.05
    assert shown == "44.196,05"


def test_verdict_not_applicable_says_why(params):
    outcome = simulate(*_form_and_base("wallonia-not-applicable.json", params), params)
    assert outcome.verdict.kind == NOT_APPLICABLE
    assert str(outcome.verdict.text) == (
        "Not applicable: Wallonia: no choice is needed between IVT/IT and zorgtoeslag + BOB; "
        "no renunciation proposal applies."
    )
    # no month of the horizon where IVT/IT stops anything: a voluntary switch
    form, base = _form_and_base("renounce-flanders.json", params)
    form = replace(form, zorgtoeslag_basis=AmountBasis.NONE, voluntary_switch=True)
    text = str(simulate(form, base, params).verdict.text)
    assert text.startswith("Not applicable: No month in the horizon where IVT/IT would stop")


def test_verdict_not_applicable_without_a_ban_window(params):
    data = json.loads((EXAMPLES / "wallonia-not-applicable.json").read_text())
    data.update(insz="96.02.08-085.56", region="flanders")  # 21 in 2017: before the ban
    data["simulation"]["bob"] = {"entitled": True}
    base = parse_dossier(data, TODAY)
    form = form_from_input(base, params)
    assert form.first_payment_month is None and horizon_limits(base, params) is None
    outcome = simulate(form, base, params)
    assert str(outcome.verdict.text) == (
        "Not applicable: The person turned 21 before the cumulation ban came into force: "
        "no month to compare."
    )


def _report(months: int, difference: str, recommendation: Recommendation) -> SimulationReport:
    """A report of `months` months (their amounts 0) with these totals."""
    zero = Decimal("0.00")
    rows = tuple(
        MonthRow(Month(2024, 1) + i, *[zero] * 7, False, False, False, zero, zero, False)
        for i in range(months)
    )
    result = SimulationResult(
        horizon=MonthRange(rows[0].month, rows[-1].month),
        months=rows,
        total_federal=Decimal(difference),
        total_flemish=zero,
        total_difference=Decimal(difference),
        recommendation=recommendation,
        reasons=(),
        basis={},
    )
    return SimulationReport(ReportPerson("06052011755", date(2006, 5, 20), Region.FLANDERS), result)


def test_verdict_formats_money_with_the_given_function():
    report = _report(3, "1234.50", Recommendation.IVT_IT)
    assert str(verdict(report).text) == "IVT/IT is more favourable by 1.234,50 EUR over 3 months"
    shown = str(verdict(report, money=lambda d: f"<{d}>").text)
    assert shown.endswith("by <1234.50> EUR over 3 months")


def test_edits_change_the_result(params):
    form, base = _form_and_base("renounce-flanders.json", params)
    before = simulate(form, base, params)
    # no zorgtoeslag any more: nothing that IVT/IT stops except BOB, IVT/IT now better
    lower = simulate(replace(form, zorgtoeslag_points=5, pillar1_points=0), base, params)
    assert lower.report.total_flemish != before.report.total_flemish
    assert lower.verdict.kind == IVT_IT_BETTER
    # a decided IVT of 0 EUR triggers no ban: not applicable
    zero = replace(form, ivt_basis=IvtBasis.DECIDED, ivt_amount=Decimal("0.00"))
    assert simulate(zero, base, params).verdict.kind == NOT_APPLICABLE
    later = simulate(replace(form, first_payment_month=Month(2026, 6)), base, params)
    assert len(later.report.months) == 12


def test_the_input_is_the_dossier_json_simulation_object_it_stands_for(params):
    """`to_input` builds the domain's input directly: the same as the `simulation`
    object of a DOSSIER.json with these inputs, parsed."""
    base = example("renounce-flanders.json")

    def parsed(simulation: dict) -> object:
        return parse_simulation(replace(base, simulation=simulation))

    form = SimulationForm(
        ivt_basis=IvtBasis.CATEGORY,
        category=Category.C,
        own_income=Decimal("1200"),
        it_basis=AmountBasis.POINTS,
        it_points=12,
        zorgtoeslag_basis=AmountBasis.DECIDED,
        zorgtoeslag_amount=Decimal("457.39"),
        bob_basis=BobBasis.DECIDED,
        bob_amount=Decimal("300"),
        voluntary_switch=True,
        first_payment_month=Month(2024, 3),
    )
    shape = {
        "first_payment_month": "2024-03",
        "ivt": {"category": "C", "own_income": "1200.00", "partner_income": "0.00"},
        "it": {"points": 12},
        "zorgtoeslag": {"monthly_amount": "457.39"},
        "bob": {"monthly_amount": "300.00", "voluntary_switch": True},
    }
    data = form.to_input(base.dossier, base.as_of)
    assert data == parsed(shape)
    assert data.ivt == IvtFromCategory(Category.C, Decimal("1200.00"), Decimal("0.00"))
    assert (data.it, data.zorgtoeslag) == (ItFromPoints(12), Decided(Decimal("457.39")))
    assert data.bob == BobSpec(Decided(Decimal("300.00")), True)
    assert (data.first_payment_month, data.notified_month) == (Month(2024, 3), None)
    assert (data.birth_date, data.region, data.as_of) == (
        base.dossier.birth_date,
        base.dossier.region,
        base.as_of,
    )
    # BOB in the dossier's BOB periods: no "bob" in the object (the dossier decides)
    periods = replace(form, bob_basis=BobBasis.PERIODS).to_input(base.dossier, base.as_of)
    assert periods == parsed({k: v for k, v in shape.items() if k != "bob"})
    no_bob = replace(form, bob_basis=BobBasis.NONE).to_input(base.dossier, base.as_of)
    assert no_bob == parsed({**shape, "bob": {"entitled": False}})
    every = replace(form, bob_basis=BobBasis.EVERY_MONTH).to_input(base.dossier, base.as_of)
    assert every == parsed({**shape, "bob": {"entitled": True, "voluntary_switch": True}})


def _legacy_object(form: SimulationForm) -> dict:
    """The form as the `simulation` object of a DOSSIER.json, as the form used to
    serialise itself before being parsed back (the reference `to_input` must equal)."""

    def text(amount: Decimal) -> str:
        return str(amount.quantize(Decimal("0.01")))

    data: dict = {}
    if form.first_payment_month is not None:
        data["first_payment_month"] = str(form.first_payment_month)
    if form.notified_month is not None:
        data["notified_month"] = str(form.notified_month)
    if form.ivt_basis is IvtBasis.DECIDED:
        data["ivt"] = {"monthly_amount": text(form.ivt_amount)}
    else:
        data["ivt"] = {
            "category": form.category.value,
            "own_income": text(form.own_income),
            "partner_income": text(form.partner_income),
        }
    data["it"] = {
        AmountBasis.NONE: None,
        AmountBasis.DECIDED: {"monthly_amount": text(form.it_amount)},
        AmountBasis.POINTS: {"points": form.it_points},
    }[form.it_basis]
    data["zorgtoeslag"] = {
        AmountBasis.NONE: None,
        AmountBasis.DECIDED: {"monthly_amount": text(form.zorgtoeslag_amount or Decimal(0))},
        AmountBasis.POINTS: {
            "points": form.zorgtoeslag_points,
            "pillar1_points": form.pillar1_points,
        },
    }[form.zorgtoeslag_basis]
    if form.bob_basis is BobBasis.EVERY_MONTH:
        data["bob"] = {"entitled": True, "voluntary_switch": form.voluntary_switch}
    elif form.bob_basis is BobBasis.DECIDED:
        data["bob"] = {
            "monthly_amount": text(form.bob_amount),
            "voluntary_switch": form.voluntary_switch,
        }
    elif form.bob_basis is BobBasis.NONE:
        data["bob"] = {"entitled": False}
    return data


def _variants(form: SimulationForm) -> list[SimulationForm]:
    return [
        form,
        replace(form, ivt_basis=IvtBasis.DECIDED, ivt_amount=Decimal("880.6")),
        replace(
            form, ivt_basis=IvtBasis.CATEGORY, category=Category.B, partner_income=Decimal("20000")
        ),
        replace(form, it_basis=AmountBasis.DECIDED, it_amount=Decimal("435.89")),
        replace(form, it_basis=AmountBasis.POINTS, it_points=6),
        replace(form, zorgtoeslag_basis=AmountBasis.NONE),
        replace(form, zorgtoeslag_basis=AmountBasis.DECIDED, zorgtoeslag_amount=Decimal("470")),
        replace(form, zorgtoeslag_basis=AmountBasis.POINTS, zorgtoeslag_points=7, pillar1_points=4),
        replace(form, bob_basis=BobBasis.PERIODS),
        replace(form, bob_basis=BobBasis.EVERY_MONTH, voluntary_switch=True),
        replace(form, bob_basis=BobBasis.DECIDED, bob_amount=Decimal("331.22")),
        replace(form, bob_basis=BobBasis.NONE),
        replace(form, first_payment_month=None, notified_month=None),
        replace(form, notified_month=Month(2027, 1)),
        # bad inputs: the same field and message either way
        replace(form, ivt_basis=IvtBasis.DECIDED, ivt_amount=Decimal("-0")),
        replace(form, zorgtoeslag_basis=AmountBasis.POINTS, zorgtoeslag_points=3, pillar1_points=5),
        replace(form, first_payment_month=Month(2101, 1)),
        replace(form, notified_month=Month(1899, 12)),
        replace(form, first_payment_month=Month(2023, 1)),
    ]


def _legacy_simulate(form: SimulationForm, base: DossierInput, params) -> object:
    """What `simulate` did before `to_input`: validate, serialise, parse back, simulate."""
    if (
        form.zorgtoeslag_basis is AmountBasis.DECIDED
        and form.zorgtoeslag_amount is None
        and base.dossier.region is Region.BRUSSELS
    ):
        raise FormError("zorgtoeslag_amount", BRUSSELS_POINTS)
    validate(form)
    try:
        return simulation_report(replace(base, simulation=_legacy_object(form)), params)
    except InputError as exc:
        raise _form_error(exc) from None


def _outcome(run) -> tuple:
    try:
        return ("ok", run())
    except BadInput as exc:
        return ("error", type(exc), getattr(exc, "field", None), str(exc))


# the examples whose simulation the page's form cannot hold (FormError)
NOT_A_FORM = {"retroactive-change.json"}


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_the_input_equals_the_serialised_form_parsed_back(params, name):
    base = example(name)
    if name in NOT_A_FORM:  # the form refuses it, as the page does; nothing to compare
        with pytest.raises(FormError):
            form_from_input(base, params)
        return
    start = form_from_input(base, params)
    for form in _variants(start):
        old = _outcome(lambda form=form: _legacy_simulate(form, base, params))
        new = _outcome(lambda form=form: simulate(form, base, params).report)
        assert new == old, form
        if old[0] == "ok":
            data = parse_simulation(replace(base, simulation=_legacy_object(form)))
            assert form.to_input(base.dossier, base.as_of) == data, form


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("898,21", "898.21"),
        ("1.234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1.234", "1234.00"),
        ("950", "950.00"),
        (" 898,2 EUR", "898.20"),
        ("1.345.678,9", "1345678.90"),
        ("9.999.999,99", "9999999.99"),  # the largest amount
        ("0", "0.00"),
    ],
)
def test_amounts_as_a_handler_types_them(text, amount):
    assert parse_money_text(text, "ivt_amount") == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "enter an amount"),
        ("abc", "not an amount"),
        ("-5", "cannot be negative"),
        ("12,345", "at most two decimals"),
        ("1,2,3", "more than one decimal comma"),
        ("12.34.5,00", "dots must group the thousands"),
        ("9" * 24, "too large: at most 9999999,99"),  # was decimal.InvalidOperation
        ("10.000.000,00", "too large"),
        ("\u0668\u0669\u0668,\u0662\u0661", "not an amount"),  # Arabic-Indic digits
    ],
)
def test_bad_amounts_name_the_field(text, problem):
    with pytest.raises(FormError) as caught:
        parse_money_text(text, "it_amount")
    assert caught.value.field == "it_amount"
    assert str(caught.value).startswith("IT monthly amount: ")
    assert problem in str(caught.value)
    assert isinstance(caught.value, BadInput)


def test_bad_inputs_name_the_field(params):
    form, base = _form_and_base("renounce-flanders.json", params)
    cases = {
        "pillar1_points": replace(form, zorgtoeslag_points=3, pillar1_points=5),
        "zorgtoeslag_points": replace(form, zorgtoeslag_points=40),
        "it_points": replace(form, it_basis=AmountBasis.POINTS, it_points=19),
        "ivt_amount": replace(form, ivt_basis=IvtBasis.DECIDED, ivt_amount=Decimal("-1")),
        "bob_amount": replace(form, bob_basis=BobBasis.DECIDED, bob_amount=Decimal("1.234")),
        "own_income": replace(form, ivt_basis=IvtBasis.CATEGORY, own_income=Decimal("9" * 24)),
        "first_payment_month": replace(form, first_payment_month=Month(2023, 1)),
    }
    for field, bad in cases.items():
        with pytest.raises(FormError) as caught:
            simulate(bad, base, params)
        assert caught.value.field == field, str(caught.value)
    with pytest.raises(FormError) as caught:
        simulate(cases["first_payment_month"], base, params)
    assert str(caught.value) == (
        "First payment month: 2023-01 is outside the horizon (allowed: 2024-06 to 2027-05)"
    )
    # an inactive input is not checked
    assert simulate(replace(form, bob_amount=Decimal("-1")), base, params).report


def test_changed_fields(params):
    form, _ = _form_and_base("renounce-flanders.json", params)
    edited = replace(form, zorgtoeslag_points=12, voluntary_switch=True)
    assert changed_fields(edited, form) == ("zorgtoeslag_points", "voluntary_switch")
    assert changed_fields(form, form) == ()


def _form_and_base(name: str, params) -> tuple[SimulationForm, DossierInput]:
    base = example(name)
    return form_from_input(base, params), base


def test_a_brussels_zorgtoeslag_is_a_decided_amount_the_handler_types(params):
    data = json.loads((EXAMPLES / "ivt-more-favourable-brussels.json").read_text())
    data["simulation"]["zorgtoeslag"] = {"points": 18, "pillar1_points": 2}  # an attestation
    base = parse_dossier(data, TODAY)
    form = form_from_input(base, params)
    # never priced on the Flemish scale: a decided amount, empty until the handler types it
    assert (form.zorgtoeslag_basis, form.zorgtoeslag_amount) == (AmountBasis.DECIDED, None)
    assert (form.zorgtoeslag_points, form.pillar1_points) == (18, 2)  # kept, not used
    with pytest.raises(FormError) as caught:
        simulate(form, base, params)
    assert caught.value.field == "zorgtoeslag_amount"
    assert caught.value.problem == BRUSSELS_POINTS  # the domain's text (translated by the window)
    assert str(caught.value).startswith("Zorgtoeslag monthly amount: a Brussels zorgtoeslag")
    typed = simulate(replace(form, zorgtoeslag_amount=Decimal("470.00")), base, params)
    assert typed.report.months[0].zorgtoeslag == Decimal("470.00")
    # computed from points on purpose: refused at the zorgtoeslag input with the same words
    with pytest.raises(FormError) as caught:
        simulate(replace(form, zorgtoeslag_basis=AmountBasis.POINTS), base, params)
    assert caught.value.field == "zorgtoeslag_basis"
    assert caught.value.problem == BRUSSELS_POINTS
    # in Flanders an amount not typed is asked for like any other
    flemish = replace(form, zorgtoeslag_amount=None)
    flanders = replace(base, dossier=replace(base.dossier, region=Region.FLANDERS))
    with pytest.raises(FormError, match="enter an amount") as caught:
        simulate(flemish, flanders, params)
    assert caught.value.field == "zorgtoeslag_amount"


def test_the_notified_month_reaches_the_simulation(params):
    form, base = _form_and_base("renounce-flanders.json", params)
    assert form.notified_month == Month(2026, 12)  # as the example gives it
    assert form.to_input(base.dossier, base.as_of).notified_month == Month(2026, 12)
    later = simulate(replace(form, notified_month=Month(2027, 3)), base, params)
    assert later.report.notified_month == Month(2027, 3)
    assert len(later.report.arrears_months) == 33  # 2024-06 to 2027-02
    # not given: the month after the as-of day (the input says none)
    default = replace(form, notified_month=None)
    assert default.to_input(base.dossier, base.as_of).notified_month is None
    assert default_notified_month(base) == Month(2026, 12)
    assert simulate(default, base, params).report.notified_month == Month(2026, 12)
    bad = replace(form, notified_month=Month(2027, 3), first_payment_month=Month(2023, 1))
    with pytest.raises(FormError) as caught:
        simulate(bad, base, params)
    assert caught.value.field == "first_payment_month"
