"""The simulation a handler edits: every input as a typed value, prefilled from a dossier.

`form_from_dossier` gives the inputs `DossierView.simulation_report` uses; `simulate`
runs the edited inputs (`SimulationForm.to_input`: the domain's `SimulationInput`, built
directly) through the same simulation as `cumuldesk simulate`
(`services.reports.simulate_dossier`) and reads its verdict. No Qt here: the simulation
page renders what these functions return.

Inputs that are not in use keep their value (switching IVT from a decided amount to a
category and back loses nothing); only the active ones reach the simulation. A bad
input raises `FormError` (a BadInput) whose `field` is the form field's name and whose
message starts with the field's label, for example
``Pillar 1 points: cannot exceed the total zorgtoeslag points (12)``.

A Brussels zorgtoeslag is never priced from points (its scale is not the Flemish one and
the data exchange brings no Brussels amount): a Brussels dossier opens with the
zorgtoeslag as a decided monthly amount left empty (`zorgtoeslag_amount` None), and the
simulation says so at that input until the handler types the decided amount.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from cumuldesk.domain.amounts import (
    IT_MAX_POINTS,
    ZT_MAX_PILLAR1,
    ZT_MAX_POINTS,
    BobFromParameter,
    Category,
    Decided,
    ItFromPoints,
    IvtFromCategory,
    ZorgtoeslagFromPoints,
)
from cumuldesk.domain.cumulation import ban_window
from cumuldesk.domain.dossier import Dossier, Region
from cumuldesk.domain.law import LegalParameters, NoValueInForce
from cumuldesk.domain.money import CENT, MAX_AMOUNT, ZERO, belgian_amount
from cumuldesk.domain.months import Month, MonthRange
from cumuldesk.domain.simulation import (
    BRUSSELS_POINTS,
    BobSpec,
    Recommendation,
    SimulationInput,
)
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Invalid, Message
from cumuldesk.errors import BadInput
from cumuldesk.services.dossiers.input import (
    EARLIEST_DAY,
    LATEST_DAY,
    DossierInput,
    InputError,
    parse_simulation,
)
from cumuldesk.services.dossiers.store import DossierView, _first_ivt_it_month
from cumuldesk.services.reports import SimulationReport, ban_start, simulate_dossier


class IvtBasis(StrEnum):
    DECIDED = "decided"  # the monthly amount of a decision
    CATEGORY = "category"  # computed from the category's yearly maximum minus income


class AmountBasis(StrEnum):
    """How IT or zorgtoeslag enters: not at all, a decided amount, or from points."""

    NONE = "none"
    DECIDED = "decided"
    POINTS = "points"


class BobBasis(StrEnum):
    PERIODS = "periods"  # the amount in force, in the months the dossier's BOB periods cover
    EVERY_MONTH = "every_month"  # the amount in force, every month of the horizon
    DECIDED = "decided"  # a decided monthly amount, every month
    NONE = "none"


@dataclass(frozen=True)
class SimulationForm:
    """Every input of the simulation, as the handler edits it. Amounts in EUR: the IVT,
    IT, zorgtoeslag and BOB amounts are monthly, the incomes yearly."""

    ivt_basis: IvtBasis = IvtBasis.DECIDED
    ivt_amount: Decimal = ZERO
    category: Category = Category.A
    own_income: Decimal = ZERO
    partner_income: Decimal = ZERO
    it_basis: AmountBasis = AmountBasis.NONE
    it_amount: Decimal = ZERO
    it_points: int = 0
    zorgtoeslag_basis: AmountBasis = AmountBasis.NONE
    zorgtoeslag_amount: Decimal | None = ZERO  # None: not entered yet (a Brussels dossier)
    zorgtoeslag_points: int = 0
    pillar1_points: int = 0
    bob_basis: BobBasis = BobBasis.NONE
    bob_amount: Decimal = ZERO
    voluntary_switch: bool = False  # with BOB every month or decided: BOB is kept with IVT/IT
    first_payment_month: Month | None = None  # None: the start of the ban window
    # the first month the zorgkas and the Groeipakket payer no longer pay, once told of
    # the IVT/IT (the months before it are arrears); None: the month after the as-of day
    notified_month: Month | None = None

    def to_input(self, dossier: Dossier, as_of: date) -> SimulationInput:
        """The domain's simulation input for `dossier` (its birth date, region and BOB
        periods) on the day `as_of`: only the active inputs, amounts to the cent.
        FormError names the first bad input (`validate`, then the months' range)."""
        validate(self)
        first = _month_in_range(self.first_payment_month, "first_payment_month")
        notified = _month_in_range(self.notified_month, "notified_month")
        ivt: Decided | IvtFromCategory
        if self.ivt_basis is IvtBasis.DECIDED:
            ivt = Decided(_cents(self.ivt_amount, "ivt_amount"))
        else:
            ivt = IvtFromCategory(
                self.category,
                _cents(self.own_income, "own_income"),
                _cents(self.partner_income, "partner_income"),
            )
        it: Decided | ItFromPoints | None = None
        if self.it_basis is AmountBasis.DECIDED:
            it = Decided(_cents(self.it_amount, "it_amount"))
        elif self.it_basis is AmountBasis.POINTS:
            try:
                it = ItFromPoints(self.it_points)
            except ValueError as exc:
                raise FormError("it_points", _problem(exc)) from None
        zorgtoeslag: Decided | ZorgtoeslagFromPoints | None = None
        if self.zorgtoeslag_basis is AmountBasis.DECIDED:
            zorgtoeslag = Decided(_cents(self.zorgtoeslag_amount or ZERO, "zorgtoeslag_amount"))
        elif self.zorgtoeslag_basis is AmountBasis.POINTS:
            try:
                zorgtoeslag = ZorgtoeslagFromPoints(self.zorgtoeslag_points, self.pillar1_points)
            except ValueError as exc:
                raise FormError("pillar1_points", _problem(exc)) from None
        if self.bob_basis is BobBasis.PERIODS:  # the dossier's BOB periods decide
            bob = (
                BobSpec(BobFromParameter(), periods=dossier.bob_periods)
                if dossier.bob_periods
                else BobSpec(None)
            )
        elif self.bob_basis is BobBasis.EVERY_MONTH:
            bob = BobSpec(BobFromParameter(), self.voluntary_switch)
        elif self.bob_basis is BobBasis.DECIDED:
            bob = BobSpec(Decided(_cents(self.bob_amount, "bob_amount")), self.voluntary_switch)
        else:
            bob = BobSpec(None)
        return SimulationInput(
            birth_date=dossier.birth_date,
            region=dossier.region,
            ivt=ivt,
            it=it,
            zorgtoeslag=zorgtoeslag,
            bob=bob,
            first_payment_month=first,
            notified_month=notified,
            as_of=as_of,
        )


def _cents(amount: Decimal, field: str) -> Decimal:
    """An amount `validate` accepted, to the cent (as a DOSSIER.json amount reads)."""
    if amount.is_signed():  # -0: not an amount a dossier takes
        raise FormError(field, "the amount is negative")
    return amount.quantize(CENT)


_EARLIEST_MONTH, _LATEST_MONTH = Month.of(EARLIEST_DAY), Month.of(LATEST_DAY)


def _month_in_range(month: Month | None, field: str) -> Month | None:
    """The month, when within the months any dossier date takes."""
    if month is not None and not _EARLIEST_MONTH <= month <= _LATEST_MONTH:
        raise FormError(field, f"outside {_EARLIEST_MONTH} to {_LATEST_MONTH}")
    return month


# ------------------------------------------------------------------- field errors

FIELD_LABELS: dict[str, str] = {
    "ivt_basis": QT_TRANSLATE_NOOP("SimulationPage", "IVT basis"),
    "ivt_amount": QT_TRANSLATE_NOOP("SimulationPage", "IVT monthly amount"),
    "category": QT_TRANSLATE_NOOP("SimulationPage", "IVT category"),
    "own_income": QT_TRANSLATE_NOOP("SimulationPage", "Own yearly income"),
    "partner_income": QT_TRANSLATE_NOOP("SimulationPage", "Partner's yearly income"),
    "it_basis": QT_TRANSLATE_NOOP("SimulationPage", "IT basis"),
    "it_amount": QT_TRANSLATE_NOOP("SimulationPage", "IT monthly amount"),
    "it_points": QT_TRANSLATE_NOOP("SimulationPage", "IT points"),
    "zorgtoeslag_basis": QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag basis"),
    "zorgtoeslag_amount": QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag monthly amount"),
    "zorgtoeslag_points": QT_TRANSLATE_NOOP("SimulationPage", "Zorgtoeslag points"),
    "pillar1_points": QT_TRANSLATE_NOOP("SimulationPage", "Pillar 1 points"),
    "bob_basis": QT_TRANSLATE_NOOP("SimulationPage", "BOB"),
    "bob_amount": QT_TRANSLATE_NOOP("SimulationPage", "BOB monthly amount"),
    "voluntary_switch": QT_TRANSLATE_NOOP("SimulationPage", "Voluntary switch"),
    "first_payment_month": QT_TRANSLATE_NOOP("SimulationPage", "First payment month"),
    "notified_month": QT_TRANSLATE_NOOP("SimulationPage", "Notified month"),
}


FORM = "SimulationForm"  # the translation context of the form's error messages


def _problem(exc: ValueError) -> str | Message:
    """A domain refusal as the form shows it: its marked message (translated by the
    window) when the rules marked it, else its text."""
    return exc.text if isinstance(exc, Invalid) else str(exc)


class FormError(BadInput, ValueError):
    """A bad input; `field` is the SimulationForm field, the English message starts with
    its label. `problem` is the marked message without the label (translated by the
    window: `Message(FORM, template, values)`, or the domain's own marked Message),
    `message` its English text."""

    def __init__(
        self, field: str, message: str | Message, values: dict[str, Any] | None = None
    ) -> None:
        self.problem = (
            message if isinstance(message, Message) else Message(FORM, message, values or {})
        )
        super().__init__(f"{FIELD_LABELS.get(field, field)}: {self.problem}")
        self.field = field
        self.message = str(self.problem)


MUST_BE = QT_TRANSLATE_NOOP("SimulationForm", "must be 0 to {max}")
ENTER_AMOUNT = QT_TRANSLATE_NOOP("SimulationForm", "enter an amount, for example 898,21")
TOO_LARGE = QT_TRANSLATE_NOOP("SimulationForm", "too large: at most {max}")
# the largest amount an input takes (DOSSIER.json's bound), shown with a decimal comma
_MAX_SHOWN = {"max": str(MAX_AMOUNT).replace(".", ",")}


def parse_money_text(text: str, field: str) -> Decimal:
    """An amount in EUR as a handler types it: "898,21", "1.234,56", "1234.56", "950",
    optionally with "EUR" or "€". A comma is the decimal mark (dots then group
    thousands); without a comma, a dot followed by three digits groups thousands and
    any other dot is the decimal mark. FormError for anything else."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    for suffix in ("EUR", "eur", "€"):
        cleaned = cleaned.removesuffix(suffix)
    if not cleaned:
        raise FormError(field, ENTER_AMOUNT)
    if "," in cleaned:
        if cleaned.count(",") > 1:
            raise FormError(
                field, QT_TRANSLATE_NOOP("SimulationForm", "more than one decimal comma")
            )
        whole, decimals = cleaned.split(",")
        if "." in whole and not _grouped(whole):
            raise FormError(
                field,
                QT_TRANSLATE_NOOP(
                    "SimulationForm", "dots must group the thousands, for example 1.234,56"
                ),
            )
        cleaned = f"{whole.replace('.', '')}.{decimals}"
    elif "." in cleaned and _grouped(cleaned):
        cleaned = cleaned.replace(".", "")
    if not (cleaned.isascii() and cleaned.replace(".", "", 1).isdigit()):  # digits 0-9 only
        if cleaned.startswith("-"):
            raise FormError(
                field, QT_TRANSLATE_NOOP("SimulationForm", "the amount cannot be negative")
            )
        raise FormError(
            field,
            QT_TRANSLATE_NOOP(
                "SimulationForm", "not an amount (use digits and a decimal comma, e.g. 898,21)"
            ),
        )
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise FormError(
            field,
            QT_TRANSLATE_NOOP("SimulationForm", "not an amount (use digits and a decimal comma)"),
        ) from None
    if amount > MAX_AMOUNT:
        raise FormError(field, TOO_LARGE, _MAX_SHOWN)
    if amount != amount.quantize(CENT):
        raise FormError(field, QT_TRANSLATE_NOOP("SimulationForm", "at most two decimals (cents)"))
    return amount.quantize(CENT)


def _grouped(text: str) -> bool:
    """'1.234' or '12.345.678': digits grouped by three with dots."""
    head, *groups = text.split(".")
    return (
        bool(groups)
        and 1 <= len(head) <= 3
        and head.isdigit()
        and all(len(g) == 3 and g.isdigit() for g in groups)
    )


def validate(form: SimulationForm) -> None:
    """FormError for the first input out of range (amounts of active inputs only)."""
    amounts = {
        "ivt_amount": form.ivt_basis is IvtBasis.DECIDED,
        "own_income": form.ivt_basis is IvtBasis.CATEGORY,
        "partner_income": form.ivt_basis is IvtBasis.CATEGORY,
        "it_amount": form.it_basis is AmountBasis.DECIDED,
        "zorgtoeslag_amount": form.zorgtoeslag_basis is AmountBasis.DECIDED,
        "bob_amount": form.bob_basis is BobBasis.DECIDED,
    }
    for name, active in amounts.items():
        amount: Decimal | None = getattr(form, name)
        if not active:
            continue
        if amount is None:
            raise FormError(name, ENTER_AMOUNT)
        if not amount.is_finite() or amount < 0:
            raise FormError(
                name, QT_TRANSLATE_NOOP("SimulationForm", "the amount cannot be negative")
            )
        if amount > MAX_AMOUNT:
            raise FormError(name, TOO_LARGE, _MAX_SHOWN)
        if amount != amount.quantize(CENT):
            raise FormError(
                name, QT_TRANSLATE_NOOP("SimulationForm", "at most two decimals (cents)")
            )
    if form.it_basis is AmountBasis.POINTS and not 0 <= form.it_points <= IT_MAX_POINTS:
        raise FormError("it_points", MUST_BE, {"max": IT_MAX_POINTS})
    if form.zorgtoeslag_basis is AmountBasis.POINTS:
        if not 0 <= form.zorgtoeslag_points <= ZT_MAX_POINTS:
            raise FormError("zorgtoeslag_points", MUST_BE, {"max": ZT_MAX_POINTS})
        if not 0 <= form.pillar1_points <= ZT_MAX_PILLAR1:
            raise FormError("pillar1_points", MUST_BE, {"max": ZT_MAX_PILLAR1})
        if form.pillar1_points > form.zorgtoeslag_points:
            raise FormError(
                "pillar1_points",
                QT_TRANSLATE_NOOP(
                    "SimulationForm", "cannot exceed the total zorgtoeslag points ({total})"
                ),
                {"total": form.zorgtoeslag_points},
            )


# ------------------------------------------------------------- from the dossier


def horizon_limits(base: DossierInput, params: LegalParameters) -> MonthRange | None:
    """The months the first payment month may take (the ban window), None when there is
    none (the person turned 21 before the ban came into force)."""
    start = ban_start(params)
    return ban_window(base.dossier.birth_date, start) if start is not None else None


def form_from_input(base: DossierInput, params: LegalParameters) -> SimulationForm:
    """The inputs of `base.simulation` (any valid DOSSIER.json `simulation` object) as a
    form; the first payment month defaults to the start of the ban window."""
    try:
        data = parse_simulation(base)
    except InputError as exc:
        raise _form_error(exc) from None
    form = SimulationForm()
    if isinstance(data.ivt, Decided):
        form = replace(form, ivt_basis=IvtBasis.DECIDED, ivt_amount=data.ivt.monthly_amount)
    elif isinstance(data.ivt, IvtFromCategory):
        form = replace(
            form,
            ivt_basis=IvtBasis.CATEGORY,
            category=data.ivt.category,
            own_income=data.ivt.own_income,
            partner_income=data.ivt.partner_income,
        )
    if isinstance(data.it, Decided):
        form = replace(form, it_basis=AmountBasis.DECIDED, it_amount=data.it.monthly_amount)
    elif isinstance(data.it, ItFromPoints):
        form = replace(form, it_basis=AmountBasis.POINTS, it_points=data.it.points)
    zorgtoeslag = data.zorgtoeslag
    if isinstance(zorgtoeslag, Decided):
        form = replace(
            form,
            zorgtoeslag_basis=AmountBasis.DECIDED,
            zorgtoeslag_amount=zorgtoeslag.monthly_amount,
        )
    elif isinstance(zorgtoeslag, ZorgtoeslagFromPoints):
        form = replace(
            form,
            zorgtoeslag_basis=AmountBasis.POINTS,
            zorgtoeslag_points=zorgtoeslag.points,
            pillar1_points=zorgtoeslag.pillar1_points,
        )
        if data.region is Region.BRUSSELS:  # never on the Flemish scale: a decided amount
            form = replace(form, zorgtoeslag_basis=AmountBasis.DECIDED, zorgtoeslag_amount=None)
    bob = data.bob
    if bob.amount is None:
        form = replace(form, bob_basis=BobBasis.NONE)
    elif bob.periods is not None:
        form = replace(form, bob_basis=BobBasis.PERIODS)
    elif isinstance(bob.amount, BobFromParameter):
        form = replace(form, bob_basis=BobBasis.EVERY_MONTH, voluntary_switch=bob.voluntary_switch)
    else:
        form = replace(
            form,
            bob_basis=BobBasis.DECIDED,
            bob_amount=bob.amount.monthly_amount,
            voluntary_switch=bob.voluntary_switch,
        )
    first = data.first_payment_month
    if first is None:
        window = horizon_limits(base, params)
        first = window.start if window is not None else None
    return replace(form, first_payment_month=first, notified_month=data.notified_month)


def default_notified_month(base: DossierInput) -> Month:
    """The notified month when none is given: the month after the as-of day (the
    payers are told once the decision is taken, today at the earliest)."""
    return Month.of(base.as_of) + 1


def form_from_dossier(view: DossierView, params: LegalParameters) -> SimulationForm:
    """The inputs `view.simulation_report(params)` uses: the decided IVT/IT amount, the
    zorgtoeslag points in force, BOB in the dossier's BOB periods, from the first IVT/IT
    month when it lies in the ban window; the notified month not given (the month after
    the as-of day). In Brussels the zorgtoeslag is a decided amount left empty (the
    report refuses points there). BadInput without an IVT/IT decision."""
    if view.input.simulation is None:
        raise BadInput("this dossier has no IVT/IT decision in force: nothing to simulate")
    form = form_from_input(view.input, params)
    first = _first_ivt_it_month(view.input, params)
    return replace(form, first_payment_month=first) if first is not None else form


# ------------------------------------------------------------------ simulating


class VerdictKind(StrEnum):
    IVT_IT_BETTER = "ivt_it_better"
    RENOUNCE = "renounce"
    NOT_APPLICABLE = "not_applicable"


IVT_IT_BETTER = VerdictKind.IVT_IT_BETTER
RENOUNCE = VerdictKind.RENOUNCE
NOT_APPLICABLE = VerdictKind.NOT_APPLICABLE


@dataclass(frozen=True)
class Verdict:
    kind: VerdictKind
    text: Message  # the banner line
    detail: Message | str = ""  # a second line: the amount for a renunciation


@dataclass(frozen=True)
class SimulationOutcome:
    form: SimulationForm
    report: SimulationReport  # as `cumuldesk simulate`
    verdict: Verdict


def belgian_money(amount: Decimal) -> str:
    """1.234,56 (the default for texts built outside the user interface)."""
    return belgian_amount(amount)


VERDICT = "Verdict"  # the translation context of the verdict's texts


def verdict(report: SimulationReport, money: Callable[[Decimal], str] = belgian_money) -> Verdict:
    """The plain verdict of a simulation report: its `recommendation` and totals in words
    (marked texts: the window shows them in its language, `str()` gives English)."""
    months = len(report.months)
    difference = report.total_difference
    recommendation = report.recommendation
    if recommendation is Recommendation.IVT_IT:
        return Verdict(
            IVT_IT_BETTER,
            Message(
                VERDICT,
                QT_TRANSLATE_NOOP(
                    "Verdict", "IVT/IT is more favourable by {amount} EUR over {months} months"
                ),
                {"amount": money(difference), "months": months},
            ),
        )
    if recommendation is Recommendation.RENOUNCE:
        return Verdict(
            RENOUNCE,
            Message(
                VERDICT,
                QT_TRANSLATE_NOOP(
                    "Verdict", "Zorgtoeslag + BOB is more favourable: propose renunciation"
                ),
            ),
            Message(
                VERDICT,
                QT_TRANSLATE_NOOP(
                    "Verdict", "Zorgtoeslag + BOB gives {amount} EUR more over {months} months."
                ),
                {"amount": money(-difference), "months": months},
            ),
        )
    return Verdict(NOT_APPLICABLE, _why_not_applicable(report))


def _why_not_applicable(report: SimulationReport) -> Message:
    """Why no comparison applies, in the words of the simulation's own reasons."""
    if report.horizon is None:
        text = QT_TRANSLATE_NOOP(
            "Verdict",
            "Not applicable: The person turned 21 before the cumulation ban came into force: "
            "no month to compare.",
        )
    elif report.region is Region.WALLONIA:
        text = QT_TRANSLATE_NOOP(
            "Verdict",
            "Not applicable: Wallonia: no choice is needed between IVT/IT and zorgtoeslag "
            "+ BOB; no renunciation proposal applies.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Verdict",
            "Not applicable: No month in the horizon where IVT/IT would stop zorgtoeslag or "
            "BOB (voluntary switch, zero-amount decision or no Flemish benefit).",
        )
    return Message(VERDICT, text)


_DOMAIN_FIELDS = {
    "simulation.first_payment_month": "first_payment_month",
    "simulation.notified_month": "notified_month",
    "simulation.ivt.monthly_amount": "ivt_amount",
    "simulation.ivt.category": "category",
    "simulation.ivt.own_income": "own_income",
    "simulation.ivt.partner_income": "partner_income",
    "simulation.it.monthly_amount": "it_amount",
    "simulation.it.points": "it_points",
    "simulation.zorgtoeslag.monthly_amount": "zorgtoeslag_amount",
    "simulation.zorgtoeslag.points": "zorgtoeslag_points",
    "simulation.zorgtoeslag.pillar1_points": "pillar1_points",
    "simulation.zorgtoeslag": "pillar1_points",  # pillar 1 above the total
    "simulation.bob.monthly_amount": "bob_amount",
}


def _form_error(exc: InputError) -> FormError:
    if exc.field == "simulation.zorgtoeslag" and exc.problem is not None:
        # the domain's own refusal (a Brussels zorgtoeslag from points): at the basis
        return FormError("zorgtoeslag_basis", exc.problem)
    field = _DOMAIN_FIELDS.get(exc.field)
    if field is None:
        part = exc.field.removeprefix("simulation.").split(".")[0].split("[")[0]
        field = f"{part}_basis" if f"{part}_basis" in FIELD_LABELS else exc.field
    return FormError(field, exc.problem if exc.problem is not None else exc.message)


def simulation_of(
    form: SimulationForm, base: DossierInput, params: LegalParameters
) -> SimulationReport:
    """The simulation of `cumuldesk simulate` on `base` (a dossier's facts) with the
    form's inputs. FormError names a bad input; BadInput when the law parameters have no
    value for a month of the horizon. A Brussels zorgtoeslag not yet entered is named at
    its input with the domain's reason."""
    if (
        form.zorgtoeslag_basis is AmountBasis.DECIDED
        and form.zorgtoeslag_amount is None
        and base.dossier.region is Region.BRUSSELS
    ):
        raise FormError("zorgtoeslag_amount", BRUSSELS_POINTS)
    data = form.to_input(base.dossier, base.as_of)
    try:
        return simulate_dossier(base.dossier, data, params)
    except InputError as exc:
        raise _form_error(exc) from None
    except NoValueInForce as exc:
        raise BadInput(f"the law parameters do not cover this simulation ({exc})") from None


def simulate(
    form: SimulationForm,
    base: DossierInput,
    params: LegalParameters,
    money: Callable[[Decimal], str] = belgian_money,
) -> SimulationOutcome:
    """`simulation_of` and its verdict (amounts written by `money`)."""
    report = simulation_of(form, base, params)
    return SimulationOutcome(form, report, verdict(report, money))


def changed_fields(form: SimulationForm, reference: SimulationForm) -> tuple[str, ...]:
    """The names of the inputs that differ from `reference` (the dossier's values)."""
    return tuple(
        f.name for f in fields(form) if getattr(form, f.name) != getattr(reference, f.name)
    )
