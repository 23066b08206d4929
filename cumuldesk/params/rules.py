"""Rules that produce values of law instead of copied figures (DOMAIN.md, "Amounts").

- The Groeipakket's September step (Groeipakketdecreet art. 4 par. 1 and art. 5): the
  zorgtoeslag and the ondersteuningstoeslag rise by 2 % every 1 September, chained and
  rounded half-up to the cent at each step. Past the last value on record, the rule
  gives each later September, marked computed: no Groeipakket value is ever carried
  past a September.
- Carried federal values: past the month of the last known step, the last value is
  reused and marked carried ("a newer index step may exist").
- Half of another value (the IVT partner exemption is 50 % of category A), at every
  value of that other parameter.

Each function returns a new `LegalValue` whose source says how it was obtained.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from cumuldesk.domain.law import Kind, LegalValue

SEPTEMBER_RATE = Decimal("1.02")
SEPTEMBER_SOURCE = "Groeipakketdecreet art. 4 par. 1 and art. 5 (gpedia.groeipakket.be)"
SEPTEMBER_URL = "https://gpedia.groeipakket.be/"
CENT = Decimal("0.01")


def round_cent(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def septembers_after(start: date, until: date) -> list[date]:
    """Every 1 September in (start, until]."""
    first_year = start.year if start < date(start.year, 9, 1) else start.year + 1
    return [date(y, 9, 1) for y in range(first_year, until.year + 1) if date(y, 9, 1) <= until]


def september_step(last: LegalValue, on: date) -> LegalValue:
    """The value in force on `on` when `last` is the last value on record: `last` itself
    before the next September, else `last` + 2 % per September since, chained."""
    steps = septembers_after(last.effective, on)
    if not steps:
        return last
    amount = last.amount
    for _ in steps:
        amount = round_cent(amount * SEPTEMBER_RATE)
    count = len(steps)
    return replace(
        last,
        effective=steps[-1],
        value=amount,
        kind=Kind.CARRIED if last.kind is Kind.CARRIED else Kind.COMPUTED,
        source_title=(
            f"computed by the September rule: {last.amount:.2f} from "
            f"{last.effective.isoformat()} + 2 % every 1 September, rounded to the cent "
            f"({count} step{'s' if count > 1 else ''}; {SEPTEMBER_SOURCE})"
        ),
        source_url=SEPTEMBER_URL,
        origin=f"rule: September +2 % ({last.origin})",
    )


def carried_from(last: LegalValue, on: date) -> LegalValue:
    """`last` reused on `on`, a month after it took effect: marked carried."""
    if (on.year, on.month) <= (last.effective.year, last.effective.month):
        return last
    return replace(
        last,
        kind=Kind.CARRIED,
        source_title=(
            f"carried: the last known value, in force since {last.effective.isoformat()} "
            f"({last.kind.value}: {last.source_title}); a newer index step may exist"
        ),
        origin=f"carried ({last.origin})",
    )


def half_of(base: LegalValue, name: str, rule_source: str, factor: Decimal) -> LegalValue:
    """`factor` x `base`, rounded half-up to the cent, in force from `base`'s date."""
    kind = Kind.CARRIED if base.kind is Kind.CARRIED else Kind.COMPUTED
    return LegalValue(
        name=name,
        bracket=None,
        effective=base.effective,
        value=round_cent(base.amount * factor),
        unit=base.unit,
        source_title=(
            f"{kind.value}: {factor * 100:.0f} % of {base.label} {base.amount:.2f} "
            f"({base.kind.value}) in force since {base.effective.isoformat()}; rule: {rule_source}"
        ),
        source_url=None,
        kind=kind,
        origin=f"rule: {factor * 100:.0f} % of {base.label}",
    )
