"""BOB periods and IVT/IT decisions of one synthetic demo person, by profile.

Dates follow the law: IVT/IT is paid at the earliest from the month after the 18th
birthday and never before the ban came into force (2020-08); BOB periods run from
whole month to whole month; the zorgkas stops BOB when IVT/IT starts (profile
"bob_stopped") or does so too late (profile "conflict"). Amounts come from the law
parameters in force on the first day of the period (IVT: the category's yearly
maximum / 12, sometimes lowered by income; IT: the category of 7-18 points).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from cumuldesk.domain.amounts import it_category
from cumuldesk.domain.law import LegalParameters
from cumuldesk.domain.money import ZERO, cents
from cumuldesk.domain.months import Month, birthday
from cumuldesk.services.demo.plan import Plan, Profile, Retroactive, weighted
from cumuldesk.storage.models import RegulationCode

BOB_FIRST_MONTH = Month(2019, 1)  # BOB exists since 1 January 2019

REGULATIONS: tuple[tuple[RegulationCode, int], ...] = (
    (RegulationCode.IVT, 50),
    (RegulationCode.IVT_IT, 35),
    (RegulationCode.IT, 15),
)
IVT_CATEGORIES: tuple[tuple[str, int], ...] = (("A", 70), ("B", 20), ("C", 10))


@dataclass(frozen=True)
class BobSpec:
    start: date
    end: date | None
    voluntary_switch: bool = False


@dataclass(frozen=True)
class PeriodSpec:
    start: date
    end: date | None
    monthly_amount: Decimal
    regulation: RegulationCode


@dataclass(frozen=True)
class DecisionSpec:
    number: int  # decisions of one person are numbered 1, 2, ...
    version: int
    decided_on: date
    superseded_at: date | None
    periods: tuple[PeriodSpec, ...]


@dataclass
class History:
    bob: list[BobSpec] = field(default_factory=list)
    decisions: list[DecisionSpec] = field(default_factory=list)


def between(rng: Random, low: date, high: date) -> date:
    """A day from `low` to `high` inclusive; `high` when the range is empty."""
    if high <= low:
        return high
    return low + timedelta(days=rng.randint(0, (high - low).days))


def month_between(rng: Random, low: Month, high: Month) -> Month:
    if high <= low:
        return high
    return low + rng.randint(0, low.months_until(high))


class HistoryMaker:
    def __init__(self, rng: Random, today: date, ban_start: date, params: LegalParameters):
        self.rng = rng
        self.today = today
        self.last = Month.of(today)
        self.ban_month = Month.of(ban_start)
        self.params = params

    # -- amounts ------------------------------------------------------------------------

    def amount(self, regulation: RegulationCode, on: date) -> Decimal:
        rng = self.rng
        total = ZERO
        if regulation in (RegulationCode.IVT, RegulationCode.IVT_IT):
            category = weighted(rng, IVT_CATEGORIES)
            yearly = self.params.get("ivt_yearly", on, category).amount
            factor = Decimal(100 if rng.random() < 0.8 else rng.randint(55, 95)) / 100
            total += cents(yearly * factor / 12)
        if regulation in (RegulationCode.IT, RegulationCode.IVT_IT):
            it = it_category(rng.randint(7, 18))
            assert it is not None
            total += cents(self.params.get("it_yearly", on, it).amount / 12)
        return total

    def paid_period(
        self, start: Month, end: Month | None, regulation: RegulationCode | None = None
    ) -> PeriodSpec:
        regulation = regulation or weighted(self.rng, REGULATIONS)
        return PeriodSpec(
            start.first_day,
            end.last_day if end else None,
            self.amount(regulation, start.first_day),
            regulation,
        )

    def decided(self, start: Month, *, latest: date | None = None) -> date:
        """A decision day near the first paid month (decisions are often retroactive)."""
        high = min(start.first_day + timedelta(days=90), latest or self.today)
        return between(self.rng, start.first_day - timedelta(days=60), high)

    # -- the shape of a history ---------------------------------------------------------

    def bob_start(self, birth: date) -> Month:
        low = max(BOB_FIRST_MONTH, Month.of(birth) + 14 * 12)
        high = min(Month.of(birthday(birth, 18)), self.last)
        return month_between(self.rng, low, high)

    def first_payment(self, birth: date) -> Month:
        """The first month IVT/IT can be paid: after the 18th birthday, ban in force."""
        return max(Month.of(birthday(birth, 18)) + 1, self.ban_month)

    def make(self, plan: Plan, birth: date) -> History:
        rng = self.rng
        profile = plan.profile
        history = History()
        if profile is Profile.RETENTION:
            return history
        p0 = self.first_payment(birth)
        b21 = Month.of(birthday(birth, 21))
        limit = min(b21, self.last)
        start = month_between(rng, p0, min(p0 + 6, limit))
        if profile is Profile.TURNING_18:
            if rng.random() < 0.7:
                history.bob.append(BobSpec(self.bob_start(birth).first_day, None))
            return history
        if profile is Profile.BOB_ONLY:
            ends = b21 < self.last and rng.random() < 0.5
            history.bob.append(
                BobSpec(self.bob_start(birth).first_day, b21.last_day if ends else None)
            )
            return history
        if profile is Profile.RETROACTIVE:
            return self._retroactive(plan, birth, p0, b21)

        bob_start = self.bob_start(birth).first_day
        if profile is Profile.CONFLICT:
            end: date | None = None
            if rng.random() < 0.4:
                last_bob = start + rng.randint(0, 8)
                end = last_bob.last_day if last_bob < self.last else None
            history.bob.append(BobSpec(bob_start, end))
            history.decisions.append(self._single(start, None))
        elif profile is Profile.BOB_STOPPED:
            history.bob.append(BobSpec(bob_start, (start - 1).last_day))
            ivt_end = start + rng.randint(3, 12)
            if rng.random() < 0.3 and ivt_end + 1 <= limit:
                history.decisions.append(self._single(start, ivt_end))
                restart_end = b21.last_day if b21 < self.last else None
                history.bob.append(BobSpec((ivt_end + 1).first_day, restart_end))
            else:
                history.decisions.append(self._single(start, None))
        elif profile is Profile.ZERO_AMOUNT:
            history.bob.append(BobSpec(bob_start, None))
            zero = PeriodSpec(start.first_day, None, ZERO, RegulationCode.IVT)
            history.decisions.append(DecisionSpec(1, 1, self.decided(start), None, (zero,)))
        elif profile is Profile.VOLUNTARY_SWITCH:
            history.bob.append(BobSpec(bob_start, None, voluntary_switch=True))
            history.decisions.append(self._single(start, None))
        elif profile is Profile.IVT_ONLY:
            change = start + rng.randint(2, 18)
            if rng.random() < 0.25 and change <= self.last:
                regulation = weighted(rng, REGULATIONS)
                periods = (
                    self.paid_period(start, change - 1, regulation),
                    self.paid_period(change, None, regulation),
                )
                history.decisions.append(DecisionSpec(1, 1, self.decided(start), None, periods))
            else:
                history.decisions.append(self._single(start, None))
        elif profile is Profile.WALLONIA:
            roll = rng.random()
            if roll < 0.08:
                zero = PeriodSpec(start.first_day, None, ZERO, RegulationCode.IVT)
                history.decisions.append(DecisionSpec(1, 1, self.decided(start), None, (zero,)))
            elif roll < 0.8:
                history.decisions.append(self._single(start, None))
        return history

    def _single(self, start: Month, end: Month | None) -> DecisionSpec:
        return DecisionSpec(1, 1, self.decided(start), None, (self.paid_period(start, end),))

    def _retroactive(self, plan: Plan, birth: date, p0: Month, b21: Month) -> History:
        """One decision in two versions whose paid months differ inside the ban window."""
        rng = self.rng
        kind = plan.retroactive or weighted(
            rng,
            (
                (Retroactive.LATER_START, 45),
                (Retroactive.EARLIER_START, 30),
                (Retroactive.ZERO_MONTHS, 25),
            ),
        )
        end = max(min(b21, self.last - 1), p0 + 1)  # last month a change may touch
        regulation = weighted(rng, REGULATIONS)
        new: tuple[PeriodSpec, ...]
        if kind is Retroactive.EARLIER_START:
            first = month_between(rng, p0 + 1, min(p0 + 8, end))
            moved = first - rng.randint(1, min(6, p0.months_until(first)))
            old = (self.paid_period(first, None, regulation),)
            new = (self.paid_period(moved, None, regulation),)
        else:
            first = month_between(rng, p0, min(p0 + 3, end - 1))
            months = rng.randint(1, max(1, min(6, first.months_until(end))))
            old = (self.paid_period(first, None, regulation),)
            if kind is Retroactive.LATER_START:
                new = (self.paid_period(first + months, None, regulation),)
            else:
                new = (
                    PeriodSpec(first.first_day, (first + months - 1).last_day, ZERO, regulation),
                    self.paid_period(first + months, None, regulation),
                )
        first_decided = self.decided(first, latest=self.today - timedelta(days=31))
        changed_on = between(rng, first_decided + timedelta(days=30), self.today)
        bob = BobSpec(self.bob_start(birth).first_day, (first - 1).last_day)
        return History(
            bob=[bob],
            decisions=[
                DecisionSpec(1, 1, first_decided, changed_on, old),
                DecisionSpec(1, 2, changed_on, None, new),
            ],
        )
