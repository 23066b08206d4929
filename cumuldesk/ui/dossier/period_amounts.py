"""The monthly amounts of a dossier's BOB and zorgtoeslag periods, month by month, from the
law data in force: the same look-ups the simulation makes (`BobFromParameter`,
`ZorgtoeslagFromPoints`, on the first day of each month), so the periods table shows what
the simulation would use. Months that have no law value say so (`amount` None), never 0.

Plain data, no Qt: computed on the worker that opens the dossier (`period_amounts`),
rendered by the periods table. Only the months from the 17th birthday up to the month of
the 21st are priced: the months the comparison concerns, where the zorgtoeslag and the
ondersteuningstoeslag of the law data apply (after 21 the law data has no BOB amount for
adults, so none is shown: `outside`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from cumuldesk.domain.amounts import BobFromParameter, ZorgtoeslagFromPoints
from cumuldesk.domain.cumulation import AGE_BAN_UNTIL
from cumuldesk.domain.law import Kind, LegalParameters, NoValueInForce
from cumuldesk.domain.months import Month, MonthRange, birthday
from cumuldesk.services.dossiers.timeline import (
    LANE_BOB,
    LANE_ZORGTOESLAG,
    Segment,
    Timeline,
)

FLANDERS = "flanders"
BEFORE_17 = "before_17"
AFTER_21 = "after_21"


@dataclass(frozen=True)
class AmountStep:
    """Consecutive months with the same monthly amount (None: no law value published)."""

    first: Month
    last: Month
    amount: Decimal | None
    kind: Kind | None  # sourced, computed or carried; None with no value


@dataclass(frozen=True)
class PeriodAmounts:
    """The amounts of one period over the months shown; `other_scale`: a Brussels or
    Walloon zorgtoeslag, whose scale is not in the law data (the region's code)."""

    steps: tuple[AmountStep, ...] = ()
    other_scale: str | None = None
    outside: str | None = None  # BEFORE_17 or AFTER_21: the whole period lies outside

    @property
    def known(self) -> tuple[AmountStep, ...]:
        return tuple(step for step in self.steps if step.amount is not None)

    @property
    def unknown(self) -> tuple[AmountStep, ...]:
        return tuple(step for step in self.steps if step.amount is None)

    @property
    def sort_value(self) -> Decimal | None:
        """The first known amount (for sorting)."""
        known = self.known
        return known[0].amount if known else None


def priced_months(timeline: Timeline) -> MonthRange:
    """From the month of the 17th birthday up to the month of the 21st."""
    return MonthRange(timeline.axis_start, Month.of(birthday(timeline.birth, AGE_BAN_UNTIL)))


def _shown_months(timeline: Timeline, segment: Segment) -> MonthRange | None:
    """The period's months from the 17th birthday up to the 21st (None: none of them)."""
    priced = priced_months(timeline)
    first = max(Month.of(segment.start), priced.start)
    last = priced.end if segment.end is None else min(Month.of(segment.end), priced.end)
    return MonthRange(first, last) if first <= last else None


def _steps(
    months: MonthRange, lookup: BobFromParameter | ZorgtoeslagFromPoints, params: LegalParameters
) -> tuple[AmountStep, ...]:
    steps: list[AmountStep] = []
    for month in months:
        amount: Decimal | None
        kind: Kind | None
        try:
            amount, used = lookup.monthly(month.first_day, params)
        except NoValueInForce:
            amount, used = None, ()
        kind = used[0].kind if used else None
        if steps and steps[-1].amount == amount and steps[-1].kind == kind:
            steps[-1] = AmountStep(steps[-1].first, month, amount, kind)
        else:
            steps.append(AmountStep(month, month, amount, kind))
    return tuple(steps)


def period_amounts(
    timeline: Timeline | None, region: str, params: LegalParameters
) -> dict[Segment, PeriodAmounts]:
    """The amounts of every BOB and zorgtoeslag period of the timeline, by period."""
    if timeline is None:
        return {}
    result: dict[Segment, PeriodAmounts] = {}
    for lane, segment in timeline.segments():
        if lane.name not in (LANE_BOB, LANE_ZORGTOESLAG):
            continue
        months = _shown_months(timeline, segment)
        if months is None:
            before = segment.end is not None and Month.of(segment.end) < timeline.axis_start
            result[segment] = PeriodAmounts(outside=BEFORE_17 if before else AFTER_21)
        elif lane.name == LANE_BOB:
            result[segment] = PeriodAmounts(_steps(months, BobFromParameter(), params))
        elif lane.name == LANE_ZORGTOESLAG:
            if region != FLANDERS:
                result[segment] = PeriodAmounts(other_scale=region)
                continue
            try:
                lookup = ZorgtoeslagFromPoints(segment.points or 0, segment.pillar1_points or 0)
            except ValueError:  # points out of the scale: no amount can be known
                result[segment] = PeriodAmounts((AmountStep(months.start, months.end, None, None),))
                continue
            result[segment] = PeriodAmounts(_steps(months, lookup, params))
    return result
