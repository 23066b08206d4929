"""Month-by-month comparison of IVT/IT (federal) against zorgtoeslag + BOB (Flemish).

For every month from the first IVT/IT payment month to the month of the 21st
birthday, with the amounts in force on the first day of that month (DOMAIN.md,
"Zorgtoeslag and IVT/IT, by region"):

* Flemish = zorgtoeslag + BOB (from 2023 the ondersteuningstoeslag);
* federal = IVT + IT + the zorgtoeslag *kept* + the BOB *kept*, where
  - from the notified month on (the first month the zorgkas and the Groeipakket payer
    no longer pay, once told of the IVT/IT), the zorgtoeslag is not kept when its ban
    applies in that month and region with a paid IVT/IT (above 0 EUR), and the BOB is
    not kept when the BOB ban applies with a paid IVT/IT (from 2023 only when
    `ondersteuningstoeslag_ivt_it_ban` is true too);
  - in a month before the notified month (arrears) the BOB already paid is kept under
    both choices (the zorgkas recovers nothing); the zorgtoeslag is recovered, so not
    kept, only where its ban applied in that month with a paid IVT/IT and
    `zorgtoeslag_arrears_recovered` is true;
  - a person who switched voluntarily from NRTH keeps the BOB in every month;
* difference = federal - Flemish.

Recommendation: `ivt_it` when the total difference is above 0 (IVT/IT really more
favourable), `renounce` when it is 0 (a tie) or below (deliberation 21/124, par. 17
and 29), `not_applicable` when no month has a ban (for example in Wallonia).

A boolean rule of kind carried (an open point of law, DOMAIN.md) that decided a month
is listed in `SimulationResult.open_points`, and the reasons say in words that the
verdict rests on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cumuldesk.domain.amounts import (
    BobFromParameter,
    Decided,
    ItFromPoints,
    IvtFromCategory,
    ZorgtoeslagFromPoints,
)
from cumuldesk.domain.cumulation import ban_window
from cumuldesk.domain.dossier import Region
from cumuldesk.domain.law import Kind, LegalParameters, LegalValue
from cumuldesk.domain.money import ZERO
from cumuldesk.domain.months import Month, MonthRange, birthday
from cumuldesk.domain.periods import BobPeriod
from cumuldesk.domain.texts import QT_TRANSLATE_NOOP, Message

BOB_BAN = "bob_ivt_it_ban"
ONDERSTEUNINGSTOESLAG_BAN = "ondersteuningstoeslag_ivt_it_ban"
ONDERSTEUNINGSTOESLAG_FROM = Month(2023, 1)  # the BOB paid inside the Groeipakket
ZORGTOESLAG_BAN = "zorgtoeslag_ivt_it_ban"
ZORGTOESLAG_RECOVERED = "zorgtoeslag_arrears_recovered"
_LABELS = {"ivt": "IVT", "it": "IT", "zorgtoeslag": "Zorgtoeslag", "bob": "BOB"}

CONTEXT = "Simulation"  # the translation context of the messages below
BRUSSELS_POINTS = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP(
        "Simulation",
        "a Brussels zorgtoeslag cannot be computed from points: the Brussels supplement "
        "has its own scale, which differs from the Flemish one. Enter the decided monthly "
        "amount.",
    ),
)


class SimulationInputError(ValueError):
    """Input the simulation cannot use; `field` names the input. `text` is the marked
    message (the window translates it), `message` its English text."""

    def __init__(self, field_name: str, message: str | Message) -> None:
        text = message if isinstance(message, Message) else Message(CONTEXT, message)
        super().__init__(f"{field_name}: {text}")
        self.field = field_name
        self.text: Message = text
        self.message: str = str(text)


class Recommendation(StrEnum):
    IVT_IT = "ivt_it"
    RENOUNCE = "renounce"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class BobSpec:
    """How BOB enters the comparison.

    `amount` None means no BOB. With `periods`, BOB counts only in the months those
    periods cover, and a month covered only by voluntary-switch periods keeps BOB.
    """

    amount: Decided | BobFromParameter | None
    voluntary_switch: bool = False
    periods: tuple[BobPeriod, ...] | None = None

    def in_month(self, month: Month) -> tuple[bool, bool]:
        """(entitled, voluntary switch) for the month."""
        if self.amount is None:
            return False, False
        if self.periods is None:
            return True, self.voluntary_switch
        covering = [p for p in self.periods if p.period.covers(month)]
        voluntary = self.voluntary_switch or (
            bool(covering) and all(p.voluntary_switch for p in covering)
        )
        return bool(covering), voluntary


@dataclass(frozen=True)
class SimulationInput:
    """What the comparison needs.

    `notified_month`: the first month the zorgkas and the Groeipakket payer no longer
    pay, once told of the IVT/IT; the months of the horizon before it are arrears. None:
    the month after `as_of` (the day of the assessment); both None: no arrears (the
    payers were told before the first payment month)."""

    birth_date: date
    region: Region
    ivt: Decided | IvtFromCategory
    bob: BobSpec
    it: Decided | ItFromPoints | None = None
    zorgtoeslag: Decided | ZorgtoeslagFromPoints | None = None
    first_payment_month: Month | None = None
    notified_month: Month | None = None
    as_of: date | None = None

    @property
    def notified(self) -> Month | None:
        """The notified month in force: as given, else the month after `as_of`."""
        if self.notified_month is not None:
            return self.notified_month
        return Month.of(self.as_of) + 1 if self.as_of is not None else None


@dataclass(frozen=True)
class MonthRow:
    """One month of the comparison.

    `federal` = `ivt` + `it` + `zorgtoeslag_kept` + `bob_kept`; `flemish` =
    `zorgtoeslag` + `bob`. A view shows "IVT + IT" (`ivt_it`) apart from what is kept:
    a voluntary switch's BOB, the BOB of an arrears month, a zorgtoeslag without a ban
    are kept on both sides, never part of "IVT + IT"."""

    month: Month
    ivt: Decimal
    it: Decimal
    zorgtoeslag: Decimal
    bob: Decimal
    federal: Decimal
    flemish: Decimal
    difference: Decimal
    zorgtoeslag_banned: bool  # zorgtoeslag not paid with the IVT/IT this month (or recovered)
    bob_banned: bool  # BOB not paid with the IVT/IT this month
    arrears: bool  # before the notified month: the BOB paid is kept (no recovery)
    zorgtoeslag_kept: Decimal  # the zorgtoeslag on the federal side too
    bob_kept: Decimal  # the BOB / ondersteuningstoeslag on the federal side too
    bob_voluntary_switch: bool  # switched voluntarily from NRTH: BOB kept with IVT/IT

    @property
    def has_ban(self) -> bool:
        return self.zorgtoeslag_banned or self.bob_banned

    @property
    def ivt_it(self) -> Decimal:
        """IVT + IT: the federal benefits themselves, without anything kept."""
        return self.ivt + self.it

    @property
    def zorgtoeslag_recovered(self) -> bool:
        """An arrears month whose zorgtoeslag already paid is recovered."""
        return self.arrears and self.zorgtoeslag_banned


@dataclass(frozen=True)
class UsedParameter:
    value: LegalValue
    first_month: Month
    last_month: Month

    @property
    def months(self) -> str:
        """`2024-06` or `2024-06 to 2026-11`."""
        if self.first_month == self.last_month:
            return str(self.first_month)
        return f"{self.first_month} to {self.last_month}"


@dataclass(frozen=True)
class SimulationResult:
    horizon: MonthRange | None
    months: tuple[MonthRow, ...]
    total_federal: Decimal
    total_flemish: Decimal
    total_difference: Decimal
    recommendation: Recommendation
    reasons: tuple[str, ...]
    basis: dict[str, str]
    parameters: tuple[UsedParameter, ...] = field(default=())
    notified_month: Month | None = None  # as given, or the month after the as-of day
    law_version: int | None = None  # the law-data version used; None: shipped defaults

    @property
    def unverified(self) -> tuple[UsedParameter, ...]:
        """The values used that no public page gives: computed by a rule or carried."""
        return tuple(p for p in self.parameters if p.value.kind is not Kind.SOURCED)

    @property
    def open_points(self) -> tuple[UsedParameter, ...]:
        """The open points of law the verdict rests on: yes/no rules of kind carried
        (a default assumed until a supervisor confirms it) that decided a month."""
        return tuple(
            p
            for p in self.parameters
            if p.value.kind is Kind.CARRIED and isinstance(p.value.value, bool)
        )

    @property
    def arrears_months(self) -> tuple[MonthRow, ...]:
        return tuple(r for r in self.months if r.arrears)


def horizon_for(
    birth: date, ban_start: date | None, first_payment_month: Month | None
) -> MonthRange | None:
    """From the first IVT/IT payment month (default: start of the ban window) to the
    month of the 21st birthday. Raises SimulationInputError for a month outside it."""
    window = ban_window(birth, ban_start) if ban_start is not None else None
    if first_payment_month is None:
        return window
    if window is None or first_payment_month not in window:
        allowed = f"{window.start} to {window.end}" if window else "none: no ban window"
        raise SimulationInputError(
            "first_payment_month",
            f"{first_payment_month} is outside the horizon (allowed: {allowed})",
        )
    return MonthRange(first_payment_month, Month.of(birthday(birth, 21)))


class _Usage:
    """The values used, each with the months it applied to. The same value in force in
    its own month (computed, say) and carried in the months after it is listed twice,
    once per kind, so that each month's amount shows the kind it had."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str | None, date, str], UsedParameter] = {}

    def add(self, values: tuple[LegalValue, ...], month: Month) -> None:
        for value in values:
            key = (value.name, value.bracket, value.effective, value.kind.value)
            known = self._seen.get(key)
            first = known.first_month if known else month
            self._seen[key] = UsedParameter(value, first, month)

    def all(self) -> tuple[UsedParameter, ...]:
        return tuple(
            sorted(
                self._seen.values(),
                key=lambda u: (
                    u.value.name,
                    u.value.bracket or "",
                    u.value.effective,
                    u.first_month,
                ),
            )
        )


def _simulate_month(
    month: Month,
    data: SimulationInput,
    params: LegalParameters,
    usage: _Usage,
    notified: Month | None,
    not_recovered: set[Month],
) -> MonthRow:
    on = month.first_day
    ivt, used = data.ivt.monthly(on, params)
    usage.add(used, month)
    it = ZERO
    if data.it is not None:
        it, used = data.it.monthly(on, params)
        usage.add(used, month)
    zorgtoeslag = ZERO
    if data.zorgtoeslag is not None:
        zorgtoeslag, used = data.zorgtoeslag.monthly(on, params)
        usage.add(used, month)
    bob = ZERO
    entitled, voluntary = data.bob.in_month(month)
    if entitled and data.bob.amount is not None:
        bob, used = data.bob.amount.monthly(on, params)
        usage.add(used, month)

    arrears = notified is not None and month < notified
    paid = ivt + it > 0  # a decision paying 0 EUR triggers no ban
    # Each rule is looked up, and listed as used, only in a month where it decides.
    zt_banned = False
    if paid and zorgtoeslag > 0:
        zt_rule = params.get(ZORGTOESLAG_BAN, on, data.region.value)
        if zt_rule.value is True:
            usage.add((zt_rule,), month)
            zt_banned = True
            if arrears:  # already paid: recovered, or kept on the federal side too
                recovered = params.get(ZORGTOESLAG_RECOVERED, on)
                usage.add((recovered,), month)
                zt_banned = recovered.value is True
                if not zt_banned:
                    not_recovered.add(month)
    bob_banned = False
    if paid and bob > 0 and not voluntary and not arrears:  # arrears: BOB kept
        bob_rule = params.get(BOB_BAN, on)
        usage.add((bob_rule,), month)
        bob_banned = bob_rule.value is True
        if bob_banned and month >= ONDERSTEUNINGSTOESLAG_FROM:
            continued = params.get(ONDERSTEUNINGSTOESLAG_BAN, on)
            usage.add((continued,), month)
            bob_banned = continued.value is True
    zorgtoeslag_kept = ZERO if zt_banned else zorgtoeslag
    bob_kept = ZERO if bob_banned else bob
    federal = ivt + it + zorgtoeslag_kept + bob_kept
    flemish = zorgtoeslag + bob
    return MonthRow(
        month=month,
        ivt=ivt,
        it=it,
        zorgtoeslag=zorgtoeslag,
        bob=bob,
        federal=federal,
        flemish=flemish,
        difference=federal - flemish,
        zorgtoeslag_banned=zt_banned,
        bob_banned=bob_banned,
        arrears=arrears,
        zorgtoeslag_kept=zorgtoeslag_kept,
        bob_kept=bob_kept,
        bob_voluntary_switch=entitled and voluntary,
    )


def _basis(data: SimulationInput) -> dict[str, str]:
    basis = {"ivt": data.ivt.basis}
    basis["it"] = data.it.basis if data.it is not None else "no IT"
    basis["zorgtoeslag"] = (
        data.zorgtoeslag.basis if data.zorgtoeslag is not None else "no zorgtoeslag"
    )
    if data.bob.amount is None:
        basis["bob"] = "no BOB"
    else:
        basis["bob"] = data.bob.amount.basis
        if data.bob.periods is not None:
            basis["bob"] += ", in the months the dossier's BOB periods cover"
        if data.bob.voluntary_switch:
            basis["bob"] += "; voluntary switch from NRTH: BOB is kept with IVT/IT"
    return basis


def _span(rows: list[MonthRow]) -> str:
    """`1 month (2024-06)` or `30 months (2024-06 to 2026-11)`."""
    if len(rows) == 1:
        return f"1 month ({rows[0].month})"
    return f"{len(rows)} months ({rows[0].month} to {rows[-1].month})"


# Open points of law (DOMAIN.md): the question in plain words, and what the value
# assumed means for the months it decided (by value). The meanings are marked for
# translation: the window and the letters say the same in the handler's language
# (`cumuldesk.services.simulation.words`).
_OPEN_POINT_QUESTIONS: dict[str, str] = {
    BOB_BAN: "whether the ban on BOB with a paid IVT/IT applies from 1 August 2020 "
    "(deliberation 21/124, par. 10 and 24) or only from 1 June 2021 (a secondary source)",
    ONDERSTEUNINGSTOESLAG_BAN: "whether the ban continues for the ondersteuningstoeslag, "
    "which replaced the BOB in the Groeipakket from 1 January 2023",
    ZORGTOESLAG_RECOVERED: "whether the zorgtoeslag already paid for a month before the "
    "notification is recovered when IVT/IT is granted with arrears for that month",
}
OPEN_POINT_ASSUMED: dict[tuple[str, bool], str] = {
    (BOB_BAN, True): QT_TRANSLATE_NOOP(
        "SimulationWords",
        "the ban applies from {effective}, so the BOB is not paid with IVT/IT in {months}",
    ),
    (BOB_BAN, False): QT_TRANSLATE_NOOP(
        "SimulationWords",
        "no ban from {effective}, so the BOB stays on the federal side in {months}",
    ),
    (ONDERSTEUNINGSTOESLAG_BAN, True): QT_TRANSLATE_NOOP(
        "SimulationWords",
        "it continues, so the ondersteuningstoeslag is not paid with IVT/IT in {months}",
    ),
    (ONDERSTEUNINGSTOESLAG_BAN, False): QT_TRANSLATE_NOOP(
        "SimulationWords",
        "it does not, so the ondersteuningstoeslag stays on the federal side in {months}",
    ),
    (ZORGTOESLAG_RECOVERED, True): QT_TRANSLATE_NOOP(
        "SimulationWords",
        "it is recovered, so it is not on the federal side in the arrears months {months}",
    ),
    (ZORGTOESLAG_RECOVERED, False): QT_TRANSLATE_NOOP(
        "SimulationWords",
        "it is not recovered, so it stays on the federal side in the arrears months {months}",
    ),
}


def open_point_sentence(used: UsedParameter) -> str:
    """The reason saying that the verdict rests on this open point of law."""
    value = used.value
    question = _OPEN_POINT_QUESTIONS.get(value.name)
    if question is not None and isinstance(value.value, bool):
        assumed = OPEN_POINT_ASSUMED[(value.name, value.value)].format(
            effective=value.effective.isoformat(), months=used.months
        )
    else:
        question = value.label
        answer = "yes" if value.value is True else "no" if value.value is False else value.value
        assumed = (
            f"{answer} from {value.effective.isoformat()} ({value.source_title}), in {used.months}"
        )
    return (
        "This verdict rests on an open point of law that no supervisor has confirmed yet: "
        f"{question}; default assumed: {assumed}."
    )


_KIND_WORDS = {
    Kind.COMPUTED: "computed by a rule",
    Kind.CARRIED: "carried over: a newer value may exist",
}


def _unverified_sentence(unverified: tuple[UsedParameter, ...]) -> str:
    items = []
    for used in unverified:
        value = used.value
        if value.kind is Kind.CARRIED and isinstance(value.value, bool):
            words = "an open point of law: default assumed"
        else:
            words = _KIND_WORDS.get(value.kind, value.kind.value)
        items.append(f"{value.label} from {value.effective.isoformat()} ({words})")
    return (
        f"Unverified parameter values were used, not read on a public page: "
        f"{', '.join(items)}. Check them before deciding."
    )


def _arrears_reasons(
    data: SimulationInput, notified: Month, rows: tuple[MonthRow, ...], not_recovered: set[Month]
) -> list[str]:
    assumed = (
        f" (assumed: the month after the day of the assessment, {data.as_of.isoformat()})"
        if data.notified_month is None and data.as_of is not None
        else ""
    )
    arrears = [r for r in rows if r.arrears]
    head = (
        f"Notified month {notified}{assumed}: the first month the zorgkas and the "
        "Groeipakket payer no longer pay, once told of the IVT/IT."
    )
    if not arrears:
        return [f"{head} No month of the comparison is before it: no arrears."]
    reasons = [
        f"{head} The {_span(arrears)} before it are arrears: their IVT/IT is paid afterwards."
    ]
    kept = [r for r in arrears if r.bob > 0]
    if kept:
        reasons.append(
            f"The BOB paid for {_span(kept)} of arrears is kept under both choices "
            "(the zorgkas recovers nothing): it is on the federal side too."
        )
    recovered = [r for r in arrears if r.zorgtoeslag_recovered]
    if recovered:
        reasons.append(
            f"The zorgtoeslag of {_span(recovered)} of arrears is recovered (its ban "
            f"applied then in {data.region.value}): it is not on the federal side."
        )
    zt_kept = [r for r in arrears if r.zorgtoeslag_kept > 0]
    declined = [r for r in zt_kept if r.month in not_recovered]
    if declined:
        reasons.append(
            f"The zorgtoeslag of {_span(declined)} of arrears is not recovered: it stays on "
            "the federal side too."
        )
    zero = [r for r in zt_kept if r.ivt_it == 0]
    if zero:
        reasons.append(
            f"The zorgtoeslag of {_span(zero)} of arrears stays on the federal side too: "
            "the decision pays 0 EUR then."
        )
    no_ban = [r for r in zt_kept if r.ivt_it > 0 and r.month not in not_recovered]
    if no_ban:
        reasons.append(
            f"The zorgtoeslag of {_span(no_ban)} of arrears stays on the federal side too: "
            f"no ban on it with IVT/IT in {data.region.value} then."
        )
    return reasons


def simulate(data: SimulationInput, params: LegalParameters) -> SimulationResult:
    """Compare both sides month by month; raises SimulationInputError or NoValueInForce."""
    if data.region is Region.BRUSSELS and isinstance(data.zorgtoeslag, ZorgtoeslagFromPoints):
        raise SimulationInputError("zorgtoeslag", BRUSSELS_POINTS)
    ban_start = params.first_effective(BOB_BAN, True)
    horizon = horizon_for(data.birth_date, ban_start, data.first_payment_month)
    notified = data.notified
    basis = _basis(data)
    usage = _Usage()
    not_recovered: set[Month] = set()
    rows = (
        tuple(_simulate_month(m, data, params, usage, notified, not_recovered) for m in horizon)
        if horizon
        else ()
    )
    federal = sum((r.federal for r in rows), ZERO)
    flemish = sum((r.flemish for r in rows), ZERO)
    difference = federal - flemish
    reasons: list[str] = []
    if horizon is None:
        reasons.append(
            "The person turned 21 before the cumulation ban came into force: no month to compare."
        )
    else:
        reasons.append(
            f"Compared {len(horizon)} months, {horizon.start} to {horizon.end}: from the first "
            "IVT/IT payment month to the month of the 21st birthday."
        )
        if notified is not None:
            reasons.extend(_arrears_reasons(data, notified, rows, not_recovered))
    for name, text in basis.items():
        reasons.append(f"{_LABELS[name]}: {text}.")
    ban_months = [r for r in rows if r.has_ban]
    if data.region is Region.WALLONIA:
        recommendation = Recommendation.NOT_APPLICABLE
        reasons.append(
            "Wallonia: no choice is needed between IVT/IT and zorgtoeslag + BOB; "
            "no renunciation proposal applies."
        )
    elif not ban_months:
        recommendation = Recommendation.NOT_APPLICABLE
        if rows:
            reasons.append(
                "No month in the horizon where IVT/IT would stop zorgtoeslag or BOB "
                "(voluntary switch, zero-amount decision or no Flemish benefit)."
            )
    elif difference < 0:
        recommendation = Recommendation.RENOUNCE
        reasons.append(
            f"Zorgtoeslag + BOB is more favourable by {-difference:.2f} EUR over "
            f"{len(rows)} months: propose renunciation."
        )
    elif difference == 0:
        recommendation = Recommendation.RENOUNCE
        reasons.append(
            f"Both choices give the same total over {len(rows)} months: IVT/IT is not "
            "really more favourable (deliberation 21/124, par. 17 and 29), so propose "
            "renunciation."
        )
    else:
        recommendation = Recommendation.IVT_IT
        reasons.append(
            f"IVT/IT is more favourable by {difference:.2f} EUR over {len(rows)} months."
        )
    if ban_months and data.region is not Region.WALLONIA:
        zt = [r for r in ban_months if r.zorgtoeslag_banned and not r.arrears]
        if zt:
            reasons.append(
                f"Zorgtoeslag is not paid together with IVT/IT in {len(zt)} months "
                f"({zt[0].month} to {zt[-1].month}) in {data.region.value}."
            )
        kept = [
            r
            for r in rows
            if not r.arrears and r.ivt_it > 0 and r.bob_kept > 0 and not r.bob_voluntary_switch
        ]
        if kept:
            reasons.append(
                f"The BOB / ondersteuningstoeslag is paid together with IVT/IT in "
                f"{_span(kept)}: no ban on it in force then."
            )
    voluntary = [r for r in rows if r.bob_voluntary_switch and r.bob_kept > 0]
    if voluntary:
        reasons.append(
            f"Voluntary switch from NRTH: the BOB of {_span(voluntary)} is kept with IVT/IT, "
            "on both sides of the comparison."
        )
    parameters = usage.all()
    result = SimulationResult(
        horizon=horizon,
        months=rows,
        total_federal=federal,
        total_flemish=flemish,
        total_difference=difference,
        recommendation=recommendation,
        reasons=(),
        basis=basis,
        parameters=parameters,
        notified_month=notified,
        law_version=params.version,
    )
    reasons.extend(open_point_sentence(used) for used in result.open_points)
    if result.unverified:
        reasons.append(_unverified_sentence(result.unverified))
    return replace(result, reasons=tuple(reasons))
