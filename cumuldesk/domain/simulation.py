"""Month-by-month comparison of IVT/IT (federal) against zorgtoeslag + BOB (Flemish).

For every month from the first IVT/IT payment month to the month of the 21st
birthday, with the amounts in force on the first day of that month:

* federal = IVT + IT, + zorgtoeslag unless zorgtoeslag is banned with a paid
  IVT/IT in that month and region, + BOB when the person switched voluntarily
  (or when IVT + IT is 0 EUR: a zero-amount decision triggers no ban);
* Flemish = zorgtoeslag + BOB;
* difference = federal - Flemish.

Recommendation: `renounce` when the total difference is below 0, `ivt_it` when it
is 0 or more, `not_applicable` when no month has a ban (for example in Wallonia).
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
from cumuldesk.domain.law import LegalParameters, LegalValue
from cumuldesk.domain.money import ZERO
from cumuldesk.domain.months import Month, MonthRange, birthday
from cumuldesk.domain.periods import BobPeriod

BOB_BAN = "bob_ivt_it_ban"
_LABELS = {"ivt": "IVT", "it": "IT", "zorgtoeslag": "Zorgtoeslag", "bob": "BOB"}
ZORGTOESLAG_BAN = "zorgtoeslag_ivt_it_ban"


class SimulationInputError(ValueError):
    """Input the simulation cannot use; `field` names the input."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


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
    birth_date: date
    region: Region
    ivt: Decided | IvtFromCategory
    bob: BobSpec
    it: Decided | ItFromPoints | None = None
    zorgtoeslag: Decided | ZorgtoeslagFromPoints | None = None
    first_payment_month: Month | None = None


@dataclass(frozen=True)
class MonthRow:
    month: Month
    ivt: Decimal
    it: Decimal
    zorgtoeslag: Decimal
    bob: Decimal
    federal: Decimal
    flemish: Decimal
    difference: Decimal
    zorgtoeslag_banned: bool  # zorgtoeslag not paid with the IVT/IT this month
    bob_banned: bool  # BOB not paid with the IVT/IT this month

    @property
    def has_ban(self) -> bool:
        return self.zorgtoeslag_banned or self.bob_banned


@dataclass(frozen=True)
class UsedParameter:
    value: LegalValue
    first_month: Month
    last_month: Month


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

    @property
    def unverified(self) -> tuple[UsedParameter, ...]:
        return tuple(p for p in self.parameters if not p.value.verified)


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
    def __init__(self) -> None:
        self._seen: dict[tuple[str, str | None, date], UsedParameter] = {}

    def add(self, values: tuple[LegalValue, ...], month: Month) -> None:
        for value in values:
            key = (value.name, value.bracket, value.effective)
            known = self._seen.get(key)
            first = known.first_month if known else month
            self._seen[key] = UsedParameter(value, first, month)

    def all(self) -> tuple[UsedParameter, ...]:
        return tuple(
            sorted(
                self._seen.values(),
                key=lambda u: (u.value.name, u.value.bracket or "", u.value.effective),
            )
        )


def _simulate_month(
    month: Month, data: SimulationInput, params: LegalParameters, usage: _Usage
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

    paid = ivt + it > 0
    zt_rule = params.get(ZORGTOESLAG_BAN, on, data.region.value)
    bob_rule = params.get(BOB_BAN, on)
    zt_banned = paid and zt_rule.value is True and zorgtoeslag > 0
    bob_banned = paid and bob_rule.value is True and bob > 0 and not voluntary
    if zt_banned:
        usage.add((zt_rule,), month)
    if bob_banned:
        usage.add((bob_rule,), month)
    federal = ivt + it + (ZERO if zt_banned else zorgtoeslag) + (ZERO if bob_banned else bob)
    flemish = zorgtoeslag + bob
    return MonthRow(
        month,
        ivt,
        it,
        zorgtoeslag,
        bob,
        federal,
        flemish,
        federal - flemish,
        zt_banned,
        bob_banned,
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


def simulate(data: SimulationInput, params: LegalParameters) -> SimulationResult:
    """Compare both sides month by month; raises SimulationInputError or NoValueInForce."""
    ban_start = params.first_effective(BOB_BAN, True)
    horizon = horizon_for(data.birth_date, ban_start, data.first_payment_month)
    basis = _basis(data)
    usage = _Usage()
    rows = tuple(_simulate_month(m, data, params, usage) for m in horizon) if horizon else ()
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
    else:
        recommendation = Recommendation.IVT_IT
        reasons.append(
            f"IVT/IT is more favourable by {difference:.2f} EUR over {len(rows)} months."
        )
    if ban_months and data.region is not Region.WALLONIA:
        zt = [r for r in ban_months if r.zorgtoeslag_banned]
        if zt:
            reasons.append(
                f"Zorgtoeslag is not paid together with IVT/IT in {len(zt)} months "
                f"({zt[0].month} to {zt[-1].month}) in {data.region.value}."
            )
    result = SimulationResult(
        horizon=horizon,
        months=rows,
        total_federal=federal,
        total_flemish=flemish,
        total_difference=difference,
        recommendation=recommendation,
        reasons=tuple(reasons),
        basis=basis,
        parameters=usage.all(),
    )
    if result.unverified:
        labels = ", ".join(f"{u.value.label} from {u.value.effective}" for u in result.unverified)
        warning = f"Unverified parameter values were used ({labels}): check them before deciding."
        result = replace(result, reasons=result.reasons + (warning,))
    return result
